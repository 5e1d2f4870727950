package io.jingwei.cli;

/** The report formats (报告格式) of {@code validate}. */
enum OutputFormat {
  /** A terminal summary and the issues grouped by record. */
  text,
  /** The engine's documented report JSON, {@code jingwei-report/1}. */
  json,
  /** One self-contained HTML file. */
  html,
  /** JUnit XML: each rule a test case, its issues failures. */
  junit
}
