package io.jingwei.impl.constraints;

import io.jingwei.id.InvalidIdentifierException.Reason;
import io.jingwei.id.MobileNumber;
import io.jingwei.validation.constraints.Mobile;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Validates {@link Mobile} on a {@link CharSequence} with {@link MobileNumber}'s rules. */
public final class MobileValidator implements ConstraintValidator<Mobile, CharSequence> {

  /** Creates the validator; called by the Bean Validation provider. */
  public MobileValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Optional<Reason> problem = MobileNumber.problemOf(value);
    return problem.isEmpty() || Violations.reject(context, problem.get());
  }
}
