package io.jingwei.cli;

/** The lowest severity that fails the run (失败阈值): exit status 1 when an issue is at or above it. */
enum FailOn {
  /** Errors fail the run (the default). */
  error,
  /** Errors and warnings fail the run. */
  warning,
  /** Nothing fails the run: exit status 0 whatever was found. */
  never
}
