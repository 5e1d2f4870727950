package io.jingwei.impl.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.impl.i18n.Messages.Bundle;
import io.jingwei.impl.standard.DefaultStandards;
import io.jingwei.standard.RuleDefinition;
import io.jingwei.validation.Issue;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MessagesTest {

  private static final Messages MESSAGES = Messages.shared();

  private static Set<String> shippedRuleIds() {
    Set<String> ids = new TreeSet<>();
    DefaultStandards standards = DefaultStandards.shipped();
    for (String name : standards.names()) {
      for (RuleDefinition r : standards.get(name).rules()) {
        ids.add(r.id());
      }
    }
    return ids;
  }

  @ParameterizedTest
  @EnumSource(Bundle.class)
  @DisplayName("每个标准的每条规则在每个消息文件中都有消息")
  void everyRuleOfEveryShippedStandardHasAMessage(Bundle bundle) {
    assertThat(MESSAGES.keys(bundle)).containsAll(shippedRuleIds());
  }

  @Test
  void theBundlesHaveTheSameKeys() {
    assertThat(MESSAGES.keys(Bundle.ZH)).isEqualTo(MESSAGES.keys(Bundle.BASE));
    assertThat(MESSAGES.keys(Bundle.EN)).isEqualTo(MESSAGES.keys(Bundle.BASE));
  }

  @Test
  void theZhBundleRepeatsTheBaseBundle() {
    assertThat(MESSAGES.entries(Bundle.ZH)).isEqualTo(MESSAGES.entries(Bundle.BASE));
  }

  @Test
  void everyKeyIsTheIdOfAShippedRuleOrOneOfAFieldRulesConstraints() {
    Set<String> ids = shippedRuleIds();
    for (String key : MESSAGES.keys(Bundle.BASE)) {
      if (ids.contains(key)) {
        continue;
      }
      int dot = key.lastIndexOf('.');
      String rule = key.substring(0, dot);
      String constraint = key.substring(dot + 1);
      assertThat(rule).as(key).startsWith("field.");
      assertThat(ids).as(key).contains(rule);
      assertThat(constraintsClaimedBy(rule)).as(key).containsAnyOf(constraint, "*");
      assertThat(isBeanValidationConstraint(constraint)).as(key).isTrue();
    }
  }

  private static boolean isBeanValidationConstraint(String simpleName) {
    try {
      return Class.forName("jakarta.validation.constraints." + simpleName).isAnnotation();
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** The constraint names the national standard's field rule claims (its {@code constraints} parameter). */
  private static java.util.List<String> constraintsClaimedBy(String ruleId) {
    for (RuleDefinition r : DefaultStandards.shipped().get("national").rules()) {
      if (r.id().equals(ruleId)) {
        return r.stringListParam("constraints");
      }
    }
    throw new AssertionError("no rule " + ruleId);
  }

  @Test
  @DisplayName("字段约束的消息按约束给出具体要求")
  void aFieldIssueTakesTheTemplateOfItsConstraint() {
    Issue min = Issue.builder("field.range").arg("constraint", "Min").arg("value", 18L).build();
    Issue pattern = Issue.builder("field.invalid").arg("constraint", "Pattern").arg("regexp", "[0-9]{3}").build();
    Issue positive = Issue.builder("field.range").arg("constraint", "PositiveOrZero").build();

    assertThat(MESSAGES.format(min, Locale.CHINA))
        .isEqualTo(MESSAGES.format("field.range.Min", min.args(), Locale.CHINA))
        .contains("18")
        .isNotEqualTo(MESSAGES.format("field.range", min.args(), Locale.CHINA));
    assertThat(MESSAGES.format(min, Locale.ENGLISH)).contains("18").doesNotContain("{");
    assertThat(MESSAGES.format(pattern, Locale.CHINA)).contains("[0-9]{3}");
    assertThat(MESSAGES.format(positive, Locale.CHINA))
        .isEqualTo(MESSAGES.entries(Bundle.BASE).get("field.range.PositiveOrZero"));
  }

  @Test
  void aConstraintWithoutATemplateOrWithoutItsArgumentsTakesTheCodesTemplate() {
    Issue range = Issue.builder("field.range").arg("constraint", "Range").arg("min", 1L).arg("max", 9L).build();
    Issue minWithoutValue = Issue.builder("field.range").arg("constraint", "Min").build();
    Issue notAConstraint = Issue.builder("field.range").arg("constraint", 7).build();

    assertThat(MESSAGES.format(range, Locale.CHINA)).isEqualTo(MESSAGES.format("field.range", range.args(), Locale.CHINA));
    assertThat(MESSAGES.format(minWithoutValue, Locale.CHINA))
        .isEqualTo(MESSAGES.format("field.range", minWithoutValue.args(), Locale.CHINA))
        .doesNotContain("{value}");
    assertThat(MESSAGES.format(notAConstraint, Locale.CHINA))
        .isEqualTo(MESSAGES.format("field.range", notAConstraint.args(), Locale.CHINA));
  }

  @Test
  void chineseAndEnglishUseTheSamePlaceholders() {
    for (String key : MESSAGES.keys(Bundle.BASE)) {
      String zh = MESSAGES.entries(Bundle.BASE).get(key);
      String en = MESSAGES.entries(Bundle.EN).get(key);
      assertThat(new HashSet<>(NamedFormat.placeholders(en)))
          .as(key)
          .isEqualTo(new HashSet<>(NamedFormat.placeholders(zh)));
    }
  }

  @Test
  void rendersNamedArgumentsInChineseByDefault() {
    Issue issue = Issue.builder("branch.max-members").arg("count", 51L).arg("max", 50L).build();

    String zh = MESSAGES.format(issue, Locale.SIMPLIFIED_CHINESE);
    String en = MESSAGES.format(issue, Locale.ENGLISH);

    assertThat(zh).contains("51").contains("50").doesNotContain("{");
    assertThat(en).contains("51").contains("50").doesNotContain("{");
    assertThat(zh).isNotEqualTo(en);
  }

  @Test
  void aLanguageWithoutABundleGetsTheChineseBaseBundle() {
    Issue issue = Issue.builder("read.malformed-json").build();

    assertThat(MESSAGES.format(issue, Locale.FRENCH)).isEqualTo(MESSAGES.format(issue, Locale.CHINA));
    assertThat(MESSAGES.format(issue, Locale.TRADITIONAL_CHINESE)).isEqualTo(MESSAGES.format(issue, Locale.CHINA));
  }

  @Test
  void theJvmDefaultLocaleDoesNotChangeTheChoice() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      Issue issue = Issue.builder("read.malformed-json").build();
      assertThat(MESSAGES.format(issue, Locale.ROOT))
          .isEqualTo(MESSAGES.entries(Bundle.BASE).get("read.malformed-json"));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void anUnknownCodeGivesTheCodeAndItsArguments() {
    assertThat(MESSAGES.format("no.such-code", Map.of("n", 1), Locale.CHINA)).isEqualTo("no.such-code {n=1}");
    assertThat(MESSAGES.format("no.such-code", Map.of(), Locale.CHINA)).isEqualTo("no.such-code");
  }
}
