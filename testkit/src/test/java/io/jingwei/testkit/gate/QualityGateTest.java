package io.jingwei.testkit.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.testkit.TestReports;
import io.jingwei.validation.Severity;
import io.jingwei.validation.ValidationReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityGateTest {

  private static final Path MONTHLY = Path.of("src/test/resources/gates/monthly.yaml");

  private static TestReports.Builder twoActivists() {
    return TestReports.report()
        .member("member.activist-period", Severity.ERROR, "M1", "/timeline/candidateOn", 3, Map.of("minMonths", 12))
        .member("member.activist-period", Severity.ERROR, "M2", "/timeline/candidateOn", 4, Map.of("minMonths", 12));
  }

  @Test
  void readsEveryThresholdOfTheFileInOrder() {
    QualityGate gate = QualityGate.load(MONTHLY);
    assertThat(gate.name()).isEqualTo("monthly");
    assertThat(gate.description()).contains("tolerates the known backlog");
    assertThat(gate.thresholds())
        .containsExactly(
            new IssueThreshold(CodeSelector.of("member.activist-period"), null, 1, GateLevel.ERROR),
            new IssueThreshold(CodeSelector.of("grid.*"), null, 0, GateLevel.WARN),
            new IssueThreshold(CodeSelector.all(), Severity.ERROR, 2, GateLevel.ERROR),
            new ComplianceThreshold("branch.min-full-members", new BigDecimal("0.95"), GateLevel.ERROR));
  }

  @Test
  @DisplayName("问题数超过上限时门禁不通过")
  void failsWhenACodeHasMoreIssuesThanItsMax() {
    GateResult result = QualityGate.load(MONTHLY).evaluate(twoActivists().compliance("branch.min-full-members", 20, 20).build());
    assertThat(result.passed()).isFalse();
    assertThat(result.failures()).singleElement().satisfies(b -> {
      assertThat(b.threshold().concernsRule("member.activist-period")).isTrue();
      assertThat(b.count()).isEqualTo(2);
    });
  }

  @Test
  void passesAtTheMaxAndOnlyWarnsForWarnThresholds() {
    ValidationReport report =
        TestReports.report()
            .member("member.activist-period", Severity.ERROR, "M1", "/timeline/candidateOn", 3, Map.of("minMonths", 12))
            .grid("grid.worker-count", Severity.WARNING, "G1")
            .compliance("branch.min-full-members", 19, 20)
            .build();
    GateResult result = QualityGate.load(MONTHLY).evaluate(report);
    assertThat(result.passed()).isTrue();
    assertThat(result.warnings()).singleElement().satisfies(b -> assertThat(b.count()).isEqualTo(1));
  }

  @Test
  void countsOnlyTheSeverityNamed() {
    ValidationReport report =
        TestReports.report()
            .member("member.activist-period", Severity.ERROR, "M1", "/timeline/candidateOn", 3, Map.of("minMonths", 12))
            .grid("grid.worker-count", Severity.WARNING, "G1")
            .grid("grid.worker-count", Severity.WARNING, "G2")
            .build();
    assertThat(QualityGate.count(report, CodeSelector.all(), Severity.ERROR)).isEqualTo(1);
    assertThat(QualityGate.count(report, CodeSelector.of("grid.*"), Severity.WARNING)).isEqualTo(2);
    assertThat(QualityGate.count(report, CodeSelector.of("grid.*"), Severity.ERROR)).isZero();
    assertThat(QualityGate.count(report, CodeSelector.all(), null)).isEqualTo(3);
  }

  @Test
  @DisplayName("达标率低于下限时门禁不通过")
  void failsWhenComplianceIsBelowTheMinimum() {
    GateResult result =
        QualityGate.load(MONTHLY).evaluate(TestReports.report().compliance("branch.min-full-members", 18, 20).build());
    assertThat(result.failures()).singleElement().satisfies(b -> {
      assertThat(b.threshold()).isInstanceOf(ComplianceThreshold.class);
      assertThat(b.count()).isEqualTo(2);
      assertThat(b.describe()).contains("0.9000");
    });
  }

  @Test
  void failsWhenTheRuleOfAComplianceThresholdWasNotMeasured() {
    GateResult result = QualityGate.load(MONTHLY).evaluate(TestReports.report().build());
    assertThat(result.failures()).singleElement().satisfies(b -> assertThat(b.compliance()).isNull());
  }

  @Test
  void passesARuleThatCheckedNoRecord() {
    GateResult result =
        QualityGate.builder("g").minCompliance("branch.min-full-members", 1.0).build()
            .evaluate(TestReports.report().compliance("branch.min-full-members", 0, 0).build());
    assertThat(result.passed()).isTrue();
  }

  @Test
  void readsTheSameGateFromJson(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("g.json");
    Files.writeString(
        json,
        "{\"name\":\"monthly\",\"issues\":[{\"code\":\"member.activist-period\",\"max\":1}],"
            + "\"compliance\":[{\"rule\":\"branch.min-full-members\",\"minCompliance\":0.95,\"level\":\"warn\"}]}");
    assertThat(QualityGate.load(json).thresholds())
        .containsExactly(
            new IssueThreshold(CodeSelector.of("member.activist-period"), null, 1, GateLevel.ERROR),
            new ComplianceThreshold("branch.min-full-members", new BigDecimal("0.95"), GateLevel.WARN));
  }

  @Test
  void refusesAnUnknownKeyNamingTheFileAndPlace() {
    assertThatThrownBy(() -> QualityGate.parse("name: g\nissues:\n  - code: a.b\n    mx: 1\n", "g.yaml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("g.yaml")
        .hasMessageContaining("issues[0]")
        .hasMessageContaining("'mx'");
  }

  @Test
  void refusesMalformedValues() {
    assertThatThrownBy(() -> QualityGate.parse("name: g\nissues:\n  - code: a.b\n    max: -1\n", "g.yaml"))
        .hasMessageContaining("issues[0].max");
    assertThatThrownBy(() -> QualityGate.parse("name: g\nissues:\n  - code: A.B\n    max: 1\n", "g.yaml"))
        .hasMessageContaining("issues[0].code");
    assertThatThrownBy(() -> QualityGate.parse("name: g\ncompliance:\n  - rule: a.b\n    minCompliance: 95\n", "g.yaml"))
        .hasMessageContaining("compliance[0].minCompliance");
    assertThatThrownBy(() -> QualityGate.parse("name: g\nissues:\n  - code: a.b\n    max: 1\n    level: fatal\n", "g.yaml"))
        .hasMessageContaining("issues[0].level");
    assertThatThrownBy(() -> QualityGate.parse("format: jingwei-gate/2\nname: g\n", "g.yaml"))
        .hasMessageContaining("format");
    assertThatThrownBy(() -> QualityGate.parse("issues: []\n", "g.yaml")).hasMessageContaining("name");
    assertThatThrownBy(() -> QualityGate.parse("name: g\nname: h\n", "g.yaml")).hasMessageContaining("g.yaml");
  }

  @Test
  void selectsCodesFamiliesAndEverything() {
    io.jingwei.validation.IssueCode code = io.jingwei.validation.IssueCode.of("member.activist-period");
    assertThat(CodeSelector.of("member.activist-period").matches(code)).isTrue();
    assertThat(CodeSelector.of("member.*").matches(code)).isTrue();
    assertThat(CodeSelector.of("members.*").matches(code)).isFalse();
    assertThat(CodeSelector.of("*").matches(code)).isTrue();
    assertThat(CodeSelector.of("member.probation-overdue").matches(code)).isFalse();
  }
}
