package io.jingwei.servicecenter;

import io.jingwei.ref.Entity;
import io.jingwei.ref.CompoundId;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.ServiceCenterId;
import io.jingwei.time.PartialDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A Party-and-masses service centre (党群服务中心): a district, street, community, compound or regional centre with
 * its floor area, function rooms, signs and the 六有 checklist. Area and room standards depend on the level and
 * the city; the standard (profile) holds them and the validation engine checks them.
 *
 * <p>Absent lists and sets are empty. The sets are immutable and iterate in the enums' declaration order, so
 * the wire format is deterministic.
 *
 * @param id the identifier
 * @param name the name (名称)
 * @param level the level (级别)
 * @param regionalKind the kind of place a regional centre serves; null for other levels
 * @param division the division the centre serves (所在行政区划), if recorded
 * @param compound the residential compound of a compound centre, if any
 * @param address the address (地址), if recorded
 * @param floorArea the floor area in square metres (面积, m²), if recorded
 * @param householdsServed the number of households served (服务户数), if recorded
 * @param newlyBuilt whether the centre serves a newly built compound (新建小区), where the per-household area
 *     standard applies
 * @param rooms the function rooms (功能室)
 * @param signs the signs hung (标识)
 * @param checklist the 六有 items the centre meets
 * @param openedOn when the centre opened (建成时间), if recorded
 * @param unitsServed the number of units served (服务单位数), for regional centres, if recorded
 * @param staffServed the number of staff served (服务人员数), for regional centres, if recorded
 */
