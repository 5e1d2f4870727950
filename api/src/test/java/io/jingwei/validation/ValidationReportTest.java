package io.jingwei.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

  private static final StandardRef NATIONAL = StandardRef.of("national", "2024.1");
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  private static Issue issue(String code, Severity s, EntityKind kind, String id, String path) {
    return Issue.builder(code).severity(s).entity(EntityRef.of(kind, id)).path(path).build();
  }

  private static ReportSummary summaryOf(List<Issue> issues) {
    Map<IssueCode, Long> byCode = new TreeMap<>();
    Map<Severity, Long> bySeverity = new TreeMap<>();
    for (Issue i : issues) {
      byCode.merge(i.code(), 1L, Long::sum);
      bySeverity.merge(i.severity(), 1L, Long::sum);
    }
    return new ReportSummary(
        Map.of(), bySeverity, new TreeMap<>(byCode), new TreeMap<>(), new TreeMap<>(), new TreeSet<>(), 0, false);
  }

  private static final List<Issue> SAMPLE =
      List.of(
          issue("b.x", Severity.WARNING, EntityKind.MEMBER, "m1", ""),
          issue("a.x", Severity.ERROR, EntityKind.MEMBER, "m2", "/name"),
          issue("a.x", Severity.ERROR, EntityKind.MEMBER, "m1", "/name"),
          issue("a.y", Severity.ERROR, EntityKind.DIVISION, "d9", ""),
          Issue.builder("read.malformed-json").location(Location.ofLine("members.jsonl", 7)).build(),
          issue("a.x", Severity.ERROR, EntityKind.MEMBER, "m1", "/idNumber"),
          issue("c.z", Severity.INFO, EntityKind.DIVISION, "d1", ""));

  @Test
  void ordersBySeverityThenEntityKindIdCodeAndPath() {
    ValidationReport r = ValidationReport.of(NATIONAL, AS_OF, SAMPLE, summaryOf(SAMPLE));

    assertThat(r.issues())
        .extracting(i -> i.code() + " " + i.entity() + " " + i.path())
        .containsExactly(
            "read.malformed-json null ",
            "a.y divisions/d9 ",
            "a.x members/m1 /idNumber",
            "a.x members/m1 /name",
            "a.x members/m2 /name",
            "b.x members/m1 ",
            "c.z divisions/d1 ");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42})
  void orderDoesNotDependOnTheOrderGiven(long seed) {
    List<Issue> shuffled = new ArrayList<>(SAMPLE);
    Collections.shuffle(shuffled, new Random(seed));

    assertThat(ValidationReport.of(NATIONAL, AS_OF, shuffled, summaryOf(shuffled)))
        .isEqualTo(ValidationReport.of(NATIONAL, AS_OF, SAMPLE, summaryOf(SAMPLE)));
  }

  @Test
  void isValidOnlyWithoutErrors() {
    List<Issue> warnings = List.of(issue("b.x", Severity.WARNING, EntityKind.MEMBER, "m1", ""));

    assertThat(ValidationReport.of(NATIONAL, AS_OF, warnings, summaryOf(warnings)).isValid()).isTrue();
    assertThat(ValidationReport.of(NATIONAL, AS_OF, SAMPLE, summaryOf(SAMPLE)).isValid()).isFalse();
  }

  @Test
  void countsComeFromTheSummaryEvenWhenDetailsWereCapped() {
    List<Issue> kept = List.of(issue("a.x", Severity.ERROR, EntityKind.MEMBER, "m1", ""));
    ReportSummary summary =
        new ReportSummary(
            Map.of(),
            Map.of(Severity.ERROR, 5L),
            new TreeMap<>(Map.of(IssueCode.of("a.x"), 5L)),
            new TreeMap<>(),
            new TreeMap<>(),
            new TreeSet<>(List.of(IssueCode.of("a.x"))),
            0,
            false);

    ValidationReport r = ValidationReport.of(NATIONAL, AS_OF, kept, summary);

    assertThat(r.count("a.x")).isEqualTo(5);
    assertThat(r.issues("a.x")).hasSize(1);
    assertThat(r.hasIssues("a.x")).isTrue();
    assertThat(r.hasIssues("a.y")).isFalse();
    assertThat(r.truncatedCodes()).containsExactly(IssueCode.of("a.x"));
    assertThat(r.summary().detailsTruncated()).isTrue();
  }

  @Test
  void rejectsASummaryCountingFewerIssuesThanGiven() {
    assertThatThrownBy(() -> ValidationReport.of(NATIONAL, AS_OF, SAMPLE, ReportSummary.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void issuesListIsImmutable() {
    ValidationReport r = ValidationReport.of(NATIONAL, AS_OF, SAMPLE, summaryOf(SAMPLE));

    assertThatThrownBy(() -> r.issues().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aReportWithoutMetricsHasEmptyMetrics() {
    ValidationReport r = ValidationReport.of(NATIONAL, AS_OF, SAMPLE, summaryOf(SAMPLE));

    assertThat(r.metrics().isEmpty()).isTrue();
  }

  @Test
  void metricsTakePartInEquality() {
    io.jingwei.metrics.RegionMetrics city =
        new io.jingwei.metrics.RegionMetrics(
            Map.of(),
            Map.of(io.jingwei.metrics.CoverageItem.GRID_PARTY_ORGANIZATION, io.jingwei.metrics.Ratio.of(1, 2)),
            new TreeMap<>());
    io.jingwei.metrics.DatasetMetrics metrics =
        new io.jingwei.metrics.DatasetMetrics(city, new TreeMap<>(), new TreeMap<>());
    ValidationReport plain = ValidationReport.of(NATIONAL, AS_OF, SAMPLE, summaryOf(SAMPLE));
    ValidationReport measured = ValidationReport.of(NATIONAL, AS_OF, SAMPLE, summaryOf(SAMPLE), metrics);

    assertThat(measured.metrics()).isEqualTo(metrics);
    assertThat(measured).isNotEqualTo(plain).isEqualTo(plain.withMetrics(metrics));
    assertThat(measured.hashCode()).isEqualTo(plain.withMetrics(metrics).hashCode());
  }
}
