package io.jingwei.impl.rules.record;

import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.engine.CityDatasetInput;
import io.jingwei.impl.engine.DefaultDatasetValidator;
import io.jingwei.impl.engine.Layer;
import io.jingwei.impl.engine.ValidationInput;
import io.jingwei.impl.standard.DefaultStandards;
import io.jingwei.member.MembershipStatus;
import io.jingwei.member.PartyMember;
import io.jingwei.ref.OrganizationId;
import io.jingwei.standard.RuleDefinition;
import io.jingwei.standard.Standard;
import io.jingwei.time.PartialDate;
import io.jingwei.validation.Issue;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The test fixture of the record-rule tests: the made-up standard {@code record-rules-test.yaml}, validation of
 * the record layer only, and issues as {@code "entity path"} strings for assertions on code, entity and path.
 */
public final class RecordRulesTesting {
  private RecordRulesTesting() {}

  /** The default as-of date of the tests. */
  public static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  private static final Standard STANDARD = load();

  private static Standard load() {
    String file = "record-rules-test.yaml";
    try (InputStream in = RecordRulesTesting.class.getResourceAsStream("/io/jingwei/impl/rules/" + file)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return DefaultStandards.fromTexts(Map.of(file, text)).get("record-rules-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The test standard. */
  public static Standard standard() {
    return STANDARD;
  }

  /** The test standard with one parameter of one rule changed. */
  public static Standard withParam(String ruleId, String param, Object value) {
    RuleDefinition rule = STANDARD.rule(ruleId).orElseThrow();
    return STANDARD.withRule(rule.withParam(param, value));
  }

  /** Validates the dataset's record layer with the test standard on the as-of date. */
  public static ValidationReport validate(CityDataset dataset, LocalDate asOf) {
    return validate(STANDARD, CityDatasetInput.of(dataset), asOf);
  }

  /** Validates the dataset's record layer with the test standard on {@link #AS_OF}. */
  public static ValidationReport validate(CityDataset dataset) {
    return validate(dataset, AS_OF);
  }

  /** Validates the input's record layer with the standard on the as-of date. */
  public static ValidationReport validate(Standard standard, ValidationInput input, LocalDate asOf) {
    return DefaultDatasetValidator.create(standard, ValidationOptions.builder().asOf(asOf).build())
        .validate(input, EnumSet.of(Layer.RECORD));
  }

  /** The issues with the code as {@code "members/m1 /timeline/appliedOn"}, in report order. */
  public static List<String> issues(ValidationReport report, String code) {
    return report.issues().stream()
        .filter(i -> i.code().value().equals(code))
        .map(RecordRulesTesting::describe)
        .toList();
  }

  /** All issues as {@code "code members/m1 /path"}, in report order. */
  public static List<String> all(ValidationReport report) {
    return report.issues().stream().map(i -> i.code().value() + " " + describe(i)).toList();
  }

  /** The one issue with the code (fails unless there is exactly one). */
  public static Issue only(ValidationReport report, String code) {
    List<Issue> found = report.issues().stream().filter(i -> i.code().value().equals(code)).toList();
    if (found.size() != 1) {
      throw new AssertionError("expected one " + code + " issue, got " + found);
    }
    return found.get(0);
  }

  /** A partial date from its ISO text ({@code 2021}, {@code 2021-05}, {@code 2021-05-01}). */
  public static PartialDate date(String text) {
    return PartialDate.parse(text);
  }

  /** A FULL member of the branch {@code o1}, named 张三, to be completed by the test. */
  public static PartyMember.Builder member(String id) {
    return PartyMember.builder()
        .id(id)
        .name("张三")
        .status(MembershipStatus.FULL)
        .organization(OrganizationId.of("o1"));
  }

  /** A dataset of the records. */
  public static CityDataset dataset(Object... records) {
    return CityDataset.builder().addAll(List.of(records)).build();
  }

  private static String describe(Issue i) {
    return i.entity() + " " + i.path();
  }
}
