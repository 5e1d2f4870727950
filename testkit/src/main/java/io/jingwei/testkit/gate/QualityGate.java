package io.jingwei.testkit.gate;

import io.jingwei.metrics.Ratio;
import io.jingwei.validation.Issue;
import io.jingwei.validation.IssueCode;
import io.jingwei.validation.Severity;
import io.jingwei.validation.ValidationReport;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A quality gate (质量门禁): thresholds as data, in the spirit of dbt's {@code warn_if} / {@code error_if}. Each
 * threshold caps the issues of a code (or a family, or all codes, optionally of one severity) or sets a minimum
 * compliance rate of a rule; a breach either fails the gate ({@link GateLevel#ERROR}) or is only reported
 * ({@link GateLevel#WARN}). The file format ({@code jingwei-gate/1}, YAML or JSON) is described in
 * {@code docs/quality-gates.md}.
 *
 * <pre>{@code
 * GateResult result = QualityGate.load(Path.of("gates/monthly.yaml")).evaluate(report);
 * if (!result.passed()) { ... result.failures() ... }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class QualityGate {

  private final String name;
  private final @Nullable String description;
  private final List<Threshold> thresholds;

  private QualityGate(String name, @Nullable String description, List<Threshold> thresholds) {
    this.name = Objects.requireNonNull(name, "name");
    this.description = description;
    this.thresholds = List.copyOf(thresholds);
  }

  /**
   * Reads a gate file: YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}), chosen by the extension. The
   * reading is strict: an unknown key, a duplicate key or a value of the wrong type is an error naming the file
   * and the place.
   *
   * @throws IllegalArgumentException when the file is not a valid gate
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static QualityGate load(Path file) {
    return GateFileParser.load(Objects.requireNonNull(file, "file"));
  }

  /**
   * Reads a gate from text in YAML (a superset of JSON, so JSON text is read too); {@code source} names it in
   * error messages.
   *
   * @throws IllegalArgumentException when the text is not a valid gate
   */
  public static QualityGate parse(String text, String source) {
    return GateFileParser.parse(Objects.requireNonNull(text, "text"), Objects.requireNonNull(source, "source"));
  }

  /** A builder of a gate with the given name. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** The gate's name (门禁名称). */
  public String name() {
    return name;
  }

  /** The gate's description, if any. */
  public java.util.Optional<String> description() {
    return java.util.Optional.ofNullable(description);
  }

  /** The thresholds, in the order of the file. */
  public List<Threshold> thresholds() {
    return thresholds;
  }

  /** The thresholds that concern exactly the rule: its own code's count or its compliance. */
  public List<Threshold> thresholdsOf(String ruleId) {
    return thresholds.stream().filter(t -> t.concernsRule(ruleId)).toList();
  }

  /** This gate with only the thresholds that pass the filter (same name). */
  public QualityGate filtered(java.util.function.Predicate<? super Threshold> filter) {
    return new QualityGate(name, description, thresholds.stream().filter(filter).toList());
  }

  /** Evaluates every threshold against the report (评估). */
  public GateResult evaluate(ValidationReport report) {
    return evaluate(report, thresholds);
  }

  /** Evaluates the given thresholds (of this gate or not) against the report, under this gate's name. */
  public GateResult evaluate(ValidationReport report, List<? extends Threshold> selected) {
    Objects.requireNonNull(report, "report");
    List<Breach> breaches = new ArrayList<>();
    for (Threshold t : selected) {
      Breach b = check(t, report);
      if (b != null) {
        breaches.add(b);
      }
    }
    return new GateResult(name, breaches);
  }

  /** The breach of one threshold, or null when the report meets it. */
  static @Nullable Breach check(Threshold threshold, ValidationReport report) {
    if (threshold instanceof IssueThreshold t) {
      long n = count(report, t.code(), t.severity());
      return n > t.max() ? new Breach(t, n, null) : null;
    }
    ComplianceThreshold t = (ComplianceThreshold) threshold;
    Ratio r = report.metrics().city().compliance().get(t.rule());
    if (r == null) {
      return new Breach(t, 0, null);
    }
    if (r.total() == 0) {
      return null;
    }
    boolean met = BigDecimal.valueOf(r.count()).compareTo(t.minCompliance().multiply(BigDecimal.valueOf(r.total()))) >= 0;
    return met ? null : new Breach(t, r.missing(), r);
  }

  /**
   * The exact number of issues of the selected codes and severity (null: all) in the report. The severity of a
   * code is read from its detailed issues (one rule has one severity in a validation).
   */
  public static long count(ValidationReport report, CodeSelector code, @Nullable Severity severity) {
    if (code.isAll() && severity != null) {
      return report.summary().count(severity);
    }
    long n = 0;
    for (Map.Entry<IssueCode, Long> e : report.summary().issuesByCode().entrySet()) {
      if (!code.matches(e.getKey())) {
        continue;
      }
      if (severity != null) {
        List<Issue> details = report.issues(e.getKey());
        if (details.isEmpty() || details.get(0).severity() != severity) {
          continue;
        }
      }
      n += e.getValue();
    }
    return n;
  }

  @Override
  public String toString() {
    return "QualityGate[" + name + ", " + thresholds.size() + " thresholds]";
  }

  /** A builder of a {@link QualityGate} (门禁构建器). Not thread-safe. */
  public static final class Builder {
    private final String name;
    private @Nullable String description;
    private final List<Threshold> thresholds = new ArrayList<>();

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    /** Sets the description. */
    public Builder description(@Nullable String value) {
      this.description = value;
      return this;
    }

    /** Fails when more than {@code max} issues of the codes ({@code x.y}, {@code x.*} or {@code *}). */
    public Builder maxIssues(String code, long max) {
      return threshold(new IssueThreshold(CodeSelector.of(code), null, max, GateLevel.ERROR));
    }

    /** Fails when more than {@code max} issues of the codes have the severity. */
    public Builder maxIssues(String code, Severity severity, long max) {
      return threshold(new IssueThreshold(CodeSelector.of(code), severity, max, GateLevel.ERROR));
    }

    /** Warns when more than {@code max} issues of the codes. */
    public Builder warnIfMoreIssues(String code, long max) {
      return threshold(new IssueThreshold(CodeSelector.of(code), null, max, GateLevel.WARN));
    }

    /** Fails when the rule's compliance rate is below the minimum (0 to 1), or the rule was not measured. */
    public Builder minCompliance(String rule, double min) {
      return threshold(new ComplianceThreshold(rule, BigDecimal.valueOf(min), GateLevel.ERROR));
    }

    /** Warns when the rule's compliance rate is below the minimum. */
    public Builder warnIfComplianceBelow(String rule, double min) {
      return threshold(new ComplianceThreshold(rule, BigDecimal.valueOf(min), GateLevel.WARN));
    }

    /** Adds a threshold. */
    public Builder threshold(Threshold value) {
      thresholds.add(Objects.requireNonNull(value, "threshold"));
      return this;
    }

    /** The gate. */
    public QualityGate build() {
      return new QualityGate(name, description, thresholds);
    }
  }
}
