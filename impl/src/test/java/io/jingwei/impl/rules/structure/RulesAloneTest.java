package io.jingwei.impl.rules.structure;

import static io.jingwei.impl.rules.structure.StructureFixtures.addMembers;
import static io.jingwei.impl.rules.structure.StructureFixtures.division;
import static io.jingwei.impl.rules.structure.StructureFixtures.found;
import static io.jingwei.impl.rules.structure.StructureFixtures.memberBuilder;
import static io.jingwei.impl.rules.structure.StructureFixtures.org;
import static io.jingwei.member.MembershipStatus.FULL;
import static io.jingwei.organization.OrganizationType.BRANCH;
import static io.jingwei.organization.OrganizationType.GRASSROOTS_COMMITTEE;
import static io.jingwei.organization.OrganizationType.LOCAL_COMMITTEE;
import static io.jingwei.organization.OrganizationType.TEMPORARY_BRANCH;
import static io.jingwei.organization.Post.COMMITTEE_MEMBER;
import static io.jingwei.organization.Post.DEPUTY_SECRETARY;
import static io.jingwei.organization.Post.SECRETARY;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.dataset.CityDataset;
import io.jingwei.division.DivisionKind;
import io.jingwei.organization.LeadershipTeam;
import io.jingwei.organization.OrganizationType;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.organization.Post;
import io.jingwei.organization.Selection;
import io.jingwei.organization.Unit;
import io.jingwei.organization.UnitNature;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.MemberId;
import io.jingwei.standard.RuleDefinition;
import io.jingwei.standard.Standard;
import io.jingwei.time.PartialDate;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks that serve several rules, run with only one of their rules switched on (the others disabled in the
 * options): the rule left on reports what it reports when all run, and the check does not trip over the rules that
 * are off. Written from the mutation testing run (docs/mutation-testing.md).
 */
class RulesAloneTest {

  private static final List<String> DIVISION_RULES =
      List.of("division.code-required", "division.code-level", "division.code-segment", "division.code-parent");
  private static final List<String> COMMITTEE_RULES =
      List.of(
          "branch.committee-required",
          "branch.committee-size",
          "branch.committee-size-limit",
          "branch.officers-without-committee");
  private static final List<String> TEMPORARY_RULES =
      List.of("temporary-branch.members", "temporary-branch.dues", "temporary-branch.elected");
  private static final List<String> ELECTION_RULES = List.of("election.due", "election.overdue");

  /** Validates with the test standard, every rule of {@code family} but {@code on} disabled. */
  private static ValidationReport alone(Standard standard, CityDataset d, LocalDate asOf, String on, List<String> family) {
    ValidationOptions.Builder options = ValidationOptions.builder().asOf(asOf);
    for (String id : family) {
      if (!id.equals(on)) {
        options.disable(id);
      }
    }
    return StructureFixtures.validate(standard, d, options.build());
  }

  private static ValidationReport alone(CityDataset d, String on, List<String> family) {
    return alone(StructureFixtures.standard(), d, StructureFixtures.AS_OF, on, family);
  }

  private static void assertOnlyRuleReports(ValidationReport report, String on, List<String> family) {
    for (String id : family) {
      if (!id.equals(on)) {
        assertThat(found(report, id)).as(id).isEmpty();
      }
    }
  }

  // ---------------------------------------------------------------- division codes

  private static CityDataset divisions() {
    return CityDataset.builder()
        .add(division("c0", DivisionKind.COMMUNITY, null, null))
        .add(division("c1", DivisionKind.COMMUNITY, "450103", null))
        .add(division("s1", DivisionKind.SUBDISTRICT, "450103101000", null))
        .add(division("v2", DivisionKind.VILLAGE, "450103101001", null))
        .add(division("450103", DivisionKind.URBAN_DISTRICT, "450103", null))
        .add(division("s2", DivisionKind.SUBDISTRICT, "450105001000", "450103"))
        .build();
  }

  private static List<String> expectedDivisionIssues(String rule) {
    return switch (rule) {
      case "division.code-required" -> List.of("divisions/c0 /code");
      case "division.code-level" -> List.of("divisions/c1 /code");
      case "division.code-segment" -> List.of("divisions/s1 /code", "divisions/v2 /code");
      default -> List.of("divisions/s2 /code");
    };
  }

