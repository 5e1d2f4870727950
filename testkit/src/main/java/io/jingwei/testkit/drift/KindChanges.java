package io.jingwei.testkit.drift;

import io.jingwei.ref.EntityKind;
import java.util.List;
import java.util.Objects;

/**
 * The record changes of one entity kind (记录变化): ids added, removed and changed between the two datasets.
 * Records are matched by id; when a side holds an id twice, its first record counts.
 *
 * @param kind the entity kind
 * @param oldCount the records of the kind in the old dataset (distinct ids)
 * @param newCount the records of the kind in the new dataset (distinct ids)
 * @param added the ids only the new dataset has, in id order
 * @param removed the ids only the old dataset has, in id order
 * @param changed the records on both sides whose wire form differs, in id order
 */
public record KindChanges(
    EntityKind kind, long oldCount, long newCount, List<String> added, List<String> removed,
    List<ChangedRecord> changed) {

  /** Checks and copies the parts. */
  public KindChanges {
    Objects.requireNonNull(kind, "kind");
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
  }

  /** The records present on both sides without any change. */
  public long unchanged() {
    return oldCount - removed.size() - changed.size();
  }

  /** Whether anything was added, removed or changed. */
  public boolean hasChanges() {
    return !added.isEmpty() || !removed.isEmpty() || !changed.isEmpty();
  }
}
