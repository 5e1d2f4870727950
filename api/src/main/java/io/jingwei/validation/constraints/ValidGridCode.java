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
 * The annotated text must be a grid code (网格编码): 8–24 digits, and, when {@link #scheme()} names a scheme,
 * follow it (length and an embedded village-level community code), as {@code io.jingwei.grid.GridCodeScheme}
 * decides.
 *
 * <p>Applies to {@link CharSequence}; {@code null} is valid (add {@code @NotNull} to require a value). The
 * validator lives in {@code jingwei-impl}, which must be on the class path. When the validator can, it attaches the
 * {@code io.jingwei.id.InvalidIdentifierException.Reason} as the violation's dynamic payload.
 */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE, CONSTRUCTOR})
@Retention(RUNTIME)
public @interface ValidGridCode {

  /** The message template; the default comes from the {@code ContributorValidationMessages} bundle. */
  String message() default "{io.jingwei.validation.constraints.ValidGridCode.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /**
   * The name of the grid-code scheme the code must follow: {@code "default"}, {@code "default-N"}, {@code
   * "cjt349-2010"} or {@code "db11-15"}. Default {@code ""}: any syntactically valid grid code, since the scheme
   * is a per-city choice. An unknown name fails when the validator is initialized.
   */
  String scheme() default "";
}
