package io.jingwei.validation;

import io.jingwei.metrics.DatasetMetrics;
import io.jingwei.ref.EntityRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A validation report (校验报告): the issues found in a dataset against a standard on an as-of date, their
 * summary, and the dataset's metrics (completeness, coverage, compliance). Immutable and thread-safe.
 *
 * <p>The issues are in a deterministic order ({@link #issueOrder()}): by severity (errors first), then entity
 * kind (in {@link io.jingwei.ref.EntityKind} order; issues without an entity — unreadable input — come first),
 * entity id, code, path and location, and finally by the text of the arguments. Two validations of the same data
 * with the same options give equal reports.
 */
public final class ValidationReport {

  private static final Comparator<@Nullable EntityRef> ENTITY_ORDER =
      Comparator.nullsFirst(Comparator.naturalOrder());

  private static final Comparator<Issue> ORDER =
      Comparator.comparing(Issue::severity)
          .thenComparing(Issue::entity, ENTITY_ORDER)
          .thenComparing(Issue::code)
          .thenComparing(Issue::path)
          .thenComparing(Issue::location)
          .thenComparing(i -> i.args().toString());

  private final StandardRef standard;
  private final LocalDate asOf;
  private final List<Issue> issues;
  private final ReportSummary summary;
  private final Map<IssueCode, List<Issue>> byCode;
  private final DatasetMetrics metrics;

  private ValidationReport(
      StandardRef standard, LocalDate asOf, List<Issue> issues, ReportSummary summary, DatasetMetrics metrics) {
    this.standard = Objects.requireNonNull(standard, "standard");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.summary = Objects.requireNonNull(summary, "summary");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    List<Issue> sorted = new ArrayList<>(issues);
    sorted.sort(ORDER);
    this.issues = List.copyOf(sorted);
    this.byCode =
        this.issues.stream()
            .collect(Collectors.groupingBy(Issue::code, Collectors.toUnmodifiableList()));
    for (Map.Entry<IssueCode, List<Issue>> e : byCode.entrySet()) {
      if (summary.count(e.getKey()) < e.getValue().size()) {
        throw new IllegalArgumentException(
            "the summary counts fewer issues with code " + e.getKey() + " than the report holds");
      }
    }
  }

  /**
   * A report of the given issues (sorted here) and summary.
   *
   * @throws IllegalArgumentException when the summary counts fewer issues of a code than are given
   */
  public static ValidationReport of(
      StandardRef standard, LocalDate asOf, List<Issue> issues, ReportSummary summary) {
    return new ValidationReport(standard, asOf, issues, summary, DatasetMetrics.empty());
  }

  /**
   * A report of the given issues (sorted here), summary and dataset metrics.
   *
   * @throws IllegalArgumentException when the summary counts fewer issues of a code than are given
   */
  public static ValidationReport of(
      StandardRef standard, LocalDate asOf, List<Issue> issues, ReportSummary summary, DatasetMetrics metrics) {
    return new ValidationReport(standard, asOf, issues, summary, metrics);
  }

  /** This report with other dataset metrics. */
  public ValidationReport withMetrics(DatasetMetrics value) {
    return new ValidationReport(standard, asOf, issues, summary, value);
  }

  /** The order of {@link #issues()}: severity, entity kind, entity id, code, path, location, arguments. */
  public static Comparator<Issue> issueOrder() {
    return ORDER;
  }

  /** The detailed issues (问题明细) in {@link #issueOrder()}; capped per code when the options say so. */
  public List<Issue> issues() {
    return issues;
  }

  /** The detailed issues with the given code, in report order. */
  public List<Issue> issues(IssueCode code) {
    return byCode.getOrDefault(Objects.requireNonNull(code, "code"), List.of());
  }

  /** The detailed issues with the given code text, such as {@code branch.max-members}. */
  public List<Issue> issues(String code) {
    return issues(IssueCode.of(code));
  }

  /** The summary (汇总). */
  public ReportSummary summary() {
    return summary;
  }

  /**
   * The dataset metrics (数据集指标): completeness, coverage and compliance for the city and per district and street;
   * empty when the standard measures nothing, the metrics layer was not run, or validation stopped early.
   */
  public DatasetMetrics metrics() {
    return metrics;
  }

  /** Whether the data has no error (无错误); warnings and information do not count. */
  public boolean isValid() {
    return summary.count(Severity.ERROR) == 0;
  }

  /** The as-of date (基准日期) the rules were evaluated on. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The standard (标准) the data was checked against. */
  public StandardRef standard() {
    return standard;
  }

  /** Whether any issue with the code was found, whether or not its details were kept. */
  public boolean hasIssues(IssueCode code) {
    return count(code) > 0;
  }

  /** Whether any issue with the code text was found. */
  public boolean hasIssues(String code) {
    return hasIssues(IssueCode.of(code));
  }

  /** The exact number of issues with the code, even when their details were capped. */
  public long count(IssueCode code) {
    return summary.count(code);
  }

  /** The exact number of issues with the code text. */
  public long count(String code) {
    return count(IssueCode.of(code));
  }

  /** The codes whose details were capped (明细被截断的代码), in code order. */
  public Set<IssueCode> truncatedCodes() {
    return summary.truncatedCodes();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ValidationReport r
        && standard.equals(r.standard)
        && asOf.equals(r.asOf)
        && issues.equals(r.issues)
        && summary.equals(r.summary)
        && metrics.equals(r.metrics);
  }

  @Override
  public int hashCode() {
    return Objects.hash(standard, asOf, issues, summary, metrics);
  }

  /** A one-line digest: standard, as-of date and counts by severity; never personal data. */
  @Override
  public String toString() {
    return "ValidationReport[" + standard + ", asOf=" + asOf + ", " + summary.issuesBySeverity() + "]";
  }
}
