package io.jingwei.impl.constraints;

import io.jingwei.grid.GridCode;
import io.jingwei.grid.GridCodeScheme;
import io.jingwei.id.InvalidIdentifierException.Reason;
import io.jingwei.validation.constraints.ValidGridCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link ValidGridCode} on a {@link CharSequence}: {@link GridCode}'s syntax, then the named {@link
 * GridCodeScheme} if any. A code of the wrong length for the scheme is reported with {@link Reason#LENGTH}, one
 * without a village-level community code where the scheme expects it with {@link Reason#DIVISION}.
 */
public final class GridCodeValidator implements ConstraintValidator<ValidGridCode, CharSequence> {
  private @Nullable GridCodeScheme scheme;

  /** Creates the validator; called by the Bean Validation provider. */
  public GridCodeValidator() {}

  /**
   * Looks the scheme up by name.
   *
   * @throws IllegalArgumentException if the scheme name is not a built-in one
   */
  @Override
  public void initialize(ValidGridCode annotation) {
    scheme = annotation.scheme().isEmpty() ? null : GridCodeScheme.named(annotation.scheme());
  }

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Optional<Reason> problem = GridCode.problemOf(value);
    if (problem.isPresent()) {
      return Violations.reject(context, problem.get());
    }
    GridCodeScheme required = scheme;
    if (required == null) {
      return true;
    }
    if (value.length() != required.length()) {
      return Violations.reject(context, Reason.LENGTH);
    }
    return required.accepts(GridCode.parse(value)) || Violations.reject(context, Reason.DIVISION);
  }
}
