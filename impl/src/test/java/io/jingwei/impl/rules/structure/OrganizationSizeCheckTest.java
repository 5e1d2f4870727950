package io.jingwei.impl.rules.structure;

import static io.jingwei.impl.rules.structure.StructureFixtures.addMembers;
import static io.jingwei.impl.rules.structure.StructureFixtures.found;
import static io.jingwei.impl.rules.structure.StructureFixtures.memberBuilder;
import static io.jingwei.impl.rules.structure.StructureFixtures.only;
import static io.jingwei.impl.rules.structure.StructureFixtures.org;
import static io.jingwei.impl.rules.structure.StructureFixtures.validate;
import static io.jingwei.impl.rules.structure.StructureFixtures.validateLayers;
import static io.jingwei.member.MembershipStatus.FULL;
import static io.jingwei.member.MembershipStatus.PROBATIONARY;
import static io.jingwei.organization.OrganizationType.BRANCH;
import static io.jingwei.organization.OrganizationType.GENERAL_BRANCH;
import static io.jingwei.organization.OrganizationType.GRASSROOTS_COMMITTEE;
import static io.jingwei.organization.OrganizationType.JOINT_BRANCH;
import static io.jingwei.organization.OrganizationType.LOCAL_COMMITTEE;
import static io.jingwei.organization.OrganizationType.PARTY_GROUP;
import static io.jingwei.organization.OrganizationType.TEMPORARY_BRANCH;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.engine.Layer;
import io.jingwei.member.PartyStanding;
import io.jingwei.organization.Approval;
import io.jingwei.organization.Unit;
import io.jingwei.organization.UnitNature;
import io.jingwei.time.PartialDate;
import io.jingwei.validation.Issue;
import io.jingwei.validation.ValidationReport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrganizationSizeCheckTest {

  private static final String MIN_FULL = "branch.min-full-members";
  private static final String MAX = "branch.max-members";
  private static final String GENERAL = "general-branch.size";
  private static final String GRASSROOTS = "grassroots-committee.size";

  private static CityDataset.Builder root() {
    return CityDataset.builder().add(org("o0", LOCAL_COMMITTEE, null).build());
  }

  @Test
  @DisplayName("恰好3名正式党员：符合")
  void acceptsExactlyThreeFullMembers() {
    CityDataset d = addMembers(root().add(org("b1", BRANCH, "o0").build()), "m", "b1", 3, FULL).build();

    assertThat(found(validate(d), MIN_FULL)).isEmpty();
  }

  @Test
  @DisplayName("2名正式党员加1名预备党员：少于3名正式党员")
  void rejectsBranchWithTwoFullMembers() {
    CityDataset.Builder b = addMembers(root().add(org("b1", BRANCH, "o0").build()), "m", "b1", 2, FULL);
    CityDataset d = addMembers(b, "p", "b1", 1, PROBATIONARY).build();

    Issue issue = only(validate(d), MIN_FULL);

    assertThat(issue.entity()).hasToString("organizations/b1");
    assertThat(issue.path()).isEmpty();
    assertThat(issue.args()).containsEntry("count", 2L).containsEntry("min", 3L).doesNotContainKey("max");
  }

  @Test
  @DisplayName("停止党籍、转出的党员不计入")
  void countsOnlyMembersOfNormalStanding() {
    CityDataset d =
        addMembers(root().add(org("b1", JOINT_BRANCH, "o0").build()), "m", "b1", 2, FULL)
            .add(memberBuilder("s", "b1", FULL).standing(PartyStanding.SUSPENDED).build())
            .add(memberBuilder("t", "b1", FULL).standing(PartyStanding.TRANSFERRED_OUT).build())
            .build();

    assertThat(found(validate(d), MIN_FULL)).containsExactly("organizations/b1 ");
  }

  @Test
  @DisplayName("重复的党员编号只计一次")
  void countsAMemberIdOnce() {
    CityDataset d =
        addMembers(root().add(org("b1", BRANCH, "o0").build()), "m", "b1", 2, FULL)
            .add(memberBuilder("m1", "b1", FULL).build())
            .build();

    assertThat(found(validate(d), MIN_FULL)).containsExactly("organizations/b1 ");
  }

  @Test
  @DisplayName("临时党支部、党小组和已撤销的支部不检查")
  void skipsTypesNotListedAndDissolvedBranches() {
    CityDataset d =
        root()
            .add(org("t1", TEMPORARY_BRANCH, "o0").build())
            .add(org("b1", BRANCH, "o0").build())
            .add(org("g1", PARTY_GROUP, "b1").build())
            .add(org("b2", BRANCH, "o0").dissolvedOn(PartialDate.of(2020, 1, 1)).build())
            .build();

    assertThat(found(validate(d), MIN_FULL)).containsExactly("organizations/b1 ");
  }

  @Test
  @DisplayName("党员人数上限：10人符合，11人（含预备党员）超出")
  void maxMembersCountsProbationaryMembersAndIsInclusive() {
    CityDataset.Builder b = root().add(org("b1", BRANCH, "o0").build()).add(org("b2", BRANCH, "o0").build());
    addMembers(b, "a", "b1", 10, FULL);
    addMembers(b, "b", "b2", 9, FULL);
    addMembers(b, "p", "b2", 2, PROBATIONARY);

    ValidationReport report = validate(b.build());

    assertThat(found(report, MAX)).containsExactly("organizations/b2 ");
    assertThat(only(report, MAX).args()).containsEntry("count", 11L).containsEntry("max", 10L);
  }

  @Test
  @DisplayName("经上级批准的超员支部不报告")
  void anApprovalForTheRuleSilencesTheWarning() {
    CityDataset.Builder b =
        root()
            .add(org("b1", BRANCH, "o0").approval(Approval.of(MAX, "某党发〔2023〕1号")).build())
            .add(org("b2", BRANCH, "o0").approval(Approval.of(null, "某党发〔2023〕2号")).build())
            .add(org("b3", BRANCH, "o0").approval(Approval.of(GENERAL, "某党发〔2023〕3号")).build());
    addMembers(b, "a", "b1", 11, FULL);
    addMembers(b, "b", "b2", 11, FULL);
    addMembers(b, "c", "b3", 11, FULL);

    ValidationReport report = validate(b.build());

    assertThat(found(report, MAX)).containsExactly("organizations/b3 ");
    assertThat(report.summary().suppressedByApproval()).isEqualTo(2);
  }

  @Test
  @DisplayName("党总支按所属支部的党员合计：4人偏少，5至10人符合，11人偏多")
  void generalBranchCountsTheMembersOfItsBranches() {
    CityDataset.Builder b =
        root()
            .add(org("g4", GENERAL_BRANCH, "o0").build())
            .add(org("g5", GENERAL_BRANCH, "o0").build())
            .add(org("g11", GENERAL_BRANCH, "o0").build());
    b.add(org("g4a", BRANCH, "g4").build()).add(org("g4b", BRANCH, "g4").build());
    addMembers(b, "g4a-", "g4a", 2, FULL);
    addMembers(b, "g4b-", "g4b", 2, FULL);
    addMembers(b, "g4-own-", "g4", 3, FULL); // attached to the general branch itself: not counted
    b.add(org("g5a", BRANCH, "g5").build()).add(org("g5g", PARTY_GROUP, "g5a").build());
    addMembers(b, "g5a-", "g5a", 4, FULL);
    addMembers(b, "g5p-", "g5a", 1, PROBATIONARY);
    b.add(org("g11a", BRANCH, "g11").build()).add(org("g11b", JOINT_BRANCH, "g11").build());
    addMembers(b, "g11a-", "g11a", 6, FULL);
    addMembers(b, "g11b-", "g11b", 5, FULL);

    ValidationReport report = validate(b.build());

    assertThat(found(report, GENERAL)).containsExactly("organizations/g11 ", "organizations/g4 ");
    assertThat(report.issues(GENERAL).get(1).args())
        .containsEntry("count", 4L)
        .containsEntry("min", 5L)
        .containsEntry("max", 10L);
  }

  @Test
  @DisplayName("基层党委按整个下级组织树计数，跨越党总支")
  void grassrootsCommitteeCountsTheWholeSubtree() {
    CityDataset.Builder b =
        root()
            .add(org("p1", GRASSROOTS_COMMITTEE, "o0").build())
            .add(org("g1", GENERAL_BRANCH, "p1").build())
            .add(org("b1", BRANCH, "g1").build())
            .add(org("b2", BRANCH, "g1").build())
            .add(org("b3", BRANCH, "p1").build())
            .add(org("p2", GRASSROOTS_COMMITTEE, "o0").build())
            .add(org("b4", BRANCH, "p2").build());
    addMembers(b, "x", "b1", 4, FULL);
    addMembers(b, "y", "b2", 4, FULL);
    addMembers(b, "z", "b3", 4, FULL);
    addMembers(b, "w", "b4", 11, FULL);

    ValidationReport report = validate(b.build());

    assertThat(found(report, GRASSROOTS)).containsExactly("organizations/p2 ");
    assertThat(only(report, GRASSROOTS).args()).containsEntry("count", 11L);
  }

  @Test
  @DisplayName("社区、村的基层党委按参数豁免")
  void communityCommitteesAreExempt() {
    CityDataset d =
        root()
            .add(org("p1", GRASSROOTS_COMMITTEE, "o0").unit(Unit.of("某某社区居民委员会", UnitNature.COMMUNITY)).build())
            .add(org("p2", GRASSROOTS_COMMITTEE, "o0").unit(Unit.of("某某村民委员会", UnitNature.VILLAGE)).build())
            .add(org("p3", GRASSROOTS_COMMITTEE, "o0").unit(Unit.of("某某公司", UnitNature.STATE_ENTERPRISE)).build())
            .build();

    assertThat(found(validate(d), GRASSROOTS)).containsExactly("organizations/p3 ");
  }

  @Test
  void organizationsOnAParentCycleGetNoSubtreeCount() {
    CityDataset d =
        root()
            .add(org("g1", GENERAL_BRANCH, "g2").build())
            .add(org("g2", GENERAL_BRANCH, "g1").build())
            .add(org("g3", GENERAL_BRANCH, "o0").build())
            .build();

    assertThat(found(validate(d), GENERAL)).containsExactly("organizations/g3 ");
  }

  @Test
  @DisplayName("2万个支部、2千个党总支：一次后序遍历")
  void countsALargeForestInOnePass() {
    CityDataset.Builder b = root();
    for (int g = 0; g < 2_000; g++) {
      b.add(org("g" + g, GENERAL_BRANCH, "o0").build());
      for (int i = 0; i < 10; i++) {
        String branch = "g" + g + "b" + i;
        b.add(org(branch, BRANCH, "g" + g).build());
        addMembers(b, branch + "m", branch, g % 2 == 0 ? 1 : 0, FULL);
      }
    }

    ValidationReport report = validateLayers(b.build(), Layer.STRUCTURE);

    assertThat(report.count(GENERAL)).isEqualTo(1_000); // the odd ones have no members at all: below 5
    assertThat(report.count(MIN_FULL)).isEqualTo(20_000);
  }
}
