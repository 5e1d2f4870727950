package io.jingwei.organization;

import io.jingwei.ref.Entity;
import io.jingwei.ref.CompoundId;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.GridId;
import io.jingwei.ref.OrganizationId;
import io.jingwei.time.PartialDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A Party organization (党组织): a committee, general branch, branch or Party group, or a regional alliance
 * committee, with its place in the hierarchy, the unit it is set up in, its dates and its leadership team.
 *
 * <p>Organizations form a forest through {@link #parent()}; the roots are local committees (地方党委). They refer to
 * members only through member ids (in {@link LeadershipTeam}), so this package does not depend on the member
 * model. Lists are never null: absent lists are empty.
 *
 * @param id the identifier
 * @param code the organization code (组织编码) as the platform keeps it, if any
 * @param name the full name (全称), such as {@code 中共南宁市青秀区新竹街道某某社区委员会}
 * @param shortName the short name (简称), if any
 * @param type the type (组织类别)
 * @param parent the organization directly above (上级党组织), or null for a root
 * @param division the division the organization sits in or covers (所在行政区划), if recorded
 * @param compound the residential compound of a compound organization (小区党组织), if any
 * @param grid the grid of a grid branch or group (网格党支部/党小组), if any
 * @param unit the unit it is set up in (所在单位), if any
 * @param coveredUnits the units a joint branch covers (联合党支部覆盖单位)
 * @param memberUnits the member units of an alliance committee (大工委/大党委 成员单位)
 * @param foundedOn when it was set up (成立日期), if known
 * @param foundingDocument the document that set it up (成立文号), if recorded
 * @param dissolvedOn when it was dissolved (撤销日期), or null while it exists
 * @param leadership the current leadership team (班子), if recorded
 * @param collectsDues whether it collects Party dues (收缴党费); a temporary branch must not; null when unknown
 * @param contactPhone the contact telephone (联系电话), landline or mobile, as written; masked in
 *     {@link #toString()}
 * @param address the address (地址), if recorded
 * @param approvals the higher approvals (上级批准) recorded for departures from rules that allow them
 */
public record PartyOrganization(
    @NotNull OrganizationId id,
    @Nullable String code,
    @NotBlank String name,
    @Nullable String shortName,
    @NotNull OrganizationType type,
    @Nullable OrganizationId parent,
    @Nullable DivisionId division,
    @Nullable CompoundId compound,
    @Nullable GridId grid,
    @Valid @Nullable Unit unit,
    List<@Valid Unit> coveredUnits,
    List<@Valid Unit> memberUnits,
    @Nullable PartialDate foundedOn,
    @Nullable String foundingDocument,
    @Nullable PartialDate dissolvedOn,
    @Valid @Nullable LeadershipTeam leadership,
    @Nullable Boolean collectsDues,
    @Nullable String contactPhone,
    @Nullable String address,
    List<@Valid Approval> approvals) implements Entity {

  /**
   * Checks that the required parts are present and copies the lists (absent lists become empty).
   *
   * @throws NullPointerException when id, name or type is null, or a list holds null
   */
  public PartyOrganization {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    coveredUnits = coveredUnits == null ? List.of() : List.copyOf(coveredUnits);
    memberUnits = memberUnits == null ? List.of() : List.copyOf(memberUnits);
    approvals = approvals == null ? List.of() : List.copyOf(approvals);
  }

  /** An organization with only the required parts and a parent. */
  public static PartyOrganization of(
      OrganizationId id, String name, OrganizationType type, @Nullable OrganizationId parent) {
    return builder().id(id).name(name).type(type).parent(parent).build();
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this organization's parts. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Whether a recorded approval covers the given rule (an approval naming the rule, or one naming no rule).
   *
   * @see Approval#covers(String)
   */
  public boolean hasApprovalFor(String ruleId) {
    return Approval.anyCovers(approvals, ruleId);
  }

  /**
   * Whether the organization may have existed on the given day, giving partial dates the benefit of the doubt:
   * it was not certainly founded after the day, and not certainly dissolved on or before it. An organization
   * dissolved on {@code 2021-05-01} is not active that day; one dissolved in {@code 2021} is active on every day
   * of 2021 but the last, by which it was certainly dissolved.
   */
  public boolean isActiveOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (foundedOn != null && foundedOn.isCertainlyAfter(date)) {
      return false;
    }
    return dissolvedOn == null || date.isBefore(dissolvedOn.latest());
  }

  /** This organization under another parent. */
  public PartyOrganization withParent(@Nullable OrganizationId newParent) {
    return toBuilder().parent(newParent).build();
  }

  /** This organization with another type. */
  public PartyOrganization withType(OrganizationType newType) {
    return toBuilder().type(newType).build();
  }

  /** This organization with another leadership team. */
  public PartyOrganization withLeadership(@Nullable LeadershipTeam newLeadership) {
    return toBuilder().leadership(newLeadership).build();
  }

  /** This organization with other approvals. */
  public PartyOrganization withApprovals(List<Approval> newApprovals) {
    return toBuilder().approvals(newApprovals).build();
  }

  /** The id, type, name and parent; the contact phone is masked and the rest left out. */
  @Override
  public String toString() {
    return "PartyOrganization[id=" + id + ", type=" + type + ", name=" + name + ", parent=" + parent
        + (contactPhone == null ? "" : ", contactPhone=" + maskPhone(contactPhone)) + "]";
  }

  /** Keeps the first three and last four characters of a phone text and stars the rest. */
  static String maskPhone(String phone) {
    int n = phone.length();
    if (n <= 7) {
      return "*".repeat(n);
    }
    return phone.substring(0, 3) + "*".repeat(n - 7) + phone.substring(n - 4);
  }

  /** A builder of {@link PartyOrganization}s (党组织). Not thread-safe. */
  public static final class Builder {
    private @Nullable OrganizationId id;
    private @Nullable String code;
    private @Nullable String name;
    private @Nullable String shortName;
    private @Nullable OrganizationType type;
    private @Nullable OrganizationId parent;
    private @Nullable DivisionId division;
    private @Nullable CompoundId compound;
    private @Nullable GridId grid;
    private @Nullable Unit unit;
    private final List<Unit> coveredUnits = new ArrayList<>();
    private final List<Unit> memberUnits = new ArrayList<>();
    private @Nullable PartialDate foundedOn;
    private @Nullable String foundingDocument;
    private @Nullable PartialDate dissolvedOn;
    private @Nullable LeadershipTeam leadership;
    private @Nullable Boolean collectsDues;
    private @Nullable String contactPhone;
    private @Nullable String address;
    private final List<Approval> approvals = new ArrayList<>();

    private Builder() {}

    private Builder(PartyOrganization o) {
      id = o.id;
      code = o.code;
      name = o.name;
      shortName = o.shortName;
      type = o.type;
      parent = o.parent;
      division = o.division;
      compound = o.compound;
      grid = o.grid;
      unit = o.unit;
      coveredUnits.addAll(o.coveredUnits);
      memberUnits.addAll(o.memberUnits);
      foundedOn = o.foundedOn;
      foundingDocument = o.foundingDocument;
      dissolvedOn = o.dissolvedOn;
      leadership = o.leadership;
      collectsDues = o.collectsDues;
      contactPhone = o.contactPhone;
      address = o.address;
      approvals.addAll(o.approvals);
    }

    /** Sets the identifier (required). */
    public Builder id(OrganizationId value) {
      id = value;
      return this;
    }

    /** Sets the identifier from its text (required). */
    public Builder id(String value) {
      return id(OrganizationId.of(value));
    }

    /** Sets the organization code. */
    public Builder code(@Nullable String value) {
      code = value;
      return this;
    }

    /** Sets the full name (required). */
    public Builder name(String value) {
      name = value;
      return this;
    }

    /** Sets the short name. */
    public Builder shortName(@Nullable String value) {
      shortName = value;
      return this;
    }

    /** Sets the type (required). */
    public Builder type(OrganizationType value) {
      type = value;
      return this;
    }

    /** Sets the parent organization. */
    public Builder parent(@Nullable OrganizationId value) {
      parent = value;
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

    /** Sets the grid. */
    public Builder grid(@Nullable GridId value) {
      grid = value;
      return this;
    }

    /** Sets the unit it is set up in. */
    public Builder unit(@Nullable Unit value) {
      unit = value;
      return this;
    }

    /** Adds a covered unit (joint branch). */
    public Builder coveredUnit(Unit value) {
      coveredUnits.add(Objects.requireNonNull(value, "unit"));
      return this;
    }

    /** Replaces the covered units. */
    public Builder coveredUnits(List<Unit> values) {
      coveredUnits.clear();
      coveredUnits.addAll(values);
      return this;
    }

    /** Adds a member unit (alliance committee). */
    public Builder memberUnit(Unit value) {
      memberUnits.add(Objects.requireNonNull(value, "unit"));
      return this;
    }

    /** Replaces the member units. */
    public Builder memberUnits(List<Unit> values) {
      memberUnits.clear();
      memberUnits.addAll(values);
      return this;
    }

    /** Sets the founding date. */
    public Builder foundedOn(@Nullable PartialDate value) {
      foundedOn = value;
      return this;
    }

    /** Sets the founding document reference. */
    public Builder foundingDocument(@Nullable String value) {
      foundingDocument = value;
      return this;
    }

    /** Sets the dissolution date. */
    public Builder dissolvedOn(@Nullable PartialDate value) {
      dissolvedOn = value;
      return this;
    }

    /** Sets the leadership team. */
    public Builder leadership(@Nullable LeadershipTeam value) {
      leadership = value;
      return this;
    }

    /** Sets whether dues are collected. */
    public Builder collectsDues(@Nullable Boolean value) {
      collectsDues = value;
      return this;
    }

    /** Sets the contact telephone. */
    public Builder contactPhone(@Nullable String value) {
      contactPhone = value;
      return this;
    }

    /** Sets the address. */
    public Builder address(@Nullable String value) {
      address = value;
      return this;
    }

    /** Adds an approval. */
    public Builder approval(Approval value) {
      approvals.add(Objects.requireNonNull(value, "approval"));
      return this;
    }

    /** Replaces the approvals. */
    public Builder approvals(List<Approval> values) {
      approvals.clear();
      approvals.addAll(values);
      return this;
    }

    /**
     * Builds the organization.
     *
     * @throws NullPointerException when id, name or type is missing
     */
    public PartyOrganization build() {
      return new PartyOrganization(id, code, name, shortName, type, parent, division, compound, grid, unit,
          coveredUnits, memberUnits, foundedOn, foundingDocument, dissolvedOn, leadership, collectsDues,
          contactPhone, address, approvals);
    }
  }
}
