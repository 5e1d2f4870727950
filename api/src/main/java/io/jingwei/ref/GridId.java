package io.jingwei.ref;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A grid's identifier (网格标识); the grid code (网格编码) is a separate, checked attribute.
 *
 * @param value the identifier text
 */
public record GridId(@JsonValue String value) implements EntityId, Comparable<GridId> {

  /** Checks the text: see {@link EntityId#requireValid(String, String)}. */
  public GridId {
    EntityId.requireValid(value, "GridId");
  }

  /** The identifier with the given text. */
  @JsonCreator
  public static GridId of(String value) {
    return new GridId(value);
  }

  @Override
  public EntityKind kind() {
    return EntityKind.GRID;
  }

  @Override
  public int compareTo(GridId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
