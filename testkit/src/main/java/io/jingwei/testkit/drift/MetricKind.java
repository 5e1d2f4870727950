package io.jingwei.testkit.drift;

/** The kinds of metric compared (指标类别). */
public enum MetricKind {
  /** A compliance rate of a rule (达标率): records passing out of records checked. */
  COMPLIANCE,
  /** A coverage rate (覆盖率): places covered out of places. */
  COVERAGE,
  /** A completeness rate of a property (完整率): records with it present out of records of the kind. */
  COMPLETENESS
}
