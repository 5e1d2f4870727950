package io.jingwei.testkit.gate;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a quality gate on a report (门禁结果): every breached threshold, in the gate's order.
 *
 * @param gate the name of the gate
 * @param breaches the thresholds not met, failures and warnings
 */
public record GateResult(String gate, List<Breach> breaches) {

  /** Copies the list. */
  public GateResult {
    Objects.requireNonNull(gate, "gate");
    breaches = List.copyOf(breaches);
  }

  /** Whether no {@link GateLevel#ERROR} threshold was breached (通过); warnings do not count. */
  public boolean passed() {
    return failures().isEmpty();
  }

  /** The breaches that fail the gate. */
  public List<Breach> failures() {
    return breaches.stream().filter(Breach::isFailure).toList();
  }

  /** The breaches only reported ({@link GateLevel#WARN}). */
  public List<Breach> warnings() {
    return breaches.stream().filter(b -> !b.isFailure()).toList();
  }

  /** One line per breach, after a headline. */
  public String describe() {
    StringBuilder sb =
        new StringBuilder("quality gate ")
            .append(gate)
            .append(passed() ? " passed" : " failed")
            .append(" (")
            .append(failures().size())
            .append(" failed, ")
            .append(warnings().size())
            .append(" warned)");
    for (Breach b : breaches) {
      sb.append("\n  ").append(b.describe());
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return describe();
  }
}
