package io.jingwei.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrganizationTypeTest {

  @Test
  @DisplayName("支部级：支部、联合支部、临时支部、流动党员支部")
  void branchLevelTypes() {
    assertThat(Arrays.stream(OrganizationType.values()).filter(OrganizationType::isBranchLevel))
        .containsExactly(OrganizationType.BRANCH, OrganizationType.JOINT_BRANCH, OrganizationType.TEMPORARY_BRANCH,
            OrganizationType.MOBILE_MEMBER_BRANCH);
  }

  @Test
  @DisplayName("基层组织 = 基层党委 + 总支 + 支部")
  void grassrootsTypesAreCommitteesGeneralBranchesAndBranches() {
    assertThat(Arrays.stream(OrganizationType.values()).filter(OrganizationType::isGrassroots))
        .containsExactly(OrganizationType.GRASSROOTS_COMMITTEE, OrganizationType.GENERAL_BRANCH,
            OrganizationType.BRANCH, OrganizationType.JOINT_BRANCH, OrganizationType.TEMPORARY_BRANCH,
            OrganizationType.MOBILE_MEMBER_BRANCH);
    assertThat(OrganizationType.PARTY_GROUP.isGrassroots()).isFalse();
    assertThat(OrganizationType.LOCAL_COMMITTEE.isGrassroots()).isFalse();
  }

  @Test
  void committeeLevelExcludesBranchesAndGroups() {
    assertThat(OrganizationType.LOCAL_COMMITTEE.isCommitteeLevel()).isTrue();
    assertThat(OrganizationType.ALLIANCE_COMMITTEE.isCommitteeLevel()).isTrue();
    assertThat(OrganizationType.GENERAL_BRANCH.isCommitteeLevel()).isFalse();
    assertThat(OrganizationType.BRANCH.isCommitteeLevel()).isFalse();
    assertThat(OrganizationType.PARTY_GROUP.isCommitteeLevel()).isFalse();
    for (OrganizationType t : OrganizationType.values()) {
      assertThat(t.isBranchLevel() && t.isCommitteeLevel()).isFalse();
    }
  }

  @Test
  void everyTypeHasAChineseName() {
    for (OrganizationType t : OrganizationType.values()) {
      assertThat(t.chineseName()).isNotBlank();
    }
    assertThat(OrganizationType.JOINT_BRANCH.chineseName()).isEqualTo("联合党支部");
  }

  @Test
  void twoNewOrganizationsArePrivateEnterprisesAndSocialOrganizations() {
    assertThat(Arrays.stream(UnitNature.values()).filter(UnitNature::isTwoNew))
        .containsExactly(UnitNature.PRIVATE_ENTERPRISE, UnitNature.SOCIAL_ORGANIZATION);
  }
}
