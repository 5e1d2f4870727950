package io.jingwei.testkit.assertj;

import io.jingwei.dataset.CityDataset;
import io.jingwei.standard.Standard;
import io.jingwei.testkit.DatasetValidation;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a city dataset (数据集断言): a directory or document on disk, or a dataset in memory. Say which
 * standard and as-of date to validate against, then check the report:
 *
 * <pre>{@code
 * assertThat(Path.of("data/sample-city")).conformsTo("nanning-2021").asOf("2026-06-30")
 *     .hasNoIssues("member.activist-period")
 *     .hasAtMostIssues(1, "grid.worker-count");
 * }</pre>
 *
 * <p>The dataset is validated once, on the first check, and again only after {@link #conformsTo} or {@link #asOf}
 * change the set-up. Without them, the standard and date are those of the dataset's description
 * ({@code dataset.json}: {@code standard}, {@code extractedOn}), else {@code national} and today. A path is
 * validated as {@code DatasetValidator.validate(Path)} does, so reading problems are issues located by file and
 * line.
 */
public final class DatasetAssert extends AbstractReportAssert<DatasetAssert, Object> {

  private @Nullable Standard standard;
  private @Nullable LocalDate asOf;
  private @Nullable ValidationReport report;

  DatasetAssert(@Nullable Path actual) {
    super(actual, DatasetAssert.class);
  }

  DatasetAssert(@Nullable CityDataset actual) {
    super(actual, DatasetAssert.class);
  }

  /**
   * Validates against a shipped standard by name ({@code nanning-2021}) or a profile file ({@code .yaml},
   * {@code .yml}, {@code .json}).
   *
   * @throws IllegalArgumentException when no shipped standard has the name or the file is not a profile
   */
  public DatasetAssert conformsTo(String standardNameOrFile) {
    return conformsTo(DatasetValidation.standard(standardNameOrFile));
  }

  /** Validates against the standard, such as a platform's own profile. */
  public DatasetAssert conformsTo(Standard value) {
    this.standard = Objects.requireNonNull(value, "standard");
    this.report = null;
    return myself;
  }

  /** Validates on the as-of date (基准日期). */
  public DatasetAssert asOf(LocalDate value) {
    this.asOf = Objects.requireNonNull(value, "asOf");
    this.report = null;
    return myself;
  }

  /** Validates on the as-of date given as ISO text ({@code 2026-06-30}). */
  public DatasetAssert asOf(String isoDate) {
    return asOf(LocalDate.parse(isoDate));
  }

  /** The report of the validation (validated now if not yet). */
  @Override
  public ValidationReport report() {
    isNotNull();
    ValidationReport r = report;
    if (r == null) {
      r =
          actual instanceof Path p
              ? DatasetValidation.validate(p, standard, asOf, ValidationOptions.DEFAULT_LOCALE)
              : DatasetValidation.validate(
                  (CityDataset) actual, standard, asOf, ValidationOptions.DEFAULT_LOCALE);
      report = r;
    }
    return r;
  }

  @Override
  protected String subject() {
    return actual instanceof Path p ? "dataset " + p : "dataset " + ((CityDataset) actual).info().name();
  }
}
