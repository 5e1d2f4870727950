package io.jingwei.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.Jingwei;
import io.jingwei.standard.RuleDefinition;
import io.jingwei.standard.Standard;
import io.jingwei.testkit.TestReports;
import io.jingwei.testkit.gate.QualityGate;
import io.jingwei.validation.Severity;
import io.jingwei.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

class JingweiTestsTest {

  private static final Standard NANNING = Jingwei.standards().get("nanning-2021");

  private static ValidationReport report() {
    return TestReports.report()
        .member("member.activist-period", Severity.ERROR, "M1", "/timeline/candidateOn", 3, Map.of("minMonths", 12))
        .member("duplicate.resident-id", Severity.ERROR, "M2", "/idNumber", 9, Map.of("value", "x", "first", "M1"))
        .grid("grid.worker-count", Severity.WARNING, "G1")
        .build();
  }

  private static List<String> ruleIds(List<DynamicTest> tests) {
    return tests.stream().map(t -> t.getDisplayName().split(" ")[0]).toList();
  }

  private static List<String> failing(Stream<DynamicTest> tests) {
    List<String> failed = new ArrayList<>();
    tests.forEach(
        t -> {
          try {
            t.getExecutable().execute();
          } catch (AssertionError e) {
            failed.add(t.getDisplayName().split(" ")[0]);
          } catch (Throwable e) {
            throw new IllegalStateException(e);
          }
        });
    return failed;
  }

  @Test
  @DisplayName("每条生效规则一个动态测试，按标准顺序，以规则号和中文标题命名")
  void makesOneTestPerRuleInForceNamedByIdAndTitle() {
    List<DynamicTest> tests = JingweiTests.perRule(report(), NANNING, null).toList();
    List<String> expected =
        NANNING.effectiveRules(TestReports.AS_OF).stream()
            .filter(r -> !JingweiTests.METRICS_CHECK.equals(r.check()))
            .map(RuleDefinition::id)
            .toList();
    assertThat(ruleIds(tests)).isNotEmpty().containsExactlyElementsOf(expected);
    assertThat(tests.get(0).getDisplayName()).endsWith(NANNING.rule(expected.get(0)).orElseThrow().title().zh());
  }

  @Test
  void failsExactlyTheRulesWithErrors() {
    assertThat(failing(JingweiTests.perRule(report())))
        .containsExactlyInAnyOrder("member.activist-period", "duplicate.resident-id");
  }

  @Test
  @DisplayName("有门禁时，规则按门禁阈值判定，另加一个门禁测试")
  void judgesRulesByTheGateWhereItHasThresholds() {
    QualityGate gate =
        QualityGate.builder("known")
            .maxIssues("member.activist-period", 1)
            .maxIssues("grid.worker-count", 0)
            .maxIssues("*", Severity.ERROR, 1)
            .build();
    List<DynamicTest> tests = JingweiTests.perRule(report(), gate).toList();
    assertThat(tests).last().extracting(DynamicTest::getDisplayName).isEqualTo(JingweiTests.GATE_TEST);
    assertThat(failing(tests.stream()))
        .containsExactlyInAnyOrder("grid.worker-count", "duplicate.resident-id", JingweiTests.GATE_TEST);
  }

  @Test
  void showsEachRuleAsItsOwnTestInTheRun() {
    TestExecutionSummary summary = Fixtures.run(PerRuleFixture.class);
    long rules =
        NANNING.effectiveRules(TestReports.AS_OF).stream()
            .filter(r -> !JingweiTests.METRICS_CHECK.equals(r.check()))
            .count();
    assertThat(summary.getTestsStartedCount()).isEqualTo(rules);
    assertThat(summary.getTestsFailedCount()).isEqualTo(2);
  }

  /** Run only through the launcher. */
  static class PerRuleFixture {
    @TestFactory
    Stream<DynamicTest> everyRule() {
      return JingweiTests.perRule(report());
    }
  }
}
