package io.jingwei.impl.rules.structure;

import static io.jingwei.impl.rules.structure.StructureFixtures.found;
import static io.jingwei.impl.rules.structure.StructureFixtures.memberBuilder;
import static io.jingwei.impl.rules.structure.StructureFixtures.org;
import static io.jingwei.impl.rules.structure.StructureFixtures.validate;
import static io.jingwei.member.MembershipStatus.FULL;
import static io.jingwei.organization.OrganizationType.BRANCH;
import static io.jingwei.organization.OrganizationType.LOCAL_COMMITTEE;
import static io.jingwei.organization.OrganizationType.TEMPORARY_BRANCH;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.dataset.CityDataset;
import io.jingwei.member.RecruitmentTimeline;
import io.jingwei.organization.LeadershipTeam;
import io.jingwei.organization.Officer;
import io.jingwei.organization.Post;
import io.jingwei.organization.Selection;
import io.jingwei.ref.MemberId;
import io.jingwei.ref.OrganizationId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TemporaryBranchCheckTest {

  private static CityDataset.Builder base() {
    return CityDataset.builder()
        .add(org("o0", LOCAL_COMMITTEE, null).build())
        .add(org("b1", BRANCH, "o0").build());
  }

  @Test
  @DisplayName("组织关系在临时党支部、由临时党支部接收的党员")
  void reportsMembersHeldOrAdmittedByATemporaryBranch() {
    CityDataset d =
        base()
            .add(org("t1", TEMPORARY_BRANCH, "o0").build())
            .add(memberBuilder("m1", "t1", FULL).build())
            .add(
                memberBuilder("m2", "b1", FULL)
                    .timeline(RecruitmentTimeline.builder().admittingOrganization(OrganizationId.of("t1")).build())
                    .build())
            .add(memberBuilder("m3", "b1", FULL).build())
            .build();

    assertThat(found(validate(d), "temporary-branch.members"))
        .containsExactly("members/m1 /organization", "members/m2 /timeline/admittingOrganization");
  }

  @Test
  @DisplayName("临时党支部收缴党费")
  void reportsATemporaryBranchCollectingDues() {
    CityDataset d =
        base()
            .add(org("t1", TEMPORARY_BRANCH, "o0").collectsDues(true).build())
            .add(org("t2", TEMPORARY_BRANCH, "o0").collectsDues(false).build())
            .add(org("t3", TEMPORARY_BRANCH, "o0").build())
            .add(org("b2", BRANCH, "o0").collectsDues(true).build())
            .build();

    assertThat(found(validate(d), "temporary-branch.dues")).containsExactly("organizations/t1 /collectsDues");
  }

  @Test
  @DisplayName("临时党支部的班子或成员记为选举产生")
  void reportsElectedLeadershipsOfTemporaryBranches() {
    LeadershipTeam appointed =
        LeadershipTeam.builder()
            .selection(Selection.APPOINTED)
            .officer(new Officer(MemberId.of("m1"), Post.SECRETARY, null, null, Selection.APPOINTED))
            .build();
    LeadershipTeam electedOfficer =
        LeadershipTeam.builder()
            .selection(Selection.APPOINTED)
            .officer(new Officer(MemberId.of("m1"), Post.SECRETARY, null, null, Selection.ELECTED))
            .build();
    LeadershipTeam elected = LeadershipTeam.builder().selection(Selection.ELECTED).build();
    CityDataset d =
        base()
            .add(memberBuilder("m1", "b1", FULL).build())
            .add(org("t1", TEMPORARY_BRANCH, "o0").leadership(appointed).build())
            .add(org("t2", TEMPORARY_BRANCH, "o0").leadership(electedOfficer).build())
            .add(org("t3", TEMPORARY_BRANCH, "o0").leadership(elected).build())
            .add(org("t4", TEMPORARY_BRANCH, "o0").build())
            .build();

    assertThat(found(validate(d), "temporary-branch.elected"))
        .containsExactly("organizations/t2 /leadership/selection", "organizations/t3 /leadership/selection");
  }
}
