package io.jingwei.impl.rules.member;

import static io.jingwei.impl.rules.record.RecordRulesTesting.dataset;
import static io.jingwei.impl.rules.record.RecordRulesTesting.date;
import static io.jingwei.impl.rules.record.RecordRulesTesting.issues;
import static io.jingwei.impl.rules.record.RecordRulesTesting.member;
import static io.jingwei.impl.rules.record.RecordRulesTesting.only;
import static io.jingwei.impl.rules.record.RecordRulesTesting.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.dataset.CityDataset;
import io.jingwei.id.ResidentIdNumber;
import io.jingwei.impl.engine.CityDatasetInput;
import io.jingwei.impl.engine.SimpleValidationInput;
import io.jingwei.impl.rules.record.RecordRulesTesting;
import io.jingwei.member.Introducer;
import io.jingwei.member.MembershipStatus;
import io.jingwei.member.PartyMember;
import io.jingwei.member.ProbationExtension;
import io.jingwei.member.RecruitmentTimeline;
import io.jingwei.organization.Approval;
import io.jingwei.person.PersonName;
import io.jingwei.ref.MemberId;
import io.jingwei.validation.ValidationReport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MemberTimelineChecksTest {

  private static RecruitmentTimeline.Builder timeline() {
    return RecruitmentTimeline.builder();
  }

  private static PartyMember withTimeline(String id, RecruitmentTimeline.Builder t) {
    return member(id).timeline(t.build()).build();
  }

  // ---------------------------------------------------------------- member.applied-under-age

  @Test
  @DisplayName("18周岁生日当天申请不报，前一天申请报在 /timeline/appliedOn")
  void appliedOnThe18thBirthdayIsOfAgeTheDayBeforeIsNot() {
    ValidationReport r =
        validate(
            dataset(
                member("m1").birthDate(date("2000-05-01")).timeline(timeline().appliedOn(date("2018-05-01")).build())
                    .build(),
                member("m2").birthDate(date("2000-05-01")).timeline(timeline().appliedOn(date("2018-04-30")).build())
                    .build()));

    assertThat(issues(r, "member.applied-under-age")).containsExactly("members/m2 /timeline/appliedOn");
    assertThat(only(r, "member.applied-under-age").args()).containsEntry("minAge", 18L);
  }

  @Test
  void anApplicationMonthThatMayReachTheBirthdayIsNotReported() {
    ValidationReport r =
        validate(
            dataset(
                member("m1").birthDate(date("2000-05-20")).timeline(timeline().appliedOn(date("2018-05")).build())
                    .build(),
                member("m2").birthDate(date("2000")).timeline(timeline().appliedOn(date("2018-06")).build()).build()));

    assertThat(issues(r, "member.applied-under-age")).isEmpty();
  }

  @Test
  void withoutABirthDateTheIdNumbersBirthDateCounts() {
    PartyMember m =
        member("m1")
            .idNumber(ResidentIdNumber.parse("11010519491231002X"))
            .timeline(timeline().appliedOn(date("1967-12-30")).build())
            .build();

    assertThat(issues(validate(dataset(m)), "member.applied-under-age")).containsExactly("members/m1 /timeline/appliedOn");
  }

  @Test
  void theMinimumAgeIsAParameter() {
    PartyMember m =
        member("m1").birthDate(date("2000-05-01")).timeline(timeline().appliedOn(date("2019-05-01")).build()).build();

    ValidationReport r =
        validate(
            RecordRulesTesting.withParam("member.applied-under-age", "minAge", 20),
            CityDatasetInput.of(dataset(m)),
            RecordRulesTesting.AS_OF);

    assertThat(issues(r, "member.applied-under-age")).containsExactly("members/m1 /timeline/appliedOn");
  }

  // ---------------------------------------------------------------- member.timeline-order

  @Test
  @DisplayName("顺序颠倒的相邻阶段只报一次，报在较晚的阶段")
  void reportsEachOutOfOrderAdjacentPairOnceAtTheLaterStage() {
    PartyMember m =
        withTimeline(
            "m1",
            timeline()
                .appliedOn(date("2018-03-01"))
                .activistOn(date("2018-01-10"))
                .candidateOn(date("2019-04-01"))
                .admittedOn(date("2019-03-01"))
                .approvedOn(date("2019-05-01")));

    ValidationReport r = validate(dataset(m));

    assertThat(issues(r, "member.timeline-order"))
        .containsExactly("members/m1 /timeline/activistOn", "members/m1 /timeline/admittedOn");
    assertThat(r.issues("member.timeline-order").get(0).args())
        .containsEntry("field", "activistOn")
        .containsEntry("previous", "appliedOn")
        .containsEntry("date", "2018-01-10")
        .containsEntry("previousDate", "2018-03-01");
  }

  @Test
  void absentStagesAreSkippedAndTheNearestEarlierStageIsCompared() {
    PartyMember m =
        withTimeline("m1", timeline().appliedOn(date("2018-03-01")).candidateOn(date("2018-02-01")));

    assertThat(issues(validate(dataset(m)), "member.timeline-order"))
        .containsExactly("members/m1 /timeline/candidateOn");
  }

  @Test
  void equalDatesAndOverlappingPrecisionsAreNotOutOfOrder() {
    PartyMember m =
        withTimeline(
            "m1",
            timeline()
                .appliedOn(date("2018"))
                .activistOn(date("2018-01-01"))
                .candidateOn(date("2018-01-01"))
                .admittedOn(date("2018-01"))
                .approvedOn(date("2018-01-15")));

    assertThat(issues(validate(dataset(m)), "member.timeline-order")).isEmpty();
  }

  @Test
  void conversionMustBeStrictlyAfterAdmission() {
    ValidationReport r =
        validate(
            dataset(
                withTimeline("m1", timeline().admittedOn(date("2020-05-10")).convertedOn(date("2020-05-10"))),
                withTimeline("m2", timeline().admittedOn(date("2020-05-10")).convertedOn(date("2020-05"))),
                withTimeline("m3", timeline().admittedOn(date("2020-05")).convertedOn(date("2020-05-02"))),
                withTimeline("m4", timeline().admittedOn(date("2020-05")).convertedOn(date("2020-05-01")))));

    assertThat(issues(r, "member.timeline-order"))
        .containsExactly("members/m1 /timeline/convertedOn", "members/m4 /timeline/convertedOn");
  }

  @Test
  void withoutAnAdmissionConversionIsComparedWithTheLatestEarlierStageButNotWithTheApproval() {
    ValidationReport r =
        validate(
            dataset(
                withTimeline("m1", timeline().candidateOn(date("2020-05-10")).convertedOn(date("2020-05-09"))),
                withTimeline(
                    "m2",
                    timeline()
                        .admittedOn(date("2020-05-10"))
                        .approvedOn(date("2021-08-01"))
                        .convertedOn(date("2021-05-10")))));

    assertThat(issues(r, "member.timeline-order")).containsExactly("members/m1 /timeline/convertedOn");
  }

  // ---------------------------------------------------------------- member.talk-late

  @Test
  void aTalkOnTheThirtiethDayIsInTimeTheThirtyFirstIsLate() {
    ValidationReport r =
        validate(
            dataset(
                withTimeline("m1", timeline().appliedOn(date("2020-03-01")).talkedOn(date("2020-03-31"))),
                withTimeline("m2", timeline().appliedOn(date("2020-03-01")).talkedOn(date("2020-04-01"))),
                withTimeline("m3", timeline().appliedOn(date("2020-03")).talkedOn(date("2020-04-30")))));

    assertThat(issues(r, "member.talk-late")).containsExactly("members/m2 /timeline/talkedOn");
  }

  // ---------------------------------------------------------------- member.activist-period

  @Test
  @DisplayName("积极分子满一年当天可确定为发展对象，差一天报错")
  void aCandidateExactlyAYearAfterIsFineADayEarlierIsNot() {
    ValidationReport r =
        validate(
            dataset(
                withTimeline("m1", timeline().activistOn(date("2020-06-01")).candidateOn(date("2021-06-01"))),
                withTimeline("m2", timeline().activistOn(date("2020-06-01")).candidateOn(date("2021-05-31"))),
                withTimeline("m3", timeline().activistOn(date("2020-06")).candidateOn(date("2021-06")))));

    assertThat(issues(r, "member.activist-period")).containsExactly("members/m2 /timeline/candidateOn");
  }

  // ---------------------------------------------------------------- member.introducers

  @Test
  void listedIntroducersMustBeExactlyTwo() {
    Introducer a = Introducer.named(PersonName.of("李四"));
    Introducer b = Introducer.named(PersonName.of("王五"));
    ValidationReport r =
        validate(
            dataset(
                withTimeline("m0", timeline()),
                withTimeline("m1", timeline().introducer(a)),
                withTimeline("m2", timeline().introducer(a).introducer(b)),
                withTimeline("m3", timeline().introducer(a).introducer(b).introducer(a))));

    assertThat(issues(r, "member.introducers"))
        .containsExactly("members/m1 /timeline/introducers", "members/m3 /timeline/introducers");
  }

  // ---------------------------------------------------------------- member.introducer-not-full

  private static CityDataset introducerCity(PartyMember introducer) {
    PartyMember applicant =
        member("m1")
            .status(MembershipStatus.PROBATIONARY)
            .timeline(
                timeline()
                    .admittedOn(date("2024-03-01"))
                    .introducer(Introducer.of(MemberId.of("m9")))
                    .introducer(Introducer.of(introducer.id()))
                    .build())
            .build();
    PartyMember veteran = member("m9").timeline(timeline().convertedOn(date("2010-01-01")).build()).build();
    return dataset(applicant, veteran, introducer);
  }

  @Test
  @DisplayName("介绍人在支部大会之后才转正，报在该介绍人的下标")
  void anIntroducerConvertedAfterTheAdmissionIsReportedAtItsIndex() {
    PartyMember late = member("m2").timeline(timeline().convertedOn(date("2024-03-02")).build()).build();

    ValidationReport r = validate(introducerCity(late));

    assertThat(issues(r, "member.introducer-not-full")).containsExactly("members/m1 /timeline/introducers/1");
    assertThat(only(r, "member.introducer-not-full").args()).containsEntry("introducer", "m2");
  }

  @Test
  void anIntroducerConvertedOnTheDayOfTheAdmissionWasFull() {
    PartyMember sameDay = member("m2").timeline(timeline().convertedOn(date("2024-03-01")).build()).build();
    PartyMember sameMonth = member("m2").timeline(timeline().convertedOn(date("2024-03")).build()).build();

    assertThat(issues(validate(introducerCity(sameDay)), "member.introducer-not-full")).isEmpty();
    assertThat(issues(validate(introducerCity(sameMonth)), "member.introducer-not-full")).isEmpty();
  }

  @Test
  void aProbationaryIntroducerIsNotFull() {
    PartyMember probationary = member("m2").status(MembershipStatus.PROBATIONARY).build();

    assertThat(issues(validate(introducerCity(probationary)), "member.introducer-not-full"))
        .containsExactly("members/m1 /timeline/introducers/1");
  }

  @Test
  void aFullIntroducerWithoutDatesAndAnUnknownIntroducerAreSkipped() {
    PartyMember undated = member("m2").build();
    PartyMember applicant =
        member("m1")
            .timeline(
                timeline()
                    .admittedOn(date("2024-03-01"))
                    .introducer(Introducer.of(MemberId.of("nobody")))
                    .introducer(Introducer.named(PersonName.of("李四")))
                    .build())
            .build();

    assertThat(issues(validate(introducerCity(undated)), "member.introducer-not-full")).isEmpty();
    assertThat(issues(validate(dataset(applicant)), "member.introducer-not-full")).isEmpty();
  }

  @Test
  void introducersAreLookedUpEvenWhenTheInputHasNoTypedDataset() {
    CityDataset city =
        introducerCity(member("m2").timeline(timeline().convertedOn(date("2025-01-01")).build()).build());
    SimpleValidationInput.Builder input = SimpleValidationInput.builder();
    for (PartyMember m : city.members()) {
      input.record(m.ref(), m);
    }

    ValidationReport r =
        validate(RecordRulesTesting.standard(), input.build(), RecordRulesTesting.AS_OF);

    assertThat(issues(r, "member.introducer-not-full")).containsExactly("members/m1 /timeline/introducers/1");
  }

  // ---------------------------------------------------------------- member.approval-late / approval-over-limit

  @Test
  @DisplayName("审批恰满三个月不报，超过三个月警告，超过六个月报错")
  void approvalDeadlinesOfThreeAndSixMonths() {
    ValidationReport r =
        validate(
            dataset(
                withTimeline("m1", timeline().admittedOn(date("2024-01-10")).approvedOn(date("2024-04-10"))),
                withTimeline("m2", timeline().admittedOn(date("2024-01-10")).approvedOn(date("2024-04-11"))),
                withTimeline("m3", timeline().admittedOn(date("2023-10-10")).approvedOn(date("2024-04-10"))),
                withTimeline("m4", timeline().admittedOn(date("2023-10-10")).approvedOn(date("2024-04-11")))));

    assertThat(issues(r, "member.approval-late"))
        .containsExactly("members/m2 /timeline/approvedOn", "members/m3 /timeline/approvedOn",
            "members/m4 /timeline/approvedOn");
    assertThat(issues(r, "member.approval-over-limit")).containsExactly("members/m4 /timeline/approvedOn");
    assertThat(r.issues("member.approval-over-limit").get(0).args()).containsEntry("months", 6L);
  }

  @Test
  void anApprovalMonthThatMayBeInTimeIsNotReported() {
    PartyMember m = withTimeline("m1", timeline().admittedOn(date("2024-01-10")).approvedOn(date("2024-04")));

    assertThat(issues(validate(dataset(m)), "member.approval-late")).isEmpty();
  }

  // ---------------------------------------------------------------- member.conversion-date

  @Test
  void conversionExactlyAYearAfterAdmissionIsRightADayLaterIsNot() {
    ValidationReport r =
        validate(
            dataset(
                withTimeline("m1", timeline().admittedOn(date("2021-06-01")).convertedOn(date("2022-06-01"))),
                withTimeline("m2", timeline().admittedOn(date("2021-06-01")).convertedOn(date("2022-06-02"))),
                withTimeline("m3", timeline().admittedOn(date("2021-06-01")).convertedOn(date("2022-05-31")))));

    assertThat(issues(r, "member.conversion-date"))
        .containsExactly("members/m2 /timeline/convertedOn", "members/m3 /timeline/convertedOn");
    assertThat(r.issues("member.conversion-date").get(0).args())
        .containsEntry("expected", "2022-06-01")
        .containsEntry("months", 12L);
  }

  @Test
  void anExtensionMovesTheConversion() {
    ProbationExtension sixMonths = ProbationExtension.of(date("2022-06-01"), 6);
    ValidationReport r =
        validate(
            dataset(
                withTimeline(
                    "m1",
                    timeline().admittedOn(date("2021-06-01")).extension(sixMonths).convertedOn(date("2022-12-01"))),
                withTimeline(
                    "m2",
                    timeline().admittedOn(date("2021-06-01")).extension(sixMonths).convertedOn(date("2022-06-01")))));

    assertThat(issues(r, "member.conversion-date")).containsExactly("members/m2 /timeline/convertedOn");
  }

  @Test
  void admissionOnTheTwentyNinthOfFebruaryMayConvertOnTheTwentyEighthOrTheFirstOfMarch() {
    ValidationReport r =
        validate(
            dataset(
                withTimeline("m1", timeline().admittedOn(date("2020-02-29")).convertedOn(date("2021-02-28"))),
                withTimeline("m2", timeline().admittedOn(date("2020-02-29")).convertedOn(date("2021-03-01"))),
                withTimeline("m3", timeline().admittedOn(date("2020-02-29")).convertedOn(date("2021-03-02")))));

    assertThat(issues(r, "member.conversion-date")).containsExactly("members/m3 /timeline/convertedOn");
  }

  @Test
  void partialDatesAreComparedAsRanges() {
    ValidationReport r =
        validate(
            dataset(
                withTimeline("m1", timeline().admittedOn(date("2021-06")).convertedOn(date("2022-06-17"))),
                withTimeline("m2", timeline().admittedOn(date("2021")).convertedOn(date("2022-12"))),
                withTimeline("m3", timeline().admittedOn(date("2021-06")).convertedOn(date("2022-07-01")))));

    assertThat(issues(r, "member.conversion-date")).containsExactly("members/m3 /timeline/convertedOn");
    assertThat(only(r, "member.conversion-date").args()).containsEntry("expected", "2022-06-01/2022-06-30");
  }

  @Test
  void aToleranceInDaysIsAParameter() {
    PartyMember m = withTimeline("m1", timeline().admittedOn(date("2021-06-01")).convertedOn(date("2022-06-08")));

    ValidationReport strict = validate(dataset(m));
    ValidationReport tolerant =
        validate(
            RecordRulesTesting.withParam("member.conversion-date", "toleranceDays", 7),
            CityDatasetInput.of(dataset(m)),
            RecordRulesTesting.AS_OF);

    assertThat(issues(strict, "member.conversion-date")).hasSize(1);
    assertThat(issues(tolerant, "member.conversion-date")).isEmpty();
  }

  // ---------------------------------------------------------------- member.extension-range

  @Test
  void anExtensionOfSixToTwelveMonthsIsAllowed() {
    ValidationReport r =
        validate(
            dataset(
                withTimeline("m5", timeline().extension(ProbationExtension.of(date("2024-01"), 5))),
                withTimeline("m6", timeline().extension(ProbationExtension.of(date("2024-01"), 6))),
                withTimeline("m7", timeline().extension(ProbationExtension.of(date("2024-01"), 12))),
                withTimeline("m8", timeline().extension(ProbationExtension.of(date("2024-01"), 13)))));

    assertThat(issues(r, "member.extension-range"))
        .containsExactly("members/m5 /timeline/extension/months", "members/m8 /timeline/extension/months");
  }

  @Test
  void approvalsOnTheMemberSilenceAMemberRuleMadeApprovable() {
    PartyMember m =
        member("m1")
            .timeline(timeline().appliedOn(date("2020-03-01")).talkedOn(date("2020-05-01")).build())
            .approval(Approval.of("member.talk-late", "某党委〔2020〕1号"))
            .build();
    var standard =
        RecordRulesTesting.standard()
            .withRule(RecordRulesTesting.standard().rule("member.talk-late").orElseThrow().toBuilder()
                .approvable(true).build());

    ValidationReport notApprovable = validate(dataset(m));
    ValidationReport approvable =
        validate(standard, CityDatasetInput.of(dataset(m)), RecordRulesTesting.AS_OF);

    assertThat(issues(notApprovable, "member.talk-late")).hasSize(1);
    assertThat(issues(approvable, "member.talk-late")).isEmpty();
    assertThat(approvable.summary().suppressedByApproval()).isEqualTo(1);
  }
}