  @ParameterizedTest
  @ValueSource(strings = {"division.code-required", "division.code-level", "division.code-segment", "division.code-parent"})
  @DisplayName("区划代码检查：只开启一条规则时，它照常报告")
  void eachDivisionCodeRuleWorksAlone(String rule) {
    ValidationReport all = StructureFixtures.validate(divisions());
    ValidationReport one = alone(divisions(), rule, DIVISION_RULES);

    assertThat(found(all, rule)).containsExactlyInAnyOrderElementsOf(expectedDivisionIssues(rule));
    assertThat(found(one, rule)).containsExactlyInAnyOrderElementsOf(expectedDivisionIssues(rule));
    assertOnlyRuleReports(one, rule, DIVISION_RULES);
  }

  // ---------------------------------------------------------------- branch committee

  private static LeadershipTeam team(boolean committee, String prefix, Post... posts) {
    LeadershipTeam.Builder t = LeadershipTeam.builder().hasCommittee(committee);
    for (int i = 0; i < posts.length; i++) {
      t.officer(MemberId.of(prefix + (i + 1)), posts[i]);
    }
    return t.build();
  }

  private static CityDataset committees() {
    CityDataset.Builder b =
        CityDataset.builder()
            .add(org("o0", LOCAL_COMMITTEE, null).build())
            // b1: 7 full members, no committee, two secretaries
            .add(org("b1", BRANCH, "o0").leadership(team(false, "a", SECRETARY, SECRETARY)).build())
            // b2: a committee of 6 (outside 3–5, inside 3–7)
            .add(
                org("b2", BRANCH, "o0")
                    .leadership(
                        team(
                            true, "b", SECRETARY, DEPUTY_SECRETARY, COMMITTEE_MEMBER, COMMITTEE_MEMBER,
                            COMMITTEE_MEMBER, COMMITTEE_MEMBER))
                    .build())
            // b3: a committee of 8 (outside 3–7)
            .add(
                org("b3", BRANCH, "o0")
                    .leadership(
                        team(
                            true, "c", SECRETARY, DEPUTY_SECRETARY, COMMITTEE_MEMBER, COMMITTEE_MEMBER,
                            COMMITTEE_MEMBER, COMMITTEE_MEMBER, COMMITTEE_MEMBER, COMMITTEE_MEMBER))
                    .build());
    addMembers(b, "a", "b1", 7, FULL);
    addMembers(b, "b", "b2", 8, FULL);
    addMembers(b, "c", "b3", 9, FULL);
    return b.build();
  }

  @Test
  void committeeRulesTogether() {
    ValidationReport all = StructureFixtures.validate(committees());

    assertThat(found(all, "branch.committee-required")).containsExactly("organizations/b1 /leadership/hasCommittee");
    assertThat(found(all, "branch.officers-without-committee")).containsExactly("organizations/b1 /leadership/officers");
    assertThat(found(all, "branch.committee-size")).containsExactly("organizations/b2 /leadership/officers");
    assertThat(found(all, "branch.committee-size-limit")).containsExactly("organizations/b3 /leadership/officers");
  }

  @ParameterizedTest
  @ValueSource(strings = {"branch.committee-required", "branch.officers-without-committee", "branch.committee-size-limit"})
  @DisplayName("支部委员会检查：只开启一条规则时，它照常报告")
  void eachCommitteeRuleWorksAlone(String rule) {
    ValidationReport all = StructureFixtures.validate(committees());
    ValidationReport one = alone(committees(), rule, COMMITTEE_RULES);

    assertThat(found(one, rule)).isNotEmpty().containsExactlyElementsOf(found(all, rule));
    assertOnlyRuleReports(one, rule, COMMITTEE_RULES);
  }

  @Test
  @DisplayName("关闭委员会人数上限规则时，一般规模规则也判断超过上限的委员会")
  void withoutTheLimitRuleTheSizeRuleJudgesEveryCommittee() {
    ValidationReport one = alone(committees(), "branch.committee-size", COMMITTEE_RULES);

    assertThat(found(one, "branch.committee-size"))
        .containsExactly("organizations/b2 /leadership/officers", "organizations/b3 /leadership/officers");
    assertOnlyRuleReports(one, "branch.committee-size", COMMITTEE_RULES);
  }

  // ---------------------------------------------------------------- temporary branch

