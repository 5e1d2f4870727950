package io.jingwei.testkit.junit;

import io.jingwei.Jingwei;
import io.jingwei.dataset.CityDataset;
import io.jingwei.standard.RuleDefinition;
import io.jingwei.standard.Standard;
import io.jingwei.testkit.DatasetValidation;
import io.jingwei.testkit.assertj.JingweiAssertions;
import io.jingwei.testkit.gate.QualityGate;
import io.jingwei.testkit.gate.Threshold;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;

/**
 * Dynamic tests (动态测试), one per rule of a standard, so that each rule shows as its own test in IDEs and CI
 * reports:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> everyRule(@JingweiDataset(value = "data/2026-06", asOf = "2026-06-30") ValidationReport r) {
 *   return JingweiTests.perRule(r, QualityGate.load(Path.of("gates/monthly.yaml")));
 * }
 * }</pre>
 *
 * <p>There is one test for every rule of the standard in force on the report's as-of date (the metrics rules,
 * which raise no issue, are left out), named by the rule id and its Chinese title, in the standard's order. A
 * rule's test fails when the report has ERROR issues of the rule; with a quality gate, a rule that the gate has
 * thresholds for (its own code's count, its compliance) fails instead when one of those is breached at level
 * {@code error}, and one more test, {@code quality-gate}, checks the gate's other thresholds (families, {@code *}).
 * Failure messages list the top issues with their locations, as the assertions do.
 */
public final class JingweiTests {

  /** The check of the metrics rules, which raise no issue and get no test. */
  static final String METRICS_CHECK = "dataset-metrics";

  /** The display name of the test of a gate's thresholds that concern no single rule. */
  public static final String GATE_TEST = "quality-gate";

  private JingweiTests() {}

  /** One test per rule of the report's standard (a shipped standard, found by the report's standard name). */
  public static Stream<DynamicTest> perRule(ValidationReport report) {
    return perRule(report, Jingwei.standards().get(report.standard().name()), null);
  }

  /** One test per rule of the standard: a shipped name or a profile file. */
  public static Stream<DynamicTest> perRule(ValidationReport report, String standardNameOrFile) {
    return perRule(report, DatasetValidation.standard(standardNameOrFile), null);
  }

  /** One test per rule of the report's (shipped) standard, judged by the gate where it has thresholds. */
  public static Stream<DynamicTest> perRule(ValidationReport report, QualityGate gate) {
    return perRule(report, Jingwei.standards().get(report.standard().name()), Objects.requireNonNull(gate, "gate"));
  }

  /** One test per rule of the standard, judged by the gate (if any) where it has thresholds. */
  public static Stream<DynamicTest> perRule(ValidationReport report, Standard standard, @Nullable QualityGate gate) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(standard, "standard");
    List<DynamicTest> tests = new ArrayList<>();
    List<RuleDefinition> rules =
        standard.effectiveRules(report.asOf()).stream().filter(r -> !METRICS_CHECK.equals(r.check())).toList();
    for (RuleDefinition rule : rules) {
      String id = rule.id();
      QualityGate own = gate == null ? null : gate.filtered(t -> t.concernsRule(id));
      String name = id + " " + rule.title().zh();
      if (own != null && !own.thresholds().isEmpty()) {
        tests.add(DynamicTest.dynamicTest(name, () -> JingweiAssertions.assertThatReport(report).passes(own)));
      } else {
        tests.add(DynamicTest.dynamicTest(name, () -> JingweiAssertions.assertThatReport(report).hasNoErrors(id)));
      }
    }
    if (gate != null) {
      Set<String> ids = rules.stream().map(RuleDefinition::id).collect(Collectors.toSet());
      QualityGate rest = gate.filtered(t -> ids.stream().noneMatch(t::concernsRule));
      if (!rest.thresholds().isEmpty()) {
        tests.add(DynamicTest.dynamicTest(GATE_TEST, () -> JingweiAssertions.assertThatReport(report).passes(rest)));
      }
    }
    return tests.stream();
  }

  /** Validates the dataset on disk against the standard (name or profile file) on the date, one test per rule. */
  public static Stream<DynamicTest> perRule(Path dataset, String standardNameOrFile, LocalDate asOf) {
    Standard standard = DatasetValidation.standard(standardNameOrFile);
    return perRule(
        DatasetValidation.validate(dataset, standard, asOf, ValidationOptions.DEFAULT_LOCALE), standard, null);
  }

  /** Validates the dataset in memory against the standard (name or profile file) on the date, one test per rule. */
  public static Stream<DynamicTest> perRule(CityDataset dataset, String standardNameOrFile, LocalDate asOf) {
    Standard standard = DatasetValidation.standard(standardNameOrFile);
    return perRule(
        DatasetValidation.validate(dataset, standard, asOf, ValidationOptions.DEFAULT_LOCALE), standard, null);
  }

  /** The thresholds of the gate that concern the rule; for tools that build their own tests. */
  public static List<Threshold> thresholdsOf(QualityGate gate, String ruleId) {
    return gate.thresholdsOf(ruleId);
  }
}
