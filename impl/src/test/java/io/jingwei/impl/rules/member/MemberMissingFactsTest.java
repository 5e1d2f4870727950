package io.jingwei.impl.rules.member;

import static io.jingwei.impl.rules.record.RecordRulesTesting.dataset;
import static io.jingwei.impl.rules.record.RecordRulesTesting.date;
import static io.jingwei.impl.rules.record.RecordRulesTesting.issues;
import static io.jingwei.impl.rules.record.RecordRulesTesting.member;
import static io.jingwei.impl.rules.record.RecordRulesTesting.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.member.Introducer;
import io.jingwei.member.MembershipStatus;
import io.jingwei.member.Mobility;
import io.jingwei.member.PartyMember;
import io.jingwei.member.RecruitmentTimeline;
import io.jingwei.organization.OrganizationType;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.ref.MemberId;
import io.jingwei.ref.OrganizationId;
import io.jingwei.validation.ValidationReport;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Member rules on records that lack one of the facts a rule compares: the rule asserts nothing (and does not trip
 * over the gap). Written from the mutation testing run (docs/mutation-testing.md).
 */
class MemberMissingFactsTest {

  private static PartyMember withTimeline(String id, UnaryOperator<RecruitmentTimeline.Builder> t) {
    return member(id).timeline(t.apply(RecruitmentTimeline.builder()).build()).build();
  }

  static Stream<Arguments> loneDates() {
    // each member carries one date of the pair a rule compares, far from anything that could satisfy it
    return Stream.of(
        Arguments.of("member.activist-period", withTimeline("m1", t -> t.candidateOn(date("2024-01-01")))),
        Arguments.of("member.activist-period", withTimeline("m1", t -> t.activistOn(date("2024-01-01")))),
        Arguments.of("member.talk-late", withTimeline("m1", t -> t.talkedOn(date("2024-01-01")))),
        Arguments.of("member.talk-late", withTimeline("m1", t -> t.appliedOn(date("2020-01-01")))),
        Arguments.of("member.approval-late", withTimeline("m1", t -> t.approvedOn(date("2024-01-01")))),
        Arguments.of("member.approval-over-limit", withTimeline("m1", t -> t.approvedOn(date("2024-01-01")))),
        Arguments.of("member.approval-late", withTimeline("m1", t -> t.admittedOn(date("2020-01-01")))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("loneDates")
  @DisplayName("只有一对日期中的一个：不判断")
  void aRuleComparingTwoDatesSkipsARecordWithOne(String rule, PartyMember m) {
    ValidationReport r = validate(dataset(m));

    assertThat(issues(r, rule)).isEmpty();
  }

  @Test
  @DisplayName("非流动党员、外出时间不详：不要求转移组织关系")
  void transferIsRequiredOnlyOfMobileMembersAwaySinceAKnownDate() {
    PartyMember notMobile = member("m1").mobility(new Mobility(false, date("2020-01"), "深圳", true, null)).build();
    PartyMember undated = member("m2").mobility(new Mobility(true, null, "深圳", true, null)).build();
    PartyMember away = member("m3").mobility(new Mobility(true, date("2020-01"), "深圳", true, null)).build();

    assertThat(issues(validate(dataset(notMobile, undated, away)), "member.transfer-required"))
        .containsExactly("members/m3 /mobility/awaySince");
  }

  @Test
  @DisplayName("没有接收日期：不判断介绍人是否为正式党员")
  void introducersOfAMemberWithoutAdmissionDateAreNotJudged() {
    PartyMember applicant =
        withTimeline("m1", t -> t.introducer(Introducer.of(MemberId.of("m2"))).appliedOn(date("2023-01-01")));
    PartyMember probationary = member("m2").status(MembershipStatus.PROBATIONARY).build();

    assertThat(issues(validate(dataset(applicant, probationary)), "member.introducer-not-full")).isEmpty();
  }

  @Test
  @DisplayName("介绍人没有转正日期时按其入党日期判断")
  void anIntroducerWithoutConversionDateIsJudgedByItsAdmission() {
    PartyMember applicant =
        withTimeline(
            "m1",
            t -> t.admittedOn(date("2024-03-01"))
                .introducer(Introducer.of(MemberId.of("m2")))
                .introducer(Introducer.of(MemberId.of("m3"))));
    PartyMember admittedLater = withTimeline("m2", t -> t.admittedOn(date("2024-03-02")));
    PartyMember admittedEarlier = withTimeline("m3", t -> t.admittedOn(date("2020-01-01")));

    assertThat(issues(validate(dataset(applicant, admittedLater, admittedEarlier)), "member.introducer-not-full"))
        .containsExactly("members/m1 /timeline/introducers/0");
  }

  @Test
  @DisplayName("党小组字段指向本支部下属的支部（而非党小组）：类别不符")
  void aPartyGroupOfTheWrongTypeUnderTheMembersBranchIsReported() {
    PartyOrganization branch = PartyOrganization.of(OrganizationId.of("o1"), "支部", OrganizationType.BRANCH, null);
    PartyOrganization child =
        PartyOrganization.of(OrganizationId.of("b2"), "支部", OrganizationType.BRANCH, OrganizationId.of("o1"));
    PartyMember m = member("m1").partyGroup(OrganizationId.of("b2")).build();

    assertThat(issues(validate(dataset(branch, child, m)), "member.party-group-branch"))
        .containsExactly("members/m1 /partyGroup");
  }

  @Test
  @DisplayName("审批日期早于支部大会接收日期：顺序错误，报在 approvedOn")
  void anApprovalBeforeTheAdmissionIsOutOfOrder() {
    PartyMember m = withTimeline("m1", t -> t.admittedOn(date("2024-03-01")).approvedOn(date("2024-02-01")));

    assertThat(issues(validate(dataset(m)), "member.timeline-order")).containsExactly("members/m1 /timeline/approvedOn");
  }

  @Test
  @DisplayName("没有接收日期时，转正与确定为发展对象同日不算顺序错误")
  void withoutAdmissionAConversionOnTheCandidateDayIsNotCertainlyOutOfOrder() {
    PartyMember m = withTimeline("m1", t -> t.candidateOn(date("2023-01-01")).convertedOn(date("2023-01-01")));

    assertThat(issues(validate(dataset(m)), "member.timeline-order")).isEmpty();
  }
}
