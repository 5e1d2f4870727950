package io.jingwei.impl.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.member.MembershipStatus;
import io.jingwei.member.PartyMember;
import io.jingwei.member.RecruitmentTimeline;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.ref.OrganizationId;
import io.jingwei.servicecenter.ServiceCenter;
import io.jingwei.time.PartialDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropertyPathTest {

  private static PartyMember.Builder member() {
    return PartyMember.builder().id("m1").name("张三").status(MembershipStatus.FULL).organization(OrganizationId.of("o1"));
  }

  @Test
  void readsATopLevelProperty() {
    PropertyPath status = PropertyPath.compile(PartyMember.class, "status");

    assertThat(status.get(member().build())).isEqualTo(MembershipStatus.FULL);
    assertThat(status.leafType()).isEqualTo(MembershipStatus.class);
  }

  @Test
  void readsADateOfTheTimeline() {
    PropertyPath admitted = PropertyPath.compile(PartyMember.class, "timeline/admittedOn");
    PartyMember m =
        member().timeline(RecruitmentTimeline.builder().admittedOn(PartialDate.of(2010, 7)).build()).build();

    assertThat(admitted.get(m)).isEqualTo(PartialDate.of(2010, 7));
    assertThat(admitted.isPresentIn(m)).isTrue();
    assertThat(admitted.isPresentIn(member().build())).isFalse();
  }

  @Test
  void anAbsentRecordOnTheWayGivesNull() {
    PropertyPath elected = PropertyPath.compile(PartyOrganization.class, "leadership/electedOn");
    PartyOrganization o = PartyOrganization.builder().id("o1").name("支部").type(io.jingwei.organization.OrganizationType.BRANCH).build();

    assertThat(elected.get(o)).isNull();
  }

  @Test
  void anEmptyListOrBlankTextIsAbsent() {
    assertThat(PropertyPath.isPresent(List.of())).isFalse();
    assertThat(PropertyPath.isPresent(" ")).isFalse();
    assertThat(PropertyPath.isPresent(false)).isTrue();
    assertThat(PropertyPath.isPresent(0)).isTrue();
    assertThat(PropertyPath.isPresent(null)).isFalse();
  }

  @Test
  void knowsTheElementTypeOfAList() {
    PropertyPath signs = PropertyPath.compile(ServiceCenter.class, "signs");

    assertThat(signs.isCollection()).isTrue();
    assertThat(signs.elementType()).isEqualTo(io.jingwei.servicecenter.Sign.class);
    assertThat(PropertyPath.compile(ServiceCenter.class, "rooms").elementType())
        .isEqualTo(io.jingwei.servicecenter.Room.class);
    assertThat(PropertyPath.compile(ServiceCenter.class, "level").isCollection()).isFalse();
  }

  @Test
  void rejectsAnUnknownProperty() {
    assertThatThrownBy(() -> PropertyPath.compile(PartyMember.class, "nickname"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nickname")
        .hasMessageContaining("idNumber");
  }

  @Test
  void rejectsAPathIntoAValueThatIsNotARecord() {
    assertThatThrownBy(() -> PropertyPath.compile(PartyMember.class, "status/name"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PropertyPath.compile(PartyMember.class, "approvals/rule"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsTextThatIsNotAPath() {
    assertThatThrownBy(() -> PropertyPath.compile(PartyMember.class, "timeline.admittedOn"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
