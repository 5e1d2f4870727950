package io.jingwei.cli;

import io.jingwei.dataset.CityDataset;
import io.jingwei.division.Division;
import io.jingwei.ref.DivisionId;
import io.jingwei.standard.RuleDefinition;
import io.jingwei.standard.Standard;
import io.jingwei.validation.Issue;
import io.jingwei.validation.IssueCode;
import io.jingwei.validation.Severity;
import io.jingwei.validation.ValidationReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Helpers the report writers share (报告辅助): severities and titles of codes, names of divisions, rankings. */
final class ReportData {
  private ReportData() {}

  /** The severity of a code: of its first detailed issue, else the rule's. */
  static Severity severity(ValidationReport report, Standard standard, IssueCode code) {
    List<Issue> issues = report.issues(code);
    if (!issues.isEmpty()) {
      return issues.get(0).severity();
    }
    return standard.rule(code.value()).map(RuleDefinition::severity).orElse(Severity.ERROR);
  }

  /** The title of a rule in the language, or empty. */
  static String title(Standard standard, IssueCode code, Lang lang) {
    return standard.rule(code.value()).map(r -> r.title().get(lang.locale())).orElse("");
  }

  /** The source URL of a rule, if the profile gives one. */
  static Optional<String> sourceUrl(Standard standard, String ruleId) {
    return standard.rule(ruleId).map(r -> r.source().url()).filter(u -> u != null && !u.isBlank());
  }

  /** The codes with issues, most issues first, then by code. */
  static List<IssueCode> rankedCodes(ValidationReport report) {
    List<IssueCode> codes = new ArrayList<>(report.summary().codes());
    codes.sort(Comparator.comparingLong((IssueCode c) -> -report.count(c)).thenComparing(c -> c));
    return codes;
  }

  /** The entries of a count map, largest first, then by key. */
  static <K extends Comparable<K>> List<Map.Entry<K, Long>> ranked(Map<K, Long> counts) {
    List<Map.Entry<K, Long>> list = new ArrayList<>(counts.entrySet());
    list.sort(
        Comparator.comparingLong((Map.Entry<K, Long> e) -> -e.getValue()).thenComparing(Map.Entry::getKey));
    return list;
  }

  /** A division's display name: "name (id)", or the id when the dataset does not hold it. */
  static String divisionName(CityDataset dataset, DivisionId id) {
    return dataset.division(id).map(Division::name).map(n -> n + " (" + id.value() + ")").orElse(id.value());
  }

  /** The detailed issues grouped by record (entity, or location for unreadable input), in report order. */
  static Map<String, List<Issue>> byEntity(List<Issue> issues) {
    Map<String, List<Issue>> out = new LinkedHashMap<>();
    for (Issue i : issues) {
      String key = i.entity() == null ? i.location().toString() : i.entity().toString();
      out.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    return out;
  }

  /** Whether an issue's severity is at or above the threshold; {@code null} threshold (never) admits none. */
  static boolean atOrAbove(Severity severity, FailOn failOn) {
    return switch (failOn) {
      case never -> false;
      case error -> severity == Severity.ERROR;
      case warning -> severity == Severity.ERROR || severity == Severity.WARNING;
    };
  }
}
