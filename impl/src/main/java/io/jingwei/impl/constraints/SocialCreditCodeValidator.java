package io.jingwei.impl.constraints;

import io.jingwei.id.CreditCode;
import io.jingwei.id.InvalidIdentifierException.Reason;
import io.jingwei.validation.constraints.SocialCreditCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Validates {@link SocialCreditCode} on a {@link CharSequence} with {@link CreditCode}'s rules. */
public final class SocialCreditCodeValidator implements ConstraintValidator<SocialCreditCode, CharSequence> {

  /** Creates the validator; called by the Bean Validation provider. */
  public SocialCreditCodeValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Optional<Reason> problem = CreditCode.problemOf(value);
    return problem.isEmpty() || Violations.reject(context, problem.get());
  }
}
