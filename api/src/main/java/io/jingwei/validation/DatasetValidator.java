package io.jingwei.validation;

import io.jingwei.dataset.CityDataset;

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

  /** The standard (标准) this validator checks against. */
  StandardRef standard();

  /** The options (校验选项) of this validator. */
  ValidationOptions options();
}
