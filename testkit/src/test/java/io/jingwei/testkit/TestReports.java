package io.jingwei.testkit;

import io.jingwei.metrics.DatasetMetrics;
import io.jingwei.metrics.Ratio;
import io.jingwei.metrics.RegionMetrics;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;
import io.jingwei.validation.Issue;
import io.jingwei.validation.IssueCode;
import io.jingwei.validation.Location;
import io.jingwei.validation.ReportSummary;
import io.jingwei.validation.Severity;
import io.jingwei.validation.StandardRef;
import io.jingwei.validation.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Small hand-made reports for the tests of assertions, gates and dynamic tests. */
public final class TestReports {

  /** The as-of date of the reports. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  private TestReports() {}

  /** A builder of a report against nanning-2021. */
  public static Builder report() {
    return new Builder();
  }

  /** A report builder. */
  public static final class Builder {
    private final List<Issue> issues = new ArrayList<>();
    private final TreeMap<String, Ratio> compliance = new TreeMap<>();

    /** Adds an issue of the code on a member, located in members.jsonl at the line. */
    public Builder member(String code, Severity severity, String id, String path, int line, Map<String, ?> args) {
      issues.add(
          Issue.builder(code)
              .severity(severity)
              .entity(EntityRef.of(EntityKind.MEMBER, id))
              .path(path)
              .location(Location.ofLine("members.jsonl", line))
              .args(args)
              .build());
      return this;
    }

    /** Adds an issue of the code on a grid. */
    public Builder grid(String code, Severity severity, String id) {
      issues.add(
          Issue.builder(code)
              .severity(severity)
              .entity(EntityRef.of(EntityKind.GRID, id))
              .location(Location.ofLine("grids.jsonl", 1))
              .args(Map.of("count", 2, "min", 3, "max", 4))
              .build());
      return this;
    }

    /** Sets the compliance of a rule: passed out of checked. */
    public Builder compliance(String rule, long passed, long checked) {
      compliance.put(rule, Ratio.of(passed, checked));
      return this;
    }

    /** The report. */
    public ValidationReport build() {
      TreeMap<IssueCode, Long> byCode = new TreeMap<>();
      EnumMap<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
      for (Issue i : issues) {
        byCode.merge(i.code(), 1L, Long::sum);
        bySeverity.merge(i.severity(), 1L, Long::sum);
      }
      ReportSummary summary =
          new ReportSummary(Map.of(), bySeverity, byCode, new TreeMap<>(), new TreeMap<>(), new TreeSet<>(), 0, false);
      DatasetMetrics metrics =
          new DatasetMetrics(new RegionMetrics(Map.of(), Map.of(), compliance), new TreeMap<>(), new TreeMap<>());
      return ValidationReport.of(StandardRef.of("nanning-2021", "2021.1"), AS_OF, issues, summary, metrics);
    }
  }
}
