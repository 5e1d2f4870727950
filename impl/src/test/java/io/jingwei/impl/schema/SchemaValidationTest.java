package io.jingwei.impl.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.jingwei.impl.io.DatasetReader;
import io.jingwei.impl.io.EntityTypes;
import io.jingwei.impl.io.JsonLinesReader;
import io.jingwei.impl.io.JsonLinesResult;
import io.jingwei.impl.json.JingweiJson;
import io.jingwei.ref.EntityKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Validates data against the shipped schemas with an independent JSON Schema validator (networknt). */
class SchemaValidationTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  static Schema schema(String file) {
    return SCHEMAS.computeIfAbsent(
        file, f -> REGISTRY.getSchema(JSON.readTree(SchemaGenerator.bundled(f).orElseThrow())));
  }

  static List<Error> errors(String file, JsonNode instance) {
    return schema(file).validate(instance);
  }

  private static Path sampleCity() {
    return SchemaFilesTest.projectRoot().resolve("examples/data/sample-city");
  }

  @Test
  @DisplayName("样例城市的每一行都符合其模式")
  void everyLineOfTheBundledSampleCityMatchesItsSchema() throws IOException {
    Path dir = sampleCity();
    assumeTrue(Files.isDirectory(dir), "examples/data/sample-city is not in this tree");
    List<String> failures = new ArrayList<>();
    int records = 0;
    for (EntityKind kind : EntityKind.values()) {
      Path file = dir.resolve(kind.collectionName() + DatasetReader.COLLECTION_EXTENSION);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).isBlank()) {
          continue;
        }
        if (deliberatelyTruncated(dir).contains(file.getFileName() + ":" + (i + 1))) {
          continue; // a defect the sample carries on purpose (expected-issues.json): not JSON at all
        }
        records++;
        List<Error> errors = errors(SchemaGenerator.fileName(kind), JSON.readTree(lines.get(i)));
        if (!errors.isEmpty()) {
          failures.add(file.getFileName() + ":" + (i + 1) + " " + errors);
        }
      }
    }
    Path manifest = dir.resolve(DatasetReader.MANIFEST_FILE);
    if (Files.isRegularFile(manifest)) {
      List<Error> errors = errors(SchemaGenerator.MANIFEST_SCHEMA, JSON.readTree(Files.readString(manifest)));
      if (!errors.isEmpty()) {
        failures.add(DatasetReader.MANIFEST_FILE + " " + errors);
      }
    }

    assertThat(records).isPositive();
    assertThat(failures).isEmpty();
  }

  @Test
  void theBundledSampleCityAsOneDocumentMatchesTheDocumentSchema() throws IOException {
    Path dir = sampleCity();
    assumeTrue(Files.isDirectory(dir), "examples/data/sample-city is not in this tree");
    ObjectNode document = JSON.createObjectNode();
    Path manifest = dir.resolve(DatasetReader.MANIFEST_FILE);
    if (Files.isRegularFile(manifest)) {
      document.set(DatasetReader.MANIFEST_PROPERTY, JSON.readTree(Files.readString(manifest)));
    }
    for (EntityKind kind : EntityKind.values()) {
      Path file = dir.resolve(kind.collectionName() + DatasetReader.COLLECTION_EXTENSION);
      if (Files.isRegularFile(file)) {
        ArrayNode array = document.putArray(kind.collectionName());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          String where = file.getFileName() + ":" + (i + 1);
          if (!lines.get(i).isBlank() && !deliberatelyTruncated(dir).contains(where)) {
            array.add(JSON.readTree(lines.get(i)));
          }
        }
      }
    }

    assertThat(errors(SchemaGenerator.DOCUMENT_SCHEMA, document)).isEmpty();
  }

  /** The lines the sample city leaves unreadable on purpose, as {@code file:line}, from expected-issues.json. */
  private static java.util.Set<String> deliberatelyTruncated(Path dir) throws IOException {
    Path expected = dir.resolveSibling(dir.getFileName() + "-expected-issues.json");
    java.util.Set<String> lines = new java.util.HashSet<>();
    if (Files.isRegularFile(expected)) {
      for (tools.jackson.databind.JsonNode issue : JSON.readTree(Files.readString(expected)).get("issues")) {
        if (issue.get("code").asString().equals("read.malformed-json")) {
          lines.add(issue.get("file").asString() + ":" + issue.get("line").asInt());
        }
      }
    }
    return lines;
  }

  static Stream<Arguments> badRecords() {
    String member = "{\"id\":\"m1\",\"name\":\"张三\",\"status\":\"FULL\",\"organization\":\"o1\"";
    return Stream.of(
        Arguments.of("wrong enum constant", "divisions", "{\"id\":\"d1\",\"kind\":\"CAPITAL\",\"name\":\"南宁市\"}",
            "enum"),
        Arguments.of("enum given as a number", "divisions", "{\"id\":\"d1\",\"kind\":0,\"name\":\"南宁市\"}", "type"),
        Arguments.of("ID number of 16 digits", "members", member + ",\"idNumber\":\"4501031980010112\"}", "pattern"),
        Arguments.of("ID number with a letter inside", "members", member + ",\"idNumber\":\"4501031980A101123X\"}",
            "pattern"),
        Arguments.of("missing id", "divisions", "{\"kind\":\"CITY\",\"name\":\"南宁市\"}", "required"),
        Arguments.of("null id", "divisions", "{\"id\":null,\"kind\":\"CITY\",\"name\":\"南宁市\"}", "type"),
        Arguments.of("empty id", "grids",
            "{\"id\":\"\",\"code\":\"45010300100101\",\"name\":\"一网格\",\"community\":\"c1\"}", "minLength"),
        Arguments.of("id of 65 characters", "meetings", "{\"id\":\"" + "m".repeat(65)
            + "\",\"organization\":\"o1\",\"type\":\"BRANCH_GENERAL_MEETING\",\"heldOn\":\"2024-01-05\"}", "maxLength"),
        Arguments.of("missing required member status", "members", "{\"id\":\"m1\",\"name\":\"张三\",\"organization\":\"o1\"}",
            "required"),
        Arguments.of("unknown property", "organizations",
            "{\"id\":\"o1\",\"name\":\"第一党支部\",\"type\":\"BRANCH\",\"secretary\":\"张三\"}", "additionalProperties"),
        Arguments.of("negative households", "divisions",
            "{\"id\":\"d1\",\"kind\":\"CITY\",\"name\":\"南宁市\",\"households\":-1}", "minimum"),
        Arguments.of("blank name", "divisions", "{\"id\":\"d1\",\"kind\":\"CITY\",\"name\":\"  \"}", "pattern"),
        Arguments.of("boolean as a string", "compounds",
            "{\"id\":\"c1\",\"name\":\"桃源小区\",\"community\":\"d1\",\"newlyBuilt\":\"true\"}", "type"),
        Arguments.of("integer as a string", "communityWorkers",
            "{\"id\":\"w1\",\"name\":\"张三\",\"community\":\"d1\",\"post\":\"PRINCIPAL\",\"grade\":\"5\"}",
            "type"),
        Arguments.of("decimal grade", "communityWorkers",
            "{\"id\":\"w1\",\"name\":\"张三\",\"community\":\"d1\",\"post\":\"PRINCIPAL\",\"grade\":5.5}",
            "type"),
        Arguments.of("grid code with a hyphen", "grids",
            "{\"id\":\"g1\",\"code\":\"4501-0300100\",\"name\":\"一网格\",\"community\":\"c1\"}", "pattern"),
        Arguments.of("partial date in Chinese", "members", member + ",\"birthDate\":\"1980年5月\"}", "pattern"),
        Arguments.of("officer without a member", "organizations",
            "{\"id\":\"o1\",\"name\":\"第一党支部\",\"type\":\"BRANCH\",\"leadership\":{\"officers\":[{\"post\":\"SECRETARY\"}]}}",
            "required"),
        Arguments.of("duplicate sign", "serviceCenters",
            "{\"id\":\"s1\",\"name\":\"中心\",\"level\":\"COMMUNITY\",\"signs\":[\"SERVICE_CENTER\","
                + "\"SERVICE_CENTER\"]}", "uniqueItems"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRecords")
  void theSchemasRejectABadRecord(String what, String collection, String json, String keyword) {
    List<Error> errors = errors(collection + SchemaGenerator.EXTENSION, JSON.readTree(json));

    assertThat(errors).extracting(Error::getKeyword).contains(keyword);
  }

  @Test
  void aManifestWithoutANameIsRejected() {
    assertThat(errors(SchemaGenerator.MANIFEST_SCHEMA, JSON.readTree("{\"city\":\"450100\"}")))
        .extracting(Error::getKeyword)
        .contains("required");
    assertThat(errors(SchemaGenerator.MANIFEST_SCHEMA, JSON.readTree("{\"name\":\"样例\",\"city\":\"4501\"}")))
        .extracting(Error::getKeyword)
        .contains("pattern");
  }

  @Test
  void theDocumentSchemaRejectsAnUnknownCollectionAndABadElement() {
    assertThat(errors(SchemaGenerator.DOCUMENT_SCHEMA, JSON.readTree("{\"people\":[]}"))).isNotEmpty();
    assertThat(errors(SchemaGenerator.DOCUMENT_SCHEMA,
            JSON.readTree("{\"divisions\":[{\"id\":\"d1\",\"kind\":\"CITY\",\"name\":\"南宁市\"},{\"id\":\"d2\"}]}")))
        .extracting(e -> e.getInstanceLocation().toString())
        .anyMatch(location -> location.contains("divisions") && location.contains("1"));
  }

  /**
   * The schema and the reader agree on every top-level property of every kind: a minimal record is accepted by
   * both; the record with one property set to {@code null} is accepted by both or by neither; the record without
   * a required property is rejected by both.
   */
  @ParameterizedTest
  @EnumSource(EntityKind.class)
  void theSchemaAndTheReaderAgreeOnRequiredAndNullableProperties(EntityKind kind) throws IOException {
    Class<?> type = EntityTypes.of(kind);
    ObjectNode minimal = (ObjectNode) JSON.readTree(JingweiJson.mapper().writeValueAsString(RecordModel.sample(type)));
    String file = SchemaGenerator.fileName(kind);
    assertThat(errors(file, minimal)).as("minimal %s %s", kind, minimal).isEmpty();
    assertThat(readsCleanly(type, kind, minimal)).as("reader on minimal %s", minimal).isTrue();

    for (RecordModel.Property p : RecordModel.of(type)) {
      ObjectNode withNull = minimal.deepCopy();
      withNull.putNull(p.name());
      boolean schemaAccepts = errors(file, withNull).isEmpty();
      assertThat(schemaAccepts).as("schema accepts %s", withNull).isEqualTo(readsCleanly(type, kind, withNull));
      assertThat(schemaAccepts).as("null accepted for %s.%s", type.getSimpleName(), p.name()).isEqualTo(p.acceptsNull());

      if (p.required()) {
        ObjectNode without = minimal.deepCopy();
        without.remove(p.name());
        assertThat(errors(file, without)).as("schema on %s", without).isNotEmpty();
        assertThat(readsCleanly(type, kind, without)).as("reader on %s", without).isFalse();
      }
    }
  }

  private static boolean readsCleanly(Class<?> type, EntityKind kind, JsonNode record) throws IOException {
    byte[] line = (JSON.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);
    JsonLinesResult<?> result = JsonLinesReader.of(type, kind).readAll(new ByteArrayInputStream(line), "t.jsonl");
    return result.records().size() == 1 && result.issues().isEmpty();
  }
}
