package io.jingwei.testkit.assertj;

import static io.jingwei.testkit.assertj.JingweiAssertions.assertThatDataset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.dataset.CityDataset;
import io.jingwei.testkit.CityGenerator;
import io.jingwei.testkit.CityPreset;
import io.jingwei.testkit.CityWriter;
import io.jingwei.testkit.DefectInjector;
import io.jingwei.testkit.ExpectedFinding;
import io.jingwei.testkit.InjectedCity;
import io.jingwei.validation.Severity;
import io.jingwei.validation.ValidationReport;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dataset assertions on the generated tiny city, clean and with injected defects. */
class DatasetAssertTest {

  private static CityGenerator generator;
  private static CityDataset clean;
  private static InjectedCity injected;

  @BeforeAll
  static void generate() {
    generator = CityGenerator.of(CityPreset.tiny(), 7);
    clean = generator.generate();
    injected = DefectInjector.of(7).inject(clean, generator.asOf(), 1.0);
  }

  @Test
  @DisplayName("干净的 tiny 城市符合 nanning-2021")
  void cleanCityConformsToItsStandard() {
    assertThatDataset(clean)
        .conformsTo(CityGenerator.STANDARD)
        .asOf(generator.asOf())
        .hasNoErrors()
        .hasNoIssuesAtLeast(Severity.WARNING);
  }

  @Test
  @DisplayName("注入的缺陷逐条可断言")
  void findsEachInjectedDefect() {
    DatasetAssert check = assertThatDataset(injected.dataset()).conformsTo(CityGenerator.STANDARD).asOf(generator.asOf());
    for (ExpectedFinding f : injected.manifest()) {
      check.hasIssue(f.code(), f.entity().toString(), f.path());
    }
    assertThatThrownBy(check::hasNoErrors).isInstanceOf(AssertionError.class).hasMessageContaining("Top issues");
  }

  @Test
  void validatesADirectoryWithTheStandardAndDateOfItsManifest(@TempDir Path dir) throws IOException {
    CityWriter.writeDirectory(clean, dir);
    DatasetAssert check = assertThatDataset(dir);
    ValidationReport report = check.report();
    assertThat(report.standard().name()).isEqualTo(clean.info().standard());
    assertThat(report.asOf()).isEqualTo(clean.info().extractedOn());
    check.hasNoErrors();
  }

  @Test
  void validatesAgainWhenTheSetUpChanges() {
    DatasetAssert check = assertThatDataset(clean).conformsTo("national").asOf("2024-01-01");
    ValidationReport first = check.report();
    assertThat(check.report()).isSameAs(first);
    check.asOf(generator.asOf());
    assertThat(check.report().asOf()).isEqualTo(generator.asOf());
    check.conformsTo(CityGenerator.STANDARD);
    assertThat(check.report().standard().name()).isEqualTo(CityGenerator.STANDARD);
  }

  @Test
  void failureNamesTheDatasetPath(@TempDir Path dir) throws IOException {
    CityWriter.writeDirectory(injected.dataset(), dir);
    assertThatThrownBy(() -> assertThatDataset(dir).conformsTo(CityGenerator.STANDARD).asOf(generator.asOf()).hasNoIssues())
        .hasMessageContaining("dataset " + dir)
        .hasMessageContaining(".jsonl:");
  }
}
