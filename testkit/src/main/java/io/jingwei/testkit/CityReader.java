package io.jingwei.testkit;

import io.jingwei.dataset.CityDataset;
import io.jingwei.dataset.DatasetInfo;
import io.jingwei.impl.io.DatasetManifest;
import io.jingwei.impl.io.EntityTypes;
import io.jingwei.impl.io.Located;
import io.jingwei.impl.io.ReadResult;
import io.jingwei.ref.EntityKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads a dataset on disk into memory (数据集读入): the counterpart of {@link CityWriter}, for tests that want the
 * typed {@link CityDataset}. Records that cannot be read are left out; to see their issues (and the records' file
 * locations), validate the path itself with {@code DatasetValidator.validate(Path)}.
 */
public final class CityReader {

  private CityReader() {}

  /**
   * Reads a dataset directory (dataset.json and *.jsonl) or a single JSON document.
   *
   * @throws UncheckedIOException when the path does not exist or cannot be read
   */
  public static CityDataset read(Path path) {
    Objects.requireNonNull(path, "path");
    ReadResult result;
    try {
      if (!Files.exists(path)) {
        throw new NoSuchFileException(path.toString());
      }
      result = EntityTypes.reader().read(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
    CityDataset.Builder dataset = CityDataset.builder();
    result
        .manifest()
        .ifPresent(
            (DatasetManifest m) ->
                dataset.info(new DatasetInfo(m.name(), m.city(), m.extractedOn(), m.standard(), m.source())));
    for (EntityKind kind : EntityKind.values()) {
      for (Located<?> located : result.records(kind)) {
        dataset.addAll(java.util.List.of(located.value()));
      }
    }
    return dataset.build();
  }
}
