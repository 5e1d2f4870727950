package io.jingwei.ref;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A Party member's identifier (党员标识) in the platform; never the resident ID number itself.
 *
 * @param value the identifier text
 */
public record MemberId(@JsonValue String value) implements EntityId, Comparable<MemberId> {

  /** Checks the text: see {@link EntityId#requireValid(String, String)}. */
  public MemberId {
    EntityId.requireValid(value, "MemberId");
  }

  /** The identifier with the given text. */
  @JsonCreator
  public static MemberId of(String value) {
    return new MemberId(value);
  }

  @Override
  public EntityKind kind() {
    return EntityKind.MEMBER;
  }

  @Override
  public int compareTo(MemberId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
