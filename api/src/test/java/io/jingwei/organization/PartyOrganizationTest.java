package io.jingwei.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.id.CreditCode;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.MemberId;
import io.jingwei.ref.OrganizationId;
import io.jingwei.time.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PartyOrganizationTest {

  private static final OrganizationId PARENT = OrganizationId.of("o-street");

  private static PartyOrganization branch() {
    return PartyOrganization.builder()
        .id("o-1")
        .code("045010300101")
        .name("中共某某社区第一支部委员会")
        .shortName("第一支部")
        .type(OrganizationType.BRANCH)
        .parent(PARENT)
        .division(DivisionId.of("450103001001"))
        .unit(new Unit("某某社区居委会", UnitNature.COMMUNITY, null, 12))
        .foundedOn(PartialDate.parse("2015-03"))
        .foundingDocument("青组〔2015〕3号")
        .leadership(LeadershipTeam.builder().officer(MemberId.of("m1"), Post.SECRETARY).build())
        .collectsDues(true)
        .contactPhone("0771-4300785")
        .address("某某路 1 号")
        .build();
  }

  @Test
  void absentListsBecomeEmpty() {
    PartyOrganization o = new PartyOrganization(OrganizationId.of("o"), null, "支部", null, OrganizationType.BRANCH,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    assertThat(o.coveredUnits()).isEmpty();
    assertThat(o.memberUnits()).isEmpty();
    assertThat(o.approvals()).isEmpty();
    assertThat(o.collectsDues()).isNull();
  }

  @Test
  void listsAreCopiedAndImmutable() {
    List<Unit> units = new ArrayList<>(List.of(Unit.of("甲公司", UnitNature.PRIVATE_ENTERPRISE)));
    PartyOrganization o = branch().toBuilder().type(OrganizationType.JOINT_BRANCH).coveredUnits(units).build();
    units.clear();
    assertThat(o.coveredUnits()).hasSize(1);
    assertThatThrownBy(() -> o.coveredUnits().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> o.approvals().add(Approval.of(null, "x"))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void requiresIdNameAndType() {
    assertThatThrownBy(() -> PartyOrganization.builder().id("o").name("x").build())
        .isInstanceOf(NullPointerException.class).hasMessage("type");
    assertThatThrownBy(() -> PartyOrganization.builder().id("o").type(OrganizationType.BRANCH).build())
        .isInstanceOf(NullPointerException.class).hasMessage("name");
  }

  @Test
  void toBuilderAndWithersCopy() {
    PartyOrganization o = branch();
    assertThat(o.toBuilder().build()).isEqualTo(o);
    assertThat(o.withParent(null).parent()).isNull();
    assertThat(o.withType(OrganizationType.GENERAL_BRANCH).type()).isEqualTo(OrganizationType.GENERAL_BRANCH);
    assertThat(o.withLeadership(null).leadership()).isNull();
    assertThat(o.withParent(null).name()).isEqualTo(o.name());
  }

  @Test
  void ofSetsRequiredPartsAndParent() {
    PartyOrganization o = PartyOrganization.of(OrganizationId.of("o"), "党委", OrganizationType.LOCAL_COMMITTEE, null);
    assertThat(o.parent()).isNull();
    assertThat(o.type()).isEqualTo(OrganizationType.LOCAL_COMMITTEE);
  }

  @Test
  @DisplayName("上级批准：指明规则或不限规则")
  void approvalsCoverTheirRuleOrAnyRule() {
    PartyOrganization specific = branch().withApprovals(List.of(Approval.of("branch.max-members", "青组〔2021〕1号")));
    assertThat(specific.hasApprovalFor("branch.max-members")).isTrue();
    assertThat(specific.hasApprovalFor("branch.joint-max-units")).isFalse();
    PartyOrganization general = branch().withApprovals(List.of(Approval.of(null, "青组〔2021〕2号")));
    assertThat(general.hasApprovalFor("branch.joint-max-units")).isTrue();
    assertThat(branch().hasApprovalFor("branch.max-members")).isFalse();
  }

  @Test
  @DisplayName("存续判断对部分日期宽容")
  void activeOnGivesPartialDatesTheBenefitOfTheDoubt() {
    PartyOrganization o = branch().toBuilder()
        .foundedOn(PartialDate.parse("2015-03"))
        .dissolvedOn(PartialDate.parse("2021"))
        .build();
    assertThat(o.isActiveOn(LocalDate.of(2015, 2, 28))).isFalse();
    assertThat(o.isActiveOn(LocalDate.of(2015, 3, 1))).isTrue();
    assertThat(o.isActiveOn(LocalDate.of(2021, 6, 30))).isTrue();
    assertThat(o.isActiveOn(LocalDate.of(2021, 12, 31))).isFalse();
    PartyOrganization exact = o.toBuilder().dissolvedOn(PartialDate.parse("2021-05-01")).build();
    assertThat(exact.isActiveOn(LocalDate.of(2021, 4, 30))).isTrue();
    assertThat(exact.isActiveOn(LocalDate.of(2021, 5, 1))).isFalse();
    assertThat(branch().toBuilder().foundedOn(null).build().isActiveOn(LocalDate.of(1900, 1, 1))).isTrue();
  }

  @Test
  @DisplayName("toString 掩码联系电话")
  void toStringMasksThePhone() {
    String text = branch().toString();
    assertThat(text).contains("o-1").doesNotContain("4300785").contains("077*****0785");
    PartyOrganization mobile = branch().toBuilder().contactPhone("13812345678").build();
    assertThat(mobile.toString()).doesNotContain("13812345678").contains("138****5678");
  }

  @Test
  void unitRequiresNameAndNature() {
    Unit u = new Unit("甲公司", UnitNature.PRIVATE_ENTERPRISE, CreditCode.parse("91330100716105852F"), 30);
    assertThat(u.creditCode()).hasToString("91330100716105852F");
    assertThatThrownBy(() -> Unit.of("甲", null)).isInstanceOf(NullPointerException.class).hasMessage("nature");
  }

  @Test
  void approvalRequiresAReference() {
    assertThatThrownBy(() -> new Approval("x.y", null, null, null)).isInstanceOf(NullPointerException.class);
    assertThat(Approval.of("x.y", "文号").covers("x.y")).isTrue();
  }
}
