package io.jingwei.impl.rules.division;

import static io.jingwei.division.DivisionKind.CITY;
import static io.jingwei.division.DivisionKind.COMMUNITY;
import static io.jingwei.division.DivisionKind.DEVELOPMENT_ZONE;
import static io.jingwei.division.DivisionKind.SUBDISTRICT;
import static io.jingwei.division.DivisionKind.TOWN;
import static io.jingwei.division.DivisionKind.TOWNSHIP;
import static io.jingwei.division.DivisionKind.URBAN_DISTRICT;
import static io.jingwei.division.DivisionKind.VILLAGE;
import static io.jingwei.impl.rules.structure.StructureFixtures.division;
import static io.jingwei.impl.rules.structure.StructureFixtures.found;
import static io.jingwei.impl.rules.structure.StructureFixtures.only;
import static io.jingwei.impl.rules.structure.StructureFixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.dataset.CityDataset;
import io.jingwei.validation.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DivisionCodeCheckTest {

  private static final String REQUIRED = "division.code-required";
  private static final String LEVEL = "division.code-level";
  private static final String SEGMENT = "division.code-segment";
  private static final String PARENT = "division.code-parent";

  @Test
  @DisplayName("开发区可以没有代码，社区不可以")
  void requiresACodeExceptForDevelopmentZones() {
    CityDataset d =
        CityDataset.builder()
            .add(division("z1", DEVELOPMENT_ZONE, null, null))
            .add(division("c1", COMMUNITY, null, null))
            .build();

    assertThat(found(validate(d), REQUIRED)).containsExactly("divisions/c1 /code");
  }

  @Test
  @DisplayName("社区用6位代码、街道用12位村级代码：层级不符")
  void rejectsCodesOfTheWrongLevel() {
    CityDataset d =
        CityDataset.builder()
            .add(division("c1", COMMUNITY, "450103", null))
            .add(division("s1", SUBDISTRICT, "450103001001", null))
            .add(division("ok1", CITY, "450100", null))
            .add(division("ok2", CITY, "110000", null))
            .add(division("ok3", SUBDISTRICT, "450103001", null))
            .add(division("ok4", URBAN_DISTRICT, "450103000000", null))
            .build();

    ValidationReport report = validate(d);

    assertThat(found(report, LEVEL)).containsExactly("divisions/c1 /code", "divisions/s1 /code");
    assertThat(report.issues(LEVEL).get(0).args())
        .containsEntry("level", "COUNTY")
        .containsEntry("kind", "COMMUNITY")
        .containsEntry("expected", List.of("VILLAGE"));
  }

  @Test
  @DisplayName("街道的乡级码段为镇、镇的为街道、社区的村级码段为村：码段不符")
  void rejectsSegmentsOfTheWrongType() {
    CityDataset d =
        CityDataset.builder()
            .add(division("s1", SUBDISTRICT, "450103101000", null))
            .add(division("t1", TOWN, "450103001000", null))
            .add(division("x1", TOWNSHIP, "450103201000", null))
            .add(division("t2", TOWN, "450103199000", null))
            .add(division("c1", COMMUNITY, "450103101201", null))
            .add(division("c2", COMMUNITY, "450103101199", null))
            .add(division("v1", VILLAGE, "450103101200", null))
            .add(division("v2", VILLAGE, "450103101001", null))
            .build();

    ValidationReport report = validate(d);

    assertThat(found(report, SEGMENT))
        .containsExactly("divisions/c1 /code", "divisions/s1 /code", "divisions/t1 /code", "divisions/v2 /code");
    assertThat(only(validate(CityDataset.builder().add(division("s1", SUBDISTRICT, "450103101000", null)).build()), SEGMENT).args())
        .containsEntry("segment", "101")
        .containsEntry("expected", List.of("SUBDISTRICT"));
  }

  @Test
  void aCodeOfTheWrongLevelIsNotAlsoJudgedBySegment() {
    CityDataset d = CityDataset.builder().add(division("s1", SUBDISTRICT, "450103101201", null)).build();

    ValidationReport report = validate(d);

    assertThat(found(report, LEVEL)).containsExactly("divisions/s1 /code");
    assertThat(found(report, SEGMENT)).isEmpty();
  }

  @Test
  @DisplayName("代码不在上级区划代码之内；开发区没有代码时与更上级比较")
  void comparesWithTheNearestAncestorThatHasACode() {
    CityDataset d =
        CityDataset.builder()
            .add(division("450100", CITY, "450100", null))
            .add(division("450103", URBAN_DISTRICT, "450103", "450100"))
            .add(division("s1", SUBDISTRICT, "450103001000", "450103"))
            .add(division("s2", SUBDISTRICT, "450105001000", "450103"))
            .add(division("z1", DEVELOPMENT_ZONE, null, "450100"))
            .add(division("s3", SUBDISTRICT, "450107009000", "z1"))
            .add(division("s4", SUBDISTRICT, "450203001000", "z1"))
            .add(division("c1", COMMUNITY, "450103001001", "s1"))
            .build();

    ValidationReport report = validate(d);

    assertThat(found(report, PARENT)).containsExactly("divisions/s2 /code", "divisions/s4 /code");
    assertThat(report.issues(PARENT).get(1).args())
        .containsEntry("parent", "450100")
        .containsEntry("parentCode", "450100");
  }

  @Test
  void aParentCycleWithoutCodesEndsTheWalk() {
    CityDataset d =
        CityDataset.builder()
            .add(division("a", DEVELOPMENT_ZONE, null, "b"))
            .add(division("b", DEVELOPMENT_ZONE, null, "a"))
            .add(division("s1", SUBDISTRICT, "450103001000", "a"))
            .build();

    assertThat(found(validate(d), PARENT)).isEmpty();
  }
}
