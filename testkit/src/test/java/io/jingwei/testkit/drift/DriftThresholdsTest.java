package io.jingwei.testkit.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Thresholds: the defaults, jumps, and the strict thresholds file. */
class DriftThresholdsTest {

  @ParameterizedTest
  @CsvSource({"20,24,false", "20,25,true", "20,15,true", "20,16,false", "10,14,false", "0,5,true", "0,4,false",
      "100,80,true", "5,0,true", "4,0,false"})
  @DisplayName("默认阈值：变化至少20%且至少5名党员才算突变")
  void aJumpIsAtLeastTwentyPercentAndFiveMembers(long before, long after, boolean jump) {
    assertThat(DriftThresholds.defaults().isJump(before, after)).isEqualTo(jump);
  }

  @Test
  void readsAYamlFileKeepingTheDefaultsOfAbsentKeys(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("drift.yaml");
    Files.writeString(file, String.join("\n",
        "format: jingwei-drift-thresholds/1",
        "description: 月度比较",
        "memberCountJump: {rate: 0.5}",
        "complianceDrop: 0.1",
        "maxSilentlyLost: 3",
        "maxIssueIncrease: 10", ""));
    DriftThresholds t = DriftThresholds.load(file);
    assertThat(t.memberJumpRate()).isEqualByComparingTo("0.5");
    assertThat(t.memberJumpMin()).isEqualTo(5);
    assertThat(t.complianceDrop()).isEqualByComparingTo("0.1");
    assertThat(t.coverageDrop()).isEqualByComparingTo("0.05");
    assertThat(t.maxSilentlyLost()).isEqualTo(3);
    assertThat(t.maxIssueIncrease()).isEqualTo(10L);
  }

  @Test
  void readsJsonToo(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("drift.json");
    Files.writeString(file, "{\"coverageDrop\": 0, \"memberCountJump\": {\"min\": 2, \"rate\": 0}}");
    DriftThresholds t = DriftThresholds.load(file);
    assertThat(t.coverageDrop()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(t.isJump(10, 12)).isTrue();
  }

  @Test
  void rejectsAnUnknownKeyNamingThePlace() {
    assertThatThrownBy(() -> DriftThresholds.parse("memberCountJump: {rat: 0.2}", "t.yaml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("t.yaml")
        .hasMessageContaining("memberCountJump")
        .hasMessageContaining("rat");
  }

  @Test
  void rejectsADropAboveOne() {
    assertThatThrownBy(() -> DriftThresholds.parse("complianceDrop: 5", "t.yaml"))
        .hasMessageContaining("complianceDrop");
  }

  @Test
  void rejectsAnotherFormat() {
    assertThatThrownBy(() -> DriftThresholds.parse("format: jingwei-gate/1", "t.yaml")).hasMessageContaining("format");
  }
}
