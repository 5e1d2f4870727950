package io.jingwei.testkit.assertj;

import io.jingwei.dataset.CityDataset;
import io.jingwei.validation.ValidationReport;
import java.nio.file.Path;

/**
 * The entry point of Jingwei's AssertJ assertions (断言入口).
 *
 * <pre>{@code
 * import static io.jingwei.testkit.assertj.JingweiAssertions.assertThat;
 *
 * assertThat(Path.of("exports/2026-06")).conformsTo("nanning-2021").asOf(LocalDate.of(2026, 6, 30))
 *     .hasNoErrors()
 *     .hasComplianceAtLeast("branch.min-full-members", 0.95);
 * }</pre>
 *
 * <p>AssertJ's own {@code Assertions.assertThat(Path)} has the same signature: in a test class that imports both
 * statically, use {@link #assertThatDataset(Path)} (or qualify the call).
 */
public final class JingweiAssertions {

  private JingweiAssertions() {}

  /** Assertions on a dataset on disk: a directory ({@code dataset.json} and {@code *.jsonl}) or a JSON document. */
  public static DatasetAssert assertThat(Path dataset) {
    return new DatasetAssert(dataset);
  }

  /** Assertions on a dataset in memory. */
  public static DatasetAssert assertThat(CityDataset dataset) {
    return new DatasetAssert(dataset);
  }

  /** Assertions on a validation report. */
  public static ReportAssert assertThat(ValidationReport report) {
    return new ReportAssert(report);
  }

  /** {@link #assertThat(Path)} under a name that does not clash with AssertJ's {@code assertThat(Path)}. */
  public static DatasetAssert assertThatDataset(Path dataset) {
    return new DatasetAssert(dataset);
  }

  /** {@link #assertThat(CityDataset)} under another name, for symmetry with {@link #assertThatDataset(Path)}. */
  public static DatasetAssert assertThatDataset(CityDataset dataset) {
    return new DatasetAssert(dataset);
  }

  /** {@link #assertThat(ValidationReport)} under another name. */
  public static ReportAssert assertThatReport(ValidationReport report) {
    return new ReportAssert(report);
  }
}
