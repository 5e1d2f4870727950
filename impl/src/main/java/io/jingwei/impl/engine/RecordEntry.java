package io.jingwei.impl.engine;

import io.jingwei.ref.EntityRef;
import io.jingwei.validation.Location;
import java.util.Objects;

/**
 * One record of the input (输入记录): its reference, the record object (an entity of the model) and where it
 * was read.
 *
 * @param ref the record's kind and id
 * @param record the record
 * @param location where it was read, or {@link Location#none()}
 */
public record RecordEntry(EntityRef ref, Object record, Location location) {

  /** Checks that all parts are present. */
  public RecordEntry {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(location, "location");
  }
}