  private static CityDataset temporary() {
    return CityDataset.builder()
        .add(org("o0", LOCAL_COMMITTEE, null).build())
        .add(
            org("t1", TEMPORARY_BRANCH, "o0")
                .collectsDues(true)
                .leadership(LeadershipTeam.builder().selection(Selection.ELECTED).build())
                .build())
        .add(memberBuilder("m1", "t1", FULL).build())
        .build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"temporary-branch.members", "temporary-branch.dues", "temporary-branch.elected"})
  @DisplayName("临时党支部检查：只开启一条规则时，它照常报告")
  void eachTemporaryBranchRuleWorksAlone(String rule) {
    List<String> expected =
        switch (rule) {
          case "temporary-branch.members" -> List.of("members/m1 /organization");
          case "temporary-branch.dues" -> List.of("organizations/t1 /collectsDues");
          default -> List.of("organizations/t1 /leadership/selection");
        };

    assertThat(found(StructureFixtures.validate(temporary()), rule)).containsExactlyElementsOf(expected);
    ValidationReport one = alone(temporary(), rule, TEMPORARY_RULES);
    assertThat(found(one, rule)).containsExactlyElementsOf(expected);
    assertOnlyRuleReports(one, rule, TEMPORARY_RULES);
  }

  // ---------------------------------------------------------------- election term

  private static PartyOrganization.Builder elected(String id, OrganizationType type, String electedOn) {
    return org(id, type, "o0").leadership(LeadershipTeam.builder().electedOn(PartialDate.parse(electedOn)).build());
  }

  private static CityDataset elections() {
    return CityDataset.builder()
        .add(org("o0", LOCAL_COMMITTEE, null).build())
        .add(division("s1", DivisionKind.SUBDISTRICT, "450103001000", null))
        // three-year term ended 2023-01-15, more than 12 months before the as-of date: overdue
        .add(elected("b1", BRANCH, "2020-01-15").build())
        // a community's branch by its unit's nature: five years, not yet due
        .add(elected("b2", BRANCH, "2020-01-15").unit(Unit.of("某某社区居民委员会", UnitNature.COMMUNITY)).build())
        // in a subdistrict (not a community): three years, overdue
        .add(elected("b3", BRANCH, "2020-01-15").division(DivisionId.of("s1")).build())
        // in a division missing from the dataset: three years, overdue
        .add(elected("b4", BRANCH, "2020-01-15").division(DivisionId.of("nowhere")).build())
        .build();
  }

  @Test
  @DisplayName("社区居委会的党组织任期5年；街道或未知区划内的任期3年")
  void onlyCommunityAndVillageOrganizationsServeFiveYears() {
    ValidationReport all = StructureFixtures.validate(elections());

    assertThat(found(all, "election.overdue"))
        .containsExactly(
            "organizations/b1 /leadership/electedOn",
            "organizations/b3 /leadership/electedOn",
            "organizations/b4 /leadership/electedOn");
    assertThat(found(all, "election.due")).isEmpty();
  }

  @Test
  @DisplayName("关闭逾期规则时，逾期的换届报告为到期")
  void withoutTheOverdueRuleAnOverdueElectionIsReportedAsDue() {
    ValidationReport one = alone(elections(), "election.due", ELECTION_RULES);

    assertThat(found(one, "election.due"))
        .containsExactly(
            "organizations/b1 /leadership/electedOn",
            "organizations/b3 /leadership/electedOn",
            "organizations/b4 /leadership/electedOn");
    assertThat(found(one, "election.overdue")).isEmpty();
  }

  @Test
  @DisplayName("任期表没有默认值时，未列出的组织类别不检查")
  void typesWithoutTermYearsAreNotJudged() {
    Standard standard = StructureFixtures.standard();
    RuleDefinition due = standard.rule("election.due").orElseThrow();
    Standard committeesOnly =
        standard.withRule(due.withParam("termYears", Map.of("GRASSROOTS_COMMITTEE", BigDecimal.valueOf(5))));
    CityDataset d =
        CityDataset.builder()
            .add(org("o0", LOCAL_COMMITTEE, null).build())
            .add(elected("b1", BRANCH, "2015-01-15").build())
            .add(elected("p1", GRASSROOTS_COMMITTEE, "2015-01-15").build())
            .build();

    ValidationReport all =
        StructureFixtures.validate(committeesOnly, d, ValidationOptions.builder().asOf(StructureFixtures.AS_OF).build());
    ValidationReport dueOnly = alone(committeesOnly, d, StructureFixtures.AS_OF, "election.due", ELECTION_RULES);

    assertThat(found(all, "election.overdue")).containsExactly("organizations/p1 /leadership/electedOn");
    assertThat(found(dueOnly, "election.due")).containsExactly("organizations/p1 /leadership/electedOn");
  }
}
