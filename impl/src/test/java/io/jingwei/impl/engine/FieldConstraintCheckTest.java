package io.jingwei.impl.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;
import io.jingwei.standard.Confidence;
import io.jingwei.standard.LocalizedText;
import io.jingwei.standard.RuleDefinition;
import io.jingwei.standard.RuleSource;
import io.jingwei.standard.Standard;
import io.jingwei.validation.Issue;
import io.jingwei.validation.Location;
import io.jingwei.validation.Severity;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldConstraintCheckTest {

  record Unit(@NotBlank String name, @PositiveOrZero Integer employees) {}

  record Org(
      @NotNull String id,
      @NotBlank @Size(max = 10) String name,
      @PositiveOrZero Integer households,
      @Pattern(regexp = "[0-9]+") String code,
      List<@Valid Unit> coveredUnits,
      List<@NotBlank String> tags,
      Map<String, @PositiveOrZero Integer> counts) {}

  private static RuleDefinition rule(String id, List<String> constraints) {
    return RuleDefinition.builder(id)
        .check(FieldConstraintCheck.NAME)
        .severity(Severity.ERROR)
        .source(RuleSource.of("test", null, Confidence.CONFIRMED, null))
        .title(LocalizedText.of("测试", null))
        .param(FieldConstraintCheck.CONSTRAINTS, constraints)
        .build();
  }

  private static final Standard FIELD_RULES =
      Standard.of(
          "field-test",
          "1",
          null,
          LocalizedText.of("字段测试", null),
          List.of(
              rule("field.not-null", List.of("NotNull")),
              rule("field.not-blank", List.of("NotBlank", "NotEmpty")),
              rule("field.size", List.of("Size")),
              rule("field.range", List.of("Min", "Max", "PositiveOrZero")),
              rule("field.invalid", List.of("*"))));

  private static ValidationReport validate(Standard standard, Object record) {
    SimpleValidationInput input =
        SimpleValidationInput.builder()
            .record(EntityRef.of(EntityKind.ORGANIZATION, "o1"), record, Location.ofLine("organizations.jsonl", 2))
            .build();
    return DefaultDatasetValidator.create(
            standard, ValidationOptions.builder().asOf(LocalDate.of(2024, 1, 1)).build(), CheckRegistry.builtIn())
        .validate(input, EnumSet.of(Layer.FIELD));
  }

  private static Org org(String name, Integer households) {
    return new Org("o1", name, households, "123", List.of(), List.of(), Map.of());
  }

  @Test
  void aValidRecordHasNoIssues() {
    assertThat(validate(FIELD_RULES, org("某党支部", 10)).issues()).isEmpty();
  }

  @Test
  void mapsEachConstraintToTheRuleThatClaimsIt() {
    Org bad = new Org(null, " ", -1, "12a", List.of(), List.of(), Map.of());

    ValidationReport r = validate(FIELD_RULES, bad);

    assertThat(r.issues())
        .extracting(i -> i.code().value() + " " + i.path())
        .containsExactlyInAnyOrder("field.not-null /id", "field.not-blank /name", "field.range /households",
            "field.invalid /code");
  }

  @Test
  void theWildcardRuleTakesUnclaimedConstraintsWithTheAnnotationNameAsArgument() {
    ValidationReport r = validate(FIELD_RULES, new Org("o1", "名称", 1, "x", List.of(), List.of(), Map.of()));

    Issue issue = r.issues("field.invalid").get(0);
    assertThat(issue.args()).containsEntry("constraint", "Pattern").containsEntry("regexp", "[0-9]+");
    assertThat(issue.entity()).isEqualTo(EntityRef.of(EntityKind.ORGANIZATION, "o1"));
    assertThat(issue.location().line()).isEqualTo(2);
  }

  @Test
  void sizeViolationsCarryTheBounds() {
    Issue issue = validate(FIELD_RULES, org("一二三四五六七八九十十一", 1)).issues("field.size").get(0);

    assertThat(issue.path()).isEqualTo("/name");
    assertThat(issue.args()).containsEntry("constraint", "Size").containsEntry("max", 10L);
  }

  @Test
  void pointsIntoListsAndMapsWithJsonPointers() {
    Org nested =
        new Org(
            "o1",
            "名称",
            1,
            "1",
            List.of(new Unit("甲公司", 3), new Unit("", -2)),
            List.of("ok", " "),
            Map.of("a/b", -1));

    ValidationReport r = validate(FIELD_RULES, nested);

    assertThat(r.issues())
        .extracting(i -> i.code().value() + " " + i.path())
        .containsExactlyInAnyOrder(
            "field.not-blank /coveredUnits/1/name",
            "field.range /coveredUnits/1/employees",
            "field.not-blank /tags/1",
            "field.range /counts/a~1b");
  }

  @Test
  void aConstraintNoRuleClaimsIsNotReported() {
    Standard onlyNotNull =
        Standard.of("t", "1", null, LocalizedText.of("测试", null), List.of(rule("field.not-null", List.of("NotNull"))));

    assertThat(validate(onlyNotNull, new Org("o1", " ", -1, "x", List.of(), List.of(), Map.of())).issues()).isEmpty();
  }

  @Test
  void aDisabledFieldRuleIsNotReported() {
    ValidationReport r =
        DefaultDatasetValidator.create(
                FIELD_RULES,
                ValidationOptions.builder().disable("field.range").build(),
                CheckRegistry.builtIn())
            .validate(
                SimpleValidationInput.builder()
                    .record(EntityRef.of(EntityKind.ORGANIZATION, "o1"), org("名称", -5))
                    .build());

    assertThat(r.issues()).isEmpty();
  }
}
