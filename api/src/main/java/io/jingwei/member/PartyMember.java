package io.jingwei.member;

import io.jingwei.ref.Entity;
import io.jingwei.id.MobileNumber;
import io.jingwei.id.ResidentIdNumber;
import io.jingwei.organization.Approval;
import io.jingwei.person.EducationLevel;
import io.jingwei.person.Ethnicity;
import io.jingwei.person.PersonName;
import io.jingwei.person.Sex;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.MemberId;
import io.jingwei.ref.OrganizationId;
import io.jingwei.time.PartialDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A Party member (党员): personal attributes, membership status and standing, the organizational relationship,
 * the recruitment timeline, double reporting to the residence community (双报到), mobility and contact.
 *
 * <p>Personal data (name, ID number, phone, birth date, address) is never printed: {@link #toString()} shows the
 * id and the masked name only. The constructor accepts any data values; rules on them are the validation
 * engine's business. Absent lists are empty, an absent standing is {@link PartyStanding#NORMAL} and an absent
 * timeline is {@link RecruitmentTimeline#empty()}.
 *
 * @param id the identifier in the platform (never the ID number itself)
 * @param name the name (姓名)
 * @param sex the sex (性别), if recorded
 * @param birthDate the birth date (出生日期), if recorded
 * @param ethnicity the ethnicity (民族), if recorded
 * @param idNumber the resident ID number (公民身份号码), if recorded
 * @param phone the mobile number (手机号码), if recorded
 * @param nativePlace the native place (籍贯) as written, if recorded
 * @param address the home address (家庭住址), if recorded
 * @param education the education level (学历), if recorded
 * @param occupation the occupation (职业) in the 党内统计 categories, if recorded
 * @param workUnit the work unit (工作单位), if recorded
 * @param jobTitle the job title in the work unit (职务), if recorded
 * @param status probationary or full (党员类别)
 * @param standing the Party standing (党籍状态)
 * @param onPartyProbation whether the member is under probation within the Party (留党察看)
 * @param rightsSuspended whether the member's rights are suspended (as under 留置 or 逮捕)
 * @param organization the organization holding the member's relationship (所在党支部)
 * @param partyGroup the Party group (党小组) inside that organization, if any
 * @param transferredInOn when the relationship was transferred in (组织关系转入时间), if it was
 * @param recordsKeeper the unit keeping the member's personnel records (档案管理单位), if recorded
 * @param timeline the recruitment timeline (发展党员时间线)
 * @param residenceCommunity the community of residence the member reported to (双报到 居住地社区), if any
 * @param reportedToCommunityOn when the member reported to it (报到时间), if recorded
 * @param mobility the mobility (流动情况), if recorded
 * @param lostContactSince since when the organization has lost contact with the member (失联时间), if it has
 * @param lastDuesPaidOn the last month or day for which dues were paid (最近交纳党费时间), if recorded
 * @param approvals the higher approvals (上级批准) recorded for departures from rules that allow them
 */
public record PartyMember(
    @NotNull MemberId id,
    @NotNull PersonName name,
    @Nullable Sex sex,
    @Nullable PartialDate birthDate,
    @Nullable Ethnicity ethnicity,
    @Nullable ResidentIdNumber idNumber,
    @Nullable MobileNumber phone,
    @Nullable String nativePlace,
    @Nullable String address,
    @Nullable EducationLevel education,
    @Nullable Occupation occupation,
    @Nullable String workUnit,
    @Nullable String jobTitle,
    @NotNull MembershipStatus status,
    PartyStanding standing,
    boolean onPartyProbation,
    boolean rightsSuspended,
    @NotNull OrganizationId organization,
    @Nullable OrganizationId partyGroup,
    @Nullable PartialDate transferredInOn,
    @Nullable String recordsKeeper,
    @Valid RecruitmentTimeline timeline,
    @Nullable DivisionId residenceCommunity,
    @Nullable PartialDate reportedToCommunityOn,
    @Valid @Nullable Mobility mobility,
    @Nullable PartialDate lostContactSince,
    @Nullable PartialDate lastDuesPaidOn,
    List<@Valid Approval> approvals) implements Entity {

  /**
   * Checks that the required parts are present and defaults the standing, the timeline and the approvals.
   *
   * @throws NullPointerException when id, name, status or organization is null, or approvals hold null
   */
  public PartyMember {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(organization, "organization");
    if (standing == null) {
      standing = PartyStanding.NORMAL;
    }
    if (timeline == null) {
      timeline = RecruitmentTimeline.empty();
    }
    approvals = approvals == null ? List.of() : List.copyOf(approvals);
  }

  /** A member with only the required parts. */
  public static PartyMember of(
      MemberId id, PersonName name, MembershipStatus status, OrganizationId organization) {
    return builder().id(id).name(name).status(status).organization(organization).build();
  }

  /** A builder with nothing set (standing {@link PartyStanding#NORMAL}, empty timeline). */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this member's parts. */
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

  /** This member with the relationship moved to another organization (the Party group is cleared). */
  public PartyMember withOrganization(OrganizationId newOrganization) {
    return toBuilder().organization(newOrganization).partyGroup(null).build();
  }

  /** This member with another status. */
  public PartyMember withStatus(MembershipStatus newStatus) {
    return toBuilder().status(newStatus).build();
  }

  /** This member with another standing. */
  public PartyMember withStanding(PartyStanding newStanding) {
    return toBuilder().standing(newStanding).build();
  }

  /** This member with another timeline. */
  public PartyMember withTimeline(RecruitmentTimeline newTimeline) {
    return toBuilder().timeline(newTimeline).build();
  }

  /** The id and the masked name only: personal data is never printed. */
  @Override
  public String toString() {
    return "PartyMember[id=" + id + ", name=" + name.masked() + "]";
  }

  /** A builder of {@link PartyMember}s (党员). Not thread-safe. */
  public static final class Builder {
    private @Nullable MemberId id;
    private @Nullable PersonName name;
    private @Nullable Sex sex;
    private @Nullable PartialDate birthDate;
    private @Nullable Ethnicity ethnicity;
    private @Nullable ResidentIdNumber idNumber;
    private @Nullable MobileNumber phone;
    private @Nullable String nativePlace;
    private @Nullable String address;
    private @Nullable EducationLevel education;
    private @Nullable Occupation occupation;
    private @Nullable String workUnit;
    private @Nullable String jobTitle;
    private @Nullable MembershipStatus status;
    private PartyStanding standing = PartyStanding.NORMAL;
    private boolean onPartyProbation;
    private boolean rightsSuspended;
    private @Nullable OrganizationId organization;
    private @Nullable OrganizationId partyGroup;
    private @Nullable PartialDate transferredInOn;
    private @Nullable String recordsKeeper;
    private RecruitmentTimeline timeline = RecruitmentTimeline.empty();
    private @Nullable DivisionId residenceCommunity;
    private @Nullable PartialDate reportedToCommunityOn;
    private @Nullable Mobility mobility;
    private @Nullable PartialDate lostContactSince;
    private @Nullable PartialDate lastDuesPaidOn;
    private final List<Approval> approvals = new ArrayList<>();

    private Builder() {}

    private Builder(PartyMember m) {
      id = m.id;
      name = m.name;
      sex = m.sex;
      birthDate = m.birthDate;
      ethnicity = m.ethnicity;
      idNumber = m.idNumber;
      phone = m.phone;
      nativePlace = m.nativePlace;
      address = m.address;
      education = m.education;
      occupation = m.occupation;
      workUnit = m.workUnit;
      jobTitle = m.jobTitle;
      status = m.status;
      standing = m.standing;
      onPartyProbation = m.onPartyProbation;
      rightsSuspended = m.rightsSuspended;
      organization = m.organization;
      partyGroup = m.partyGroup;
      transferredInOn = m.transferredInOn;
      recordsKeeper = m.recordsKeeper;
      timeline = m.timeline;
      residenceCommunity = m.residenceCommunity;
      reportedToCommunityOn = m.reportedToCommunityOn;
      mobility = m.mobility;
      lostContactSince = m.lostContactSince;
      lastDuesPaidOn = m.lastDuesPaidOn;
      approvals.addAll(m.approvals);
    }

    /** Sets the identifier (required). */
    public Builder id(MemberId value) {
      id = value;
      return this;
    }

    /** Sets the identifier from its text (required). */
    public Builder id(String value) {
      return id(MemberId.of(value));
    }

    /** Sets the name (required). */
    public Builder name(PersonName value) {
      name = value;
      return this;
    }

    /** Sets the name from its text (required). */
    public Builder name(String value) {
      return name(PersonName.of(value));
    }

    /** Sets the sex. */
    public Builder sex(@Nullable Sex value) {
      sex = value;
      return this;
    }

    /** Sets the birth date. */
    public Builder birthDate(@Nullable PartialDate value) {
      birthDate = value;
      return this;
    }

    /** Sets the ethnicity. */
    public Builder ethnicity(@Nullable Ethnicity value) {
      ethnicity = value;
      return this;
    }

    /** Sets the resident ID number. */
    public Builder idNumber(@Nullable ResidentIdNumber value) {
      idNumber = value;
      return this;
    }

    /** Sets the mobile number. */
    public Builder phone(@Nullable MobileNumber value) {
      phone = value;
      return this;
    }

    /** Sets the native place. */
    public Builder nativePlace(@Nullable String value) {
      nativePlace = value;
      return this;
    }

    /** Sets the home address. */
    public Builder address(@Nullable String value) {
      address = value;
      return this;
    }

    /** Sets the education level. */
    public Builder education(@Nullable EducationLevel value) {
      education = value;
      return this;
    }

    /** Sets the occupation. */
    public Builder occupation(@Nullable Occupation value) {
      occupation = value;
      return this;
    }

    /** Sets the work unit. */
    public Builder workUnit(@Nullable String value) {
      workUnit = value;
      return this;
    }

    /** Sets the job title. */
    public Builder jobTitle(@Nullable String value) {
      jobTitle = value;
      return this;
    }

    /** Sets the membership status (required). */
    public Builder status(MembershipStatus value) {
      status = value;
      return this;
    }

    /** Sets the Party standing. */
    public Builder standing(PartyStanding value) {
      standing = value;
      return this;
    }

    /** Sets whether the member is under 留党察看. */
    public Builder onPartyProbation(boolean value) {
      onPartyProbation = value;
      return this;
    }

    /** Sets whether the member's rights are suspended. */
    public Builder rightsSuspended(boolean value) {
      rightsSuspended = value;
      return this;
    }

    /** Sets the organization holding the relationship (required). */
    public Builder organization(OrganizationId value) {
      organization = value;
      return this;
    }

    /** Sets the Party group. */
    public Builder partyGroup(@Nullable OrganizationId value) {
      partyGroup = value;
      return this;
    }

    /** Sets the transfer-in date. */
    public Builder transferredInOn(@Nullable PartialDate value) {
      transferredInOn = value;
      return this;
    }

    /** Sets the records keeper. */
    public Builder recordsKeeper(@Nullable String value) {
      recordsKeeper = value;
      return this;
    }

    /** Sets the recruitment timeline. */
    public Builder timeline(RecruitmentTimeline value) {
      timeline = value;
      return this;
    }

    /** Sets the residence community of 双报到. */
    public Builder residenceCommunity(@Nullable DivisionId value) {
      residenceCommunity = value;
      return this;
    }

    /** Sets the date of reporting to the residence community. */
    public Builder reportedToCommunityOn(@Nullable PartialDate value) {
      reportedToCommunityOn = value;
      return this;
    }

    /** Sets the mobility. */
    public Builder mobility(@Nullable Mobility value) {
      mobility = value;
      return this;
    }

    /** Sets the date contact was lost. */
    public Builder lostContactSince(@Nullable PartialDate value) {
      lostContactSince = value;
      return this;
    }

    /** Sets the date dues were last paid. */
    public Builder lastDuesPaidOn(@Nullable PartialDate value) {
      lastDuesPaidOn = value;
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
     * Builds the member.
     *
     * @throws NullPointerException when id, name, status or organization is missing
     */
    public PartyMember build() {
      return new PartyMember(id, name, sex, birthDate, ethnicity, idNumber, phone, nativePlace, address,
          education, occupation, workUnit, jobTitle, status, standing, onPartyProbation, rightsSuspended,
          organization, partyGroup, transferredInOn, recordsKeeper, timeline, residenceCommunity,
          reportedToCommunityOn, mobility, lostContactSince, lastDuesPaidOn, approvals);
    }
  }
}
