package io.jingwei.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.dataset.CityDataset;
import io.jingwei.validation.ValidationReport;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

class JingweiDatasetExtensionTest {

  @Test
  @DisplayName("注入按指定标准和基准日期校验的报告")
  void injectsTheReportOfTheDatasetOnTheDate(
      @JingweiDataset(value = Fixtures.SAMPLE, standard = "nanning-2021", asOf = "2025-12-31") ValidationReport report) {
    assertThat(report.standard().name()).isEqualTo("nanning-2021");
    assertThat(report.asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
  }

  @Test
  void takesStandardAndDateFromTheManifestByDefault(@JingweiDataset(Fixtures.SAMPLE) ValidationReport report) {
    assertThat(report.standard().name()).isEqualTo("nanning-2021");
    assertThat(report.asOf()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(report.count("member.activist-period")).isEqualTo(1);
  }

  @Test
  void injectsTheDatasetAndItsPath(
      @JingweiDataset(Fixtures.SAMPLE) CityDataset dataset, @JingweiDataset(Fixtures.SAMPLE) Path path) {
    assertThat(dataset.members()).isNotEmpty();
    assertThat(dataset.info().standard()).isEqualTo("nanning-2021");
    assertThat(path).isAbsolute().endsWith(Path.of("examples", "data", "sample-city"));
  }

  @Test
  void validatesEachDatasetOncePerRun(
      @JingweiDataset(Fixtures.SAMPLE) ValidationReport a, @JingweiDataset(Fixtures.SAMPLE) ValidationReport b) {
    assertThat(a).isSameAs(b);
  }

  @Test
  void failsTheTestWhenTheDatasetIsMissingTheDateMalformedOrTheTypeWrong() {
    TestExecutionSummary summary = Fixtures.run(BrokenFixture.class);
    assertThat(summary.getTestsFailedCount()).isEqualTo(3);
    assertThat(summary.getFailures())
        .extracting(f -> f.getException().getMessage())
        .anySatisfy(m -> assertThat(m).contains("no such dataset").contains("no/such/dataset"))
        .anySatisfy(m -> assertThat(m).contains("asOf").contains("2026-13-01"))
        .anySatisfy(m -> assertThat(m).contains("java.lang.String").contains("CityDataset"));
  }

  /** Run only through the launcher. */
  static class BrokenFixture {
    @Test
    void missing(@JingweiDataset("no/such/dataset") ValidationReport report) {}

    @Test
    void malformedDate(@JingweiDataset(value = Fixtures.SAMPLE, asOf = "2026-13-01") ValidationReport report) {}

    @Test
    void wrongType(@JingweiDataset(Fixtures.SAMPLE) String dataset) {}
  }
}
