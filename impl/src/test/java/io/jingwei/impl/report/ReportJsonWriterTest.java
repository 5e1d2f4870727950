package io.jingwei.impl.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.jingwei.impl.engine.Check;
import io.jingwei.impl.engine.CheckContext;
import io.jingwei.impl.engine.CheckRegistry;
import io.jingwei.impl.engine.DefaultDatasetValidator;
import io.jingwei.impl.engine.Layer;
import io.jingwei.impl.engine.RecordEntry;
import io.jingwei.impl.engine.RegionResolver;
import io.jingwei.impl.engine.SimpleValidationInput;
import io.jingwei.impl.standard.DefaultStandards;
import io.jingwei.privacy.PersonalData;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;
import io.jingwei.standard.Standard;
import io.jingwei.validation.Issue;
import io.jingwei.validation.Location;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportJsonWriterTest {

  private static final String PROFILE =
      """
      name: report-test
      version: "1"
      title: {zh: 报告测试, en: Report test}
      rules:
        - id: read.malformed-json
          check: reader
          severity: ERROR
          title: {zh: 行不是有效的JSON}
          source: {document: test, confidence: C}
        - id: branch.max-members
          check: count-members
          severity: WARNING
          title: {zh: 人数上限}
          source: {document: test, confidence: C}
          params: {max: 1}
      """;

  record Phone(String value) implements PersonalData {
    @Override
    public String masked() {
      return value.substring(0, 3) + "****" + value.substring(7);
    }
  }

  record Org(String id, int members) {}

  private static final Check COUNT =
      new Check() {
        @Override
        public String name() {
          return "count-members";
        }

        @Override
        public Layer layer() {
          return Layer.STRUCTURE;
        }

        @Override
        public void run(CheckContext context) {
          context
              .rule("branch.max-members")
              .ifPresent(
                  r -> {
                    int max = r.rule().intParam("max");
                    for (RecordEntry e : context.input().records(EntityKind.ORGANIZATION)) {
                      Org o = (Org) e.record();
                      if (o.members() > max) {
                        r.emit(
                            e.ref(),
                            "",
                            Map.of("count", o.members(), "max", max, "contact", new Phone("13812345678"),
                                "units", List.of("甲", "乙"), "ratio", 0.5));
                      }
                    }
                  });
        }
      };

  private static ValidationReport report() {
    Standard standard = DefaultStandards.fromTexts(Map.of("report-test.yaml", PROFILE)).get("report-test");
    RegionResolver regions =
        record -> new RegionResolver.Places(DivisionId.of("450103"), DivisionId.of("450103001"));
    SimpleValidationInput input =
        SimpleValidationInput.builder()
            .record(EntityRef.of(EntityKind.ORGANIZATION, "o1"), new Org("o1", 3), Location.ofLine("organizations.jsonl", 1))
            .record(EntityRef.of(EntityKind.ORGANIZATION, "o2"), new Org("o2", 1), Location.ofLine("organizations.jsonl", 2))
            .record(EntityRef.of(EntityKind.ORGANIZATION, "o3"), new Org("o3", 2), Location.ofCell("台账.xlsx", "党组织", 4, "C"))
            .readIssue(Issue.builder("read.malformed-json").location(Location.ofLine("organizations.jsonl", 4)).build())
            .unreadable(EntityKind.ORGANIZATION, 1)
            .regions(regions)
            .build();
    ValidationOptions options = ValidationOptions.builder().asOf(LocalDate.of(2024, 6, 30)).build();
    return DefaultDatasetValidator.create(standard, options, CheckRegistry.of(COUNT)).validate(input);
  }

  private static JsonNode tree(String json) {
    return JsonMapper.builder().build().readTree(json);
  }

  @Test
  @DisplayName("报告JSON符合JSON Schema")
  void writtenReportValidatesAgainstTheSchema() throws Exception {
    String json = ReportJsonWriter.pretty().toJson(report(), Locale.SIMPLIFIED_CHINESE);
    Schema schema;
    try (InputStream in = ReportJsonWriter.class.getResourceAsStream(ReportJsonWriter.SCHEMA_RESOURCE)) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }

    List<Error> errors = schema.validate(tree(json));

    assertThat(errors).isEmpty();
  }

  @Test
  void theSchemaIsAvailableAsText() {
    assertThat(tree(ReportJsonWriter.schema()).get("properties").get("format").get("const").stringValue())
        .isEqualTo(ReportJsonWriter.FORMAT);
  }

  @Test
  void theSchemaRejectsAReportMissingAField() throws Exception {
    JsonNode broken = tree(ReportJsonWriter.compact().toJson(report(), Locale.CHINA));
    ((tools.jackson.databind.node.ObjectNode) broken).remove("summary");
    Schema schema;
    try (InputStream in = ReportJsonWriter.class.getResourceAsStream(ReportJsonWriter.SCHEMA_RESOURCE)) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }

    assertThat(schema.validate(broken)).isNotEmpty();
  }

  @Test
  @DisplayName("相同输入产生相同字节")
  void theSameReportGivesTheSameBytes() {
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();

    ReportJsonWriter.pretty().write(report(), Locale.CHINA, a);
    ReportJsonWriter.pretty().write(report(), Locale.CHINA, b);

    assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
    assertThat(a.toString(StandardCharsets.UTF_8)).doesNotContain("\r");
  }

  @Test
  void writesTheDocumentedFields() {
    JsonNode root = tree(ReportJsonWriter.compact().toJson(report(), Locale.CHINA));

    assertThat(root.get("format").stringValue()).isEqualTo("jingwei-report/1");
    assertThat(root.get("standard").get("name").stringValue()).isEqualTo("report-test");
    assertThat(root.get("asOf").stringValue()).isEqualTo("2024-06-30");
    assertThat(root.get("valid").booleanValue()).isFalse();
    JsonNode members = root.get("summary").get("records").get("ORGANIZATION");
    assertThat(members.get("read").asInt()).isEqualTo(4);
    assertThat(members.get("unreadable").asInt()).isEqualTo(1);
    assertThat(members.get("valid").asInt()).isEqualTo(3);
    assertThat(root.get("summary").get("issuesByCode").get("branch.max-members").asInt()).isEqualTo(2);
    assertThat(root.get("summary").get("issuesByDistrict").get("450103").asInt()).isEqualTo(2);
    JsonNode first = root.get("issues").get(0);
    assertThat(first.get("code").stringValue()).isEqualTo("read.malformed-json");
    assertThat(first.get("entity").isNull()).isTrue();
    assertThat(first.get("location").get("line").asInt()).isEqualTo(4);
    JsonNode second = root.get("issues").get(1);
    assertThat(second.get("entity").get("kind").stringValue()).isEqualTo("ORGANIZATION");
    assertThat(second.get("entity").get("id").stringValue()).isEqualTo("o1");
    assertThat(second.get("args").get("count").asInt()).isEqualTo(3);
    assertThat(second.get("args").get("units").isArray()).isTrue();
    assertThat(root.get("issues").get(2).get("location").get("sheet").stringValue()).isEqualTo("党组织");
  }

  @Test
  void writesArgumentsInNameOrder() {
    JsonNode args = tree(ReportJsonWriter.compact().toJson(report(), Locale.CHINA)).get("issues").get(1).get("args");

    assertThat(args.propertyNames()).containsExactly("contact", "count", "max", "ratio", "units");
  }

  @Test
  void prettyOutputUsesTwoSpacesAndNoSpaceBeforeColons() {
    String json = ReportJsonWriter.pretty().toJson(report(), Locale.CHINA);

    assertThat(json).startsWith("{\n  \"format\": \"jingwei-report/1\",\n");
  }

  @Test
  void masksPersonalDataInArguments() {
    String json = ReportJsonWriter.compact().toJson(report(), Locale.CHINA);

    assertThat(json).contains("138****5678").doesNotContain("13812345678");
  }

  @Test
  void rendersMessagesInTheLocale() {
    JsonNode zh = tree(ReportJsonWriter.compact().toJson(report(), Locale.CHINA));
    JsonNode en = tree(ReportJsonWriter.compact().toJson(report(), Locale.ENGLISH));

    assertThat(zh.get("locale").stringValue()).isEqualTo("zh-CN");
    assertThat(en.get("locale").stringValue()).isEqualTo("en");
    assertThat(zh.get("issues").get(1).get("message").stringValue())
        .isNotEqualTo(en.get("issues").get(1).get("message").stringValue());
    assertThat(en.get("issues").get(1).get("message").stringValue()).contains("3").contains("1");
  }

  @Test
  void leavesTheCallersStreamOpen() {
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            throw new AssertionError("closed");
          }
        };

    ReportJsonWriter.compact().write(report(), Locale.CHINA, out);

    assertThat(out.size()).isPositive();
  }
}
