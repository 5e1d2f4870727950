package io.jingwei.testkit;

import io.jingwei.dataset.CityDataset;
import io.jingwei.dataset.DatasetInfo;
import io.jingwei.impl.io.DatasetManifest;
import io.jingwei.impl.io.DatasetWriter;
import io.jingwei.ref.EntityKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Writes a (generated) city dataset to disk (数据集写出) in the directory form, through {@link DatasetWriter}. */
public final class CityWriter {

  private CityWriter() {}

  /**
   * Writes the dataset as a directory of JSON Lines files with its {@code dataset.json}, creating the directory
   * when absent; every entity kind gets its file, empty or not.
   *
   * @throws IOException when a file cannot be written
   */
  public static void writeDirectory(CityDataset dataset, Path directory) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    DatasetWriter.writeDirectory(directory, manifest(dataset.info()), records(dataset));
  }

  /**
   * Writes the dataset as one JSON document (the single-document form).
   *
   * @throws IOException when the file cannot be written
   */
  public static void writeDocument(CityDataset dataset, Path file) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    DatasetWriter.writeDocument(file, manifest(dataset.info()), records(dataset));
  }

  private static DatasetManifest manifest(DatasetInfo info) {
    return new DatasetManifest(info.name(), info.city(), info.extractedOn(), info.standard(), info.source(),
        List.of());
  }

  private static Map<EntityKind, List<?>> records(CityDataset dataset) {
    Map<EntityKind, List<?>> records = new EnumMap<>(EntityKind.class);
    for (EntityKind kind : EntityKind.values()) {
      records.put(kind, dataset.records(kind));
    }
    return records;
  }
}
