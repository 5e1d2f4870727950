package io.jingwei.testkit.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.jingwei.testkit.TestReports;
import io.jingwei.validation.Severity;
import io.jingwei.validation.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Fuzz target (模糊测试) for the quality-gate loader ({@code jingwei-gate/1}): any text gives a gate or an {@link
 * IllegalArgumentException} whose message names the gate's source — never another exception — and a gate read
 * evaluates a report without failing.
 *
 * <p>Seeds: {@code src/test/resources/io/jingwei/testkit/gate/QualityGateFuzzTestInputs/gateFile/}.
 */
class QualityGateFuzzTest {

  private static final ValidationReport REPORT =
      TestReports.report()
          .member("member.activist-period", Severity.ERROR, "M1", "/timeline/candidateOn", 3, Map.of("minMonths", 12))
          .grid("grid.worker-count", Severity.WARNING, "G1")
          .compliance("branch.min-full-members", 19, 20)
          .build();

  @FuzzTest(maxDuration = "60s")
  void gateFile(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    QualityGate gate;
    try {
      gate = QualityGate.parse(text, "fuzz.yaml");
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).startsWith("gate fuzz.yaml");
      return;
    }
    assertThat(gate.name()).isNotBlank();
    GateResult result = gate.evaluate(REPORT);
    assertThat(result.failures().size() + result.warnings().size()).isLessThanOrEqualTo(gate.thresholds().size());
    assertThat(gate.toString()).isNotNull();
  }
}
