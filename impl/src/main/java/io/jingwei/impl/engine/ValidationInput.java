package io.jingwei.impl.engine;

import io.jingwei.dataset.CityDataset;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;
import io.jingwei.validation.Issue;
import io.jingwei.validation.Location;
import java.util.List;
import java.util.Optional;

/**
 * What a validation runs over (校验输入): the records of each kind with their locations, the issues raised while
 * reading them, the number of records that could not be read, and the lookups checks need. A city dataset, a
 * reader's result, or a test's handful of records all become one. Implementations are immutable and thread-safe.
 */
public interface ValidationInput {

  /** The records of the kind, in input order. */
  List<RecordEntry> records(EntityKind kind);

  /** The issues raised while reading (read layer), in reading order. */
  List<Issue> readIssues();

  /** How many records of the kind could not be read at all (and so are not in {@link #records}). */
  long unreadable(EntityKind kind);

  /** Where the record was read: the location of the first record with the reference, or none. */
  Location location(EntityRef ref);

  /** The district and street of records, for the report's counts by region. */
  RegionResolver regions();

  /** The typed dataset, for checks that need its lookups (structure, references), when there is one. */
  Optional<CityDataset> dataset();

  /**
   * An extension of the input (输入扩展) of the given type, when the input carries one. A streaming validation
   * hands the checks that count members ({@link StreamedMembers}) and the metrics layer what it gathered while the
   * members went by, instead of the members themselves. Default: none.
   */
  default <T> Optional<T> extension(Class<T> type) {
    return Optional.empty();
  }
}
