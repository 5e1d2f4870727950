package io.jingwei.impl.rules.organization;

import static io.jingwei.impl.rules.record.RecordRulesTesting.dataset;
import static io.jingwei.impl.rules.record.RecordRulesTesting.date;
import static io.jingwei.impl.rules.record.RecordRulesTesting.issues;
import static io.jingwei.impl.rules.record.RecordRulesTesting.member;
import static io.jingwei.impl.rules.record.RecordRulesTesting.only;
import static io.jingwei.impl.rules.record.RecordRulesTesting.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.impl.engine.CityDatasetInput;
import io.jingwei.impl.rules.record.RecordRulesTesting;
import io.jingwei.member.MembershipStatus;
import io.jingwei.member.PartyMember;
import io.jingwei.member.RecruitmentTimeline;
import io.jingwei.organization.Approval;
import io.jingwei.organization.LeadershipTeam;
import io.jingwei.organization.Officer;
import io.jingwei.organization.OrganizationType;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.organization.Post;
import io.jingwei.organization.Selection;
import io.jingwei.ref.MemberId;
import io.jingwei.validation.Severity;
import io.jingwei.validation.ValidationReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrganizationChecksTest {

  private static PartyMember converted(String id, String convertedOn) {
    return member(id).timeline(RecruitmentTimeline.builder().convertedOn(date(convertedOn)).build()).build();
  }

  private static PartyMember probationary(String id) {
    return member(id).status(MembershipStatus.PROBATIONARY).build();
  }

  private static Officer officer(String member, Post post) {
    return Officer.of(MemberId.of(member), post);
  }

  private static PartyOrganization.Builder branch(String id, LeadershipTeam.Builder team) {
    return PartyOrganization.builder().id(id).name("某某党支部").type(OrganizationType.BRANCH).leadership(team.build());
  }

  private static LeadershipTeam.Builder electedOn(String date) {
    return LeadershipTeam.builder().electedOn(date(date)).termYears(3);
  }

  // ---------------------------------------------------------------- organization.officer-not-full

  @Test
  @DisplayName("选举时尚未转正的当选班子成员，报在 /leadership/officers/{i}/member")
  void anOfficerNotFullAtTheElectionIsReportedAtItsIndex() {
    PartyOrganization o1 =
        branch(
                "o1",
                electedOn("2023-05-10")
                    .hasCommittee(true)
                    .officer(officer("m1", Post.SECRETARY))
                    .officer(officer("m2", Post.COMMITTEE_MEMBER))
                    .officer(officer("m3", Post.COMMITTEE_MEMBER)))
            .build();

    ValidationReport r =
        validate(dataset(o1, converted("m1", "2015-01-01"), converted("m2", "2023-05-11"), probationary("m3")));

    assertThat(issues(r, "organization.officer-not-full"))
        .containsExactly("organizations/o1 /leadership/officers/1/member", "organizations/o1 /leadership/officers/2/member");
    assertThat(r.issues("organization.officer-not-full").get(0).args())
        .containsEntry("member", "m2")
        .containsEntry("post", "COMMITTEE_MEMBER")
        .containsEntry("date", "2023-05-10");
  }

  @Test
  void theOfficersOwnSinceDateWinsOverTheElectionDate() {
    PartyOrganization o1 =
        branch("o1", electedOn("2020-05-10").officer(officer("m1", Post.DEPUTY_SECRETARY).withSince(date("2023-06"))))
            .build();

    assertThat(issues(validate(dataset(o1, converted("m1", "2022-01-01"))), "organization.officer-not-full")).isEmpty();
  }

  @Test
  void conversionOnTheElectionDayOrInTheSameMonthIsNotReported() {
    PartyOrganization o1 =
        branch("o1", electedOn("2023-05-10").officer(officer("m1", Post.SECRETARY)).officer(officer("m2", Post.COMMITTEE_MEMBER)))
            .build();

    ValidationReport r = validate(dataset(o1, converted("m1", "2023-05-10"), converted("m2", "2023-05")));

    assertThat(issues(r, "organization.officer-not-full")).isEmpty();
  }

  @Test
  void appointedTeamsAppointedOfficersGroupLeadersUnknownMembersAndUndatedTeamsAreSkipped() {
    PartyOrganization appointedTeam =
        branch("o1", electedOn("2023-05-10").selection(Selection.APPOINTED).officer(officer("m1", Post.SECRETARY)))
            .build();
    PartyOrganization appointedOfficer =
        branch(
                "o2",
                electedOn("2023-05-10")
                    .officer(new Officer(MemberId.of("m1"), Post.SECRETARY, null, null, Selection.APPOINTED)))
            .build();
    PartyOrganization group =
        PartyOrganization.builder()
            .id("g1")
            .name("党小组")
            .type(OrganizationType.PARTY_GROUP)
            .leadership(electedOn("2023-05-10").officer(officer("m1", Post.GROUP_LEADER)).build())
            .build();
    PartyOrganization unknown = branch("o3", electedOn("2023-05-10").officer(officer("nobody", Post.SECRETARY))).build();
    PartyOrganization undated =
        branch("o4", LeadershipTeam.builder().officer(officer("m1", Post.SECRETARY))).build();

    ValidationReport r = validate(dataset(appointedTeam, appointedOfficer, group, unknown, undated, probationary("m1")));

    assertThat(issues(r, "organization.officer-not-full")).isEmpty();
  }

  // ---------------------------------------------------------------- organization.secretary-standing

  @Test
  @DisplayName("书记任职时党龄不足一年为警告，满一年不报")
  void aSecretaryNeedsAYearOfPartyStanding() {
    ValidationReport r =
        validate(
            dataset(
                branch("o1", electedOn("2023-05-10").officer(officer("m1", Post.SECRETARY))).build(),
                branch("o2", electedOn("2023-05-10").officer(officer("m2", Post.SECRETARY))).build(),
                branch("o3", electedOn("2023-05-10").officer(officer("m3", Post.DEPUTY_SECRETARY))).build(),
                converted("m1", "2022-05-10"),
                converted("m2", "2022-05-11"),
                converted("m3", "2023-01-01")));

    assertThat(issues(r, "organization.secretary-standing")).containsExactly("organizations/o2 /leadership/officers/0/member");
    assertThat(only(r, "organization.secretary-standing").severity()).isEqualTo(Severity.WARNING);
    assertThat(only(r, "organization.secretary-standing").args()).containsEntry("minYears", 1L);
  }

  @Test
  void aProbationarySecretaryHasNoStandingEvenWhenAppointed() {
    PartyOrganization temporary =
        PartyOrganization.builder()
            .id("t1")
            .name("临时党支部")
            .type(OrganizationType.TEMPORARY_BRANCH)
            .leadership(
                LeadershipTeam.builder()
                    .selection(Selection.APPOINTED)
                    .officer(new Officer(MemberId.of("m1"), Post.SECRETARY, null, date("2024-05"), Selection.APPOINTED))
                    .build())
            .build();

    assertThat(issues(validate(dataset(temporary, probationary("m1"))), "organization.secretary-standing"))
        .containsExactly("organizations/t1 /leadership/officers/0/member");
  }

  @Test
  void anApprovalOnTheOrganizationSilencesTheSecretaryStandingWarning() {
    PartyOrganization approved =
        branch("o1", electedOn("2023-05-10").officer(officer("m1", Post.SECRETARY)))
            .approval(Approval.of("organization.secretary-standing", "某党委〔2023〕5号"))
            .build();
    PartyOrganization approvedForSomethingElse =
        branch("o2", electedOn("2023-05-10").officer(officer("m1", Post.SECRETARY)))
            .approval(Approval.of("branch.max-members", "某党委〔2023〕6号"))
            .build();

    ValidationReport r = validate(dataset(approved, approvedForSomethingElse, converted("m1", "2023-01-01")));

    assertThat(issues(r, "organization.secretary-standing")).containsExactly("organizations/o2 /leadership/officers/0/member");
    assertThat(r.summary().suppressedByApproval()).isEqualTo(1);
  }

  @Test
  void organizationsOfOtherTypesAreNotCheckedForSecretaryStanding() {
    PartyOrganization committee =
        PartyOrganization.builder()
            .id("c1")
            .name("社区党委")
            .type(OrganizationType.GRASSROOTS_COMMITTEE)
            .leadership(electedOn("2023-05-10").officer(officer("m1", Post.SECRETARY)).build())
            .build();

    assertThat(issues(validate(dataset(committee, converted("m1", "2023-01-01"))), "organization.secretary-standing"))
        .isEmpty();
  }

  // ---------------------------------------------------------------- organization.term-years / term-end

  @Test
  void termsOfThreeToFiveYearsAreAllowed() {
    ValidationReport r =
        validate(
            dataset(
                branch("o2", LeadershipTeam.builder().termYears(2)).build(),
                branch("o3", LeadershipTeam.builder().termYears(3)).build(),
                branch("o5", LeadershipTeam.builder().termYears(5)).build(),
                branch("o6", LeadershipTeam.builder().termYears(6)).build(),
                branch("ox", LeadershipTeam.builder()).build()));

    assertThat(issues(r, "organization.term-years"))
        .containsExactly("organizations/o2 /leadership/termYears", "organizations/o6 /leadership/termYears");
  }

  @Test
  void theRecordedTermEndMustBeTheElectionPlusTheTerm() {
    ValidationReport r =
        validate(
            dataset(
                branch("o1", electedOn("2021-05-10").termEndsOn(date("2024-05-10"))).build(),
                branch("o2", electedOn("2021-05-10").termEndsOn(date("2024-05"))).build(),
                branch("o3", electedOn("2021-05").termEndsOn(date("2024-05-31"))).build(),
                branch("o4", electedOn("2021-05-10").termEndsOn(date("2024-05-11"))).build(),
                branch("o5", electedOn("2020-02-29").termEndsOn(date("2023-03-01"))).build(),
                branch("o6", electedOn("2021-05-10").termEndsOn(date("2025-05"))).build()));

    assertThat(issues(r, "organization.term-end"))
        .containsExactly("organizations/o4 /leadership/termEndsOn", "organizations/o6 /leadership/termEndsOn");
    assertThat(r.issues("organization.term-end").get(0).args()).containsEntry("expected", "2024-05-10");
  }

  // ---------------------------------------------------------------- organization.dates

  @Test
  void impossibleOrganizationDatesAreReportedAtTheirFields() {
    LocalDate asOf = LocalDate.of(2024, 6, 30);
    PartyOrganization o1 =
        branch("o1", LeadershipTeam.builder().electedOn(date("2024-07-01")))
            .foundedOn(date("2010-05"))
            .dissolvedOn(date("2009"))
            .build();
    PartyOrganization o2 = branch("o2", LeadershipTeam.builder()).foundedOn(date("2025")).build();

    ValidationReport r = validate(dataset(o1, o2), asOf);

    assertThat(issues(r, "organization.dates"))
        .containsExactly(
            "organizations/o1 /dissolvedOn", "organizations/o1 /leadership/electedOn", "organizations/o2 /foundedOn");
    assertThat(r.issues("organization.dates").get(0).args())
        .containsEntry("earlier", "foundedOn")
        .containsEntry("later", "dissolvedOn");
  }

  @Test
  void datesThatMayBeInOrderAreNotReported() {
    PartyOrganization o1 =
        branch("o1", LeadershipTeam.builder().electedOn(date("2024-06")))
            .foundedOn(date("2010"))
            .dissolvedOn(date("2010-01"))
            .build();

    assertThat(issues(validate(dataset(o1), LocalDate.of(2024, 6, 1)), "organization.dates")).isEmpty();
  }

  // ---------------------------------------------------------------- written from the mutation testing run

  @Test
  @DisplayName("minYears 为 2：党龄不足两年才报告")
  void theSecretaryStandingFollowsMinYears() {
    ValidationReport r =
        validate(
            RecordRulesTesting.withParam("organization.secretary-standing", "minYears", BigDecimal.valueOf(2)),
            CityDatasetInput.of(
                dataset(
                    branch("o1", electedOn("2023-05-10").officer(officer("m1", Post.SECRETARY))).build(),
                    branch("o2", electedOn("2023-05-10").officer(officer("m2", Post.SECRETARY))).build(),
                    converted("m1", "2021-05-10"),
                    converted("m2", "2021-05-11"))),
            RecordRulesTesting.AS_OF);

    assertThat(issues(r, "organization.secretary-standing")).containsExactly("organizations/o2 /leadership/officers/0/member");
    assertThat(only(r, "organization.secretary-standing").args()).containsEntry("minYears", 2L);
  }

  @Test
  void aFullSecretaryWithoutAConversionDateAssertsNothing() {
    ValidationReport r =
        validate(dataset(branch("o1", electedOn("2023-05-10").officer(officer("m1", Post.SECRETARY))).build(), member("m1").build()));

    assertThat(issues(r, "organization.secretary-standing")).isEmpty();
  }

  @Test
  @DisplayName("缺少选举日期或任期年限时不判断届满日期")
  void theTermEndNeedsTheElectionDateAndTheTermYears() {
    ValidationReport r =
        validate(
            dataset(
                branch("o1", LeadershipTeam.builder().electedOn(date("2021-05-10")).termEndsOn(date("2030-01-01"))).build(),
                branch("o2", LeadershipTeam.builder().termYears(3).termEndsOn(date("2030-01-01"))).build(),
                branch("o3", electedOn("2021-05-10")).build()));

    assertThat(issues(r, "organization.term-end")).isEmpty();
  }

  @Test
  @DisplayName("选举日期只到月：期望的届满日期是一个区间")
  void aMonthElectionExpectsARangeOfTermEnds() {
    ValidationReport r = validate(dataset(branch("o1", electedOn("2021-05").termEndsOn(date("2025-01"))).build()));

    assertThat(only(r, "organization.term-end").args()).containsEntry("expected", "2024-05-01/2024-05-31");
  }

  @Test
  void organizationDatesMissingOneSideAreNotCompared() {
    PartyOrganization dissolvedOnly = branch("o1", LeadershipTeam.builder()).dissolvedOn(date("2009")).build();
    PartyOrganization foundedOnly = branch("o2", LeadershipTeam.builder()).foundedOn(date("2010")).build();

    assertThat(issues(validate(dataset(dissolvedOnly, foundedOnly)), "organization.dates")).isEmpty();
  }
}
