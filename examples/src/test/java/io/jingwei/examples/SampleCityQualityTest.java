package io.jingwei.examples;

import static io.jingwei.testkit.assertj.JingweiAssertions.assertThatDataset;
import static io.jingwei.testkit.assertj.JingweiAssertions.assertThatReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.testkit.gate.GateResult;
import io.jingwei.testkit.gate.QualityGate;
import io.jingwei.testkit.junit.JingweiDataset;
import io.jingwei.testkit.junit.JingweiTests;
import io.jingwei.validation.ValidationReport;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A QA team's data-quality test of a monthly export (数据质量测试), to copy: point {@code EXPORT} and the gate at your
 * own files. It runs on the bundled sample city, whose twelve deliberate defects stand for a known backlog.
 *
 * <ul>
 *   <li>{@link #exportPassesTheQualityGate}: the thresholds live in a data file (data/sample-city-gate.yaml), so QA
 *       changes them without touching Java;
 *   <li>{@link #everyRule}: one test per rule of the standard, so each rule shows as its own line in the IDE and
 *       in the CI report;
 *   <li>the other tests assert specific findings and the rules that must stay clean.
 * </ul>
 *
 * <p>The report is validated once for the whole class ({@code @JingweiDataset} caches it per run).
 */
class SampleCityQualityTest {

  private static final String EXPORT = "data/sample-city";
  private static final QualityGate GATE = QualityGate.load(Path.of("data", "sample-city-gate.yaml"));

  @Test
  @DisplayName("月度导出通过质量门禁（容忍已知缺陷）")
  void exportPassesTheQualityGate(
      @JingweiDataset(value = EXPORT, standard = "nanning-2021", asOf = "2026-06-30") ValidationReport report) {
    assertThatReport(report).passes(GATE);
  }

  @TestFactory
  @DisplayName("每条规则一个测试")
  Stream<DynamicTest> everyRule(
      @JingweiDataset(value = EXPORT, standard = "nanning-2021", asOf = "2026-06-30") ValidationReport report) {
    return JingweiTests.perRule(report, GATE);
  }

  @Test
  @DisplayName("已知缺陷逐条确认")
  void knownDefectsAreFoundWhereExpected(
      @JingweiDataset(value = EXPORT, standard = "nanning-2021", asOf = "2026-06-30") ValidationReport report) {
    assertThatReport(report)
        .hasIssue("member.activist-period", "members/M00073", "/timeline/candidateOn")
        .hasIssue("duplicate.resident-id", "members/M00176", "/idNumber")
        .hasIssue("grid.worker-count", "grids/G-450103001001-001")
        .hasAtMostIssues(3, "service-center.*", "grid.*")
        .hasComplianceAtLeast("grid.worker-count", 0.95);
  }

  @Test
  @DisplayName("党组织设置和换届规则无任何问题")
  void organizationRulesStayClean() {
    assertThatDataset(Path.of(EXPORT))
        .conformsTo("nanning-2021")
        .asOf("2026-06-30")
        .hasNoIssues("branch.*", "election.*", "organization.*")
        .hasComplianceAtLeast("branch.min-full-members", 1.0);
  }

  @Test
  @DisplayName("门禁能发现新增的缺陷")
  void theGateCatchesOneMoreDefect(
      @JingweiDataset(value = EXPORT, standard = "nanning-2021", asOf = "2026-06-30") ValidationReport report) {
    QualityGate stricter = QualityGate.builder("no-activist-backlog").maxIssues("member.activist-period", 0).build();
    GateResult result = stricter.evaluate(report);
    assertThat(result.passed()).isFalse();
    assertThatThrownBy(() -> assertThatReport(report).passes(stricter))
        .hasMessageContaining("members/M00073")
        .hasMessageContaining("members.jsonl:73");
  }
}
