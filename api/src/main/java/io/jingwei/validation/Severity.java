package io.jingwei.validation;

/** The severity of an issue (问题级别), most severe first. */
public enum Severity {
  /** An error (错误): the data breaks a rule that says 必须 (must) or 不得 (must not). */
  ERROR,
  /** A warning (警告): the data departs from a rule that says 一般 (generally) or allows approval. */
  WARNING,
  /** Information (提示): worth a look, not a breach. */
  INFO
}
