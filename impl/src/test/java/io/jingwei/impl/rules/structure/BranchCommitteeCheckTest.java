package io.jingwei.impl.rules.structure;

import static io.jingwei.impl.rules.structure.StructureFixtures.addMembers;
import static io.jingwei.impl.rules.structure.StructureFixtures.found;
import static io.jingwei.impl.rules.structure.StructureFixtures.only;
import static io.jingwei.impl.rules.structure.StructureFixtures.org;
import static io.jingwei.impl.rules.structure.StructureFixtures.validate;
import static io.jingwei.member.MembershipStatus.FULL;
import static io.jingwei.member.MembershipStatus.PROBATIONARY;
import static io.jingwei.organization.OrganizationType.BRANCH;
import static io.jingwei.organization.OrganizationType.GENERAL_BRANCH;
import static io.jingwei.organization.OrganizationType.LOCAL_COMMITTEE;
import static io.jingwei.organization.Post.COMMITTEE_MEMBER;
import static io.jingwei.organization.Post.DEPUTY_SECRETARY;
import static io.jingwei.organization.Post.SECRETARY;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.dataset.CityDataset;
import io.jingwei.organization.LeadershipTeam;
import io.jingwei.organization.OrganizationType;
import io.jingwei.organization.Post;
import io.jingwei.ref.MemberId;
import io.jingwei.validation.ValidationReport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BranchCommitteeCheckTest {

  private static final String REQUIRED = "branch.committee-required";
  private static final String SIZE = "branch.committee-size";
  private static final String LIMIT = "branch.committee-size-limit";
  private static final String WITHOUT = "branch.officers-without-committee";

  /** A branch b1 with the leadership, and members m1…m{full} (FULL) and p1…p{probationary}. */
  private static CityDataset branch(
      OrganizationType type, LeadershipTeam team, int full, int probationary) {
    CityDataset.Builder b =
        CityDataset.builder()
            .add(org("o0", LOCAL_COMMITTEE, null).build())
            .add(org("b1", type, "o0").leadership(team).build());
    addMembers(b, "m", "b1", full, FULL);
    return addMembers(b, "p", "b1", probationary, PROBATIONARY).build();
  }

  /** A leadership with a committee, or not, and posts held by m1, m2 … in order. */
  private static LeadershipTeam team(boolean committee, Post... posts) {
    LeadershipTeam.Builder t = LeadershipTeam.builder().hasCommittee(committee);
    for (int i = 0; i < posts.length; i++) {
      t.officer(MemberId.of("m" + (i + 1)), posts[i]);
    }
    return t.build();
  }

  @Test
  @DisplayName("7名正式党员未设委员会：应设立")
  void requiresACommitteeFromSevenFullMembers() {
    ValidationReport report = validate(branch(BRANCH, team(false, SECRETARY), 7, 0));

    assertThat(found(report, REQUIRED)).containsExactly("organizations/b1 /leadership/hasCommittee");
    assertThat(only(report, REQUIRED).args()).containsEntry("fullMembers", 7L).containsEntry("min", 7L);
  }

  @Test
  @DisplayName("6名正式党员加预备党员：无需设立委员会")
  void probationaryMembersDoNotCountTowardsTheCommittee() {
    assertThat(found(validate(branch(BRANCH, team(false, SECRETARY), 6, 3)), REQUIRED)).isEmpty();
  }

  @Test
  void aBranchWithoutRecordedLeadershipIsNotJudged() {
    CityDataset.Builder b =
        CityDataset.builder().add(org("o0", LOCAL_COMMITTEE, null).build()).add(org("b1", BRANCH, "o0").build());
    CityDataset d = addMembers(b, "m", "b1", 9, FULL).build();

    ValidationReport report = validate(d);

    assertThat(found(report, REQUIRED)).isEmpty();
    assertThat(found(report, WITHOUT)).isEmpty();
  }

  @Test
  @DisplayName("委员会6人：一般应为3至5人（警告），未超过7人")
  void aCommitteeOfSixIsAWarningOnly() {
    LeadershipTeam t =
        team(true, SECRETARY, DEPUTY_SECRETARY, COMMITTEE_MEMBER, COMMITTEE_MEMBER, COMMITTEE_MEMBER, COMMITTEE_MEMBER);
    ValidationReport report = validate(branch(BRANCH, t, 8, 0));

    assertThat(found(report, SIZE)).containsExactly("organizations/b1 /leadership/officers");
    assertThat(found(report, LIMIT)).isEmpty();
  }

  @Test
  @DisplayName("委员会8人或2人：超出限度，只报告错误")
  void aCommitteeOutsideTheLimitsIsAnErrorOnly() {
    LeadershipTeam eight =
        team(
            true, SECRETARY, DEPUTY_SECRETARY, COMMITTEE_MEMBER, COMMITTEE_MEMBER, COMMITTEE_MEMBER,
            COMMITTEE_MEMBER, COMMITTEE_MEMBER, COMMITTEE_MEMBER);
    ValidationReport big = validate(branch(BRANCH, eight, 9, 0));
    ValidationReport small = validate(branch(BRANCH, team(true, SECRETARY, COMMITTEE_MEMBER), 9, 0));

    assertThat(found(big, LIMIT)).containsExactly("organizations/b1 /leadership/officers");
    assertThat(found(big, SIZE)).isEmpty();
    assertThat(only(big, LIMIT).args()).containsEntry("count", 8L).containsEntry("min", 3L).containsEntry("max", 7L);
    assertThat(found(small, LIMIT)).containsExactly("organizations/b1 /leadership/officers");
    assertThat(found(small, SIZE)).isEmpty();
  }

  @Test
  @DisplayName("委员会3人和5人：符合")
  void committeesOfThreeAndFiveAreFine() {
    ValidationReport three = validate(branch(BRANCH, team(true, SECRETARY, COMMITTEE_MEMBER, COMMITTEE_MEMBER), 9, 0));
    ValidationReport five =
        validate(
            branch(
                BRANCH,
                team(true, SECRETARY, DEPUTY_SECRETARY, COMMITTEE_MEMBER, COMMITTEE_MEMBER, COMMITTEE_MEMBER),
                9,
                0));

    assertThat(found(three, SIZE)).isEmpty();
    assertThat(found(three, LIMIT)).isEmpty();
    assertThat(found(five, SIZE)).isEmpty();
  }

  @Test
  @DisplayName("同一人兼任两个职务只计一次")
  void aMemberHoldingTwoPostsCountsOnce() {
    LeadershipTeam t =
        LeadershipTeam.builder()
            .hasCommittee(true)
            .officer(MemberId.of("m1"), SECRETARY)
            .officer(MemberId.of("m1"), COMMITTEE_MEMBER)
            .officer(MemberId.of("m2"), COMMITTEE_MEMBER)
            .build();

    assertThat(found(validate(branch(BRANCH, t, 9, 0)), LIMIT)).containsExactly("organizations/b1 /leadership/officers");
  }

  @Test
  @DisplayName("不设委员会：2名书记、没有书记或2名副书记都不符合")
  void aBranchWithoutACommitteeHasOneSecretaryAndAtMostOneDeputy() {
    assertThat(found(validate(branch(BRANCH, team(false, SECRETARY, DEPUTY_SECRETARY), 5, 0)), WITHOUT)).isEmpty();
    assertThat(found(validate(branch(BRANCH, team(false, SECRETARY, SECRETARY), 5, 0)), WITHOUT))
        .containsExactly("organizations/b1 /leadership/officers");
    assertThat(found(validate(branch(BRANCH, team(false, COMMITTEE_MEMBER), 5, 0)), WITHOUT))
        .containsExactly("organizations/b1 /leadership/officers");
    ValidationReport twoDeputies =
        validate(branch(BRANCH, team(false, SECRETARY, DEPUTY_SECRETARY, DEPUTY_SECRETARY), 5, 0));
    assertThat(found(twoDeputies, WITHOUT)).containsExactly("organizations/b1 /leadership/officers");
    assertThat(only(twoDeputies, WITHOUT).args())
        .containsEntry("secretaries", 1L)
        .containsEntry("deputies", 2L)
        .containsEntry("requiredSecretaries", 1L)
        .containsEntry("maxDeputies", 1L);
  }

  @Test
  void otherTypesAreNotJudged() {
    ValidationReport report = validate(branch(GENERAL_BRANCH, team(false, SECRETARY, SECRETARY), 9, 0));

    assertThat(found(report, WITHOUT)).isEmpty();
    assertThat(found(report, REQUIRED)).isEmpty();
  }
}
