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
 * The annotated text must be a mainland mobile number (手机号码): 11 digits {@code 1[3-9]\d{9}}, where blanks,
 * hyphens and a {@code +86}/{@code 0086}/{@code 86} prefix are allowed, as {@code io.jingwei.id.MobileNumber.isValid}
 * decides. Carrier prefixes are not checked.
 *
 * <p>Applies to {@link CharSequence}; {@code null} is valid (add {@code @NotNull} to require a value). The
 * validator lives in {@code jingwei-impl}, which must be on the class path. When the validator can, it attaches the
 * {@code io.jingwei.id.InvalidIdentifierException.Reason} as the violation's dynamic payload.
 */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE, CONSTRUCTOR})
@Retention(RUNTIME)
public @interface Mobile {

  /** The message template; the default comes from the {@code ContributorValidationMessages} bundle. */
  String message() default "{io.jingwei.validation.constraints.Mobile.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
