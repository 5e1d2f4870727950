package io.jingwei.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PartyMemberTest {

  private static final String ID_NUMBER = "11010519491231002X";
  private static final String PHONE = "13812345678";

  static PartyMember sample() {
    return PartyMember.builder()
        .id("m-0001")
        .name("张三丰")
        .sex(Sex.MALE)
        .birthDate(PartialDate.parse("1949-12-31"))
        .ethnicity(Ethnicity.ZHUANG)
        .idNumber(ResidentIdNumber.parse(ID_NUMBER))
        .phone(MobileNumber.parse(PHONE))
        .nativePlace("广西南宁")
        .address("青秀区某某路 8 号")
        .education(EducationLevel.BACHELOR)
        .occupation(Occupation.RETIRED)
        .workUnit("某某公司")
        .jobTitle("工程师")
        .status(MembershipStatus.FULL)
        .organization(OrganizationId.of("o-1"))
        .partyGroup(OrganizationId.of("o-1-g1"))
        .transferredInOn(PartialDate.parse("2010-06"))
        .recordsKeeper("青秀区人才服务中心")
        .timeline(RecruitmentTimeline.builder()
            .appliedOn(PartialDate.parse("1970"))
            .admittedOn(PartialDate.parse("1972-07-01"))
            .convertedOn(PartialDate.parse("1973-07-01"))
            .build())
        .residenceCommunity(DivisionId.of("450103001001"))
        .reportedToCommunityOn(PartialDate.parse("2021-03"))
        .mobility(Mobility.notMobile())
        .lastDuesPaidOn(PartialDate.parse("2021-12"))
        .build();
  }

  @Test
  @DisplayName("toString 只含 id 与掩码姓名")
  void toStringShowsOnlyIdAndMaskedName() {
    String text = sample().toString();
    assertThat(text).contains("m-0001").contains("张**")
        .doesNotContain("张三丰")
        .doesNotContain(ID_NUMBER)
        .doesNotContain("19491231")
        .doesNotContain(PHONE)
        .doesNotContain("1234")
        .doesNotContain("某某路");
  }

  @Test
  void absentStandingTimelineAndApprovalsGetDefaults() {
    PartyMember m = new PartyMember(MemberId.of("m"), PersonName.of("李四"), null, null, null, null, null, null, null,
        null, null, null, null, MembershipStatus.PROBATIONARY, null, false, false, OrganizationId.of("o"), null, null,
        null, null, null, null, null, null, null, null);
    assertThat(m.standing()).isEqualTo(PartyStanding.NORMAL);
    assertThat(m.timeline()).isEqualTo(RecruitmentTimeline.empty());
    assertThat(m.approvals()).isEmpty();
  }

  @Test
  void requiresIdNameStatusAndOrganization() {
    assertThatThrownBy(() -> PartyMember.builder().id("m").name("李四").organization(OrganizationId.of("o")).build())
        .isInstanceOf(NullPointerException.class).hasMessage("status");
    assertThatThrownBy(() -> PartyMember.builder().id("m").name("李四").status(MembershipStatus.FULL).build())
        .isInstanceOf(NullPointerException.class).hasMessage("organization");
    assertThatThrownBy(() -> PartyMember.builder().id("m").status(MembershipStatus.FULL)
        .organization(OrganizationId.of("o")).build())
        .isInstanceOf(NullPointerException.class).hasMessage("name");
  }

  @Test
  void approvalsAreCopiedAndImmutable() {
    List<Approval> approvals = new ArrayList<>(List.of(Approval.of("member.x", "文号")));
    PartyMember m = sample().toBuilder().approvals(approvals).build();
    approvals.clear();
    assertThat(m.approvals()).hasSize(1);
    assertThatThrownBy(() -> m.approvals().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(m.hasApprovalFor("member.x")).isTrue();
    assertThat(m.hasApprovalFor("member.y")).isFalse();
  }

  @Test
  void toBuilderCopiesEveryPart() {
    PartyMember m = sample();
    assertThat(m.toBuilder().build()).isEqualTo(m);
  }

  @Test
  void withersChangeOnlyTheirPart() {
    PartyMember m = sample();
    PartyMember moved = m.withOrganization(OrganizationId.of("o-2"));
    assertThat(moved.organization()).isEqualTo(OrganizationId.of("o-2"));
    assertThat(moved.partyGroup()).isNull();
    assertThat(moved.name()).isEqualTo(m.name());
    assertThat(m.withStatus(MembershipStatus.PROBATIONARY).status()).isEqualTo(MembershipStatus.PROBATIONARY);
    assertThat(m.withStanding(PartyStanding.DECEASED).standing()).isEqualTo(PartyStanding.DECEASED);
    assertThat(m.withTimeline(RecruitmentTimeline.empty()).timeline()).isEqualTo(RecruitmentTimeline.empty());
  }

  @Test
  void ofSetsRequiredParts() {
    PartyMember m = PartyMember.of(MemberId.of("m"), PersonName.of("李四"), MembershipStatus.FULL,
        OrganizationId.of("o"));
    assertThat(m.standing()).isEqualTo(PartyStanding.NORMAL);
    assertThat(m.onPartyProbation()).isFalse();
    assertThat(m.mobility()).isNull();
  }

  @Test
  @DisplayName("只有党籍正常的党员计入总数")
  void onlyNormalStandingIsActive() {
    for (PartyStanding s : PartyStanding.values()) {
      assertThat(s.isActive()).isEqualTo(s == PartyStanding.NORMAL);
      assertThat(s.chineseName()).isNotBlank();
    }
  }

  @Test
  void occupationsCarryBulletinOrderCodes() {
    assertThat(Occupation.values()).hasSize(8);
    assertThat(Occupation.WORKER.code()).isEqualTo("01");
    assertThat(Occupation.RETIRED.code()).isEqualTo("08");
    assertThat(Occupation.fromCode("05")).contains(Occupation.PARTY_GOVERNMENT_STAFF);
    assertThat(Occupation.fromCode("09")).isEmpty();
    assertThat(Occupation.PROFESSIONAL.chineseName()).isEqualTo("企事业单位、社会组织专业技术人员");
  }

  @Test
  void mobilityToStringMasksTheActivityCard() {
    Mobility m = new Mobility(true, PartialDate.parse("2021-01"), "广东深圳", true, "LD2021000123");
    assertThat(m.toString()).doesNotContain("LD2021000123").contains("广东深圳");
    assertThat(Mobility.mobileSince(PartialDate.of(2021), null, false).mobile()).isTrue();
    assertThat(Mobility.notMobile().mobile()).isFalse();
  }

  @Test
  void introducerToStringIsMasked() {
    Introducer i = Introducer.named(PersonName.of("王五六"));
    assertThat(i.toString()).doesNotContain("王五六").contains("王**");
    assertThat(Introducer.of(MemberId.of("m-9")).member()).isEqualTo(MemberId.of("m-9"));
  }
}
