package io.jingwei.impl.rules.reference;

import static io.jingwei.impl.rules.structure.StructureFixtures.division;
import static io.jingwei.impl.rules.structure.StructureFixtures.found;
import static io.jingwei.impl.rules.structure.StructureFixtures.grid;
import static io.jingwei.impl.rules.structure.StructureFixtures.memberBuilder;
import static io.jingwei.impl.rules.structure.StructureFixtures.only;
import static io.jingwei.impl.rules.structure.StructureFixtures.org;
import static io.jingwei.impl.rules.structure.StructureFixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.dataset.CityDataset;
import io.jingwei.division.DivisionKind;
import io.jingwei.division.ResidentialCompound;
import io.jingwei.member.Introducer;
import io.jingwei.member.MembershipStatus;
import io.jingwei.member.RecruitmentTimeline;
import io.jingwei.organization.LeadershipTeam;
import io.jingwei.organization.Meeting;
import io.jingwei.organization.MeetingType;
import io.jingwei.organization.OrganizationType;
import io.jingwei.organization.Post;
import io.jingwei.ref.CompoundId;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.GridId;
import io.jingwei.ref.MeetingId;
import io.jingwei.ref.MemberId;
import io.jingwei.ref.OrganizationId;
import io.jingwei.ref.WorkerId;
import io.jingwei.servicecenter.CenterLevel;
import io.jingwei.servicecenter.ServiceCenter;
import io.jingwei.impl.rules.structure.StructureFixtures;
import io.jingwei.validation.Issue;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import io.jingwei.worker.CommunityWorker;
import io.jingwei.worker.GridWorker;
import io.jingwei.worker.GridWorkerRole;
import io.jingwei.worker.WorkerPost;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReferenceCheckTest {

  private static final String UNRESOLVED = "reference.unresolved";
  private static final String WRONG = "reference.wrong-target";

  /** A dataset where every reference property of every kind names something missing ("x…"). */
  private static CityDataset dangling() {
    return CityDataset.builder()
        .add(division("d1", DivisionKind.COMMUNITY, "450103001001", "xDivision"))
        .add(ResidentialCompound.of(CompoundId.of("c1"), "小区", DivisionId.of("xCommunity")))
        .add(
            org("o1", OrganizationType.LOCAL_COMMITTEE, "xParent")
                .division(DivisionId.of("xDivision"))
                .compound(CompoundId.of("xCompound"))
                .grid(GridId.of("xGrid"))
                .leadership(
                    LeadershipTeam.builder()
                        .officer(MemberId.of("m1"), Post.SECRETARY)
                        .officer(MemberId.of("xOfficer"), Post.DEPUTY_SECRETARY)
                        .build())
                .build())
        .add(
            memberBuilder("m1", "xOrganization", MembershipStatus.FULL)
                .partyGroup(OrganizationId.of("xGroup"))
                .residenceCommunity(DivisionId.of("xResidence"))
                .timeline(
                    RecruitmentTimeline.builder()
                        .admittingOrganization(OrganizationId.of("xAdmitting"))
                        .introducer(Introducer.of(MemberId.of("m1")))
                        .introducer(Introducer.of(MemberId.of("xIntroducer")))
                        .build())
                .build())
        .add(
            CommunityWorker.builder()
                .id("w1")
                .name("工作者")
                .community(DivisionId.of("xCommunity"))
                .post(WorkerPost.OTHER)
                .grade(3)
                .grid(GridId.of("xGrid"))
                .member(MemberId.of("xMember"))
                .build())
        .add(
            GridWorker.builder()
                .id("gw1")
                .name("网格员")
                .grid(GridId.of("xGrid"))
                .role(GridWorkerRole.FULL_TIME)
                .communityWorker(WorkerId.of("xWorker"))
                .member(MemberId.of("xMember"))
                .build())
        .add(
            grid("g1", "450103001001001", "xCommunity")
                .compounds(List.of(CompoundId.of("c1"), CompoundId.of("xCompound")))
                .partyOrganization(OrganizationId.of("xOrganization"))
                .build())
        .add(
            ServiceCenter.builder()
                .id("s1")
                .name("中心")
                .level(CenterLevel.COMMUNITY)
                .division(DivisionId.of("xDivision"))
                .compound(CompoundId.of("xCompound"))
                .build())
        .add(Meeting.of(MeetingId.of("mt1"), OrganizationId.of("xOrganization"), MeetingType.OTHER, LocalDate.of(2024, 1, 4)))
        .build();
  }

  @Test
  @DisplayName("每一种引用属性都按其JSON指针报告，列表带下标")
  void reportsEveryUnresolvedReferenceAtItsPointer() {
    ValidationReport report = validate(dangling());

    assertThat(found(report, UNRESOLVED))
        .containsExactlyInAnyOrder(
            "divisions/d1 /parent",
            "compounds/c1 /community",
            "organizations/o1 /parent",
            "organizations/o1 /division",
            "organizations/o1 /compound",
            "organizations/o1 /grid",
            "organizations/o1 /leadership/officers/1/member",
            "members/m1 /organization",
            "members/m1 /partyGroup",
            "members/m1 /residenceCommunity",
            "members/m1 /timeline/admittingOrganization",
            "members/m1 /timeline/introducers/1/member",
            "communityWorkers/w1 /community",
            "communityWorkers/w1 /grid",
            "communityWorkers/w1 /member",
            "gridWorkers/gw1 /grid",
            "gridWorkers/gw1 /communityWorker",
            "gridWorkers/gw1 /member",
            "grids/g1 /community",
            "grids/g1 /compounds/1",
            "grids/g1 /partyOrganization",
            "serviceCenters/s1 /division",
            "serviceCenters/s1 /compound",
            "meetings/mt1 /organization");
    assertThat(found(report, WRONG)).isEmpty();
  }

  @Test
  void namesThePropertyTheTargetKindAndTheId() {
    CityDataset d =
        CityDataset.builder()
            .add(memberBuilder("m1", "o9", MembershipStatus.FULL).build())
            .build();

    Issue issue = only(validate(d), UNRESOLVED);

    assertThat(issue.args())
        .containsEntry("property", "organization")
        .containsEntry("targetKind", "organizations")
        .containsEntry("id", "o9");
  }

  @Test
  void resolvedReferencesAreFine() {
    CityDataset d =
        CityDataset.builder()
            .add(org("o0", OrganizationType.LOCAL_COMMITTEE, null).build())
            .add(org("o1", OrganizationType.BRANCH, "o0").build())
            .add(memberBuilder("m1", "o1", MembershipStatus.FULL).build())
            .add(
                memberBuilder("m2", "o1", MembershipStatus.FULL)
                    .timeline(RecruitmentTimeline.builder().introducer(Introducer.of(MemberId.of("m1"))).build())
                    .build())
            .build();

    assertThat(found(validate(d), UNRESOLVED)).isEmpty();
  }

  /** Every community, grid-organization and centre-division reference names a record of the wrong sort. */
  private static CityDataset wrongSorts() {
    return CityDataset.builder()
        .add(division("s1", DivisionKind.SUBDISTRICT, "450103001000", null))
        .add(division("c1", DivisionKind.COMMUNITY, "450103001001", "s1"))
        .add(division("v1", DivisionKind.VILLAGE, "450103001201", "s1"))
        .add(ResidentialCompound.of(CompoundId.of("cp1"), "小区", DivisionId.of("s1")))
        .add(ResidentialCompound.of(CompoundId.of("cp2"), "小区", DivisionId.of("v1")))
        .add(org("p1", OrganizationType.GRASSROOTS_COMMITTEE, null).build())
        .add(org("b1", OrganizationType.BRANCH, "p1").build())
        .add(memberBuilder("m1", "b1", MembershipStatus.FULL).residenceCommunity(DivisionId.of("s1")).build())
        .add(
            CommunityWorker.builder()
                .id("w1")
                .name("工作者")
                .community(DivisionId.of("s1"))
                .post(WorkerPost.OTHER)
                .grade(3)
                .build())
        .add(grid("g1", "450103001001001", "s1").partyOrganization(OrganizationId.of("p1")).build())
        .add(grid("g2", "450103001001002", "c1").partyOrganization(OrganizationId.of("b1")).build())
        .add(ServiceCenter.builder().id("sc1").name("中心").level(CenterLevel.COMMUNITY).division(DivisionId.of("s1")).build())
        .add(ServiceCenter.builder().id("sc2").name("中心").level(CenterLevel.COMPOUND).division(DivisionId.of("c1")).build())
        .add(ServiceCenter.builder().id("sc3").name("中心").level(CenterLevel.REGIONAL).division(DivisionId.of("s1")).build())
        .build();
  }

  @Test
  @DisplayName("社区引用指向街道、网格党组织为党委、社区级中心位于街道：类别不符")
  void reportsReferencesToRecordsOfTheWrongSort() {
    CityDataset d = wrongSorts();

    ValidationReport report = validate(d);

    assertThat(found(report, WRONG))
        .containsExactlyInAnyOrder(
            "compounds/cp1 /community",
            "members/m1 /residenceCommunity",
            "communityWorkers/w1 /community",
            "grids/g1 /community",
            "grids/g1 /partyOrganization",
            "serviceCenters/sc1 /division");
    Issue grid = report.issues(WRONG).stream().filter(i -> i.path().equals("/partyOrganization")).findFirst().orElseThrow();
    assertThat(grid.args()).containsEntry("actual", "GRASSROOTS_COMMITTEE").containsEntry("id", "p1");
    assertThat(found(report, UNRESOLVED)).isEmpty();
  }

  private static ValidationReport alone(CityDataset d, String rule) {
    String other = rule.equals(UNRESOLVED) ? WRONG : UNRESOLVED;
    return validate(
        StructureFixtures.standard(),
        d,
        ValidationOptions.builder().asOf(StructureFixtures.AS_OF).disable(other).build());
  }

  @Test
  @DisplayName("只开启 reference.unresolved：照常报告，不判断类别")
  void theUnresolvedRuleWorksAlone() {
    ValidationReport all = validate(dangling());
    ValidationReport one = alone(dangling(), UNRESOLVED);

    assertThat(found(one, UNRESOLVED)).hasSize(24).containsExactlyElementsOf(found(all, UNRESOLVED));
    ValidationReport sorts = alone(wrongSorts(), UNRESOLVED);
    assertThat(found(sorts, UNRESOLVED)).isEmpty();
    assertThat(found(sorts, WRONG)).isEmpty();
  }

  @Test
  @DisplayName("只开启 reference.wrong-target：照常报告，不报告缺失的记录")
  void theWrongTargetRuleWorksAlone() {
    ValidationReport all = validate(wrongSorts());
    ValidationReport one = alone(wrongSorts(), WRONG);

    assertThat(found(one, WRONG)).hasSize(6).containsExactlyElementsOf(found(all, WRONG));
    assertThat(found(alone(dangling(), WRONG), UNRESOLVED)).isEmpty();
    assertThat(found(alone(dangling(), WRONG), WRONG)).isEmpty();
  }

  @Test
  void referencesBetweenWorkersAndGridsResolve() {
    CityDataset d =
        CityDataset.builder()
            .add(division("c1", DivisionKind.COMMUNITY, "450103001001", null))
            .add(grid("g1", "450103001001001", "c1").build())
            .add(
                CommunityWorker.builder()
                    .id("w1")
                    .name("工作者")
                    .community(DivisionId.of("c1"))
                    .post(WorkerPost.OTHER)
                    .grade(3)
                    .grid(GridId.of("g1"))
                    .build())
            .add(
                GridWorker.builder()
                    .id("gw1")
                    .name("网格员")
                    .grid(GridId.of("g1"))
                    .role(GridWorkerRole.FULL_TIME)
                    .communityWorker(WorkerId.of("w1"))
                    .build())
            .add(ServiceCenter.builder().id("sc1").name("中心").level(CenterLevel.COMMUNITY).division(DivisionId.of("c1")).build())
            .build();

    ValidationReport report = validate(d);

    assertThat(found(report, UNRESOLVED)).isEmpty();
    assertThat(found(report, WRONG)).isEmpty();
  }
}
