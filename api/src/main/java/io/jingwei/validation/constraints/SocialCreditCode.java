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
 * The annotated text must be a valid unified social credit code (统一社会信用代码), GB 32100-2015: 18 symbols of
 * the 31-character alphabet with a correct check character and a correct embedded GB 11714 organisation-code
 * check, as {@code io.jingwei.id.CreditCode.isValid} decides (lower-case letters are accepted).
 *
 * <p>Applies to {@link CharSequence}; {@code null} is valid (add {@code @NotNull} to require a value). The
 * validator lives in {@code jingwei-impl}, which must be on the class path. When the validator can, it attaches the
 * {@code io.jingwei.id.InvalidIdentifierException.Reason} as the violation's dynamic payload.
 */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE, CONSTRUCTOR})
@Retention(RUNTIME)
public @interface SocialCreditCode {

  /** The message template; the default comes from the {@code ContributorValidationMessages} bundle. */
  String message() default "{io.jingwei.validation.constraints.SocialCreditCode.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
