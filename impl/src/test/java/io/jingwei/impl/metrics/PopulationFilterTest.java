package io.jingwei.impl.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.organization.LeadershipTeam;
import io.jingwei.organization.OrganizationType;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.ref.CompoundId;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.EntityKind;
import io.jingwei.servicecenter.CenterLevel;
import io.jingwei.servicecenter.ServiceCenter;
import io.jingwei.servicecenter.Sign;
import io.jingwei.standard.Population;
import io.jingwei.standard.Population.Condition;
import io.jingwei.time.PartialDate;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PopulationFilterTest {

  private static ServiceCenter.Builder centre(CenterLevel level) {
    return ServiceCenter.builder().id("c1").name("中心").level(level);
  }

  private static PopulationFilter filter(EntityKind kind, String path, Condition condition) {
    return PopulationFilter.compile(Population.of(kind).and(path, condition));
  }

  @Test
  void inMatchesAnEnumByItsConstantName() {
    PopulationFilter compound = filter(EntityKind.SERVICE_CENTER, "level", Condition.in("COMPOUND"));

    assertThat(compound.test(centre(CenterLevel.COMPOUND).build())).isTrue();
    assertThat(compound.test(centre(CenterLevel.COMMUNITY).build())).isFalse();
  }

  @Test
  void inMatchesABoolean() {
    PopulationFilter newlyBuilt = filter(EntityKind.SERVICE_CENTER, "newlyBuilt", Condition.in("true"));

    assertThat(newlyBuilt.test(centre(CenterLevel.COMPOUND).newlyBuilt(true).build())).isTrue();
    assertThat(newlyBuilt.test(centre(CenterLevel.COMPOUND).build())).isFalse();
  }

  @Test
  void numbersCompareByValue() {
    PopulationFilter area = filter(EntityKind.SERVICE_CENTER, "floorArea", Condition.in("300"));

    assertThat(area.test(centre(CenterLevel.COMPOUND).floorArea(new BigDecimal("300.0")).build())).isTrue();
    assertThat(area.test(centre(CenterLevel.COMPOUND).floorArea(new BigDecimal("301")).build())).isFalse();
  }

  @Test
  void idsCompareByTheirWireText() {
    PopulationFilter inC1 = filter(EntityKind.SERVICE_CENTER, "division", Condition.in("c1"));

    assertThat(inC1.test(centre(CenterLevel.COMMUNITY).division(DivisionId.of("c1")).build())).isTrue();
    assertThat(inC1.test(centre(CenterLevel.COMMUNITY).division(DivisionId.of("c2")).build())).isFalse();
    assertThat(inC1.test(centre(CenterLevel.COMMUNITY).build())).isFalse();
  }

  @Test
  void notInHoldsForAnAbsentProperty() {
    PopulationFilter notC1 = filter(EntityKind.SERVICE_CENTER, "compound", Condition.notIn("k1"));

    assertThat(notC1.test(centre(CenterLevel.COMPOUND).build())).isTrue();
    assertThat(notC1.test(centre(CenterLevel.COMPOUND).compound(CompoundId.of("k1")).build())).isFalse();
  }

  @Test
  void onASetInMeansSomeElement() {
    PopulationFilter owners = filter(EntityKind.SERVICE_CENTER, "signs", Condition.in("OWNERS_COMMITTEE"));
    PopulationFilter noOwners = filter(EntityKind.SERVICE_CENTER, "signs", Condition.notIn("OWNERS_COMMITTEE"));
    ServiceCenter both = centre(CenterLevel.COMPOUND).sign(Sign.SERVICE_CENTER, Sign.OWNERS_COMMITTEE).build();
    ServiceCenter one = centre(CenterLevel.COMPOUND).sign(Sign.SERVICE_CENTER).build();

    assertThat(owners.test(both)).isTrue();
    assertThat(owners.test(one)).isFalse();
    assertThat(owners.test(centre(CenterLevel.COMPOUND).build())).isFalse();
    assertThat(noOwners.test(both)).isFalse();
    assertThat(noOwners.test(one)).isTrue();
  }

  @Test
  void presenceTests() {
    PopulationFilter alive = filter(EntityKind.ORGANIZATION, "dissolvedOn", Condition.absent());
    PartyOrganization.Builder o = PartyOrganization.builder().id("o1").name("支部").type(OrganizationType.BRANCH);

    assertThat(alive.test(o.build())).isTrue();
    assertThat(alive.test(o.dissolvedOn(PartialDate.of(2020)).build())).isFalse();
  }

  @Test
  void allConditionsMustHoldAlongNestedPaths() {
    PopulationFilter committees =
        PopulationFilter.compile(
            Population.of(EntityKind.ORGANIZATION)
                .and("type", Condition.in("BRANCH"))
                .and("leadership/hasCommittee", Condition.in("true")));
    PartyOrganization.Builder o = PartyOrganization.builder().id("o1").name("支部").type(OrganizationType.BRANCH);
    LeadershipTeam committee = LeadershipTeam.builder().hasCommittee(true).build();

    assertThat(committees.test(o.leadership(committee).build())).isTrue();
    assertThat(committees.test(o.leadership(null).build())).isFalse();
    assertThat(committees.test(o.type(OrganizationType.GENERAL_BRANCH).leadership(committee).build())).isFalse();
  }

  @Test
  void aRecordOfAnotherKindIsNotInThePopulation() {
    assertThat(PopulationFilter.compile(Population.of(EntityKind.GRID)).test(centre(CenterLevel.COMPOUND).build()))
        .isFalse();
  }

  @Test
  void rejectsAnUnknownProperty() {
    assertThatThrownBy(() -> filter(EntityKind.GRID, "workers", Condition.present()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
