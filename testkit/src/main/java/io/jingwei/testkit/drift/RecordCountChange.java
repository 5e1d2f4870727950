package io.jingwei.testkit.drift;

import io.jingwei.ref.EntityKind;
import io.jingwei.validation.RecordCounts;
import java.util.Objects;

/**
 * The record counts of a kind on both sides (记录数变化), as the validations counted them: read, valid, invalid,
 * unreadable and with warnings.
 *
 * @param kind the entity kind
 * @param oldCounts the counts of the old export
 * @param newCounts the counts of the new export
 */
public record RecordCountChange(EntityKind kind, RecordCounts oldCounts, RecordCounts newCounts) {

  /** Checks the parts. */
  public RecordCountChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(oldCounts, "oldCounts");
    Objects.requireNonNull(newCounts, "newCounts");
  }
}
