package io.jingwei.division;

import io.jingwei.ref.Entity;
import io.jingwei.ref.DivisionId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An administrative division (行政区划): the city, a district or development zone, a street or town, a community
 * or village. Divisions form a tree through {@link #parent()}.
 *
 * <p>The {@link #code()} is required for every kind but {@link DivisionKind#DEVELOPMENT_ZONE}, which has no
 * GB/T 2260 code; the constructor accepts a missing code so that the validation engine can report it. Counts
 * are optional; when given they must not be negative.
 *
 * @param id the identifier, usually the statistical division code or a local key for a development zone
 * @param kind the kind (区划类别)
 * @param name the name (名称), such as {@code 青秀区} or {@code 新竹街道}
 * @param code the national division code (行政区划代码): 6-digit GB/T 2260 for a district, 9- or 12-digit
 *     统计用区划代码 below; null only for a development zone
 * @param parent the division directly above, or null for the city (the root)
 * @param households the number of households (户数), if known
 * @param population the resident population (人口), if known
 * @param urbanRuralClass the urban-rural classification code (城乡分类代码, {@code 111} 主城区 … {@code 220} 村庄) of
 *     a community or village, if known
 */
public record Division(
    @NotNull DivisionId id,
    @NotNull DivisionKind kind,
    @NotBlank String name,
    @Nullable DivisionCode code,
    @Nullable DivisionId parent,
    @PositiveOrZero @Nullable Integer households,
    @PositiveOrZero @Nullable Integer population,
    @Pattern(regexp = "[0-9]{3}") @Nullable String urbanRuralClass) implements Entity {

  /**
   * Checks that the required parts are present.
   *
   * @throws NullPointerException when id, kind or name is null
   */
  public Division {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }

  /** A division with only the required parts and a code. */
  public static Division of(DivisionId id, DivisionKind kind, String name, @Nullable DivisionCode code,
      @Nullable DivisionId parent) {
    return new Division(id, kind, name, code, parent, null, null, null);
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this division's parts. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The level of this division (its kind's level). */
  public DivisionLevel level() {
    return kind.level();
  }

  /** This division with another parent. */
  public Division withParent(@Nullable DivisionId newParent) {
    return new Division(id, kind, name, code, newParent, households, population, urbanRuralClass);
  }

  /** This division with another code. */
  public Division withCode(@Nullable DivisionCode newCode) {
    return new Division(id, kind, name, newCode, parent, households, population, urbanRuralClass);
  }

  /** A builder of {@link Division}s (行政区划). Not thread-safe. */
  public static final class Builder {
    private @Nullable DivisionId id;
    private @Nullable DivisionKind kind;
    private @Nullable String name;
    private @Nullable DivisionCode code;
    private @Nullable DivisionId parent;
    private @Nullable Integer households;
    private @Nullable Integer population;
    private @Nullable String urbanRuralClass;

    private Builder() {}

    private Builder(Division d) {
      id = d.id;
      kind = d.kind;
      name = d.name;
      code = d.code;
      parent = d.parent;
      households = d.households;
      population = d.population;
      urbanRuralClass = d.urbanRuralClass;
    }

    /** Sets the identifier (required). */
    public Builder id(DivisionId value) {
      id = value;
      return this;
    }

    /** Sets the identifier from its text (required). */
    public Builder id(String value) {
      return id(DivisionId.of(value));
    }

    /** Sets the kind (required). */
    public Builder kind(DivisionKind value) {
      kind = value;
      return this;
    }

    /** Sets the name (required). */
    public Builder name(String value) {
      name = value;
      return this;
    }

    /** Sets the national division code. */
    public Builder code(@Nullable DivisionCode value) {
      code = value;
      return this;
    }

    /** Sets the parent division. */
    public Builder parent(@Nullable DivisionId value) {
      parent = value;
      return this;
    }

    /** Sets the number of households. */
    public Builder households(@Nullable Integer value) {
      households = value;
      return this;
    }

    /** Sets the population. */
    public Builder population(@Nullable Integer value) {
      population = value;
      return this;
    }

    /** Sets the urban-rural classification code. */
    public Builder urbanRuralClass(@Nullable String value) {
      urbanRuralClass = value;
      return this;
    }

    /**
     * Builds the division.
     *
     * @throws NullPointerException when id, kind or name is missing
     */
    public Division build() {
      return new Division(id, kind, name, code, parent, households, population, urbanRuralClass);
    }
  }
}
