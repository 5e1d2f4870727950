package io.jingwei.testkit.drift;

import java.util.List;
import java.util.Objects;

/**
 * A record present on both sides whose wire form changed (变更的记录): its id and the changed fields as JSON
 * pointers in wire-format property names ({@code /phone}, {@code /timeline/admittedOn}, {@code /rooms}) — never the
 * values. A field added or removed is listed like a changed one; an array whose length changed is listed as a
 * whole, an array of the same length element by element ({@code /coveredUnits/2/name}).
 *
 * @param id the record's id
 * @param fields the changed fields, in pointer order; never empty
 */
public record ChangedRecord(String id, List<String> fields) {

  /**
   * Checks and copies the parts.
   *
   * @throws IllegalArgumentException when no field changed
   */
  public ChangedRecord {
    Objects.requireNonNull(id, "id");
    fields = List.copyOf(fields);
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("a changed record has changed fields");
    }
  }
}
