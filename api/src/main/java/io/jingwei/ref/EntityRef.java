package io.jingwei.ref;

import java.util.Comparator;
import java.util.Objects;

/**
 * A reference to one entity (实体引用): its kind and identifier. Used by issues and reports; a reference
 * carries no personal data.
 *
 * @param kind the kind of entity
 * @param id the identifier text
 */
public record EntityRef(EntityKind kind, String id) implements Comparable<EntityRef> {

  private static final Comparator<EntityRef> ORDER =
      Comparator.comparing(EntityRef::kind).thenComparing(EntityRef::id);

  /** Checks both parts. */
  public EntityRef {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  /** A reference to the entity of the given kind and identifier. */
  public static EntityRef of(EntityKind kind, String id) {
    return new EntityRef(kind, id);
  }

  @Override
  public int compareTo(EntityRef other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return kind.collectionName() + "/" + id;
  }
}
