package io.jingwei.validation;

import io.jingwei.dataset.CityDataset;
import java.nio.file.Path;

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

  /** The standard (标准) this validator checks against. */
  StandardRef standard();

  /** The options (校验选项) of this validator. */
  ValidationOptions options();
}
