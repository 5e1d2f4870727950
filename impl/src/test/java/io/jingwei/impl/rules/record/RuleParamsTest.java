package io.jingwei.impl.rules.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.servicecenter.CenterLevel;
import io.jingwei.standard.Confidence;
import io.jingwei.standard.LocalizedText;
import io.jingwei.standard.RuleDefinition;
import io.jingwei.standard.RuleSource;
import io.jingwei.validation.Severity;
import io.jingwei.worker.WorkerPost;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleParamsTest {

  private static RuleDefinition rule(Map<String, ?> params) {
    return RuleDefinition.builder("test.rule")
        .check("test")
        .severity(Severity.ERROR)
        .source(RuleSource.of("test", null, Confidence.CONFIRMED, null))
        .title(LocalizedText.of("测试", null))
        .params(params)
        .build();
  }

  @Test
  void readsEnumSetsListsAndMaps() {
    RuleDefinition r =
        rule(
            Map.of(
                "levels", List.of("COMPOUND", "COMMUNITY", "COMPOUND"),
                "min", Map.of("COMMUNITY", 500),
                "ranges", Map.of("DEPUTY", List.of(4, 15))));

    assertThat(RuleParams.enumList(r, "levels", CenterLevel.class))
        .containsExactly(CenterLevel.COMPOUND, CenterLevel.COMMUNITY);
    assertThat(RuleParams.enumSet(r, "levels", CenterLevel.class))
        .containsExactlyInAnyOrder(CenterLevel.COMMUNITY, CenterLevel.COMPOUND);
    assertThat(RuleParams.decimalsByConstant(r, "min", CenterLevel.class))
        .containsExactly(Map.entry(CenterLevel.COMMUNITY, BigDecimal.valueOf(500)));
    assertThat(RuleParams.rangesByConstant(r, "ranges", WorkerPost.class))
        .containsExactly(Map.entry(WorkerPost.DEPUTY, IntRange.of(4, 15)));
    assertThat(RuleParams.enumSetOrAll(r, "absent", CenterLevel.class)).hasSize(CenterLevel.values().length);
  }

  @Test
  void anUnknownConstantIsAProfileErrorNamingTheRuleTheParameterAndTheValue() {
    RuleDefinition r = rule(Map.of("levels", List.of("VILLAGE_LEVEL")));

    assertThatThrownBy(() -> RuleParams.enumSet(r, "levels", CenterLevel.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("test.rule")
        .hasMessageContaining("levels")
        .hasMessageContaining("VILLAGE_LEVEL");
  }

  @Test
  void badRangesAreProfileErrors() {
    assertThatThrownBy(
            () -> RuleParams.rangesByConstant(rule(Map.of("r", Map.of("OTHER", List.of(12, 1)))), "r", WorkerPost.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("r.OTHER");
    assertThatThrownBy(
            () -> RuleParams.rangesByConstant(rule(Map.of("r", Map.of("OTHER", List.of(1)))), "r", WorkerPost.class))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> RuleParams.minMax(rule(Map.of("min", 5, "max", 3))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("test.rule");
  }

  @Test
  void aRangeOfOneValueHoldsExactlyThatValue() {
    IntRange one = RuleParams.minMax(rule(Map.of("min", 7, "max", 7)));

    assertThat(one).isEqualTo(IntRange.of(7, 7));
    assertThat(one.contains(7)).isTrue();
    assertThat(one.contains(6)).isFalse();
    assertThat(one.contains(8)).isFalse();
  }

  @Test
  void aNamedRangeIsReadAndAMissingOrMalformedOneIsAProfileError() {
    assertThat(RuleParams.range(rule(Map.of("scale", List.of(1, 18))), "scale")).isEqualTo(IntRange.of(1, 18));
    assertThatThrownBy(() -> RuleParams.range(rule(Map.of()), "scale"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("scale");
    assertThatThrownBy(() -> RuleParams.range(rule(Map.of("scale", List.of(18, 1))), "scale"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("test.rule");
  }
}
