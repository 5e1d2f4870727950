package io.jingwei.validation;

import io.jingwei.dataset.CityDataset;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A dataset validator (数据集校验器): checks a city dataset against one standard with fixed options and reports
 * every issue. Get one from {@code io.jingwei.Jingwei.validator(...)}.
 *
 * <p>Implementations are immutable and thread-safe: one validator may be shared by any number of threads, and
 * validating the same dataset twice with the same as-of date gives equal reports. Data problems are reported as
 * issues, never thrown.
 */
public interface DatasetValidator {

  /**
   * Validates the dataset (校验数据集).
   *
   * @throws NullPointerException when the dataset is null
   */
  ValidationReport validate(CityDataset dataset);

  /**
   * Reads a dataset on disk and validates it (读取并校验数据集): a directory holding {@code dataset.json} and one
   * JSON Lines file per entity kind ({@code members.jsonl} …), or a single JSON document holding every
   * collection, as {@code docs/data-format.md} describes them.
   *
   * <p>Problems in the data are issues, never exceptions: a malformed line, an invalid value (the record is kept
   * without the property when it is optional), an unknown file. Their location names the file relative to the
   * directory and the line ({@code members.jsonl:12}); records are located the same way. A record that cannot be
   * read counts as unreadable in the summary, so that for every kind {@code read == valid + invalid +
   * unreadable}.
   *
   * @throws NullPointerException when the path is null
   * @throws java.io.UncheckedIOException when the path does not exist or cannot be read (a usage error, not a
   *     data problem); the message names the path
   */
  ValidationReport validate(Path path);

  /**
   * Validates a dataset directory streaming its members (流式校验): every kind but the members is read into memory
   * (they are small: divisions, organizations, workers …), and {@code members.jsonl} goes by one record at a time,
   * with only compact state kept across records (member ids and ID numbers as primitive keys, counters per
   * organization), so that memory grows with the organizations and not with the member records. The report is
   * the one {@link #validate(Path)} gives for the same directory: the same issues in the same order, the same
   * summary and metrics — except with fail-fast, where the first error found may differ, since the members are
   * checked in file order rather than layer by layer.
   *
   * <p>The default implementation reads the whole dataset: {@code validate(datasetDir)}.
   *
   * @throws NullPointerException when the path is null
   * @throws java.io.UncheckedIOException when the directory does not exist or cannot be read
   */
  default ValidationReport validateStreaming(Path datasetDir) {
    return validate(datasetDir);
  }

  /**
   * Validates a dataset directory streaming its members, reporting progress (records, bytes, rate) to the
   * listener as the members go by (on the validating thread; keep it short).
   *
   * <p>The default implementation reports nothing and calls {@link #validateStreaming(Path)}.
   */
  default ValidationReport validateStreaming(Path datasetDir, Consumer<StreamingProgress> progress) {
    java.util.Objects.requireNonNull(progress, "progress");
    return validateStreaming(datasetDir);
  }

  /** The standard (标准) this validator checks against. */
  StandardRef standard();

  /** The options (校验选项) of this validator. */
  ValidationOptions options();
}
