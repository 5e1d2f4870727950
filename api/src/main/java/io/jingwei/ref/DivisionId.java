package io.jingwei.ref;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An administrative division's identifier (行政区划标识); usually its statistical division code, or a local key for a development zone (开发区) that has none.
 *
 * @param value the identifier text
 */
public record DivisionId(@JsonValue String value) implements EntityId, Comparable<DivisionId> {

  /** Checks the text: see {@link EntityId#requireValid(String, String)}. */
  public DivisionId {
    EntityId.requireValid(value, "DivisionId");
  }

  /** The identifier with the given text. */
  @JsonCreator
  public static DivisionId of(String value) {
    return new DivisionId(value);
  }

  @Override
  public EntityKind kind() {
    return EntityKind.DIVISION;
  }

  @Override
  public int compareTo(DivisionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
