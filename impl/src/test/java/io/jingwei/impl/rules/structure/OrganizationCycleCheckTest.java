package io.jingwei.impl.rules.structure;

import static io.jingwei.impl.rules.structure.StructureFixtures.found;
import static io.jingwei.impl.rules.structure.StructureFixtures.org;
import static io.jingwei.impl.rules.structure.StructureFixtures.validate;
import static io.jingwei.impl.rules.structure.StructureFixtures.validateLayers;
import static io.jingwei.organization.OrganizationType.LOCAL_COMMITTEE;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.engine.Layer;
import io.jingwei.validation.Issue;
import io.jingwei.validation.ValidationReport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrganizationCycleCheckTest {

  private static final String CODE = "organization.cycle";

  @Test
  @DisplayName("两个组织互为上级：各报告一次")
  void reportsEachOrganizationOfATwoCycleOnce() {
    CityDataset d =
        CityDataset.builder()
            .add(org("o1", LOCAL_COMMITTEE, "o2").build())
            .add(org("o2", LOCAL_COMMITTEE, "o1").build())
            .build();

    ValidationReport report = validate(d);

    assertThat(found(report, CODE)).containsExactly("organizations/o1 /parent", "organizations/o2 /parent");
    Issue first = report.issues(CODE).get(0);
    assertThat(first.args()).containsEntry("parent", "o2").containsEntry("length", 2L);
  }

  @Test
  @DisplayName("以自身为上级的组织")
  void reportsAnOrganizationThatIsItsOwnParent() {
    CityDataset d = CityDataset.builder().add(org("o1", LOCAL_COMMITTEE, "o1").build()).build();

    assertThat(found(validate(d), CODE)).containsExactly("organizations/o1 /parent");
  }

  @Test
  @DisplayName("通向循环的组织本身不在循环中，不报告")
  void doesNotReportOrganizationsLeadingIntoACycle() {
    CityDataset d =
        CityDataset.builder()
            .add(org("a", LOCAL_COMMITTEE, "b").build())
            .add(org("b", LOCAL_COMMITTEE, "c").build())
            .add(org("c", LOCAL_COMMITTEE, "d").build())
            .add(org("d", LOCAL_COMMITTEE, "c").build())
            .add(org("x", LOCAL_COMMITTEE, "a").build())
            .build();

    assertThat(found(validate(d), CODE)).containsExactly("organizations/c /parent", "organizations/d /parent");
  }

  @Test
  void aForestWithoutLoopsHasNoIssue() {
    CityDataset d =
        CityDataset.builder()
            .add(org("root", LOCAL_COMMITTEE, null).build())
            .add(org("a", LOCAL_COMMITTEE, "root").build())
            .add(org("b", LOCAL_COMMITTEE, "root").build())
            .add(org("c", LOCAL_COMMITTEE, "a").build())
            .add(org("orphan", LOCAL_COMMITTEE, "missing").build())
            .build();

    assertThat(found(validate(d), CODE)).isEmpty();
  }

  @Test
  @DisplayName("10万个组织的长链通向循环、1万个组织的长循环：不会栈溢出")
  void walksLongChainsAndLongCyclesWithoutRecursion() {
    int n = 100_000;
    CityDataset.Builder chain =
        CityDataset.builder()
            .add(org("top", LOCAL_COMMITTEE, "c0").build())
            .add(org("c0", LOCAL_COMMITTEE, "top").build());
    for (int i = 1; i < n; i++) {
      chain.add(org("c" + i, LOCAL_COMMITTEE, "c" + (i - 1)).build());
    }
    int m = 10_000;
    CityDataset.Builder loop = CityDataset.builder();
    for (int i = 0; i < m; i++) {
      loop.add(org("l" + i, LOCAL_COMMITTEE, "l" + ((i + 1) % m)).build());
    }

    assertThat(found(validateLayers(chain.build(), Layer.STRUCTURE), CODE))
        .containsExactly("organizations/c0 /parent", "organizations/top /parent");
    ValidationReport loopReport = validateLayers(loop.build(), Layer.STRUCTURE);
    assertThat(loopReport.count(CODE)).isEqualTo(m);
    assertThat(loopReport.issues(CODE).get(0).args()).containsEntry("length", (long) m);
  }
}
