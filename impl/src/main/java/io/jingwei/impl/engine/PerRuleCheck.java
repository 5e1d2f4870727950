package io.jingwei.impl.engine;

/**
 * A check that computes each rule bound to it on its own (逐规则检查): the usual case, where the same check may
 * serve several rules with different parameters (a maximum count for 党支部 and another for 联合党支部).
 */
public abstract class PerRuleCheck implements Check {

  /** For subclasses. */
  protected PerRuleCheck() {}

  @Override
  public final void run(CheckContext context) {
    for (RuleContext rule : context.rules()) {
      if (context.isStopped()) {
        return;
      }
      check(rule);
    }
  }

  /** Computes one rule over the input. */
  protected abstract void check(RuleContext rule);
}
