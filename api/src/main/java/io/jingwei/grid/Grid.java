package io.jingwei.grid;

import io.jingwei.ref.Entity;
import io.jingwei.ref.CompoundId;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.GridId;
import io.jingwei.ref.OrganizationId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A governance grid (网格) inside a community or village: the unit of 多网合一 grid management, with a unique grid
 * code built on the national division code, the compounds it covers and the Party branch or group set up on it
 * (一网格一支部（党小组）). Its workers are the grid workers that name it, so this package does not depend on the
 * worker model.
 *
 * @param id the identifier
 * @param code the grid code (网格编码), unique in the city
 * @param name the name (网格名称)
 * @param community the community or village (社区/村) the grid belongs to — never a street or county
 * @param households the number of households (户数), if known
 * @param population the number of residents (人数), if known
 * @param compounds the residential compounds the grid covers (管辖小区); an empty list when absent
 * @param partyOrganization the Party branch or group set up on the grid (网格党支部/党小组), if any
 */
public record Grid(
    @NotNull GridId id,
    @NotNull GridCode code,
    @NotBlank String name,
    @NotNull DivisionId community,
    @PositiveOrZero @Nullable Integer households,
    @PositiveOrZero @Nullable Integer population,
    List<CompoundId> compounds,
    @Nullable OrganizationId partyOrganization) implements Entity {

  /**
   * Checks that the required parts are present and copies the compounds.
   *
   * @throws NullPointerException when id, code, name or community is null, or compounds hold null
   */
  public Grid {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(community, "community");
    compounds = compounds == null ? List.of() : List.copyOf(compounds);
  }

  /** A grid with only the required parts. */
  public static Grid of(GridId id, GridCode code, String name, DivisionId community) {
    return new Grid(id, code, name, community, null, null, List.of(), null);
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this grid's parts. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** This grid with another Party organization on it. */
  public Grid withPartyOrganization(@Nullable OrganizationId newOrganization) {
    return new Grid(id, code, name, community, households, population, compounds, newOrganization);
  }

  /** This grid with another code. */
  public Grid withCode(GridCode newCode) {
    return new Grid(id, newCode, name, community, households, population, compounds, partyOrganization);
  }

  /** A builder of {@link Grid}s (网格). Not thread-safe. */
  public static final class Builder {
    private @Nullable GridId id;
    private @Nullable GridCode code;
    private @Nullable String name;
    private @Nullable DivisionId community;
    private @Nullable Integer households;
    private @Nullable Integer population;
    private final List<CompoundId> compounds = new ArrayList<>();
    private @Nullable OrganizationId partyOrganization;

    private Builder() {}

    private Builder(Grid g) {
      id = g.id;
      code = g.code;
      name = g.name;
      community = g.community;
      households = g.households;
      population = g.population;
      compounds.addAll(g.compounds);
      partyOrganization = g.partyOrganization;
    }

    /** Sets the identifier (required). */
    public Builder id(GridId value) {
      id = value;
      return this;
    }

    /** Sets the identifier from its text (required). */
    public Builder id(String value) {
      return id(GridId.of(value));
    }

    /** Sets the grid code (required). */
    public Builder code(GridCode value) {
      code = value;
      return this;
    }

    /** Sets the name (required). */
    public Builder name(String value) {
      name = value;
      return this;
    }

    /** Sets the community (required). */
    public Builder community(DivisionId value) {
      community = value;
      return this;
    }

    /** Sets the number of households. */
    public Builder households(@Nullable Integer value) {
      households = value;
      return this;
    }

    /** Sets the number of residents. */
    public Builder population(@Nullable Integer value) {
      population = value;
      return this;
    }

    /** Adds a covered compound. */
    public Builder compound(CompoundId value) {
      compounds.add(Objects.requireNonNull(value, "compound"));
      return this;
    }

    /** Replaces the covered compounds. */
    public Builder compounds(List<CompoundId> values) {
      compounds.clear();
      compounds.addAll(values);
      return this;
    }

    /** Sets the Party organization on the grid. */
    public Builder partyOrganization(@Nullable OrganizationId value) {
      partyOrganization = value;
      return this;
    }

    /**
     * Builds the grid.
     *
     * @throws NullPointerException when id, code, name or community is missing
     */
    public Grid build() {
      return new Grid(id, code, name, community, households, population, compounds, partyOrganization);
    }
  }
}
