package io.jingwei.impl.metrics;

import static io.jingwei.impl.metrics.MetricsFixtures.BRANCH_RULE;
import static io.jingwei.impl.metrics.MetricsFixtures.C1;
import static io.jingwei.impl.metrics.MetricsFixtures.D1;
import static io.jingwei.impl.metrics.MetricsFixtures.D2;
import static io.jingwei.impl.metrics.MetricsFixtures.GRID_RULE;
import static io.jingwei.impl.metrics.MetricsFixtures.S1;
import static io.jingwei.impl.metrics.MetricsFixtures.S2;
import static io.jingwei.impl.metrics.MetricsFixtures.S3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.engine.CityDatasetInput;
import io.jingwei.impl.engine.DefaultDatasetValidator;
import io.jingwei.impl.engine.Layer;
import io.jingwei.metrics.CoverageItem;
import io.jingwei.metrics.DatasetMetrics;
import io.jingwei.metrics.Ratio;
import io.jingwei.metrics.RegionMetrics;
import io.jingwei.organization.Approval;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.OrganizationId;
import io.jingwei.standard.Standard;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DatasetMetricsCheckTest {

  private static final Standard STANDARD = MetricsFixtures.standard();
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
  private static final ValidationOptions OPTIONS = ValidationOptions.builder().asOf(AS_OF).build();

  private static ValidationReport validate(CityDataset dataset, ValidationOptions options) {
    return DefaultDatasetValidator.create(STANDARD, options, MetricsFixtures.checks()).validate(dataset);
  }

  private static DatasetMetrics metrics(CityDataset dataset) {
    return validate(dataset, OPTIONS).metrics();
  }

  private static RegionMetrics district(DatasetMetrics m, DivisionId id) {
    return m.district(id).orElseThrow();
  }

  private static RegionMetrics street(DatasetMetrics m, DivisionId id) {
    return m.street(id).orElseThrow();
  }

  // ------------------------------------------------------------------ completeness

  @Test
  @DisplayName("字段完整率：全市按记录统计")
  void completenessCountsPresentFieldsOverTheRecordsOfTheCity() {
    RegionMetrics city = metrics(MetricsFixtures.city()).city();

    assertThat(city.completeness(EntityKind.MEMBER).orElseThrow().records()).isEqualTo(4);
    assertThat(city.completeness(EntityKind.MEMBER, "idNumber")).contains(Ratio.of(2, 4));
    assertThat(city.completeness(EntityKind.MEMBER, "phone")).contains(Ratio.of(2, 4));
    assertThat(city.completeness(EntityKind.MEMBER, "timeline/admittedOn")).contains(Ratio.of(1, 4));
    assertThat(city.completeness().keySet()).containsExactly(EntityKind.MEMBER);
  }

  @Test
  @DisplayName("字段完整率：按城区、街道拆分")
  void completenessIsSplitByDistrictAndStreet() {
    DatasetMetrics m = metrics(MetricsFixtures.city());

    assertThat(district(m, D1).completeness(EntityKind.MEMBER).orElseThrow().records()).isEqualTo(3);
    assertThat(district(m, D1).completeness(EntityKind.MEMBER, "idNumber")).contains(Ratio.of(1, 3));
    assertThat(district(m, D1).completeness(EntityKind.MEMBER, "phone")).contains(Ratio.of(2, 3));
    assertThat(district(m, D2).completeness(EntityKind.MEMBER, "idNumber")).contains(Ratio.of(1, 1));
    assertThat(district(m, D2).completeness(EntityKind.MEMBER, "phone")).contains(Ratio.of(0, 1));
    assertThat(street(m, S1).completeness(EntityKind.MEMBER, "timeline/admittedOn")).contains(Ratio.of(1, 2));
    assertThat(street(m, S2).completeness(EntityKind.MEMBER, "phone")).contains(Ratio.of(0, 1));
    assertThat(street(m, S3).completeness(EntityKind.MEMBER, "idNumber")).contains(Ratio.of(1, 1));
  }

  @Test
  void anEmptyDatasetHasZeroCountsAndNoRegions() {
    DatasetMetrics m = metrics(CityDataset.builder().build());

    assertThat(m.city().completeness(EntityKind.MEMBER, "phone")).contains(Ratio.none());
    assertThat(m.city().coverage(CoverageItem.COMPOUND_PARTY_ORGANIZATION)).contains(Ratio.none());
    assertThat(m.city().compliance(GRID_RULE)).contains(Ratio.none());
    assertThat(m.districts()).isEmpty();
    assertThat(m.streets()).isEmpty();
  }

  // ------------------------------------------------------------------ coverage

  @Test
  @DisplayName("覆盖率：全市六项")
  void coverageOfTheCity() {
    RegionMetrics city = metrics(MetricsFixtures.city()).city();

    assertThat(city.coverage())
        .containsExactly(
            Map.entry(CoverageItem.STREET_PARTY_ORGANIZATION, Ratio.of(1, 3)),
            Map.entry(CoverageItem.COMMUNITY_PARTY_ORGANIZATION, Ratio.of(2, 4)),
            Map.entry(CoverageItem.COMPOUND_PARTY_ORGANIZATION, Ratio.of(3, 4)),
            Map.entry(CoverageItem.GRID_PARTY_ORGANIZATION, Ratio.of(2, 3)),
            Map.entry(CoverageItem.COMMUNITY_SERVICE_CENTER, Ratio.of(1, 4)),
            Map.entry(CoverageItem.COMPOUND_SERVICE_CENTER, Ratio.of(2, 4)));
  }

  @Test
  @DisplayName("覆盖率：按城区、街道拆分")
  void coverageIsSplitByDistrictAndStreet() {
    DatasetMetrics m = metrics(MetricsFixtures.city());

    assertThat(district(m, D1).coverage(CoverageItem.COMPOUND_PARTY_ORGANIZATION)).contains(Ratio.of(3, 3));
    assertThat(district(m, D2).coverage(CoverageItem.COMPOUND_PARTY_ORGANIZATION)).contains(Ratio.of(0, 1));
    assertThat(district(m, D1).coverage(CoverageItem.STREET_PARTY_ORGANIZATION)).contains(Ratio.of(1, 2));
    assertThat(street(m, S3).coverage(CoverageItem.COMMUNITY_PARTY_ORGANIZATION)).contains(Ratio.of(1, 2));
    assertThat(street(m, S3).coverage(CoverageItem.COMMUNITY_SERVICE_CENTER)).contains(Ratio.of(0, 2));
    assertThat(street(m, S1).coverage(CoverageItem.COMPOUND_SERVICE_CENTER)).contains(Ratio.of(1, 2));
    assertThat(street(m, S2).coverage(CoverageItem.GRID_PARTY_ORGANIZATION)).contains(Ratio.of(1, 1));
  }

  @Test
  @DisplayName("小区在设有党组织的网格内即视为覆盖")
  void aCompoundInAGridWithAPartyOrganizationIsCovered() {
    DatasetMetrics m = metrics(MetricsFixtures.city());

    // k2 has no organization of its own; grid g1 lists it and names o-c1
    assertThat(street(m, S1).coverage(CoverageItem.COMPOUND_PARTY_ORGANIZATION)).contains(Ratio.of(2, 2));
  }

  @Test
  @DisplayName("已撤销的党组织不计入覆盖")
  void aDissolvedOrganizationCoversNothing() {
    CityDataset city = MetricsFixtures.city();
    PartyOrganization k1Branch = city.organization(OrganizationId.of("o-k1")).orElseThrow();
    CityDataset dissolved =
        replaceOrganization(
            city, k1Branch.toBuilder().dissolvedOn(io.jingwei.time.PartialDate.of(2024, 6)).build());

    assertThat(metrics(dissolved).city().coverage(CoverageItem.COMPOUND_PARTY_ORGANIZATION))
        .contains(Ratio.of(2, 4));
  }

  @Test
  @DisplayName("撤销日期晚于基准日期时仍计入覆盖")
  void anOrganizationDissolvedAfterTheAsOfDateStillCovers() {
    CityDataset city = MetricsFixtures.city();
    PartyOrganization k1Branch = city.organization(OrganizationId.of("o-k1")).orElseThrow();
    CityDataset later =
        replaceOrganization(city, k1Branch.toBuilder().dissolvedOn(io.jingwei.time.PartialDate.of(2024)).build());

    assertThat(metrics(later).city().coverage(CoverageItem.COMPOUND_PARTY_ORGANIZATION))
        .contains(Ratio.of(3, 4));
  }

  @Test
  void theCoverageRuleChoosesItemsAndCommunityKinds() {
    Standard narrow =
        STANDARD.withRule(
            STANDARD
                .rule("metrics.coverage")
                .orElseThrow()
                .withParam("items", List.of("COMMUNITY_SERVICE_CENTER"))
                .withParam("communityKinds", List.of("COMMUNITY")));

    RegionMetrics city =
        DefaultDatasetValidator.create(narrow, OPTIONS, MetricsFixtures.checks())
            .validate(MetricsFixtures.city())
            .metrics()
            .city();

    assertThat(city.coverage()).containsExactly(Map.entry(CoverageItem.COMMUNITY_SERVICE_CENTER, Ratio.of(1, 3)));
  }

  // ------------------------------------------------------------------ compliance

  @Test
  @DisplayName("达标率：规则自身的考核对象优先于指标规则参数")
  void complianceUsesTheRulesOwnPopulationFirst() {
    RegionMetrics city = metrics(MetricsFixtures.city()).city();

    // five branches (o-c3, o-k1, o-k3, o-old, o-g2), o-k3 flagged; the MEMBER entry of the table is ignored
    assertThat(city.compliance(BRANCH_RULE)).contains(Ratio.of(4, 5));
  }

  @Test
  @DisplayName("达标率：指标规则参数给出考核对象")
  void complianceTakesThePopulationFromTheTable() {
    RegionMetrics city = metrics(MetricsFixtures.city()).city();

    assertThat(city.compliance(GRID_RULE)).contains(Ratio.of(2, 3));
  }

  @Test
  void onlyRulesThatRanAreMeasured() {
    RegionMetrics city = metrics(MetricsFixtures.city()).city();

    // test.unregistered has no check, test.grid-off is off, test.not-in-the-standard does not exist
    assertThat(city.compliance().keySet()).containsExactly(BRANCH_RULE, GRID_RULE);
  }

  @Test
  void aRuleDisabledInTheOptionsIsNotMeasured() {
    ValidationOptions off = OPTIONS.toBuilder().disable(GRID_RULE).build();

    assertThat(validate(MetricsFixtures.city(), off).metrics().city().compliance().keySet())
        .containsExactly(BRANCH_RULE);
  }

  @Test
  @DisplayName("达标率：按城区、街道拆分")
  void complianceIsSplitByDistrictAndStreet() {
    DatasetMetrics m = metrics(MetricsFixtures.city());

    assertThat(district(m, D1).compliance(BRANCH_RULE)).contains(Ratio.of(2, 3));
    assertThat(district(m, D2).compliance(BRANCH_RULE)).contains(Ratio.of(2, 2));
    assertThat(street(m, S2).compliance(BRANCH_RULE)).contains(Ratio.of(1, 2));
    assertThat(street(m, S2).compliance(GRID_RULE)).contains(Ratio.of(0, 1));
    assertThat(district(m, D2).compliance(GRID_RULE)).contains(Ratio.of(1, 1));
  }

  @Test
  @DisplayName("经上级批准的例外计为达标")
  void aRecordWhoseIssueAnApprovalSilencedPasses() {
    CityDataset city = MetricsFixtures.city();
    PartyOrganization k3 = city.organization(OrganizationId.of("o-k3")).orElseThrow();
    CityDataset approved =
        replaceOrganization(city, k3.toBuilder().approval(Approval.of(BRANCH_RULE, "青组〔2024〕1号")).build());

    ValidationReport report = validate(approved, OPTIONS);

    assertThat(report.hasIssues(BRANCH_RULE)).isFalse();
    assertThat(report.metrics().city().compliance(BRANCH_RULE)).contains(Ratio.of(5, 5));
  }

  @Test
  void complianceCountsEveryFailureWhenTheDetailsAreCapped() {
    CityDataset.Builder b = MetricsFixtures.city().toBuilder();
    b.add(MetricsFixtures.grid("g4", "450105001001002", "第四网格" + MetricsFixtures.SHORT, MetricsFixtures.C3).build());
    ValidationOptions capped = OPTIONS.toBuilder().maxIssuesPerCode(1).build();

    ValidationReport report = validate(b.build(), capped);

    assertThat(report.issues(GRID_RULE)).hasSize(1);
    assertThat(report.metrics().city().compliance(GRID_RULE)).contains(Ratio.of(2, 4));
  }

  // ------------------------------------------------------------------ the report

  @Test
  @DisplayName("没有问题的数据集也有指标")
  void metricsComeOutOfADatasetWithoutIssues() {
    CityDataset clean = MetricsFixtures.divisions().add(MetricsFixtures.compound("k1", C1)).build();

    ValidationReport report = validate(clean, OPTIONS);

    assertThat(report.issues()).isEmpty();
    assertThat(report.metrics().city().coverage(CoverageItem.COMPOUND_PARTY_ORGANIZATION))
        .contains(Ratio.of(0, 1));
    assertThat(report.metrics().street(S1).orElseThrow().coverage(CoverageItem.COMPOUND_PARTY_ORGANIZATION))
        .contains(Ratio.of(0, 1));
  }

  @Test
  void everyRegionHasTheKeysOfTheCity() {
    DatasetMetrics m = metrics(MetricsFixtures.city());

    assertThat(m.districts().keySet()).containsExactly(D1, D2);
    assertThat(m.streets().keySet()).containsExactly(S1, S2, S3);
    for (RegionMetrics r : concat(m)) {
      assertThat(r.completeness().keySet()).isEqualTo(m.city().completeness().keySet());
      assertThat(r.completeness(EntityKind.MEMBER).orElseThrow().present().keySet())
          .isEqualTo(m.city().completeness(EntityKind.MEMBER).orElseThrow().present().keySet());
      assertThat(r.coverage().keySet()).isEqualTo(m.city().coverage().keySet());
      assertThat(r.compliance().keySet()).isEqualTo(m.city().compliance().keySet());
    }
  }

  @Test
  void noMetricsWithoutTheMetricsLayer() {
    ValidationReport report =
        DefaultDatasetValidator.create(STANDARD, OPTIONS, MetricsFixtures.checks())
            .validate(CityDatasetInput.of(MetricsFixtures.city()), EnumSet.complementOf(EnumSet.of(Layer.METRICS)));

    assertThat(report.metrics().isEmpty()).isTrue();
  }

  @Test
  void noMetricsWhenFailFastStopped() {
    ValidationReport report = validate(MetricsFixtures.city(), OPTIONS.toBuilder().failFast(true).build());

    assertThat(report.summary().stoppedEarly()).isTrue();
    assertThat(report.metrics().isEmpty()).isTrue();
  }

  @Test
  void noMetricsWhenTheMetricRulesAreOff() {
    ValidationOptions off =
        OPTIONS.toBuilder()
            .disable("metrics.completeness")
            .disable("metrics.coverage")
            .disable("metrics.compliance")
            .build();

    assertThat(validate(MetricsFixtures.city(), off).metrics().isEmpty()).isTrue();
  }

  @Test
  @DisplayName("指标检查在本层其他检查之后运行，达标率包含它们的问题")
  void theMetricsRunAfterTheOtherChecksOfTheirLayer() {
    io.jingwei.impl.engine.Check lateMetric =
        MetricsFixtures.check(
            "fake-metric",
            Layer.METRICS,
            ctx ->
                ctx.rules()
                    .forEach(
                        r ->
                            r.emit(
                                io.jingwei.ref.EntityRef.of(EntityKind.GRID, "g3"), "", Map.of())));
    Standard standard =
        STANDARD.withRule(
            io.jingwei.standard.RuleDefinition.builder("test.late-metric")
                .check("fake-metric")
                .severity(io.jingwei.validation.Severity.INFO)
                .source(io.jingwei.standard.RuleSource.of("test", null, io.jingwei.standard.Confidence.CONFIRMED, null))
                .title("后置指标", null)
                .population(io.jingwei.standard.Population.of(EntityKind.GRID))
                .build());
    DefaultDatasetValidator validator =
        DefaultDatasetValidator.create(standard, OPTIONS, MetricsFixtures.checks().with(lateMetric));

    ValidationReport report = validator.validate(MetricsFixtures.city());

    assertThat(validator.checkOrder()).endsWith("fake-metric", DatasetMetricsCheck.NAME);
    assertThat(report.metrics().city().compliance("test.late-metric")).contains(Ratio.of(2, 3));
  }

  @Test
  void anUnknownPropertyInTheCompletenessRuleIsAnErrorOfTheStandard() {
    Standard wrong =
        STANDARD.withRule(
            STANDARD
                .rule("metrics.completeness")
                .orElseThrow()
                .withParam("properties", Map.of("MEMBER", List.of("nickname"))));

    assertThatThrownBy(
            () -> DefaultDatasetValidator.create(wrong, OPTIONS, MetricsFixtures.checks()).validate(MetricsFixtures.city()))
        .hasRootCauseInstanceOf(IllegalArgumentException.class)
        .rootCause()
        .hasMessageContaining("nickname");
  }

  @Test
  void aMalformedTableEntryIsAnErrorOfTheStandard() {
    Standard wrong =
        STANDARD.withRule(
            STANDARD.rule("metrics.compliance").orElseThrow().withParam(GRID_RULE, Map.of("kind", "GRIDS")));

    assertThatThrownBy(
            () -> DefaultDatasetValidator.create(wrong, OPTIONS, MetricsFixtures.checks()).validate(MetricsFixtures.city()))
        .hasMessageContaining("dataset-metrics")
        .cause()
        .hasMessageContaining("metrics.compliance");
  }

  @Test
  void twoValidationsGiveEqualMetrics() {
    assertThat(metrics(MetricsFixtures.city())).isEqualTo(metrics(MetricsFixtures.city()));
  }

  private static List<RegionMetrics> concat(DatasetMetrics m) {
    List<RegionMetrics> out = new java.util.ArrayList<>(m.districts().values());
    out.addAll(m.streets().values());
    return out;
  }

  private static CityDataset replaceOrganization(CityDataset city, PartyOrganization replacement) {
    CityDataset.Builder b = CityDataset.builder();
    for (EntityKind kind : EntityKind.values()) {
      for (Object r : city.records(kind)) {
        b.addAll(List.of(r instanceof PartyOrganization o && o.id().equals(replacement.id()) ? replacement : r));
      }
    }
    return b.build();
  }
}
