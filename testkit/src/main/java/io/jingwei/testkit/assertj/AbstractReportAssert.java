package io.jingwei.testkit.assertj;

import io.jingwei.metrics.Ratio;
import io.jingwei.testkit.gate.CodeSelector;
import io.jingwei.testkit.gate.GateResult;
import io.jingwei.testkit.gate.QualityGate;
import io.jingwei.validation.Issue;
import io.jingwei.validation.Severity;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * The checks on a validation report (报告断言) shared by {@link ReportAssert} and {@link DatasetAssert}. Codes may
 * be written as one code ({@code member.activist-period}), a family ({@code member.*}) or {@code *}. Every failure
 * lists the top issues concerned (code, entity, path, location and the message in {@link #inLocale(Locale) the
 * locale}, personal data masked) and the report's counts by code.
 *
 * @param <SELF> the assertion's own type, for chaining
 * @param <ACTUAL> the value asserted on
 */
public abstract class AbstractReportAssert<SELF extends AbstractReportAssert<SELF, ACTUAL>, ACTUAL>
    extends AbstractAssert<SELF, ACTUAL> {

  /** The number of issues a failure lists by default. */
  public static final int DEFAULT_LISTED_ISSUES = 10;

  private Locale locale = ValidationOptions.DEFAULT_LOCALE;
  private int listed = DEFAULT_LISTED_ISSUES;

  /** An assertion on the value. */
  protected AbstractReportAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /** The report the checks look at; a dataset assertion validates on first use. */
  public abstract ValidationReport report();

  /** What is asserted on, for failure messages ({@code dataset data/sample-city}). */
  protected abstract String subject();

  /** Writes the issue messages of failures in the locale (default Chinese; {@link Locale#ENGLISH}). */
  public SELF inLocale(Locale value) {
    this.locale = Objects.requireNonNull(value, "locale");
    return myself;
  }

  /** Lists at most this many issues in a failure message (default {@value #DEFAULT_LISTED_ISSUES}). */
  public SELF listingAtMost(int issues) {
    if (issues < 0) {
      throw new IllegalArgumentException("issues must not be negative: " + issues);
    }
    this.listed = issues;
    return myself;
  }

  /** Checks that there is no issue at all, of any severity (无任何问题). */
  public SELF hasNoIssues() {
    ValidationReport r = checkedReport();
    long n = r.summary().issueCount();
    if (n > 0) {
      fail(r, "to have no issues, but found " + n, r.issues(), n);
    }
    return myself;
  }

  /** Checks that there is no issue of the codes (codes, families {@code x.*} or {@code *}). */
  public SELF hasNoIssues(String... codes) {
    return hasAtMostIssues(0, codes);
  }

  /** Checks that there are at most {@code max} issues of the codes, added up (问题数不超过). */
  public SELF hasAtMostIssues(long max, String... codes) {
    List<CodeSelector> selectors = selectors(codes);
    ValidationReport r = checkedReport();
    long n = count(r, selectors);
    if (n > max) {
      fail(
          r,
          "to have at most " + max + " issue" + (max == 1 ? "" : "s") + " of " + selectors + ", but found " + n,
          issuesOf(r, selectors),
          n);
    }
    return myself;
  }

  /** Checks that there are exactly {@code count} issues of the codes, added up (问题数恰为). */
  public SELF hasIssueCount(long count, String... codes) {
    List<CodeSelector> selectors = selectors(codes);
    ValidationReport r = checkedReport();
    long n = count(r, selectors);
    if (n != count) {
      fail(r, "to have exactly " + count + " issues of " + selectors + ", but found " + n, issuesOf(r, selectors), n);
    }
    return myself;
  }

  /** Checks that there is no ERROR issue (无错误); warnings and information do not count. */
  public SELF hasNoErrors() {
    return hasNoIssuesAtLeast(Severity.ERROR);
  }

  /** Checks that there is no ERROR issue of the codes (codes, families {@code x.*} or {@code *}). */
  public SELF hasNoErrors(String... codes) {
    List<CodeSelector> selectors = selectors(codes);
    ValidationReport r = checkedReport();
    List<Issue> errors = issuesOf(r, selectors).stream().filter(Issue::isError).toList();
    if (!errors.isEmpty()) {
      long n =
          r.summary().issuesByCode().entrySet().stream()
              .filter(e -> selectors.stream().anyMatch(s -> s.matches(e.getKey())))
              .filter(e -> r.issues(e.getKey()).stream().anyMatch(Issue::isError))
              .mapToLong(java.util.Map.Entry::getValue)
              .sum();
      fail(r, "to have no ERROR issues of " + selectors + ", but found " + n, errors, n);
    }
    return myself;
  }

  /** Checks that there is no issue of the severity or a more severe one ({@code WARNING}: no errors or warnings). */
  public SELF hasNoIssuesAtLeast(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    ValidationReport r = checkedReport();
    long n = 0;
    for (Severity s : Severity.values()) {
      if (s.isAtLeast(severity)) {
        n += r.summary().count(s);
      }
    }
    if (n > 0) {
      List<Issue> issues = r.issues().stream().filter(i -> i.severity().isAtLeast(severity)).toList();
      fail(r, "to have no issues of severity " + severity + " or above, but found " + n, issues, n);
    }
    return myself;
  }

  /**
   * Checks that an issue of the code was found on the record ({@code members/M00073}): a specific finding (发现指定问题).
   */
  public SELF hasIssue(String code, String entity) {
    return hasIssue(code, entity, null);
  }

  /** Checks that an issue of the code was found on the record at the path ({@code /timeline/candidateOn}). */
  public SELF hasIssue(String code, String entity, @org.jspecify.annotations.Nullable String path) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(entity, "entity");
    ValidationReport r = checkedReport();
    Predicate<Issue> wanted =
        i -> i.entity() != null && i.entity().toString().equals(entity) && (path == null || path.equals(i.path()));
    List<Issue> ofCode = r.issues(code);
    if (ofCode.stream().noneMatch(wanted)) {
      fail(
          r,
          "to have an issue " + code + " on " + entity + (path == null ? "" : " at " + path) + ", but found "
              + (ofCode.isEmpty() ? "no issue of that code" : "only these of that code"),
          ofCode,
          r.count(code));
    }
    return myself;
  }

  /**
   * Checks that the rule's compliance rate (达标率) in the city is at least {@code minRate} (0 to 1). It fails when
   * the rule was not measured (not in force, not run, or without a population in the standard); a rule that checked
   * no record passes.
   */
  public SELF hasComplianceAtLeast(String ruleId, double minRate) {
    Objects.requireNonNull(ruleId, "ruleId");
    if (minRate < 0 || minRate > 1) {
      throw new IllegalArgumentException("minRate must be from 0 to 1: " + minRate);
    }
    ValidationReport r = checkedReport();
    Ratio ratio = r.metrics().city().compliance().get(ruleId);
    if (ratio == null) {
      failWithMessage(
          "%s",
          "Expected " + subject() + " (" + IssueDigest.headline(r) + ") to have a compliance rate of " + ruleId
              + " of at least " + minRate + ", but the rule was not measured; rules measured: "
              + r.metrics().city().compliance().keySet());
      return myself;
    }
    if (ratio.total() > 0
        && BigDecimal.valueOf(ratio.count()).compareTo(BigDecimal.valueOf(minRate).multiply(BigDecimal.valueOf(ratio.total())))
            < 0) {
      fail(
          r,
          "to have a compliance rate of " + ruleId + " of at least " + minRate + ", but it is "
              + ratio.rate().map(BigDecimal::toPlainString).orElse("-") + " (" + ratio + " records passed)",
          r.issues(ruleId),
          r.count(ruleId));
    }
    return myself;
  }

  /** Checks that the report passes the quality gate (通过质量门禁): no ERROR-level threshold breached. */
  public SELF passes(QualityGate gate) {
    Objects.requireNonNull(gate, "gate");
    ValidationReport r = checkedReport();
    GateResult result = gate.evaluate(r);
    if (!result.passed()) {
      StringBuilder sb = new StringBuilder();
      sb.append("Expected ").append(subject()).append(" (").append(IssueDigest.headline(r)).append(") to pass ");
      sb.append(result.describe());
      result.failures().forEach(b -> {
        if (b.threshold() instanceof io.jingwei.testkit.gate.IssueThreshold t) {
          List<CodeSelector> s = List.of(t.code());
          List<Issue> issues =
              issuesOf(r, s).stream().filter(i -> t.severity() == null || i.severity() == t.severity()).toList();
          sb.append(String.format("%nTop issues of %s:", t.code())).append(IssueDigest.issues(issues, b.count(), listed, locale));
        } else if (b.threshold() instanceof io.jingwei.testkit.gate.ComplianceThreshold t) {
          sb.append(String.format("%nTop issues of %s:", t.rule()))
              .append(IssueDigest.issues(r.issues(t.rule()), r.count(t.rule()), listed, locale));
        }
      });
      sb.append(String.format("%nIssues by code (%d in all):", r.summary().issueCount()))
          .append(IssueDigest.countsByCode(r));
      failWithMessage("%s", sb.toString());
    }
    return myself;
  }

  private ValidationReport checkedReport() {
    isNotNull();
    return report();
  }

  private void fail(ValidationReport r, String what, List<Issue> issues, long total) {
    String text =
        "Expected " + subject() + " (" + IssueDigest.headline(r) + ") " + what + "."
            + (issues.isEmpty() ? "" : String.format("%nTop issues:") + IssueDigest.issues(issues, total, listed, locale))
            + String.format("%nIssues by code (%d in all):", r.summary().issueCount())
            + IssueDigest.countsByCode(r);
    failWithMessage("%s", text);
  }

  private static List<CodeSelector> selectors(String... codes) {
    Objects.requireNonNull(codes, "codes");
    if (codes.length == 0) {
      throw new IllegalArgumentException("name at least one code, family (x.*) or *");
    }
    return Arrays.stream(codes).map(CodeSelector::of).toList();
  }

  private static long count(ValidationReport r, List<CodeSelector> selectors) {
    return r.summary().issuesByCode().entrySet().stream()
        .filter(e -> selectors.stream().anyMatch(s -> s.matches(e.getKey())))
        .mapToLong(java.util.Map.Entry::getValue)
        .sum();
  }

  private static List<Issue> issuesOf(ValidationReport r, List<CodeSelector> selectors) {
    return r.issues().stream().filter(i -> selectors.stream().anyMatch(s -> s.matches(i.code()))).toList();
  }
}
