package io.jingwei.impl.engine;

/**
 * The layers of validation (校验层), run in this order. Each layer can be run alone
 * ({@link DefaultDatasetValidator#validate(ValidationInput, java.util.Set)}).
 */
public enum Layer {
  /** Reading (读取): issues the reader raised (malformed lines, wrong types, invalid values). */
  READ,
  /** Field constraints (字段约束): Bean Validation on every record. */
  FIELD,
  /** Record rules (记录规则): one record at a time (date order of a timeline, a grade within its post's range). */
  RECORD,
  /** References (引用): ids that must name records of the dataset, duplicate ids. */
  REFERENCE,
  /** Structure (结构): rules over the whole city (member counts per branch, hierarchy, cycles). */
  STRUCTURE,
  /** Metrics (指标): dataset-wide figures (coverage, statistics that must add up). */
  METRICS
}
