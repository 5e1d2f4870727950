package io.jingwei.impl.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.engine.DefaultDatasetValidator;
import io.jingwei.impl.report.ReportJsonWriter;
import io.jingwei.impl.standard.DefaultStandards;
import io.jingwei.metrics.Ratio;
import io.jingwei.ref.EntityKind;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The metrics in the report JSON: values, schema, determinism. */
class MetricsJsonTest {

  private static final ValidationOptions OPTIONS = ValidationOptions.builder().asOf(LocalDate.of(2024, 6, 30)).build();

  private static ValidationReport report(CityDataset dataset) {
    return DefaultDatasetValidator.create(MetricsFixtures.standard(), OPTIONS, MetricsFixtures.checks())
        .validate(dataset);
  }

  private static String json(ValidationReport report) {
    return ReportJsonWriter.pretty().toJson(report, Locale.SIMPLIFIED_CHINESE);
  }

  private static JsonNode tree(String json) {
    return JsonMapper.builder().build().readTree(json);
  }

  private static Schema schema() {
    try (InputStream in = ReportJsonWriter.class.getResourceAsStream(ReportJsonWriter.SCHEMA_RESOURCE)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  @DisplayName("指标写入报告JSON的metrics")
  void writesTheMetricsUnderMetrics() {
    JsonNode metrics = tree(json(report(MetricsFixtures.city()))).get("metrics");
    JsonNode city = metrics.get("city");

    JsonNode compounds = city.get("coverage").get("COMPOUND_PARTY_ORGANIZATION");
    assertThat(compounds.get("covered").asLong()).isEqualTo(3);
    assertThat(compounds.get("total").asLong()).isEqualTo(4);
    assertThat(compounds.get("rate").decimalValue()).isEqualByComparingTo("0.75");
    JsonNode branches = city.get("compliance").get(MetricsFixtures.BRANCH_RULE);
    assertThat(branches.get("checked").asLong()).isEqualTo(5);
    assertThat(branches.get("passed").asLong()).isEqualTo(4);
    assertThat(branches.get("failed").asLong()).isEqualTo(1);
    assertThat(branches.get("rate").decimalValue()).isEqualByComparingTo("0.8");
    JsonNode members = city.get("completeness").get("MEMBER");
    assertThat(members.get("records").asLong()).isEqualTo(4);
    assertThat(members.get("properties").get("timeline/admittedOn").get("present").asLong()).isEqualTo(1);
    assertThat(members.get("properties").get("timeline/admittedOn").get("rate").decimalValue())
        .isEqualByComparingTo("0.25");
    assertThat(metrics.get("districts").propertyNames()).containsExactly("d1", "d2");
    assertThat(metrics.get("streets").propertyNames()).containsExactly("s1", "s2", "s3");
    assertThat(metrics.get("streets").get("s3").get("coverage").get("COMPOUND_PARTY_ORGANIZATION").get("covered").asLong())
        .isZero();
  }

  @Test
  void propertiesComeInTheDocumentedOrder() {
    JsonNode root = tree(json(report(MetricsFixtures.city())));

    assertThat(root.propertyNames())
        .containsExactly("format", "standard", "asOf", "locale", "valid", "summary", "metrics", "issues");
    assertThat(root.get("metrics").get("city").propertyNames()).containsExactly("completeness", "coverage", "compliance");
    assertThat(root.get("metrics").get("city").get("compliance").propertyNames())
        .containsExactly(MetricsFixtures.BRANCH_RULE, MetricsFixtures.GRID_RULE);
    assertThat(root.get("metrics").get("city").get("completeness").get("MEMBER").get("properties").propertyNames())
        .containsExactly("idNumber", "phone", "timeline/admittedOn");
  }

  @Test
  @DisplayName("含指标的报告JSON符合JSON Schema")
  void aReportWithMetricsValidatesAgainstTheSchema() {
    assertThat(schema().validate(tree(json(report(MetricsFixtures.city()))))).isEmpty();
  }

  @Test
  void aRateOfNothingIsNullAndStillValid() {
    String text = json(report(CityDataset.builder().build()));
    JsonNode city = tree(text).get("metrics").get("city");

    assertThat(city.get("coverage").get("GRID_PARTY_ORGANIZATION").get("rate").isNull()).isTrue();
    assertThat(city.get("completeness").get("MEMBER").get("properties").get("phone").get("rate").isNull()).isTrue();
    assertThat(schema().validate(tree(text))).isEmpty();
  }

  @Test
  void aReportWithoutMetricsHasEmptyMetricsAndStillValidates() {
    ValidationReport report = report(MetricsFixtures.city()).withMetrics(io.jingwei.metrics.DatasetMetrics.empty());
    JsonNode metrics = tree(json(report)).get("metrics");

    assertThat(metrics.get("city").get("coverage").isEmpty()).isTrue();
    assertThat(metrics.get("districts").isEmpty()).isTrue();
    assertThat(schema().validate(tree(json(report)))).isEmpty();
  }

  @Test
  void theSchemaRejectsACountMissingFromAMetric() {
    JsonNode broken = tree(json(report(MetricsFixtures.city())));
    ((tools.jackson.databind.node.ObjectNode) broken.get("metrics").get("city").get("coverage").get("GRID_PARTY_ORGANIZATION"))
        .remove("covered");

    assertThat(schema().validate(broken)).isNotEmpty();
  }

  @Test
  @DisplayName("同样的数据（记录顺序不同）得到相同的字节")
  void theSameDataInAnotherOrderGivesTheSameBytes() {
    List<Object> records = new ArrayList<>();
    CityDataset city = MetricsFixtures.city();
    for (EntityKind kind : EntityKind.values()) {
      records.addAll(city.records(kind));
    }
    Collections.shuffle(records, new Random(20240630L));

    assertThat(json(report(CityDataset.builder().addAll(records).build()))).isEqualTo(json(report(city)));
  }

  @Test
  @DisplayName("南宁标准：小区党组织应建尽建的街道达标率")
  void theNanningStandardMeasuresTheCoverageMinimumPerStreet() {
    ValidationReport report =
        DefaultDatasetValidator.create(DefaultStandards.shipped().get("nanning-2021"), OPTIONS)
            .validate(MetricsFixtures.city());

    // streets s1 (2/2) and s2 (1/1) meet 应建尽建, s3 (0/1) does not
    assertThat(report.metrics().city().compliance("coverage.compound-party-organization")).contains(Ratio.of(2, 3));
    assertThat(report.metrics().city().completeness(EntityKind.MEMBER, "phone")).contains(Ratio.of(2, 4));
    assertThat(schema().validate(tree(json(report)))).isEmpty();
  }
}
