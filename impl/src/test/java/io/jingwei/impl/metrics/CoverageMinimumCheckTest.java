package io.jingwei.impl.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.impl.engine.DefaultDatasetValidator;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;
import io.jingwei.standard.Confidence;
import io.jingwei.standard.RuleDefinition;
import io.jingwei.standard.RuleSource;
import io.jingwei.standard.Standard;
import io.jingwei.validation.Issue;
import io.jingwei.validation.Severity;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CoverageMinimumCheckTest {

  private static final String RULE = "coverage.test-minimum";
  private static final ValidationOptions OPTIONS = ValidationOptions.builder().asOf(LocalDate.of(2024, 6, 30)).build();

  private static ValidationReport validate(Map<String, Object> params) {
    RuleDefinition rule =
        RuleDefinition.builder(RULE)
            .check(CoverageMinimumCheck.NAME)
            .severity(Severity.INFO)
            .source(RuleSource.of("test", null, Confidence.CONFIRMED, null))
            .title("覆盖率下限", null)
            .params(params)
            .build();
    Standard standard = MetricsFixtures.standard().withRule(rule);
    return DefaultDatasetValidator.create(standard, OPTIONS, MetricsFixtures.checks()).validate(MetricsFixtures.city());
  }

  private static List<EntityRef> flagged(ValidationReport report) {
    return report.issues(RULE).stream().map(Issue::entity).toList();
  }

  @Test
  @DisplayName("小区党组织覆盖率未达100%的街道各报一条提示")
  void flagsEachStreetBelowTheMinimum() {
    ValidationReport report = validate(Map.of("item", "COMPOUND_PARTY_ORGANIZATION", "minRate", 1));

    // s1 2/2, s2 1/1, s3 0/1 (k4's branch is dissolved)
    assertThat(flagged(report)).containsExactly(EntityRef.of(EntityKind.DIVISION, "s3"));
    Issue issue = report.issues(RULE).get(0);
    assertThat(issue.severity()).isEqualTo(Severity.INFO);
    assertThat(issue.path()).isEmpty();
    assertThat(issue.args())
        .containsEntry("item", "COMPOUND_PARTY_ORGANIZATION")
        .containsEntry("covered", 0L)
        .containsEntry("total", 1L)
        .containsEntry("percent", new BigDecimal("0.00"))
        .containsEntry("minPercent", new BigDecimal("100"))
        .containsEntry("name", "街道s3");
  }

  @Test
  void aShortfallIsAlsoCountedForTheStreetsDistrict() {
    ValidationReport report = validate(Map.of("item", "COMPOUND_PARTY_ORGANIZATION", "minRate", 1));

    assertThat(report.summary().issuesByStreet()).containsEntry(MetricsFixtures.S3, 1L);
    assertThat(report.summary().issuesByDistrict()).containsEntry(MetricsFixtures.D2, 1L);
  }

  @Test
  void judgesDistrictsWhenAsked() {
    ValidationReport report =
        validate(Map.of("item", "COMMUNITY_SERVICE_CENTER", "minRate", new BigDecimal("0.5"), "level", "DISTRICT"));

    // d1: c1 yes, c2 no → 1/2 meets 0.5; d2: c3, v1 → 0/2
    assertThat(flagged(report)).containsExactly(EntityRef.of(EntityKind.DIVISION, "d2"));
  }

  @Test
  void aRateExactlyAtTheMinimumPasses() {
    // s3: c3 has a community organization, v1 none → 1/2
    assertThat(flagged(validate(Map.of("item", "COMMUNITY_PARTY_ORGANIZATION", "minRate", new BigDecimal("0.5")))))
        .doesNotContain(EntityRef.of(EntityKind.DIVISION, "s3"));
    assertThat(flagged(validate(Map.of("item", "COMMUNITY_PARTY_ORGANIZATION", "minRate", new BigDecimal("0.51")))))
        .contains(EntityRef.of(EntityKind.DIVISION, "s3"));
  }

  @Test
  void aMinimumOfZeroFlagsNothing() {
    assertThat(validate(Map.of("item", "GRID_PARTY_ORGANIZATION", "minRate", 0)).hasIssues(RULE)).isFalse();
  }

  @Test
  void aMinimumAboveOneIsAnErrorOfTheStandard() {
    assertThatThrownBy(() -> validate(Map.of("item", "GRID_PARTY_ORGANIZATION", "minRate", 2)))
        .rootCause()
        .hasMessageContaining("minRate");
  }

  @Test
  void anUnknownItemIsAnErrorOfTheStandard() {
    assertThatThrownBy(() -> validate(Map.of("item", "GRIDS", "minRate", 1))).rootCause().hasMessageContaining("GRIDS");
  }
}
