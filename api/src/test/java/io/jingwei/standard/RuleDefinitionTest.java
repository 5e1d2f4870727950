package io.jingwei.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.validation.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleDefinitionTest {

  static RuleDefinition.Builder rule(String id) {
    return RuleDefinition.builder(id)
        .check("some-check")
        .severity(Severity.WARNING)
        .source(RuleSource.of("《中国共产党支部工作条例（试行）》", "第四条", Confidence.CONFIRMED, null))
        .title("党支部党员人数一般不超过50人", "At most 50 members");
  }

  @Test
  void typedGettersReadParameters() {
    RuleDefinition r =
        rule("branch.max-members")
            .param("max", 50)
            .param("ratio", new BigDecimal("0.3"))
            .param("types", List.of("BRANCH", "JOINT_BRANCH"))
            .param("strict", true)
            .param("scheme", "default")
            .param("grades", List.of(7, 18))
            .build();

    assertThat(r.intParam("max")).isEqualTo(50);
    assertThat(r.longParam("max")).isEqualTo(50L);
    assertThat(r.decimalParam("ratio")).isEqualByComparingTo("0.3");
    assertThat(r.stringListParam("types")).containsExactly("BRANCH", "JOINT_BRANCH");
    assertThat(r.booleanParam("strict")).isTrue();
    assertThat(r.stringParam("scheme")).isEqualTo("default");
    assertThat(r.intListParam("grades")).containsExactly(7, 18);
    assertThat(r.intParam("absent", 3)).isEqualTo(3);
  }

  @Test
  void aMissingOrMistypedParameterIsAnErrorNamingTheRule() {
    RuleDefinition r = rule("branch.max-members").param("max", "fifty").param("ratio", 0.5).build();

    assertThatThrownBy(() -> r.intParam("min"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("branch.max-members")
        .hasMessageContaining("min");
    assertThatThrownBy(() -> r.intParam("max")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> r.intParam("ratio")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void parametersAreDeeplyImmutableCopies() {
    List<Object> list = new ArrayList<>(List.of("A"));
    Map<String, Object> nested = new LinkedHashMap<>(Map.of("COMMUNITY", 500));
    RuleDefinition r = rule("a.b").param("list", list).param("map", nested).build();
    list.add("B");
    nested.put("COMPOUND", 300);

    assertThat(r.stringListParam("list")).containsExactly("A");
    assertThat(r.mapParam("map")).containsOnlyKeys("COMMUNITY");
    assertThatThrownBy(() -> r.params().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.mapParam("map").put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void numbersAreNormalizedToBigDecimal() {
    RuleDefinition r = rule("a.b").param("n", 3).param("d", 2.5).build();

    assertThat(r.params().get("n")).isEqualTo(BigDecimal.valueOf(3));
    assertThat(r.params().get("d")).isEqualTo(new BigDecimal("2.5"));
  }

  @Test
  void isEffectiveFromItsDateWhenEnabled() {
    RuleDefinition r = rule("a.b").effectiveFrom(LocalDate.of(2020, 7, 13)).build();

    assertThat(r.isEffectiveOn(LocalDate.of(2020, 7, 12))).isFalse();
    assertThat(r.isEffectiveOn(LocalDate.of(2020, 7, 13))).isTrue();
    assertThat(r.withEnabled(false).isEffectiveOn(LocalDate.of(2024, 1, 1))).isFalse();
  }

  @Test
  void rejectsAnIdThatIsNotAnIssueCode() {
    assertThatThrownBy(() -> rule("MaxMembers").build()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void builderRequiresCheckSourceAndTitle() {
    assertThatThrownBy(() -> RuleDefinition.builder("a.b").build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("a.b");
  }

  @Test
  void theReaderCheckMarksReadRules() {
    assertThat(rule("read.malformed-json").check(RuleDefinition.READER_CHECK).build().isReadRule()).isTrue();
    assertThat(rule("a.b").build().isReadRule()).isFalse();
  }
}
