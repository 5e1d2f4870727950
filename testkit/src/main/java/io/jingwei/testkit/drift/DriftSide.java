package io.jingwei.testkit.drift;

import io.jingwei.validation.StandardRef;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One side of a comparison (比较的一方): what was compared — a dataset or a snapshot — its name, extraction date,
 * the standard it was validated against and the as-of date.
 *
 * @param source a dataset or a snapshot
 * @param name the dataset's name (from its description)
 * @param extractedOn the extraction date the description gives, if any
 * @param standard the standard validated against
 * @param asOf the as-of date of the validation
 */
public record DriftSide(
    Source source, String name, @Nullable LocalDate extractedOn, StandardRef standard, LocalDate asOf) {

  /** What a side is (来源). */
  public enum Source {
    /** A dataset (a directory or a single document) read, validated and compared record by record. */
    DATASET,
    /** A metrics snapshot ({@code jingwei-snapshot/1}): only its figures are compared. */
    SNAPSHOT
  }

  /** Checks the parts. */
  public DriftSide {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(asOf, "asOf");
  }
}