public record ServiceCenter(
    @NotNull ServiceCenterId id,
    @NotBlank String name,
    @NotNull CenterLevel level,
    @Nullable RegionalKind regionalKind,
    @Nullable DivisionId division,
    @Nullable CompoundId compound,
    @Nullable String address,
    @PositiveOrZero @Nullable BigDecimal floorArea,
    @PositiveOrZero @Nullable Integer householdsServed,
    boolean newlyBuilt,
    List<@Valid Room> rooms,
    Set<Sign> signs,
    Set<ChecklistItem> checklist,
    @Nullable PartialDate openedOn,
    @PositiveOrZero @Nullable Integer unitsServed,
    @PositiveOrZero @Nullable Integer staffServed) implements Entity {

  /**
   * Checks that the required parts are present and copies the collections (absent ones become empty).
   *
   * @throws NullPointerException when id, name or level is null, or a collection holds null
   */
  public ServiceCenter {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
    rooms = rooms == null ? List.of() : List.copyOf(rooms);
    signs = enumSet(Sign.class, signs);
    checklist = enumSet(ChecklistItem.class, checklist);
  }

  private static <E extends Enum<E>> Set<E> enumSet(Class<E> type, @Nullable Collection<E> values) {
    EnumSet<E> set = EnumSet.noneOf(type);
    if (values != null) {
      for (E e : values) {
        set.add(Objects.requireNonNull(e, type.getSimpleName()));
      }
    }
    return Collections.unmodifiableSet(set);
  }

  /** A centre with only the required parts. */
  public static ServiceCenter of(ServiceCenterId id, String name, CenterLevel level) {
    return builder().id(id).name(name).level(level).build();
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this centre's parts. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The types of the function rooms, in the enum's order. */
  public Set<RoomType> roomTypes() {
    EnumSet<RoomType> types = EnumSet.noneOf(RoomType.class);
    for (Room r : rooms) {
      types.add(r.type());
    }
    return Collections.unmodifiableSet(types);
  }

  /** Whether the centre has a function room of the given type. */
  public boolean hasRoom(RoomType type) {
    Objects.requireNonNull(type, "type");
    for (Room r : rooms) {
      if (r.type() == type) {
        return true;
      }
    }
    return false;
  }

  /** Whether the given sign is hung. */
  public boolean hasSign(Sign sign) {
    return signs.contains(Objects.requireNonNull(sign, "sign"));
  }

  /** Whether the centre meets the given 六有 item. */
  public boolean meets(ChecklistItem item) {
    return checklist.contains(Objects.requireNonNull(item, "item"));
  }

  /** This centre with another floor area. */
  public ServiceCenter withFloorArea(@Nullable BigDecimal newFloorArea) {
    return toBuilder().floorArea(newFloorArea).build();
  }

  /** A builder of {@link ServiceCenter}s (党群服务中心). Not thread-safe. */
  public static final class Builder {
    private @Nullable ServiceCenterId id;
    private @Nullable String name;
    private @Nullable CenterLevel level;
    private @Nullable RegionalKind regionalKind;
    private @Nullable DivisionId division;
    private @Nullable CompoundId compound;
    private @Nullable String address;
    private @Nullable BigDecimal floorArea;
    private @Nullable Integer householdsServed;
    private boolean newlyBuilt;
    private final List<Room> rooms = new ArrayList<>();
    private final Set<Sign> signs = EnumSet.noneOf(Sign.class);
    private final Set<ChecklistItem> checklist = EnumSet.noneOf(ChecklistItem.class);
    private @Nullable PartialDate openedOn;
    private @Nullable Integer unitsServed;
    private @Nullable Integer staffServed;

    private Builder() {}

    private Builder(ServiceCenter c) {
      id = c.id;
      name = c.name;
      level = c.level;
      regionalKind = c.regionalKind;
      division = c.division;
      compound = c.compound;
      address = c.address;
      floorArea = c.floorArea;
      householdsServed = c.householdsServed;
      newlyBuilt = c.newlyBuilt;
      rooms.addAll(c.rooms);
      signs.addAll(c.signs);
      checklist.addAll(c.checklist);
      openedOn = c.openedOn;
      unitsServed = c.unitsServed;
      staffServed = c.staffServed;
    }

    /** Sets the identifier (required). */
    public Builder id(ServiceCenterId value) {
      id = value;
      return this;
    }

    /** Sets the identifier from its text (required). */
    public Builder id(String value) {
      return id(ServiceCenterId.of(value));
    }

    /** Sets the name (required). */
    public Builder name(String value) {
      name = value;
      return this;
    }

    /** Sets the level (required). */
    public Builder level(CenterLevel value) {
      level = value;
      return this;
    }

    /** Sets the kind of place a regional centre serves. */
    public Builder regionalKind(@Nullable RegionalKind value) {
      regionalKind = value;
      return this;
    }

    /** Sets the division. */
    public Builder division(@Nullable DivisionId value) {
      division = value;
      return this;
    }

    /** Sets the residential compound. */
    public Builder compound(@Nullable CompoundId value) {
      compound = value;
      return this;
    }

    /** Sets the address. */
    public Builder address(@Nullable String value) {
      address = value;
      return this;
    }

    /** Sets the floor area in square metres. */
    public Builder floorArea(@Nullable BigDecimal value) {
      floorArea = value;
      return this;
    }

    /** Sets the number of households served. */
    public Builder householdsServed(@Nullable Integer value) {
      householdsServed = value;
      return this;
    }

    /** Sets whether the centre serves a newly built compound. */
    public Builder newlyBuilt(boolean value) {
      newlyBuilt = value;
      return this;
    }

    /** Adds a function room. */
    public Builder room(Room value) {
      rooms.add(Objects.requireNonNull(value, "room"));
      return this;
    }

    /** Adds a function room of the given type with no name or area. */
    public Builder room(RoomType type) {
      return room(Room.of(type));
    }

    /** Replaces the function rooms. */
    public Builder rooms(List<Room> values) {
      rooms.clear();
      rooms.addAll(values);
      return this;
    }

    /** Adds signs. */
    public Builder sign(Sign... values) {
      for (Sign s : values) {
        signs.add(Objects.requireNonNull(s, "sign"));
      }
      return this;
    }

    /** Replaces the signs. */
    public Builder signs(Collection<Sign> values) {
      signs.clear();
      signs.addAll(values);
      return this;
    }

    /** Adds 六有 items. */
    public Builder meets(ChecklistItem... values) {
      for (ChecklistItem i : values) {
        checklist.add(Objects.requireNonNull(i, "item"));
      }
      return this;
    }

    /** Replaces the 六有 items. */
    public Builder checklist(Collection<ChecklistItem> values) {
      checklist.clear();
      checklist.addAll(values);
      return this;
    }

    /** Sets the opening date. */
    public Builder openedOn(@Nullable PartialDate value) {
      openedOn = value;
      return this;
    }

    /** Sets the number of units served. */
    public Builder unitsServed(@Nullable Integer value) {
      unitsServed = value;
      return this;
    }

    /** Sets the number of staff served. */
    public Builder staffServed(@Nullable Integer value) {
      staffServed = value;
      return this;
    }

    /**
     * Builds the centre.
     *
     * @throws NullPointerException when id, name or level is missing
     */
    public ServiceCenter build() {
      return new ServiceCenter(id, name, level, regionalKind, division, compound, address, floorArea,
          householdsServed, newlyBuilt, rooms, signs, checklist, openedOn, unitsServed, staffServed);
    }
  }
}
