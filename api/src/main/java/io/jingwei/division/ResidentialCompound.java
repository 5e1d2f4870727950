package io.jingwei.division;

import io.jingwei.ref.Entity;
import io.jingwei.ref.CompoundId;
import io.jingwei.ref.DivisionId;
import io.jingwei.time.PartialDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A residential compound (居民小区): a housing estate inside a community, where compound Party organisations,
 * owners' committees and compound service centres are set up.
 *
 * @param id the identifier
 * @param name the name (小区名称)
 * @param community the community (社区) the compound lies in
 * @param households the number of households (户数), if known
 * @param newlyBuilt whether the compound is newly built (新建小区), which raises the service-centre area standard
 *     (in Nanning, 30 m² per 100 households)
 * @param builtOn when the compound was completed (建成时间), if known
 * @param address the address (地址), if known
 * @param propertyCompany the property-management company (物业公司), if any
 * @param hasOwnersCommittee whether the compound has an owners' committee (业主委员会)
 */
public record ResidentialCompound(
    @NotNull CompoundId id,
    @NotBlank String name,
    @NotNull DivisionId community,
    @PositiveOrZero @Nullable Integer households,
    boolean newlyBuilt,
    @Nullable PartialDate builtOn,
    @Nullable String address,
    @Nullable String propertyCompany,
    boolean hasOwnersCommittee) implements Entity {

  /**
   * Checks that the required parts are present.
   *
   * @throws NullPointerException when id, name or community is null
   */
  public ResidentialCompound {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(community, "community");
  }

  /** A compound with only the required parts. */
  public static ResidentialCompound of(CompoundId id, String name, DivisionId community) {
    return new ResidentialCompound(id, name, community, null, false, null, null, null, false);
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this compound's parts. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** This compound moved to another community. */
  public ResidentialCompound withCommunity(DivisionId newCommunity) {
    return toBuilder().community(newCommunity).build();
  }

  /** A builder of {@link ResidentialCompound}s (居民小区). Not thread-safe. */
  public static final class Builder {
    private @Nullable CompoundId id;
    private @Nullable String name;
    private @Nullable DivisionId community;
    private @Nullable Integer households;
    private boolean newlyBuilt;
    private @Nullable PartialDate builtOn;
    private @Nullable String address;
    private @Nullable String propertyCompany;
    private boolean hasOwnersCommittee;

    private Builder() {}

    private Builder(ResidentialCompound c) {
      id = c.id;
      name = c.name;
      community = c.community;
      households = c.households;
      newlyBuilt = c.newlyBuilt;
      builtOn = c.builtOn;
      address = c.address;
      propertyCompany = c.propertyCompany;
      hasOwnersCommittee = c.hasOwnersCommittee;
    }

    /** Sets the identifier (required). */
    public Builder id(CompoundId value) {
      id = value;
      return this;
    }

    /** Sets the identifier from its text (required). */
    public Builder id(String value) {
      return id(CompoundId.of(value));
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

    /** Sets whether the compound is newly built. */
    public Builder newlyBuilt(boolean value) {
      newlyBuilt = value;
      return this;
    }

    /** Sets the completion date. */
    public Builder builtOn(@Nullable PartialDate value) {
      builtOn = value;
      return this;
    }

    /** Sets the address. */
    public Builder address(@Nullable String value) {
      address = value;
      return this;
    }

    /** Sets the property-management company. */
    public Builder propertyCompany(@Nullable String value) {
      propertyCompany = value;
      return this;
    }

    /** Sets whether there is an owners' committee. */
    public Builder hasOwnersCommittee(boolean value) {
      hasOwnersCommittee = value;
      return this;
    }

    /**
     * Builds the compound.
     *
     * @throws NullPointerException when id, name or community is missing
     */
    public ResidentialCompound build() {
      return new ResidentialCompound(
          id, name, community, households, newlyBuilt, builtOn, address, propertyCompany, hasOwnersCommittee);
    }
  }
}
