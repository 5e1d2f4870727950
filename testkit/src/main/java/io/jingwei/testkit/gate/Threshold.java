package io.jingwei.testkit.gate;

/** A threshold of a quality gate (门禁阈值): on issue counts or on a compliance rate. */
public sealed interface Threshold permits IssueThreshold, ComplianceThreshold {

  /** What a breach of this threshold does. */
  GateLevel level();

  /** Whether the threshold concerns exactly the rule with this id (a single code, or that rule's compliance). */
  boolean concernsRule(String ruleId);

  /** A short description: {@code member.activist-period: at most 1 issue}. */
  String describe();
}
