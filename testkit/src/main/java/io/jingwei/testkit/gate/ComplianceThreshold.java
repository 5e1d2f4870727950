package io.jingwei.testkit.gate;

import io.jingwei.validation.IssueCode;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A minimum compliance rate (达标率下限) of a rule, as the dataset metrics measure it
 * ({@code ValidationReport.metrics().city().compliance()}).
 *
 * @param rule the rule id
 * @param minCompliance the lowest rate allowed, from 0 to 1
 * @param level what a breach does
 */
public record ComplianceThreshold(String rule, BigDecimal minCompliance, GateLevel level) implements Threshold {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException when the rule id is malformed or the rate is outside 0..1
   */
  public ComplianceThreshold {
    IssueCode.of(Objects.requireNonNull(rule, "rule"));
    Objects.requireNonNull(minCompliance, "minCompliance");
    Objects.requireNonNull(level, "level");
    if (minCompliance.signum() < 0 || minCompliance.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("minCompliance must be between 0 and 1: " + minCompliance);
    }
  }

  @Override
  public boolean concernsRule(String ruleId) {
    return rule.equals(ruleId);
  }

  @Override
  public String describe() {
    return rule + ": compliance at least " + minCompliance.toPlainString();
  }
}
