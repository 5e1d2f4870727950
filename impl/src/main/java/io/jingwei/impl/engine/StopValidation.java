package io.jingwei.impl.engine;

/**
 * Thrown by {@link RuleContext#emit} when fail-fast stops the validation at the first error (遇错即停); the
 * validator catches it. Checks must let it pass.
 */
final class StopValidation extends RuntimeException {
  private static final long serialVersionUID = 1L;

  static final StopValidation INSTANCE = new StopValidation();

  private StopValidation() {
    super("validation stopped at the first error", null, false, false);
  }
}
