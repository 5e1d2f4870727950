package io.jingwei.ref;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A meeting or activity record's identifier (会议记录标识).
 *
 * @param value the identifier text
 */
public record MeetingId(@JsonValue String value) implements EntityId, Comparable<MeetingId> {

  /** Checks the text: see {@link EntityId#requireValid(String, String)}. */
  public MeetingId {
    EntityId.requireValid(value, "MeetingId");
  }

  /** The identifier with the given text. */
  @JsonCreator
  public static MeetingId of(String value) {
    return new MeetingId(value);
  }

  @Override
  public EntityKind kind() {
    return EntityKind.MEETING;
  }

  @Override
  public int compareTo(MeetingId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
