package io.jingwei.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.division.Division;
import io.jingwei.division.DivisionCode;
import io.jingwei.division.DivisionKind;
import io.jingwei.division.ResidentialCompound;
import io.jingwei.grid.Grid;
import io.jingwei.grid.GridCode;
import io.jingwei.member.MembershipStatus;
import io.jingwei.member.PartyMember;
import io.jingwei.organization.Meeting;
import io.jingwei.organization.MeetingType;
import io.jingwei.organization.OrganizationType;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.person.PersonName;
import io.jingwei.ref.CompoundId;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.GridId;
import io.jingwei.ref.GridWorkerId;
import io.jingwei.ref.MeetingId;
import io.jingwei.ref.MemberId;
import io.jingwei.ref.OrganizationId;
import io.jingwei.ref.ServiceCenterId;
import io.jingwei.ref.WorkerId;
import io.jingwei.servicecenter.CenterLevel;
import io.jingwei.servicecenter.ServiceCenter;
import io.jingwei.worker.CommunityWorker;
import io.jingwei.worker.GridWorker;
import io.jingwei.worker.GridWorkerRole;
import io.jingwei.worker.WorkerPost;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CityDatasetTest {

  private static final DivisionId CITY = DivisionId.of("450100");
  private static final DivisionId DISTRICT = DivisionId.of("450103");
  private static final DivisionId STREET = DivisionId.of("450103001");
  private static final DivisionId COMMUNITY = DivisionId.of("450103001001");
  private static final OrganizationId COMMITTEE = OrganizationId.of("o-community");
  private static final OrganizationId BRANCH = OrganizationId.of("o-branch");
  private static final GridId GRID = GridId.of("g-1");

  private static Division division(DivisionId id, DivisionKind kind, String name, String code, DivisionId parent) {
    return Division.of(id, kind, name, DivisionCode.parse(code), parent);
  }

  private static PartyMember member(String id, OrganizationId organization) {
    return PartyMember.of(MemberId.of(id), PersonName.of("党员" + id), MembershipStatus.FULL, organization);
  }

  private static CityDataset small() {
    return CityDataset.builder()
        .info(DatasetInfo.named("测试城市").withCity(DivisionCode.parse("450100")))
        .add(division(CITY, DivisionKind.CITY, "南宁市", "450100", null))
        .add(division(DISTRICT, DivisionKind.URBAN_DISTRICT, "青秀区", "450103", CITY))
        .add(division(STREET, DivisionKind.SUBDISTRICT, "某街道", "450103001000", DISTRICT))
        .add(division(COMMUNITY, DivisionKind.COMMUNITY, "某社区", "450103001001", STREET))
        .add(ResidentialCompound.of(CompoundId.of("c-1"), "金湖小区", COMMUNITY))
        .add(ResidentialCompound.of(CompoundId.of("c-2"), "银湖小区", COMMUNITY))
        .add(PartyOrganization.of(COMMITTEE, "社区党委", OrganizationType.GRASSROOTS_COMMITTEE, null))
        .add(PartyOrganization.of(BRANCH, "第一支部", OrganizationType.BRANCH, COMMITTEE))
        .add(member("m-1", BRANCH))
        .add(member("m-2", BRANCH))
        .add(member("m-3", COMMITTEE))
        .add(CommunityWorker.builder().id("w-1").name("黄一").community(COMMUNITY).post(WorkerPost.PRINCIPAL)
            .grade(12).build())
        .add(Grid.of(GRID, GridCode.parse("450103001001001"), "第一网格", COMMUNITY))
        .add(GridWorker.of(GridWorkerId.of("gw-1"), PersonName.of("陆一"), GRID, GridWorkerRole.GRID_LEADER))
        .add(GridWorker.of(GridWorkerId.of("gw-2"), PersonName.of("陆二"), GRID, GridWorkerRole.FULL_TIME))
        .add(ServiceCenter.of(ServiceCenterId.of("s-1"), "某社区党群服务中心", CenterLevel.COMMUNITY))
        .add(Meeting.of(MeetingId.of("mt-1"), BRANCH, MeetingType.THEMED_PARTY_DAY, LocalDate.of(2021, 7, 1)))
        .build();
  }

  @Test
  void looksUpEveryKindById() {
    CityDataset d = small();
    assertThat(d.division(DISTRICT)).hasValueSatisfying(x -> assertThat(x.name()).isEqualTo("青秀区"));
    assertThat(d.compound(CompoundId.of("c-2"))).isPresent();
    assertThat(d.organization(BRANCH)).isPresent();
    assertThat(d.member(MemberId.of("m-3"))).isPresent();
    assertThat(d.communityWorker(WorkerId.of("w-1"))).isPresent();
    assertThat(d.gridWorker(GridWorkerId.of("gw-2"))).isPresent();
    assertThat(d.grid(GRID)).isPresent();
    assertThat(d.serviceCenter(ServiceCenterId.of("s-1"))).isPresent();
    assertThat(d.meeting(MeetingId.of("mt-1"))).isPresent();
    assertThat(d.member(MemberId.of("nobody"))).isEmpty();
  }

  @Test
  @DisplayName("按区划代码查找，6 位与 12 位互通")
  void looksUpDivisionsByCodeAtTwelveDigits() {
    CityDataset d = small();
    assertThat(d.divisionByCode(DivisionCode.parse("450103"))).map(Division::id).contains(DISTRICT);
    assertThat(d.divisionByCode(DivisionCode.parse("450103000000"))).map(Division::id).contains(DISTRICT);
    assertThat(d.divisionByCode(DivisionCode.parse("450103001"))).map(Division::id).contains(STREET);
    assertThat(d.divisionByCode(DivisionCode.parse("450103001001"))).map(Division::id).contains(COMMUNITY);
    assertThat(d.divisionByCode(DivisionCode.parse("450105"))).isEmpty();
  }

  @Test
  @DisplayName("重复 id 不抛异常，查找取第一条")
  void duplicateIdsResolveToTheFirstRecord() {
    PartyMember first = member("m-dup", BRANCH);
    PartyMember second = member("m-dup", COMMITTEE);
    CityDataset d = small().toBuilder().add(first).add(second).build();
    assertThat(d.member(MemberId.of("m-dup"))).containsSame(first);
    assertThat(d.members()).hasSize(5);
    assertThat(d.membersOf(COMMITTEE)).contains(second);
  }

  @Test
  @DisplayName("withMembers 与 toBuilder().addAll().build() 结果一致，其他种类共享")
  void withMembersEqualsRebuildingWithTheMembers() {
    PartyMember first = member("m-dup", BRANCH);
    PartyMember second = member("m-new", COMMITTEE);
    CityDataset base = small();
    CityDataset rebuilt = base.toBuilder().add(first).add(second).build();
    CityDataset added = base.withMembers(List.of(first, second));
    assertThat(added.members()).containsExactlyElementsOf(rebuilt.members());
    assertThat(added.member(MemberId.of("m-dup"))).containsSame(first);
    assertThat(added.member(MemberId.of("m-3"))).isEqualTo(base.member(MemberId.of("m-3")));
    assertThat(added.membersOf(COMMITTEE)).containsExactlyElementsOf(rebuilt.membersOf(COMMITTEE));
    assertThat(added.membersOf(BRANCH)).containsExactlyElementsOf(rebuilt.membersOf(BRANCH));
    for (EntityKind kind : EntityKind.values()) {
      assertThat(List.copyOf(added.records(kind))).isEqualTo(List.copyOf(rebuilt.records(kind)));
    }
    assertThat(added.organization(BRANCH)).isEqualTo(rebuilt.organization(BRANCH));
    assertThat(added.gridWorkersOf(GRID)).isEqualTo(rebuilt.gridWorkersOf(GRID));
    assertThat(added.info()).isEqualTo(base.info());
    assertThat(base.withMembers(List.of())).isSameAs(base);
    assertThat(base.members()).hasSize(3);
  }

  @Test
  void relationsListRecordsInDatasetOrder() {
    CityDataset d = small();
    assertThat(d.childDivisions(CITY)).extracting(Division::id).containsExactly(DISTRICT);
    assertThat(d.childDivisions(COMMUNITY)).isEmpty();
    assertThat(d.childOrganizations(COMMITTEE)).extracting(PartyOrganization::id).containsExactly(BRANCH);
    assertThat(d.membersOf(BRANCH)).extracting(m -> m.id().value()).containsExactly("m-1", "m-2");
    assertThat(d.compoundsOf(COMMUNITY)).extracting(c -> c.id().value()).containsExactly("c-1", "c-2");
    assertThat(d.gridsOf(COMMUNITY)).extracting(Grid::id).containsExactly(GRID);
    assertThat(d.gridWorkersOf(GRID)).extracting(w -> w.id().value()).containsExactly("gw-1", "gw-2");
    assertThat(d.communityWorkersOf(COMMUNITY)).hasSize(1);
    assertThat(d.meetingsOf(BRANCH)).hasSize(1);
    assertThat(d.meetingsOf(COMMITTEE)).isEmpty();
  }

  @Test
  void returnedListsAreImmutable() {
    CityDataset d = small();
    assertThatThrownBy(() -> d.members().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> d.membersOf(BRANCH).clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> d.membersOf(OrganizationId.of("none")).add(member("x", BRANCH)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void countsRecordsPerKind() {
    CityDataset d = small();
    assertThat(d.size(EntityKind.DIVISION)).isEqualTo(4);
    assertThat(d.size(EntityKind.COMPOUND)).isEqualTo(2);
    assertThat(d.size(EntityKind.ORGANIZATION)).isEqualTo(2);
    assertThat(d.size(EntityKind.MEMBER)).isEqualTo(3);
    assertThat(d.size(EntityKind.COMMUNITY_WORKER)).isEqualTo(1);
    assertThat(d.size(EntityKind.GRID_WORKER)).isEqualTo(2);
    assertThat(d.size(EntityKind.GRID)).isEqualTo(1);
    assertThat(d.size(EntityKind.SERVICE_CENTER)).isEqualTo(1);
    assertThat(d.size(EntityKind.MEETING)).isEqualTo(1);
    assertThat(d.totalSize()).isEqualTo(17);
    assertThat(d.records(EntityKind.MEMBER)).isSameAs(d.members());
    assertThat(d.isEmpty()).isFalse();
    assertThat(CityDataset.builder().build().isEmpty()).isTrue();
  }

  @Test
  void toStringHoldsCountsOnly() {
    String text = small().toString();
    assertThat(text).contains("members=3").contains("divisions=4").doesNotContain("党员").doesNotContain("m-1");
  }

  @Test
  void addAllDispatchesByType() {
    CityDataset d = CityDataset.builder()
        .addAll(List.of(member("m-1", BRANCH), PartyOrganization.of(BRANCH, "支部", OrganizationType.BRANCH, null)))
        .build();
    assertThat(d.members()).hasSize(1);
    assertThat(d.organizations()).hasSize(1);
    assertThatThrownBy(() -> CityDataset.builder().addAll(List.of("not a record")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void addAllCopiesAnotherDatasetAndToBuilderKeepsTheInfo() {
    CityDataset d = small();
    CityDataset copy = CityDataset.builder().addAll(d).build();
    for (EntityKind kind : EntityKind.values()) {
      assertThat(copy.records(kind)).isEqualTo(d.records(kind));
    }
    assertThat(copy.info().name()).isEqualTo(DatasetInfo.UNNAMED);
    assertThat(d.toBuilder().build().info()).isEqualTo(d.info());
  }

  @Test
  void builderRejectsNulls() {
    assertThatThrownBy(() -> CityDataset.builder().add((PartyMember) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CityDataset.builder().info(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  @DisplayName("十万党员的数据集可以线性构建")
  void buildsAHundredThousandMembers() {
    CityDataset.Builder b = small().toBuilder();
    int branches = 2_000;
    for (int i = 0; i < branches; i++) {
      b.add(PartyOrganization.of(OrganizationId.of("b" + i), "支部" + i, OrganizationType.BRANCH, COMMITTEE));
    }
    for (int i = 0; i < 100_000; i++) {
      b.add(member("p" + i, OrganizationId.of("b" + (i % branches))));
    }
    CityDataset d = b.build();
    assertThat(d.size(EntityKind.MEMBER)).isEqualTo(100_003);
    assertThat(d.membersOf(OrganizationId.of("b7"))).hasSize(50);
    assertThat(d.member(MemberId.of("p99999"))).isPresent();
    assertThat(d.childOrganizations(COMMITTEE)).hasSize(branches + 1);
  }

  @Test
  void datasetInfoWithersCopy() {
    DatasetInfo info = DatasetInfo.named("x").withExtractedOn(LocalDate.of(2022, 1, 24)).withStandard("nanning-2021");
    assertThat(info.extractedOn()).isEqualTo(LocalDate.of(2022, 1, 24));
    assertThat(info.standard()).isEqualTo("nanning-2021");
    assertThat(info.city()).isNull();
    assertThatThrownBy(() -> DatasetInfo.named(null)).isInstanceOf(NullPointerException.class);
  }
}
