package io.jingwei.impl.rules.grid;

import static io.jingwei.impl.rules.structure.StructureFixtures.division;
import static io.jingwei.impl.rules.structure.StructureFixtures.found;
import static io.jingwei.impl.rules.structure.StructureFixtures.grid;
import static io.jingwei.impl.rules.structure.StructureFixtures.only;
import static io.jingwei.impl.rules.structure.StructureFixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.dataset.CityDataset;
import io.jingwei.division.DivisionKind;
import io.jingwei.impl.rules.structure.StructureFixtures;
import io.jingwei.standard.RuleDefinition;
import io.jingwei.standard.Standard;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The grid checks under other parameters than the test standard's, and records the checks must skip. Written from
 * the mutation testing run (docs/mutation-testing.md).
 */
class GridRuleParamsTest {

  private static Standard changed(String ruleId, UnaryOperator<RuleDefinition.Builder> change) {
    Standard standard = StructureFixtures.standard();
    RuleDefinition rule = standard.rule(ruleId).orElseThrow();
    return standard.withRule(change.apply(rule.toBuilder()).build());
  }

  private static ValidationReport validateWith(Standard standard, CityDataset d) {
    return StructureFixtures.validate(standard, d, ValidationOptions.builder().asOf(StructureFixtures.AS_OF).build());
  }

  private static CityDataset households() {
    return CityDataset.builder()
        .add(division("c1", DivisionKind.COMMUNITY, "450103001001", null))
        .add(grid("g1", "450103001001001", "c1").households(99).build())
        .add(grid("g4", "450103001001004", "c1").households(501).build())
        .build();
  }

  @Test
  @DisplayName("只给下限：只报告户数过少的网格")
  void householdsWithAMinimumOnly() {
    ValidationReport report = validateWith(changed("grid.households", b -> b.removeParam("max")), households());

    assertThat(found(report, "grid.households")).containsExactly("grids/g1 /households");
    assertThat(only(report, "grid.households").args()).containsEntry("range", "≥100");
  }

  @Test
  @DisplayName("只给上限：只报告户数过多的网格")
  void householdsWithAMaximumOnly() {
    ValidationReport report = validateWith(changed("grid.households", b -> b.removeParam("min")), households());

    assertThat(found(report, "grid.households")).containsExactly("grids/g4 /households");
    assertThat(only(report, "grid.households").args()).containsEntry("range", "≤500");
  }

  @Test
  void householdsWithoutBoundsReportNothing() {
    ValidationReport report =
        validateWith(changed("grid.households", b -> b.removeParam("min").removeParam("max")), households());

    assertThat(found(report, "grid.households")).isEmpty();
  }

  @Test
  @DisplayName("重复编号的网格只按第一条记录计网格员")
  void aGridRecordedTwiceIsCountedOnce() {
    CityDataset d =
        CityDataset.builder()
            .add(division("c1", DivisionKind.COMMUNITY, "450103001001", null))
            .add(grid("g1", "450103001001001", "c1").build())
            .add(grid("g1", "450103001001002", "c1").build())
            .build();

    assertThat(found(validate(d), "grid.worker-count")).containsExactly("grids/g1 ");
  }

  @Test
  @DisplayName("社区代码不是12位村级代码时不比较网格编码")
  void aCommunityWithATownshipLevelCodeIsNotCompared() {
    CityDataset d =
        CityDataset.builder()
            .add(division("c1", DivisionKind.COMMUNITY, "450103001", null))
            .add(grid("g1", "450103002001001", "c1").build())
            .build();

    assertThat(found(validate(d), "grid.community-code")).isEmpty();
  }

  @Test
  @DisplayName("sequenceDigits 只作用于 default 方案")
  void sequenceDigitsApplyToTheDefaultSchemeOnly() {
    Standard standard =
        changed(
            "grid.community-code",
            b -> b.param("scheme", "cjt349-2010").param("sequenceDigits", BigDecimal.valueOf(4)));
    CityDataset d =
        CityDataset.builder()
            .add(division("c1", DivisionKind.COMMUNITY, "450103001001", null))
            .add(grid("g20", "10000045010300100101", "c1").build())
            .build();

    assertThat(found(validateWith(standard, d), "grid.community-code")).isEmpty();
  }
}
