package io.jingwei.ref;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A grid worker's identifier (网格员标识).
 *
 * @param value the identifier text
 */
public record GridWorkerId(@JsonValue String value) implements EntityId, Comparable<GridWorkerId> {

  /** Checks the text: see {@link EntityId#requireValid(String, String)}. */
  public GridWorkerId {
    EntityId.requireValid(value, "GridWorkerId");
  }

  /** The identifier with the given text. */
  @JsonCreator
  public static GridWorkerId of(String value) {
    return new GridWorkerId(value);
  }

  @Override
  public EntityKind kind() {
    return EntityKind.GRID_WORKER;
  }

  @Override
  public int compareTo(GridWorkerId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
