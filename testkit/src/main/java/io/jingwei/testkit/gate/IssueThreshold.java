package io.jingwei.testkit.gate;

import io.jingwei.validation.Severity;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * At most {@code max} issues (问题数上限) of the selected codes, optionally only those of one severity.
 *
 * @param code the codes counted
 * @param severity the severity counted, or null for every severity
 * @param max the most issues allowed (0 or more)
 * @param level what a breach does
 */
public record IssueThreshold(CodeSelector code, @Nullable Severity severity, long max, GateLevel level)
    implements Threshold {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException when max is negative
   */
  public IssueThreshold {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(level, "level");
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative: " + max);
    }
  }

  @Override
  public boolean concernsRule(String ruleId) {
    return code.isSingleCode() && code.text().equals(ruleId);
  }

  @Override
  public String describe() {
    return code + (severity == null ? "" : " (" + severity + ")") + ": at most " + max + " issue" + (max == 1 ? "" : "s");
  }
}
