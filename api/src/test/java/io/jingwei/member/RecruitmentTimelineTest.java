package io.jingwei.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.person.PersonName;
import io.jingwei.ref.MemberId;
import io.jingwei.time.PartialDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecruitmentTimelineTest {

  @Test
  void emptyHasNothing() {
    RecruitmentTimeline t = RecruitmentTimeline.empty();
    assertThat(t.admittedOn()).isNull();
    assertThat(t.introducers()).isEmpty();
    assertThat(t.probationEnds()).isEmpty();
    assertThat(t.partyStandingStart()).isEmpty();
    assertThat(t.membershipStart()).isEmpty();
  }

  @Test
  void absentIntroducersBecomeEmptyAndAreCopied() {
    RecruitmentTimeline t =
        new RecruitmentTimeline(null, null, null, null, null, null, null, null, null, null, null, null, null);
    assertThat(t.introducers()).isEmpty();
    List<Introducer> source = new ArrayList<>(List.of(Introducer.of(MemberId.of("m1"))));
    RecruitmentTimeline u = t.toBuilder().introducers(source).build();
    source.add(Introducer.named(PersonName.of("赵六")));
    assertThat(u.introducers()).hasSize(1);
    assertThatThrownBy(() -> u.introducers().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  @DisplayName("预备期满：支部大会接收之日起一年")
  void probationEndsOneYearAfterAdmission() {
    RecruitmentTimeline t = RecruitmentTimeline.builder().admittedOn(PartialDate.parse("2020-07-01")).build();
    assertThat(t.probationEnds()).contains(PartialDate.parse("2021-07-01"));
    assertThat(t.membershipStart()).contains(PartialDate.parse("2020-07-01"));
  }

  @Test
  @DisplayName("延长预备期计入预备期满时间")
  void probationEndAddsTheExtension() {
    RecruitmentTimeline t = RecruitmentTimeline.builder()
        .admittedOn(PartialDate.parse("2020-07"))
        .extension(ProbationExtension.of(PartialDate.parse("2021-07"), 6))
        .build();
    assertThat(t.probationEnds()).contains(PartialDate.parse("2022-01"));
  }

  @Test
  void yearPrecisionAdmissionCannotTakeAHalfYearExtension() {
    RecruitmentTimeline t = RecruitmentTimeline.builder()
        .admittedOn(PartialDate.parse("2020"))
        .extension(ProbationExtension.of(PartialDate.parse("2021"), 6))
        .build();
    assertThat(t.probationEnds()).isEmpty();
    RecruitmentTimeline full = t.toBuilder().extension(ProbationExtension.of(PartialDate.parse("2021"), 12)).build();
    assertThat(full.probationEnds()).contains(PartialDate.parse("2022"));
  }

  @Test
  @DisplayName("党龄从转正之日起算")
  void partyStandingStartsAtConversion() {
    RecruitmentTimeline t = RecruitmentTimeline.builder()
        .admittedOn(PartialDate.parse("2020-07-01"))
        .convertedOn(PartialDate.parse("2021-07-01"))
        .build();
    assertThat(t.partyStandingStart()).contains(PartialDate.parse("2021-07-01"));
  }

  @Test
  void builderRoundTripsEveryPart() {
    RecruitmentTimeline t = RecruitmentTimeline.builder()
        .appliedOn(PartialDate.parse("2018-03"))
        .talkedOn(PartialDate.parse("2018-03-20"))
        .activistOn(PartialDate.parse("2018-06"))
        .candidateOn(PartialDate.parse("2019-07"))
        .politicalReviewOn(PartialDate.parse("2019-09"))
        .trainingCompletedOn(PartialDate.parse("2019-10"))
        .admittedOn(PartialDate.parse("2019-12-01"))
        .approvedOn(PartialDate.parse("2020-01-15"))
        .introducer(Introducer.of(MemberId.of("m1")))
        .introducer(Introducer.of(MemberId.of("m2")))
        .cancelledOn(null)
        .build();
    assertThat(t.toBuilder().build()).isEqualTo(t);
    assertThat(t.introducers()).hasSize(2);
  }

  @Test
  void extensionRequiresItsDecisionDate() {
    assertThatThrownBy(() -> new ProbationExtension(null, 6)).isInstanceOf(NullPointerException.class);
  }
}
