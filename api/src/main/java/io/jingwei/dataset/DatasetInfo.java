package io.jingwei.dataset;

import io.jingwei.division.DivisionCode;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The description of a dataset (数据集说明): what it is, which city, when it was extracted, which standard it
 * targets and where it came from. On disk it is the {@code dataset.json} manifest.
 *
 * @param name the dataset's name, such as {@code 南宁市党建台账 2022-01}
 * @param city the city's division code ({@code 450100}), if given
 * @param extractedOn the day the data was extracted from the platform (提取日期), if given
 * @param standard the name of the standard (profile) the data targets, such as {@code nanning-2021}, if given
 * @param source where the data came from (数据来源), such as the platform's name, if given
 */
public record DatasetInfo(
    @NotBlank String name,
    @Nullable DivisionCode city,
    @Nullable LocalDate extractedOn,
    @Nullable String standard,
    @Nullable String source) {

  /** The name given to a dataset built without a description. */
  public static final String UNNAMED = "unnamed";

  /**
   * Checks that the name is present.
   *
   * @throws NullPointerException when name is null
   */
  public DatasetInfo {
    Objects.requireNonNull(name, "name");
  }

  /** A description with a name only. */
  public static DatasetInfo named(String name) {
    return new DatasetInfo(name, null, null, null, null);
  }

  /** This description with a city code. */
  public DatasetInfo withCity(@Nullable DivisionCode newCity) {
    return new DatasetInfo(name, newCity, extractedOn, standard, source);
  }

  /** This description with an extraction day. */
  public DatasetInfo withExtractedOn(@Nullable LocalDate newExtractedOn) {
    return new DatasetInfo(name, city, newExtractedOn, standard, source);
  }

  /** This description with a target standard. */
  public DatasetInfo withStandard(@Nullable String newStandard) {
    return new DatasetInfo(name, city, extractedOn, newStandard, source);
  }
}
