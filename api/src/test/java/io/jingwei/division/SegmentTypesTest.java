package io.jingwei.division;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SegmentTypesTest {

  @Test
  void townshipRangesAreContiguousFromOneToFiveHundredNinetyNine() {
    int expectedFirst = 1;
    for (TownshipType type : TownshipType.values()) {
      assertThat(type.firstSegment()).as(type.name()).isEqualTo(expectedFirst);
      assertThat(TownshipType.ofSegment(type.firstSegment())).contains(type);
      assertThat(TownshipType.ofSegment(type.lastSegment())).contains(type);
      expectedFirst = type.lastSegment() + 1;
    }
    assertThat(expectedFirst).isEqualTo(600);
    assertThat(TownshipType.ofSegment(0)).isEmpty();
    assertThat(TownshipType.ofSegment(600)).isEmpty();
  }

  @Test
  void villageRangesAreContiguousFromOneToThreeHundredNinetyNine() {
    assertThat(VillageSegmentType.ofSegment(0)).isEmpty();
    assertThat(VillageSegmentType.ofSegment(1)).contains(VillageSegmentType.COMMUNITY);
    assertThat(VillageSegmentType.ofSegment(199)).contains(VillageSegmentType.COMMUNITY);
    assertThat(VillageSegmentType.ofSegment(200)).contains(VillageSegmentType.VILLAGE);
    assertThat(VillageSegmentType.ofSegment(399)).contains(VillageSegmentType.VILLAGE);
    assertThat(VillageSegmentType.ofSegment(400)).isEmpty();
    assertThat(VillageSegmentType.VILLAGE.firstSegment()).isEqualTo(200);
    assertThat(VillageSegmentType.COMMUNITY.lastSegment()).isEqualTo(199);
  }

  @Test
  void countyRangesCoverOneToNinetyNine() {
    assertThat(CountyType.ofSegment(0)).isEmpty();
    assertThat(CountyType.ofSegment(20)).contains(CountyType.CITY_DISTRICT);
    assertThat(CountyType.ofSegment(21)).contains(CountyType.COUNTY);
    assertThat(CountyType.ofSegment(80)).contains(CountyType.COUNTY);
    assertThat(CountyType.ofSegment(81)).contains(CountyType.COUNTY_LEVEL_CITY);
    assertThat(CountyType.ofSegment(100)).isEmpty();
  }

  @Test
  void everyTypeHasAChineseName() {
    for (TownshipType type : TownshipType.values()) {
      assertThat(type.chineseName()).isNotBlank();
    }
    for (VillageSegmentType type : VillageSegmentType.values()) {
      assertThat(type.chineseName()).isNotBlank();
    }
    for (CountyType type : CountyType.values()) {
      assertThat(type.chineseName()).isNotBlank();
    }
  }
}
