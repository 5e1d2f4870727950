package io.jingwei.ref;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A Party-and-masses service centre's identifier (党群服务中心标识).
 *
 * @param value the identifier text
 */
public record ServiceCenterId(@JsonValue String value) implements EntityId, Comparable<ServiceCenterId> {

  /** Checks the text: see {@link EntityId#requireValid(String, String)}. */
  public ServiceCenterId {
    EntityId.requireValid(value, "ServiceCenterId");
  }

  /** The identifier with the given text. */
  @JsonCreator
  public static ServiceCenterId of(String value) {
    return new ServiceCenterId(value);
  }

  @Override
  public EntityKind kind() {
    return EntityKind.SERVICE_CENTER;
  }

  @Override
  public int compareTo(ServiceCenterId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
