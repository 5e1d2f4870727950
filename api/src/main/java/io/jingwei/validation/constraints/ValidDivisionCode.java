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
 * The annotated text must be an administrative division code (行政区划代码): GB/T 2260 (6 digits) or the
 * statistical division code (统计用区划代码, 9 or 12 digits) with a real province prefix, as {@code
 * io.jingwei.division.DivisionCode.isValid} decides, and of one of the allowed {@link #lengths()}.
 *
 * <p>Applies to {@link CharSequence}; {@code null} is valid (add {@code @NotNull} to require a value). The
 * validator lives in {@code jingwei-impl}, which must be on the class path.
 */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE, CONSTRUCTOR})
@Retention(RUNTIME)
public @interface ValidDivisionCode {

  /** The message template; the default comes from the {@code ContributorValidationMessages} bundle. */
  String message() default "{io.jingwei.validation.constraints.ValidDivisionCode.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** The allowed numbers of digits, among 6, 9 and 12. Default: all three. */
  int[] lengths() default {6, 9, 12};
}
