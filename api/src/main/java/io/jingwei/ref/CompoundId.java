package io.jingwei.ref;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A residential compound's identifier (居民小区标识).
 *
 * @param value the identifier text
 */
public record CompoundId(@JsonValue String value) implements EntityId, Comparable<CompoundId> {

  /** Checks the text: see {@link EntityId#requireValid(String, String)}. */
  public CompoundId {
    EntityId.requireValid(value, "CompoundId");
  }

  /** The identifier with the given text. */
  @JsonCreator
  public static CompoundId of(String value) {
    return new CompoundId(value);
  }

  @Override
  public EntityKind kind() {
    return EntityKind.COMPOUND;
  }

  @Override
  public int compareTo(CompoundId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
