package io.jingwei.testkit.gate;

import io.jingwei.metrics.Ratio;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A threshold a report did not meet (超出阈值).
 *
 * @param threshold the threshold
 * @param count the issues counted, for an issue threshold; the records that failed, for a compliance threshold
 * @param compliance the rule's compliance (passed out of checked), or null for an issue threshold or a rule that
 *     was not measured
 */
public record Breach(Threshold threshold, long count, @Nullable Ratio compliance) {

  /** Checks the parts. */
  public Breach {
    Objects.requireNonNull(threshold, "threshold");
  }

  /** What the breach does. */
  public GateLevel level() {
    return threshold.level();
  }

  /** Whether the breach fails the gate. */
  public boolean isFailure() {
    return threshold.level() == GateLevel.ERROR;
  }

  /** {@code [ERROR] member.activist-period: at most 0 issues, found 1}. */
  public String describe() {
    String found;
    if (threshold instanceof ComplianceThreshold) {
      found =
          compliance == null
              ? "the rule was not measured (not in force, not run, or no population)"
              : "found " + compliance.rate().map(r -> r.toPlainString()).orElse("-") + " (" + compliance + " passed)";
    } else {
      found = "found " + count;
    }
    return "[" + level() + "] " + threshold.describe() + ", " + found;
  }

  @Override
  public String toString() {
    return describe();
  }
}
