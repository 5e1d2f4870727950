package io.jingwei.ref;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A community worker's identifier (社区工作者标识).
 *
 * @param value the identifier text
 */
public record WorkerId(@JsonValue String value) implements EntityId, Comparable<WorkerId> {

  /** Checks the text: see {@link EntityId#requireValid(String, String)}. */
  public WorkerId {
    EntityId.requireValid(value, "WorkerId");
  }

  /** The identifier with the given text. */
  @JsonCreator
  public static WorkerId of(String value) {
    return new WorkerId(value);
  }

  @Override
  public EntityKind kind() {
    return EntityKind.COMMUNITY_WORKER;
  }

  @Override
  public int compareTo(WorkerId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
