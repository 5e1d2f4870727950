package io.jingwei.impl.rules.member;

import static io.jingwei.impl.rules.record.RecordRulesTesting.dataset;
import static io.jingwei.impl.rules.record.RecordRulesTesting.date;
import static io.jingwei.impl.rules.record.RecordRulesTesting.issues;
import static io.jingwei.impl.rules.record.RecordRulesTesting.member;
import static io.jingwei.impl.rules.record.RecordRulesTesting.only;
import static io.jingwei.impl.rules.record.RecordRulesTesting.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.member.MembershipStatus;
import io.jingwei.member.Mobility;
import io.jingwei.member.PartyMember;
import io.jingwei.member.PartyStanding;
import io.jingwei.member.ProbationExtension;
import io.jingwei.member.RecruitmentTimeline;
import io.jingwei.organization.OrganizationType;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.ref.OrganizationId;
import io.jingwei.validation.ValidationReport;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MemberStatusChecksTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  private static PartyMember probationary(String id, RecruitmentTimeline.Builder t) {
    return member(id).status(MembershipStatus.PROBATIONARY).timeline(t.build()).build();
  }

  private static RecruitmentTimeline.Builder admitted(String date) {
    return RecruitmentTimeline.builder().admittedOn(date(date));
  }

  private static PartyOrganization org(String id, OrganizationType type, String parent) {
    return PartyOrganization.of(OrganizationId.of(id), "组织" + id, type, parent == null ? null : OrganizationId.of(parent));
  }

  // ---------------------------------------------------------------- member.probation-overdue

  @Test
  @DisplayName("预备期满加三个月宽限仍未转正的预备党员，报在 /status")
  void aProbationaryMemberIsOverdueAfterProbationAndGrace() {
    ValidationReport r =
        validate(
            dataset(
                probationary("m1", admitted("2023-03-30")),
                probationary("m2", admitted("2023-03-29")),
                probationary("m3", admitted("2023-03"))),
            AS_OF);

    assertThat(issues(r, "member.probation-overdue")).containsExactly("members/m2 /status");
    assertThat(only(r, "member.probation-overdue").args()).containsEntry("months", 15L);
  }

  @Test
  void anExtensionDefersTheOverdueDate() {
    ValidationReport r =
        validate(
            dataset(
                probationary(
                    "m1", admitted("2022-10-01").extension(ProbationExtension.of(date("2023-10-01"), 6))),
                probationary(
                    "m2", admitted("2022-09-29").extension(ProbationExtension.of(date("2023-09-29"), 6))),
                probationary("m3", admitted("2022-10-01"))),
            AS_OF);

    assertThat(issues(r, "member.probation-overdue")).containsExactly("members/m2 /status", "members/m3 /status");
  }

  @Test
  void convertedCancelledInactiveAndFullMembersAreNotOverdue() {
    ValidationReport r =
        validate(
            dataset(
                probationary("m1", admitted("2020-01-01").convertedOn(date("2021-01-01"))),
                probationary("m2", admitted("2020-01-01").cancelledOn(date("2020-10-01"))),
                member("m3")
                    .status(MembershipStatus.PROBATIONARY)
                    .standing(PartyStanding.PROBATION_CANCELLED)
                    .timeline(admitted("2020-01-01").build())
                    .build(),
                member("m4").timeline(admitted("2020-01-01").build()).build(),
                probationary("m5", RecruitmentTimeline.builder())),
            AS_OF);

    assertThat(issues(r, "member.probation-overdue")).isEmpty();
  }

  // ---------------------------------------------------------------- member.status-timeline

  @Test
  void statusDisagreeingWithTheTimelineOnTheAsOfDateIsReportedOnce() {
    ValidationReport r =
        validate(
            dataset(
                member("m1").timeline(admitted("2024-01-10").convertedOn(date("2025-01-10")).build()).build(),
                probationary("m2", admitted("2023-03-10").convertedOn(date("2024-03"))),
                probationary("m3", admitted("2024-07-01")),
                member("m4").timeline(admitted("2024-07-01").convertedOn(date("2025-07-01")).build()).build()),
            AS_OF);

    assertThat(issues(r, "member.status-timeline"))
        .containsExactly("members/m1 /status", "members/m2 /status", "members/m3 /status", "members/m4 /status");
    assertThat(r.issues("member.status-timeline").get(3).args()).containsEntry("field", "admittedOn");
  }

  @Test
  @DisplayName("没有转正时间的正式党员：入党未满一年（预备期）则类别不符，满一年或日期不确定则不报")
  void aFullMemberWithoutConversionDateMustHaveServedTheYearOfProbation() {
    ValidationReport r =
        validate(
            dataset(
                member("m1").timeline(admitted("2023-07-01").build()).build(),
                member("m2").timeline(admitted("2023-06-30").build()).build(),
                member("m3").timeline(admitted("2023-06").build()).build(),
                member("m4").timeline(admitted("2023-08").build()).build(),
                member("m5").timeline(admitted("2023").build()).build()),
            AS_OF);

    assertThat(issues(r, "member.status-timeline")).containsExactly("members/m1 /status", "members/m4 /status");
    assertThat(r.issues("member.status-timeline").get(0).args())
        .containsEntry("field", "admittedOn")
        .containsEntry("date", "2023-07-01");
  }

  @Test
  void statusAgreeingOrUncertainIsNotReported() {
    ValidationReport r =
        validate(
            dataset(
                member("m1").timeline(admitted("2022-06-01").convertedOn(date("2023-06-01")).build()).build(),
                member("m2").timeline(admitted("2023-06-30").convertedOn(date("2024-06-30")).build()).build(),
                probationary("m3", admitted("2023-08-01").convertedOn(date("2024-07"))),
                probationary("m4", admitted("2023-08-01").convertedOn(date("2024"))),
                member("m5").build()),
            AS_OF);

    assertThat(issues(r, "member.status-timeline")).isEmpty();
  }

  // ---------------------------------------------------------------- member.organization-level

  @Test
  @DisplayName("党员组织关系须在党支部一级")
  void aMembersOrganizationMustBeBranchLevel() {
    ValidationReport r =
        validate(
            dataset(
                org("o1", OrganizationType.BRANCH, null),
                org("c1", OrganizationType.GRASSROOTS_COMMITTEE, null),
                org("g1", OrganizationType.PARTY_GROUP, "o1"),
                org("t1", OrganizationType.TEMPORARY_BRANCH, null),
                member("m1").build(),
                member("m2").organization(OrganizationId.of("c1")).build(),
                member("m3").organization(OrganizationId.of("g1")).build(),
                member("m4").organization(OrganizationId.of("t1")).build(),
                member("m5").organization(OrganizationId.of("missing")).build()));

    assertThat(issues(r, "member.organization-level"))
        .containsExactly("members/m2 /organization", "members/m3 /organization");
    assertThat(r.issues("member.organization-level").get(0).args())
        .containsEntry("organization", "c1")
        .containsEntry("type", "GRASSROOTS_COMMITTEE");
  }

  // ---------------------------------------------------------------- member.party-group-branch

  @Test
  void thePartyGroupMustBeAGroupOfTheMembersBranch() {
    ValidationReport r =
        validate(
            dataset(
                org("o1", OrganizationType.BRANCH, null),
                org("o2", OrganizationType.BRANCH, null),
                org("g1", OrganizationType.PARTY_GROUP, "o1"),
                org("g2", OrganizationType.PARTY_GROUP, "o2"),
                member("m1").partyGroup(OrganizationId.of("g1")).build(),
                member("m2").partyGroup(OrganizationId.of("g2")).build(),
                member("m3").partyGroup(OrganizationId.of("o2")).build(),
                member("m4").partyGroup(OrganizationId.of("missing")).build(),
                member("m5").build()));

    assertThat(issues(r, "member.party-group-branch"))
        .containsExactly("members/m2 /partyGroup", "members/m3 /partyGroup");
  }

  // ---------------------------------------------------------------- follow-up: transfer, contact, dues

  private static Mobility away(String since, boolean fixedPlace) {
    return new Mobility(true, date(since), "深圳", fixedPlace, null);
  }

  @Test
  @DisplayName("外出相对固定满六个月的流动党员应转移组织关系")
  void aMemberAwayAtAFixedPlaceForSixMonthsShouldTransfer() {
    ValidationReport r =
        validate(
            dataset(
                member("m1").mobility(away("2023-12-30", true)).build(),
                member("m2").mobility(away("2024-01-01", true)).build(),
                member("m3").mobility(away("2023-12", true)).build(),
                member("m4").mobility(away("2023-01", false)).build(),
                member("m5").mobility(away("2023-01", true)).standing(PartyStanding.TRANSFERRED_OUT).build()),
            AS_OF);

    assertThat(issues(r, "member.transfer-required"))
        .containsExactly("members/m1 /mobility/awaySince", "members/m3 /mobility/awaySince");
  }

  @Test
  void aMemberOutOfContactForSixMonthsIsReportedWhileStillOfNormalStanding() {
    ValidationReport r =
        validate(
            dataset(
                member("m1").lostContactSince(date("2023-12-30")).build(),
                member("m2").lostContactSince(date("2024-01")).build(),
                member("m3").lostContactSince(date("2022")).standing(PartyStanding.SUSPENDED).build()),
            AS_OF);

    assertThat(issues(r, "member.lost-contact")).containsExactly("members/m1 /lostContactSince");
  }

  @Test
  void duesUnpaidForMoreThanSixMonthsAreReported() {
    ValidationReport r =
        validate(
            dataset(
                member("m1").lastDuesPaidOn(date("2023-12-29")).build(),
                member("m2").lastDuesPaidOn(date("2023-12-30")).build(),
                member("m3").lastDuesPaidOn(date("2023-11")).build(),
                member("m4").lastDuesPaidOn(date("2023-01")).standing(PartyStanding.DECEASED).build()),
            AS_OF);

    assertThat(issues(r, "member.dues-lapsed"))
        .containsExactly("members/m1 /lastDuesPaidOn", "members/m3 /lastDuesPaidOn");
  }
}
