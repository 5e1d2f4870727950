package io.jingwei.impl.rules.structure;

import static io.jingwei.impl.rules.structure.StructureFixtures.division;
import static io.jingwei.impl.rules.structure.StructureFixtures.found;
import static io.jingwei.impl.rules.structure.StructureFixtures.only;
import static io.jingwei.impl.rules.structure.StructureFixtures.org;
import static io.jingwei.impl.rules.structure.StructureFixtures.validate;
import static io.jingwei.organization.OrganizationType.BRANCH;
import static io.jingwei.organization.OrganizationType.GRASSROOTS_COMMITTEE;
import static io.jingwei.organization.OrganizationType.LOCAL_COMMITTEE;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.dataset.CityDataset;
import io.jingwei.division.DivisionKind;
import io.jingwei.organization.LeadershipTeam;
import io.jingwei.organization.OrganizationType;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.organization.Selection;
import io.jingwei.organization.Unit;
import io.jingwei.organization.UnitNature;
import io.jingwei.ref.DivisionId;
import io.jingwei.time.PartialDate;
import io.jingwei.validation.Issue;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ElectionTermCheckTest {

  private static final String DUE = "election.due";
  private static final String OVERDUE = "election.overdue";

  private static PartyOrganization.Builder elected(String id, OrganizationType type, String electedOn) {
    return org(id, type, "o0")
        .leadership(LeadershipTeam.builder().electedOn(PartialDate.parse(electedOn)).build());
  }

  private static ValidationReport on(String asOf, PartyOrganization... orgs) {
    CityDataset.Builder b =
        CityDataset.builder()
            .add(division("c1", DivisionKind.COMMUNITY, "450103001001", null))
            .add(org("o0", LOCAL_COMMITTEE, null).build());
    for (PartyOrganization o : orgs) {
      b.add(o);
    }
    return validate(b.build(), LocalDate.parse(asOf));
  }

  @Test
  @DisplayName("任期3年：届满当日不报告，次日到期")
  void theElectionIsDueTheDayAfterTheTermEnds() {
    PartyOrganization b = elected("b1", BRANCH, "2021-06-30").build();

    assertThat(found(on("2024-06-30", b), DUE)).isEmpty();
    ValidationReport report = on("2024-07-01", b);
    assertThat(found(report, DUE)).containsExactly("organizations/b1 /leadership/electedOn");
    assertThat(only(report, DUE).args())
        .containsEntry("electedOn", "2021-06-30")
        .containsEntry("termYears", 3L)
        .containsEntry("dueOn", "2024-06-30");
  }

  @Test
  @DisplayName("届满后12个月内为到期（警告），超过12个月为逾期（错误）")
  void theElectionIsOverdueTwelveMonthsAfterTheTermEnds() {
    PartyOrganization b = elected("b1", BRANCH, "2021-06-30").build();

    ValidationReport stillDue = on("2025-06-30", b);
    ValidationReport overdue = on("2025-07-01", b);

    assertThat(found(stillDue, DUE)).hasSize(1);
    assertThat(found(stillDue, OVERDUE)).isEmpty();
    assertThat(found(overdue, OVERDUE)).containsExactly("organizations/b1 /leadership/electedOn");
    assertThat(found(overdue, DUE)).isEmpty();
    assertThat(only(overdue, OVERDUE).args()).containsEntry("maxShiftMonths", 12L);
  }

  @Test
  @DisplayName("只记到年份的选举日期按该年最后一天计算")
  void aPartialElectionDateEndsTheTermAtTheLatestDayItMayDenote() {
    PartyOrganization b = elected("b1", BRANCH, "2021").build();

    assertThat(found(on("2024-12-31", b), DUE)).isEmpty();
    assertThat(found(on("2025-01-01", b), DUE)).hasSize(1);
  }

  @Test
  @DisplayName("基层党委任期5年；社区、村的党组织任期5年")
  void grassrootsCommitteesAndCommunityOrganizationsServeFiveYears() {
    PartyOrganization committee = elected("p1", GRASSROOTS_COMMITTEE, "2020-01-15").build();
    PartyOrganization communityBranch =
        elected("b1", BRANCH, "2020-01-15").division(DivisionId.of("c1")).build();
    PartyOrganization villageBranch =
        elected("b2", BRANCH, "2020-01-15").unit(Unit.of("某某村民委员会", UnitNature.VILLAGE)).build();
    PartyOrganization plainBranch = elected("b3", BRANCH, "2020-01-15").build();

    ValidationReport report = on("2024-06-30", committee, communityBranch, villageBranch, plainBranch);

    assertThat(found(report, OVERDUE)).containsExactly("organizations/b3 /leadership/electedOn");
    assertThat(found(report, DUE)).isEmpty();
    assertThat(found(on("2025-01-16", committee, communityBranch, villageBranch), DUE))
        .containsExactly(
            "organizations/b1 /leadership/electedOn",
            "organizations/b2 /leadership/electedOn",
            "organizations/p1 /leadership/electedOn");
  }

  @Test
  @DisplayName("地方党委、指定产生的班子、已撤销的组织不检查")
  void exemptTypesAppointedLeadershipsAndDissolvedOrganizationsAreSkipped() {
    PartyOrganization local = elected("l1", LOCAL_COMMITTEE, "2010-01-01").build();
    PartyOrganization appointed =
        org("b1", BRANCH, "o0")
            .leadership(
                LeadershipTeam.builder()
                    .electedOn(PartialDate.parse("2010-01-01"))
                    .selection(Selection.APPOINTED)
                    .build())
            .build();
    PartyOrganization dissolved =
        elected("b2", BRANCH, "2010-01-01").dissolvedOn(PartialDate.parse("2012-01-01")).build();
    PartyOrganization noDate = org("b3", BRANCH, "o0").leadership(LeadershipTeam.builder().build()).build();

    ValidationReport report = on("2024-06-30", local, appointed, dissolved, noDate);

    assertThat(found(report, DUE)).isEmpty();
    assertThat(found(report, OVERDUE)).isEmpty();
  }

  @Test
  @DisplayName("关闭election.due时，election.overdue沿用其任期表")
  void overdueUsesTheTermTableOfDueEvenWhenDueIsOff() {
    CityDataset d =
        CityDataset.builder()
            .add(org("o0", LOCAL_COMMITTEE, null).build())
            .add(elected("p1", GRASSROOTS_COMMITTEE, "2018-01-15").build())
            .add(elected("p2", GRASSROOTS_COMMITTEE, "2019-01-15").build())
            .build();
    ValidationOptions options =
        ValidationOptions.builder().asOf(LocalDate.of(2024, 6, 30)).disable(DUE).build();

    ValidationReport report = StructureFixtures.validate(StructureFixtures.standard(), d, options);

    assertThat(found(report, OVERDUE)).containsExactly("organizations/p1 /leadership/electedOn");
    Issue issue = only(report, OVERDUE);
    assertThat(issue.args()).containsEntry("termYears", 5L);
  }
}
