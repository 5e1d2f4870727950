package io.jingwei.impl.io;

import io.jingwei.division.DivisionCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The manifest of a dataset on disk (数据集清单): {@code dataset.json} in the directory form, the {@code dataset}
 * property in the single-document form. Its first five properties are those of the API's dataset description.
 *
 * @param name the dataset's name (required)
 * @param city the city's division code, if given
 * @param extractedOn the day the data was extracted from the platform, if given
 * @param standard the name of the standard profile the data targets, if given
 * @param source the platform or office the data comes from, if given
 * @param files the collection files of the directory form ({@code members.jsonl} …); when given, exactly these files
 *     are read and a listed file that is absent is an issue; empty means every collection file present is read
 */
public record DatasetManifest(
    String name,
    @Nullable DivisionCode city,
    @Nullable LocalDate extractedOn,
    @Nullable String standard,
    @Nullable String source,
    List<String> files) {

  /** Checks the name and copies the files (null → empty). */
  public DatasetManifest {
    Objects.requireNonNull(name, "name");
    files = files == null ? List.of() : List.copyOf(files);
  }

  /** A manifest with only a name. */
  public static DatasetManifest of(String name) {
    return new DatasetManifest(name, null, null, null, null, List.of());
  }

  /** This manifest with the list of files replaced. */
  public DatasetManifest withFiles(List<String> newFiles) {
    return new DatasetManifest(name, city, extractedOn, standard, source, newFiles);
  }
}
