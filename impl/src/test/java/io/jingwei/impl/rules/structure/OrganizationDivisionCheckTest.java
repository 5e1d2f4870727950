package io.jingwei.impl.rules.structure;

import static io.jingwei.division.DivisionKind.CITY;
import static io.jingwei.division.DivisionKind.COMMUNITY;
import static io.jingwei.division.DivisionKind.DEVELOPMENT_ZONE;
import static io.jingwei.division.DivisionKind.SUBDISTRICT;
import static io.jingwei.division.DivisionKind.URBAN_DISTRICT;
import static io.jingwei.impl.rules.structure.StructureFixtures.division;
import static io.jingwei.impl.rules.structure.StructureFixtures.found;
import static io.jingwei.impl.rules.structure.StructureFixtures.org;
import static io.jingwei.impl.rules.structure.StructureFixtures.validate;
import static io.jingwei.organization.OrganizationType.GRASSROOTS_COMMITTEE;
import static io.jingwei.organization.OrganizationType.LOCAL_COMMITTEE;
import static io.jingwei.organization.OrganizationType.WORKING_COMMITTEE;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.dataset.CityDataset;
import io.jingwei.ref.DivisionId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrganizationDivisionCheckTest {

  private static final String CODE = "organization.division-outside-parent";

  private static CityDataset.Builder city() {
    return CityDataset.builder()
        .add(division("450100", CITY, "450100", null))
        .add(division("450103", URBAN_DISTRICT, "450103", "450100"))
        .add(division("450105", URBAN_DISTRICT, "450105", "450100"))
        .add(division("450103001000", SUBDISTRICT, "450103001000", "450103"))
        .add(division("450103001001", COMMUNITY, "450103001001", "450103001000"))
        .add(division("GXQ", DEVELOPMENT_ZONE, null, "450100"))
        .add(division("450107009000", SUBDISTRICT, "450107009000", "GXQ"));
  }

  @Test
  @DisplayName("社区党委在区委所在区的社区：在上级区划之内")
  void acceptsADivisionDeepInsideTheParents() {
    CityDataset d =
        city()
            .add(org("o0", LOCAL_COMMITTEE, null).division(DivisionId.of("450103")).build())
            .add(org("o1", GRASSROOTS_COMMITTEE, "o0").division(DivisionId.of("450103001001")).build())
            .add(org("o2", GRASSROOTS_COMMITTEE, "o1").division(DivisionId.of("450103001001")).build())
            .build();

    assertThat(found(validate(d), CODE)).isEmpty();
  }

  @Test
  @DisplayName("按数据集中的区划隶属判断，而非代码前缀：开发区的街道")
  void followsDivisionAncestryNotCodes() {
    CityDataset d =
        city()
            .add(org("o0", WORKING_COMMITTEE, null).division(DivisionId.of("GXQ")).build())
            .add(org("o1", WORKING_COMMITTEE, "o0").division(DivisionId.of("450107009000")).build())
            .add(org("o2", LOCAL_COMMITTEE, null).division(DivisionId.of("450105")).build())
            .add(org("o3", WORKING_COMMITTEE, "o2").division(DivisionId.of("450107009000")).build())
            .build();

    assertThat(found(validate(d), CODE)).containsExactly("organizations/o3 /division");
  }

  @Test
  void rejectsADivisionInAnotherDistrict() {
    CityDataset d =
        city()
            .add(org("o0", LOCAL_COMMITTEE, null).division(DivisionId.of("450105")).build())
            .add(org("o1", WORKING_COMMITTEE, "o0").division(DivisionId.of("450103001000")).build())
            .build();

    assertThat(found(validate(d), CODE)).containsExactly("organizations/o1 /division");
  }

  @Test
  void skipsWhenADivisionIsMissingOrUnknown() {
    CityDataset d =
        city()
            .add(org("o0", LOCAL_COMMITTEE, null).build())
            .add(org("o1", WORKING_COMMITTEE, "o0").division(DivisionId.of("450103001000")).build())
            .add(org("o2", LOCAL_COMMITTEE, null).division(DivisionId.of("nowhere")).build())
            .add(org("o3", WORKING_COMMITTEE, "o2").division(DivisionId.of("450103001000")).build())
            .build();

    assertThat(found(validate(d), CODE)).isEmpty();
  }

  @Test
  void aDivisionCycleEndsTheWalk() {
    CityDataset d =
        CityDataset.builder()
            .add(division("a", SUBDISTRICT, null, "b"))
            .add(division("b", SUBDISTRICT, null, "a"))
            .add(division("c", SUBDISTRICT, null, null))
            .add(org("o0", LOCAL_COMMITTEE, null).division(DivisionId.of("c")).build())
            .add(org("o1", WORKING_COMMITTEE, "o0").division(DivisionId.of("a")).build())
            .build();

    assertThat(found(validate(d), CODE)).containsExactly("organizations/o1 /division");
  }

  @Test
  @DisplayName("区划隶属链断在数据集之外：不在上级区划之内")
  void aDivisionWhoseAncestryLeavesTheDatasetIsOutside() {
    CityDataset d =
        city()
            .add(division("orphan", SUBDISTRICT, "450103002000", "missing"))
            .add(org("o0", LOCAL_COMMITTEE, null).division(DivisionId.of("450103")).build())
            .add(org("o1", GRASSROOTS_COMMITTEE, "o0").division(DivisionId.of("orphan")).build())
            .build();

    assertThat(found(validate(d), CODE)).containsExactly("organizations/o1 /division");
  }

  @Test
  void anOrganizationInAnUnknownDivisionIsNotJudged() {
    CityDataset d =
        city()
            .add(org("o0", LOCAL_COMMITTEE, null).division(DivisionId.of("450103")).build())
            .add(org("o1", GRASSROOTS_COMMITTEE, "o0").division(DivisionId.of("nowhere")).build())
            .add(org("o2", LOCAL_COMMITTEE, null).division(DivisionId.of("nowhere")).build())
            .add(org("o3", GRASSROOTS_COMMITTEE, "o2").division(DivisionId.of("450105")).build())
            .build();

    assertThat(found(validate(d), CODE)).isEmpty();
  }
}
