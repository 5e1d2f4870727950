package io.jingwei.servicecenter;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A function room (功能室) of a service centre.
 *
 * @param type the room type
 * @param name the room's own name (such as 老友议事厅), if recorded
 * @param area the floor area in square metres, if recorded
 */
public record Room(@NotNull RoomType type, @Nullable String name, @PositiveOrZero @Nullable BigDecimal area) {

  /**
   * Checks that the type is present.
   *
   * @throws NullPointerException when type is null
   */
  public Room {
    Objects.requireNonNull(type, "type");
  }

  /** A room of the given type with no name or area. */
  public static Room of(RoomType type) {
    return new Room(type, null, null);
  }
}
