package io.jingwei.testkit.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.dataset.CityDataset;
import io.jingwei.id.ResidentIdNumber;
import io.jingwei.member.MembershipStatus;
import io.jingwei.member.Mobility;
import io.jingwei.member.PartyMember;
import io.jingwei.member.PartyStanding;
import io.jingwei.ref.MemberId;
import io.jingwei.ref.OrganizationId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What explains a member's departure, on hand-made months. */
class DeparturesTest {

  private static final OrganizationId BRANCH = OrganizationId.of("b1");
  private static final ResidentIdNumber ID = ResidentIdNumber.parse("11010519491231002X");

  private static PartyMember.Builder member(String id) {
    return PartyMember.builder().id(id).name("张三丰").status(MembershipStatus.FULL).organization(BRANCH);
  }

  private static List<Departure> departures(List<PartyMember> before, List<PartyMember> after) {
    return Departures.find(CityDataset.builder().addAll(before).build(), CityDataset.builder().addAll(after).build());
  }

  @Test
  @DisplayName("新数据中记录为转出、死亡等：有记录可查")
  void anExitInTheNewRecordExplainsIt() {
    List<Departure> d = departures(List.of(member("m1").build()),
        List.of(member("m1").standing(PartyStanding.DECEASED).build()));
    assertThat(d).singleElement().satisfies(x -> {
      assertThat(x.reason()).isEqualTo(DepartureReason.EXIT_RECORDED);
      assertThat(x.standing()).isEqualTo(PartyStanding.DECEASED);
      assertThat(x.isSilent()).isFalse();
      assertThat(x.maskedName()).isNotEqualTo("张三丰");
    });
  }

  @Test
  @DisplayName("旧数据中已记录出党，新数据删除记录：有记录可查")
  void anExitInTheOldRecordExplainsItsRemoval() {
    List<Departure> d = departures(List.of(member("m1").standing(PartyStanding.EXPELLED).build()), List.of());
    assertThat(d).extracting(Departure::reason).containsExactly(DepartureReason.EXIT_RECORDED_EARLIER);
    assertThat(d.get(0).standing()).isEqualTo(PartyStanding.EXPELLED);
  }

  @Test
  @DisplayName("同一身份证号换了新编号：不算丢失")
  void aNewRecordWithTheSameIdNumberExplainsIt() {
    List<Departure> d = departures(List.of(member("m1").idNumber(ID).build()),
        List.of(member("m9").idNumber(ID).build()));
    assertThat(d).singleElement().satisfies(x -> {
      assertThat(x.reason()).isEqualTo(DepartureReason.REIDENTIFIED);
      assertThat(x.newId()).isEqualTo(MemberId.of("m9"));
    });
  }

  @Test
  @DisplayName("流动党员消失且无转出记录：仍算悄悄丢失，标注曾为流动党员")
  void beingMobileDoesNotExplainADisappearance() {
    List<Departure> d = departures(
        List.of(member("m1").mobility(Mobility.mobileSince(null, "深圳", true)).build()), List.of());
    assertThat(d).singleElement().satisfies(x -> {
      assertThat(x.reason()).isEqualTo(DepartureReason.UNEXPLAINED);
      assertThat(x.wasMobile()).isTrue();
    });
  }

  @Test
  void aMemberStillActiveOrAlreadyGoneIsNoDeparture() {
    assertThat(departures(
        List.of(member("m1").build(), member("m2").standing(PartyStanding.TRANSFERRED_OUT).build()),
        List.of(member("m1").build(), member("m2").standing(PartyStanding.TRANSFERRED_OUT).build()))).isEmpty();
  }
}
