package io.jingwei.impl.constraints;

import io.jingwei.id.InvalidIdentifierException.Reason;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Reports a rejected value with its {@link Reason} as the violation's dynamic payload, where supported. */
final class Violations {
  private Violations() {}

  /**
   * Attaches the reason to the violation when the provider is Hibernate Validator, and returns false (invalid).
   *
   * @param context the validator context
   * @param reason why the value was rejected
   * @return always false, for {@code return Violations.reject(context, reason);}
   */
  static boolean reject(ConstraintValidatorContext context, Reason reason) {
    try {
      context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(reason);
    } catch (ValidationException notHibernateValidator) {
      // Another provider: the violation is still reported, without the payload.
    }
    return false;
  }
}
