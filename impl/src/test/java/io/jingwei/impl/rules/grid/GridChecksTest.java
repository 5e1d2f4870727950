package io.jingwei.impl.rules.grid;

import static io.jingwei.impl.rules.structure.StructureFixtures.division;
import static io.jingwei.impl.rules.structure.StructureFixtures.found;
import static io.jingwei.impl.rules.structure.StructureFixtures.grid;
import static io.jingwei.impl.rules.structure.StructureFixtures.gridWorker;
import static io.jingwei.impl.rules.structure.StructureFixtures.only;
import static io.jingwei.impl.rules.structure.StructureFixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.dataset.CityDataset;
import io.jingwei.division.DivisionKind;
import io.jingwei.impl.rules.structure.StructureFixtures;
import io.jingwei.ref.OrganizationId;
import io.jingwei.standard.Standard;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import io.jingwei.impl.standard.DefaultStandards;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GridChecksTest {

  private static CityDataset.Builder community() {
    return CityDataset.builder()
        .add(division("c1", DivisionKind.COMMUNITY, "450103001001", null))
        .add(division("c2", DivisionKind.COMMUNITY, null, null));
  }

  @Test
  @DisplayName("网格未建立党组织")
  void reportsAGridWithoutAPartyOrganization() {
    CityDataset d =
        community()
            .add(grid("g1", "450103001001001", "c1").build())
            .add(grid("g2", "450103001001002", "c1").partyOrganization(OrganizationId.of("b1")).build())
            .build();

    assertThat(found(validate(d), "grid.party-organization")).containsExactly("grids/g1 /partyOrganization");
  }

  @Test
  @DisplayName("网格编码须嵌入所属社区的12位代码")
  void theGridCodeEmbedsItsCommunitysCode() {
    CityDataset d =
        community()
            .add(grid("ok", "450103001001001", "c1").build())
            .add(grid("other", "450103001002001", "c1").build())
            .add(grid("short", "45010300100101", "c1").build())
            .add(grid("uncoded", "450103001009001", "c2").build())
            .add(grid("unknown", "450103001009002", "c9").build())
            .build();

    ValidationReport report = validate(d);

    assertThat(found(report, "grid.community-code")).containsExactly("grids/other /code", "grids/short /code");
    assertThat(report.issues("grid.community-code").get(0).args())
        .containsEntry("code", "450103001002001")
        .containsEntry("communityCode", "450103001001")
        .containsEntry("scheme", "default");
  }

  @Test
  void theSchemeAndSequenceWidthAreParameters() {
    Standard standard =
        DefaultStandards.fromTexts(
                Map.of(
                    "p.yaml",
                    """
                    name: p
                    version: "1"
                    title: 测试
                    rules:
                      - id: grid.community-code
                        check: grid-community-code
                        severity: ERROR
                        title: 网格编码
                        source: {document: test, confidence: C}
                        params: {scheme: default, sequenceDigits: 4}
                      - id: duplicate.grid-code
                        check: grid-community-code
                        severity: ERROR
                        title: 网格编码（CJ/T 349）
                        source: {document: test, confidence: C}
                        params: {scheme: cjt349-2010}
                    """))
            .get("p");
    CityDataset d =
        community()
            .add(grid("g4", "4501030010010001", "c1").build())
            .add(grid("g20", "10000045010300100101", "c1").build())
            .build();

    ValidationReport report = StructureFixtures.validate(standard, d, ValidationOptions.defaults());

    assertThat(found(report, "grid.community-code")).containsExactly("grids/g20 /code");
    assertThat(found(report, "duplicate.grid-code")).containsExactly("grids/g4 /code");
  }

  @Test
  @DisplayName("网格员2名或5名超出3至4名；重复的网格员编号只计一次")
  void countsTheGridWorkersOfEachGrid() {
    CityDataset.Builder b =
        community()
            .add(grid("g0", "450103001001000", "c1").build())
            .add(grid("g2", "450103001001002", "c1").build())
            .add(grid("g3", "450103001001003", "c1").build())
            .add(grid("g4", "450103001001004", "c1").build())
            .add(grid("g5", "450103001001005", "c1").build());
    for (int n = 2; n <= 5; n++) {
      for (int i = 1; i <= n; i++) {
        b.add(gridWorker("g" + n + "w" + i, "g" + n));
      }
    }
    b.add(gridWorker("g2w1", "g2")); // the same worker twice

    ValidationReport report = validate(b.build());

    assertThat(found(report, "grid.worker-count"))
        .containsExactly("grids/g0 ", "grids/g2 ", "grids/g5 ");
    assertThat(report.issues("grid.worker-count").get(1).args())
        .containsEntry("count", 2L)
        .containsEntry("min", 3L)
        .containsEntry("max", 4L);
  }

  @Test
  @DisplayName("网格户数在100至500之间（含边界）")
  void householdsOutsideTheRangeAreReported() {
    CityDataset d =
        community()
            .add(grid("g1", "450103001001001", "c1").households(99).build())
            .add(grid("g2", "450103001001002", "c1").households(100).build())
            .add(grid("g3", "450103001001003", "c1").households(500).build())
            .add(grid("g4", "450103001001004", "c1").households(501).build())
            .add(grid("g5", "450103001001005", "c1").build())
            .build();

    ValidationReport report = validate(d);

    assertThat(found(report, "grid.households")).containsExactly("grids/g1 /households", "grids/g4 /households");
    assertThat(only(validate(community().add(grid("g1", "450103001001001", "c1").households(99).build()).build()), "grid.households").args())
        .containsEntry("households", 99L)
        .containsEntry("range", "100–500");
  }
}
