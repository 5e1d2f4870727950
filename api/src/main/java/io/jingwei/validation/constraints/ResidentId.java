package io.jingwei.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text must be a valid resident ID number (公民身份号码), GB 11643-1999: 18 characters with a
 * correct ISO 7064 MOD 11-2 check character, a real birth date and a real province prefix, as {@code
 * io.jingwei.id.ResidentIdNumber.isValid} decides.
 *
 * <p>Applies to {@link CharSequence}; {@code null} is valid (add {@code @NotNull} to require a value). The
 * validator lives in {@code jingwei-impl}, which must be on the class path. When the validator can, it attaches
 * the {@code io.jingwei.id.InvalidIdentifierException.Reason} as the violation's dynamic payload.
 */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE, CONSTRUCTOR})
@Retention(RUNTIME)
public @interface ResidentId {

  /** The message template; the default comes from the {@code ContributorValidationMessages} bundle. */
  String message() default "{io.jingwei.validation.constraints.ResidentId.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /**
   * Whether a legacy 15-digit number (GB 11643-1989, no check character) is also accepted when it has a real
   * province prefix and a real birth date in the 1900s. Default false: only 18-character numbers.
   */
  boolean allowLegacy15() default false;
}
