package io.jingwei.impl.constraints;

import io.jingwei.id.InvalidIdentifierException.Reason;
import io.jingwei.id.ResidentIdNumber;
import io.jingwei.validation.constraints.ResidentId;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Validates {@link ResidentId} on a {@link CharSequence} with {@link ResidentIdNumber}'s rules. */
public final class ResidentIdValidator implements ConstraintValidator<ResidentId, CharSequence> {
  private boolean allowLegacy15;

  /** Creates the validator; called by the Bean Validation provider. */
  public ResidentIdValidator() {}

  @Override
  public void initialize(ResidentId annotation) {
    allowLegacy15 = annotation.allowLegacy15();
  }

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Optional<Reason> problem =
        allowLegacy15 && value.length() == 15
            ? ResidentIdNumber.legacyProblemOf(value)
            : ResidentIdNumber.problemOf(value);
    return problem.isEmpty() || Violations.reject(context, problem.get());
  }
}
