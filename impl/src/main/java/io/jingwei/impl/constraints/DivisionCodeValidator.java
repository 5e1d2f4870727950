package io.jingwei.impl.constraints;

import io.jingwei.division.DivisionCode;
import io.jingwei.validation.constraints.ValidDivisionCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** Validates {@link ValidDivisionCode} on a {@link CharSequence} with {@link DivisionCode}'s rules. */
public final class DivisionCodeValidator implements ConstraintValidator<ValidDivisionCode, CharSequence> {
  private boolean[] allowedLength = new boolean[13];

  /** Creates the validator; called by the Bean Validation provider. */
  public DivisionCodeValidator() {}

  /**
   * Reads the allowed lengths.
   *
   * @throws IllegalArgumentException if a length is not 6, 9 or 12, or none is given
   */
  @Override
  public void initialize(ValidDivisionCode annotation) {
    int[] lengths = annotation.lengths();
    if (lengths.length == 0) {
      throw new IllegalArgumentException("@ValidDivisionCode needs at least one length");
    }
    boolean[] allowed = new boolean[13];
    for (int length : lengths) {
      if (length != 6 && length != 9 && length != 12) {
        throw new IllegalArgumentException(
            "@ValidDivisionCode lengths must be 6, 9 or 12, not " + Arrays.toString(lengths));
      }
      allowed[length] = true;
    }
    allowedLength = allowed;
  }

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    return value.length() < allowedLength.length
        && allowedLength[value.length()]
        && DivisionCode.isValid(value);
  }
}
