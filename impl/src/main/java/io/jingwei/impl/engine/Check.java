package io.jingwei.impl.engine;

/**
 * A check (检查): the code that computes one or more rules of a standard ("data chooses, code computes"). A
 * standard's rule names its check by {@link #name()}; the check reads its thresholds from the rule definitions
 * handed to it and reports breaches through the {@link RuleContext}s.
 *
 * <p>Checks are stateless and thread-safe: one instance serves every validation at once. A check never throws
 * for bad data (it emits issues); an exception from a check is a bug and aborts the validation.
 */
public interface Check {

  /** The name rules refer to in their {@code check} key, such as {@code bean-validation}. */
  String name();

  /** The layer the check belongs to; it decides when the check runs. */
  Layer layer();

  /**
   * Runs the check once per validation over the whole input, for all the rules bound to it that are in force
   * ({@link CheckContext#rules()}, never empty).
   */
  void run(CheckContext context);

  /**
   * Whether the check sums up the issues of the other checks (汇总检查), like the dataset metrics' compliance rates:
   * it then runs after every other check of its layer, whatever the standard's order, on the validating thread —
   * the only kind of check that may ask {@link CheckContext#recordsWithIssues}. Default false.
   */
  default boolean summarizesIssues() {
    return false;
  }
}
