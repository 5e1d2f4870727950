package io.jingwei.testkit.drift;

import java.util.Objects;

/**
 * An issue code whose count changed (问题数变化).
 *
 * @param code the issue code
 * @param oldCount its issues in the old export
 * @param newCount its issues in the new export
 * @param significant whether the rise exceeds the thresholds' {@code maxIssueIncrease}
 */
public record IssueCountChange(String code, long oldCount, long newCount, boolean significant) {

  /** Checks the parts. */
  public IssueCountChange {
    Objects.requireNonNull(code, "code");
  }

  /** The change: positive when issues were added. */
  public long change() {
    return newCount - oldCount;
  }
}
