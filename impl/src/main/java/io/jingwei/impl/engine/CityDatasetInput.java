package io.jingwei.impl.engine;

import io.jingwei.dataset.CityDataset;
import io.jingwei.dataset.DatasetInfo;
import io.jingwei.impl.io.DatasetManifest;
import io.jingwei.impl.io.Located;
import io.jingwei.impl.io.ReadResult;
import io.jingwei.ref.Entity;
import io.jingwei.ref.EntityKind;
import io.jingwei.validation.Location;
import java.util.Objects;

/**
 * The adapters from a {@link CityDataset} or a reader's {@link ReadResult} to a {@link ValidationInput}
 * (数据集适配): every record with its reference and location, the typed dataset for lookups, the read issues
 * and unreadable counts, and the region resolver that walks division parents.
 */
public final class CityDatasetInput {
  private CityDatasetInput() {}

  /** The input of a dataset built in memory (records have no location). */
  public static ValidationInput of(CityDataset dataset) {
    Objects.requireNonNull(dataset, "dataset");
    SimpleValidationInput.Builder input = SimpleValidationInput.builder();
    for (EntityKind kind : EntityKind.values()) {
      for (Object record : dataset.records(kind)) {
        input.record(((Entity) record).ref(), record, Location.none());
      }
    }
    return input.dataset(dataset).regions(DatasetRegions.of(dataset)).build();
  }

  /**
   * The input of what a reader read: the records with their file and line, the read issues, the unreadable
   * counts, and the typed dataset built from the readable records.
   */
  public static ValidationInput of(ReadResult read) {
    Objects.requireNonNull(read, "read");
    SimpleValidationInput.Builder input = SimpleValidationInput.builder();
    CityDataset.Builder dataset = CityDataset.builder();
    read.manifest().map(CityDatasetInput::info).ifPresent(dataset::info);
    for (EntityKind kind : EntityKind.values()) {
      for (Located<?> located : read.records(kind)) {
        Object record = located.value();
        input.record(((Entity) record).ref(), record, located.location());
        dataset.addAll(java.util.List.of(record));
      }
      input.unreadable(kind, read.tally(kind).unreadable());
    }
    CityDataset built = dataset.build();
    return input
        .readIssues(read.issues())
        .dataset(built)
        .regions(DatasetRegions.of(built))
        .build();
  }

  /** The dataset description of a manifest. */
  static DatasetInfo info(DatasetManifest manifest) {
    return new DatasetInfo(
        manifest.name(), manifest.city(), manifest.extractedOn(), manifest.standard(), manifest.source());
  }
}
