package io.jingwei.validation;

/** The severity of an issue (问题级别), most severe first. */
public enum Severity {
  /** An error (错误): the data breaks a rule that says 必须 (must) or 不得 (must not), or cannot be read. */
  ERROR,
  /** A warning (警告): the data departs from a rule that says 一般 (generally) or allows approval. */
  WARNING,
  /** Information (提示): worth a look, not a breach. */
  INFO;

  /** Whether this severity is at least as severe as the other ({@code ERROR.isAtLeast(WARNING)} is true). */
  public boolean isAtLeast(Severity other) {
    return compareTo(other) <= 0;
  }
}
