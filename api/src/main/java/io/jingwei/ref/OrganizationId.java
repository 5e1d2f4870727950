package io.jingwei.ref;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A Party organization's identifier (党组织标识), such as the 组织编码 of the platform.
 *
 * @param value the identifier text
 */
public record OrganizationId(@JsonValue String value) implements EntityId, Comparable<OrganizationId> {

  /** Checks the text: see {@link EntityId#requireValid(String, String)}. */
  public OrganizationId {
    EntityId.requireValid(value, "OrganizationId");
  }

  /** The identifier with the given text. */
  @JsonCreator
  public static OrganizationId of(String value) {
    return new OrganizationId(value);
  }

  @Override
  public EntityKind kind() {
    return EntityKind.ORGANIZATION;
  }

  @Override
  public int compareTo(OrganizationId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
