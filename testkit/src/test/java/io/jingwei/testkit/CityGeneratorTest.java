package io.jingwei.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.dataset.CityDataset;
import io.jingwei.division.Division;
import io.jingwei.division.DivisionKind;
import io.jingwei.impl.io.EntityTypes;
import io.jingwei.impl.io.Located;
import io.jingwei.impl.io.ReadResult;
import io.jingwei.member.MembershipStatus;
import io.jingwei.member.PartyMember;
import io.jingwei.organization.OrganizationType;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.ref.EntityKind;
import io.jingwei.time.PartialDate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CityGeneratorTest {

  private static final CityDataset TINY = CityGenerator.of(CityPreset.tiny(), 7).generate();

  @Test
  void sameSeedGivesTheSameCity() {
    CityDataset again = CityGenerator.of(CityPreset.tiny(), 7).generate();
    for (EntityKind kind : EntityKind.values()) {
      assertThat(again.records(kind)).as(kind.name()).isEqualTo(TINY.records(kind));
    }
  }

  @Test
  void anotherSeedGivesAnotherCity() {
    CityDataset other = CityGenerator.of(CityPreset.tiny(), 8).generate();
    assertThat(other.members()).isNotEqualTo(TINY.members());
  }

  @Test
  @DisplayName("tiny 预设：1个城区、2个街道、4个社区、约200名党员")
  void tinyHasItsCounts() {
    assertThat(count(TINY, DivisionKind.URBAN_DISTRICT)).isEqualTo(1);
    assertThat(count(TINY, DivisionKind.SUBDISTRICT)).isEqualTo(2);
    assertThat(count(TINY, DivisionKind.COMMUNITY)).isEqualTo(4);
    assertThat(TINY.compounds()).hasSize(4);
    assertThat(TINY.grids()).hasSize(16);
    assertThat(TINY.communityWorkers()).hasSize(16);
    assertThat(TINY.members()).hasSize(200);
  }

  @Test
  @Tag("large")
  @DisplayName("南宁预设与报道中的数量一致")
  void nanningHasTheSeedArticlesCounts() {
    long start = System.nanoTime();
    CityDataset city = CityGenerator.of(CityPreset.nanning(), 1).generate();
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(count(city, DivisionKind.URBAN_DISTRICT) + count(city, DivisionKind.DEVELOPMENT_ZONE)).isEqualTo(7);
    assertThat(count(city, DivisionKind.SUBDISTRICT)).isEqualTo(25);
    assertThat(count(city, DivisionKind.COMMUNITY)).isEqualTo(260);
    assertThat(city.compounds()).hasSize(659);
    assertThat(city.grids()).hasSize(6764);
    assertThat(city.communityWorkers()).hasSize(4739);
    assertThat(city.members().size()).isBetween(119_000, 121_000);
    assertThat(city.serviceCenters().stream().filter(c -> c.compound() != null)).hasSize(659);
    assertThat(millis).as("generation time in ms").isLessThan(30_000);
  }

  @Test
  void usesNanningsRealDistrictCodes() {
    CityDataset city = CityGenerator.of(CityPreset.nanning().scaled(0.05).withMembers(3000), 3).generate();
    Set<String> codes =
        CityGenerator.of(new CityPreset("all", 10, 3, 10, 10, 0, 10, 30, 100), 1).generate().divisions().stream()
            .filter(d -> d.kind() == DivisionKind.URBAN_DISTRICT)
            .map(d -> d.code().value())
            .collect(Collectors.toSet());
    assertThat(codes).containsExactlyInAnyOrder("450102", "450103", "450105", "450107", "450108", "450109",
        "450110");
    assertThat(city.divisions()).isNotEmpty();
  }

  @Test
  void developmentZonesHaveNoCode() {
    CityDataset city = CityGenerator.of(CityPreset.nanning().scaled(0.3), 1).generate();
    List<Division> zones =
        city.divisions().stream().filter(d -> d.kind() == DivisionKind.DEVELOPMENT_ZONE).toList();
    assertThat(zones).isNotEmpty().allSatisfy(z -> assertThat(z.code()).isNull());
  }

  @Test
  @DisplayName("身份证号与出生日期、性别一致，且互不重复")
  void idNumbersMatchBirthDateAndSexAndAreUnique() {
    Set<String> seen = new HashSet<>();
    for (PartyMember m : TINY.members()) {
      assertThat(m.idNumber()).isNotNull();
      assertThat(PartialDate.of(m.idNumber().birthDate())).isEqualTo(m.birthDate());
      assertThat(m.idNumber().sex()).isEqualTo(m.sex());
      assertThat(seen.add(m.idNumber().value())).isTrue();
    }
  }

  @Test
  void branchesHaveThreeToFiftyMembersAndThreeFull() {
    for (PartyOrganization o : TINY.organizations()) {
      if (o.type() == OrganizationType.BRANCH) {
        List<PartyMember> members = TINY.membersOf(o.id());
        assertThat(members.size()).isBetween(3, 50);
        assertThat(members.stream().filter(m -> m.status() == MembershipStatus.FULL).count())
            .isGreaterThanOrEqualTo(3);
      }
    }
  }

  @Test
  void everyGridHasThreeOrFourGridWorkersAndAPartyOrganization() {
    TINY.grids().forEach(g -> {
      assertThat(TINY.gridWorkersOf(g.id()).size()).isBetween(3, 4);
      assertThat(g.partyOrganization()).isNotNull();
    });
  }

  @Test
  void writesADirectoryThatReadsBackUnchanged(@TempDir Path dir) throws IOException {
    CityWriter.writeDirectory(TINY, dir);
    ReadResult read = EntityTypes.reader().read(dir);
    assertThat(read.issues()).isEmpty();
    for (EntityKind kind : EntityKind.values()) {
      assertThat(read.records(kind).stream().map(Located::value).toList()).as(kind.name())
          .isEqualTo(TINY.records(kind));
    }
  }

  @Test
  void scaledPresetsKeepTheirMinimums() {
    CityPreset small = CityPreset.nanning().scaled(0.001);
    assertThat(small.districts()).isEqualTo(1);
    assertThat(small.communities()).isGreaterThanOrEqualTo(small.streets());
    assertThat(small.members()).isGreaterThanOrEqualTo(10 * small.communities());
    assertThat(CityPreset.named("nanning@0.5").communities()).isEqualTo(130);
    assertThatThrownBy(() -> CityPreset.named("paris")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CityPreset.tiny().scaled(0)).isInstanceOf(IllegalArgumentException.class);
  }

  private static long count(CityDataset city, DivisionKind kind) {
    return city.divisions().stream().filter(d -> d.kind() == kind).count();
  }
}
