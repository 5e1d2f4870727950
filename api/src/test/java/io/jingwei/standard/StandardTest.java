package io.jingwei.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.validation.Severity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardTest {

  private static final LocalizedText TITLE = LocalizedText.of("测试标准", "Test standard");

  @Test
  void findsRulesByIdAndKeepsTheirOrder() {
    Standard s =
        Standard.of(
            "test", "1", null, TITLE,
            List.of(RuleDefinitionTest.rule("b.two").build(), RuleDefinitionTest.rule("a.one").build()));

    assertThat(s.ruleIds()).containsExactly("b.two", "a.one");
    assertThat(s.rule("a.one")).isPresent();
    assertThat(s.rule("c.three")).isEmpty();
    assertThat(s.ref().toString()).isEqualTo("test@1");
  }

  @Test
  void effectiveRulesLeaveOutDisabledAndFutureRules() {
    Standard s =
        Standard.of(
            "test", "1", null, TITLE,
            List.of(
                RuleDefinitionTest.rule("a.always").build(),
                RuleDefinitionTest.rule("a.off").enabled(false).build(),
                RuleDefinitionTest.rule("a.future").effectiveFrom(LocalDate.of(2030, 1, 1)).build()));

    assertThat(s.effectiveRules(LocalDate.of(2024, 1, 1))).extracting(RuleDefinition::id).containsExactly("a.always");
    assertThat(s.effectiveRules(LocalDate.of(2030, 1, 1)))
        .extracting(RuleDefinition::id)
        .containsExactly("a.always", "a.future");
  }

  @Test
  void rejectsDuplicateRuleIds() {
    assertThatThrownBy(
            () ->
                Standard.of(
                    "test", "1", null, TITLE,
                    List.of(RuleDefinitionTest.rule("a.one").build(), RuleDefinitionTest.rule("a.one").build())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a.one");
  }

  @Test
  void withRuleReplacesById() {
    Standard s = Standard.of("test", "1", null, TITLE, List.of(RuleDefinitionTest.rule("a.one").build()));

    Standard changed = s.withRule(s.rule("a.one").orElseThrow().withSeverity(Severity.ERROR));

    assertThat(changed.rules()).hasSize(1);
    assertThat(changed.rule("a.one").orElseThrow().severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void localizedTextFallsBackToChinese() {
    assertThat(TITLE.get(java.util.Locale.ENGLISH)).isEqualTo("Test standard");
    assertThat(TITLE.get(java.util.Locale.CHINA)).isEqualTo("测试标准");
    assertThat(LocalizedText.of("只有中文", null).get(java.util.Locale.ENGLISH)).isEqualTo("只有中文");
  }
}
