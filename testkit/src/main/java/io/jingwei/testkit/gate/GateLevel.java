package io.jingwei.testkit.gate;

/**
 * What a breached threshold does (门禁级别), like dbt's {@code error_if} and {@code warn_if}: an {@link #ERROR}
 * breach fails the gate, a {@link #WARN} breach is only reported.
 */
public enum GateLevel {
  /** Fails the gate (不通过). */
  ERROR,
  /** Reported, does not fail the gate (警示). */
  WARN
}
