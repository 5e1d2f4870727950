package io.jingwei.xlsx;

import io.jingwei.ref.Entity;
import io.jingwei.ref.EntityKind;
import io.jingwei.validation.Location;
import java.util.Objects;

/**
 * A record read from a row (表格记录), with where: the workbook, sheet and row, or the CSV file and line.
 * Immutable and thread-safe.
 *
 * @param kind the entity kind
 * @param record the record ({@code PartyMember} …)
 * @param location the row
 */
public record SheetRecord(EntityKind kind, Entity record, Location location) {

  /** Checks the parts. */
  public SheetRecord {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(location, "location");
  }
}
