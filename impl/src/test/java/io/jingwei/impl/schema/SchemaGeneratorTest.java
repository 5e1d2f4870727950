package io.jingwei.impl.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.division.ResidentialCompound;
import io.jingwei.impl.io.DatasetManifest;
import io.jingwei.impl.io.EntityTypes;
import io.jingwei.member.PartyMember;
import io.jingwei.organization.LeadershipTeam;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.ref.EntityKind;
import io.jingwei.worker.CommunityWorker;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SchemaGeneratorTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static RecordModel.Property property(Class<?> type, String name) {
    return RecordModel.of(type).stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  /** Every record type the schemas describe: the entities, the manifest and the records they hold. */
  private static Set<Class<?>> allRecordTypes() {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(EntityTypes.all().values());
    todo.add(DatasetManifest.class);
    while (!todo.isEmpty()) {
      Class<?> type = todo.poll();
      if (!seen.add(type)) {
        continue;
      }
      for (java.lang.reflect.RecordComponent rc : type.getRecordComponents()) {
        java.lang.reflect.Type t = rc.getGenericType();
        if (t instanceof java.lang.reflect.ParameterizedType p) {
          for (java.lang.reflect.Type arg : p.getActualTypeArguments()) {
            if (arg instanceof Class<?> c && c.isRecord() && !ValueTypes.isValueType(c)) {
              todo.add(c);
            }
          }
        } else if (rc.getType().isRecord() && !ValueTypes.isValueType(rc.getType())) {
          todo.add(rc.getType());
        }
      }
    }
    return seen;
  }

  @Test
  void aComponentTheConstructorFillsInIsOptionalWithItsDefault() {
    RecordModel.Property selection = property(LeadershipTeam.class, "selection");

    assertThat(selection.required()).isFalse();
    assertThat(selection.acceptsNull()).isTrue();
    assertThat(selection.defaultValue()).hasToString("ELECTED");
    assertThat(property(PartyMember.class, "standing").defaultValue()).hasToString("NORMAL");
    assertThat(property(PartyMember.class, "timeline").required()).isFalse();
    assertThat(property(PartyOrganization.class, "approvals").required()).isFalse();
  }

  @Test
  void aComponentTheConstructorRejectsWhenNullIsRequired() {
    assertThat(property(PartyOrganization.class, "name").required()).isTrue();
    assertThat(property(PartyMember.class, "status").required()).isTrue();
    assertThat(property(DatasetManifest.class, "name").required()).isTrue();
  }

  @Test
  void aPrimitiveNumberIsRequiredAndAPrimitiveBooleanIsOptionalButNotNullable() {
    RecordModel.Property grade = property(CommunityWorker.class, "grade");
    RecordModel.Property newlyBuilt = property(ResidentialCompound.class, "newlyBuilt");

    assertThat(grade.required()).isTrue();
    assertThat(newlyBuilt.required()).isFalse();
    assertThat(newlyBuilt.acceptsNull()).isFalse();
    assertThat(newlyBuilt.defaultValue()).isEqualTo(false);
  }

  @Test
  void aNullableComponentIsOptional() {
    RecordModel.Property code = property(io.jingwei.division.Division.class, "code");

    assertThat(code.required()).isFalse();
    assertThat(code.acceptsNull()).isTrue();
    assertThat(code.defaultValue()).isNull();
  }

  @Test
  void everyPropertyOfEveryRecordTypeHasATitleAndEveryTitleIsUsed() {
    Set<String> used = new TreeSet<>();
    for (Class<?> type : allRecordTypes()) {
      assertThat(SchemaGenerator.typeTitle(type)).as(type.getName()).isNotNull();
      for (RecordModel.Property p : RecordModel.of(type)) {
        assertThat(SchemaTitles.property(type.getSimpleName(), p.name()))
            .as("%s.%s", type.getSimpleName(), p.name())
            .isPresent();
        used.add(type.getSimpleName() + "." + p.name());
        used.add("*." + p.name());
      }
    }

    assertThat(SchemaTitles.properties().keySet()).isSubsetOf(used);
  }

  @Test
  void theConstraintAnnotationsBecomeKeywords() {
    JsonNode divisions = JSON.readTree(SchemaGenerator.schema(EntityKind.DIVISION));
    JsonNode organizations = JSON.readTree(SchemaGenerator.schema(EntityKind.ORGANIZATION));
    JsonNode team = organizations.get("$defs").get("LeadershipTeam").get("properties");

    assertThat(divisions.get("required")).extracting(JsonNode::stringValue).containsExactly("id", "kind", "name");
    assertThat(divisions.get("properties").get("households").get("minimum").intValue()).isZero();
    assertThat(divisions.get("properties").get("name").get("minLength").intValue()).isEqualTo(1);
    assertThat(divisions.get("properties").get("urbanRuralClass").get("pattern").stringValue())
        .isEqualTo("^[0-9]{3}$");
    assertThat(team.get("termNumber").get("minimum").intValue()).isEqualTo(1);
    assertThat(team.get("selection").get("default").stringValue()).isEqualTo("ELECTED");
    assertThat(organizations.get("$defs").get("OrganizationType").get("enum"))
        .extracting(JsonNode::stringValue)
        .contains("BRANCH", "PARTY_GROUP");
  }

  @Test
  void theValueTypesHaveTheDocumentedPatterns() {
    JsonNode defs = JSON.readTree(SchemaGenerator.documentSchema()).get("$defs");

    assertThat(defs.get("ResidentIdNumber").get("pattern").stringValue()).isEqualTo("^[0-9]{17}[0-9X]$");
    assertThat(defs.get("DivisionCode").get("pattern").stringValue()).isEqualTo("^[0-9]{6}([0-9]{3}([0-9]{3})?)?$");
    assertThat(defs.get("PartialDate").get("pattern").stringValue()).isEqualTo("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$");
    assertThat(defs.get("MobileNumber").get("pattern").stringValue()).isEqualTo("^1[3-9][0-9]{9}$");
    assertThat(defs.get("MemberId").get("minLength").intValue()).isEqualTo(1);
    assertThat(defs.get("MemberId").get("maxLength").intValue()).isEqualTo(64);
  }

  @Test
  void everyExampleMatchesItsOwnPattern() {
    JsonNode defs = JSON.readTree(SchemaGenerator.documentSchema()).get("$defs");
    int examples = 0;
    for (Map.Entry<String, JsonNode> def : defs.properties()) {
      JsonNode ex = def.getValue().get("examples");
      if (ex != null) {
        Pattern pattern = Pattern.compile(def.getValue().get("pattern").stringValue());
        for (JsonNode e : ex) {
          assertThat(pattern.matcher(e.stringValue()).find()).as("%s example %s", def.getKey(), e).isTrue();
          examples++;
        }
      }
    }
    assertThat(examples).isGreaterThanOrEqualTo(7);
  }

  @Test
  void theIdPatternRejectsPaddingAndControlCharacters() {
    Pattern id = Pattern.compile(JSON.readTree(SchemaGenerator.documentSchema())
        .get("$defs").get("MemberId").get("pattern").stringValue());

    assertThat(List.of("m1", "m-000123", "党员 1", "x")).allMatch(s -> id.matcher(s).find());
    assertThat(List.of(" m1", "m1 ", "m\u00011", "m\t1", "")).noneMatch(s -> id.matcher(s).find());
  }

  @Test
  void theDocumentSchemaHasEveryCollection() {
    JsonNode document = JSON.readTree(SchemaGenerator.documentSchema());

    for (EntityKind kind : EntityKind.values()) {
      assertThat(document.get("properties").get(kind.collectionName()).get("items").get("$ref").stringValue())
          .isEqualTo("#/$defs/" + EntityTypes.of(kind).getSimpleName());
    }
    assertThat(document.get("properties").get("dataset").get("$ref").stringValue())
        .isEqualTo("#/$defs/DatasetManifest");
  }

  @Test
  void theDocTablesListEveryKindWithItsFileAndChineseTerm() {
    String tables = SchemaGenerator.propertyTables();

    for (EntityKind kind : EntityKind.values()) {
      assertThat(tables).contains("`" + kind.collectionName() + ".jsonl`", SchemaTitles.kind(kind).zh());
    }
    assertThat(tables).contains("| `idNumber` | string `ResidentIdNumber` | no | 公民身份号码 |");
    assertThat(tables).contains("`BRANCH` 党支部");
  }

  @Test
  void updatingADocumentReplacesOnlyTheGeneratedPart() {
    String doc = "# T\n\nbefore\n\n" + SchemaGenerator.BEGIN_MARKER + "\nold\n" + SchemaGenerator.END_MARKER
        + "\n\nafter\n";

    String updated = SchemaGenerator.updateDataFormat(doc);

    assertThat(updated).startsWith("# T\n\nbefore\n\n" + SchemaGenerator.BEGIN_MARKER + "\n")
        .endsWith(SchemaGenerator.END_MARKER + "\n\nafter\n")
        .doesNotContain("\nold\n")
        .contains(SchemaGenerator.propertyTables());
    assertThat(SchemaGenerator.updateDataFormat(updated)).isEqualTo(updated);
  }

  @Test
  void aDocumentWithoutMarkersIsRejected() {
    assertThatThrownBy(() -> SchemaGenerator.updateDataFormat("# nothing here\n"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theJsonTextIsIndentedAndKeepsShortArraysOnOneLine() {
    Map<String, Object> value = new java.util.LinkedHashMap<>();
    value.put("a", List.of("x", "y"));
    value.put("b", Map.of("c", "\"q\"\n"));
    value.put("d", List.of());

    assertThat(JsonText.write(value))
        .isEqualTo("{\n  \"a\": [\"x\", \"y\"],\n  \"b\": {\"c\": \"\\\"q\\\"\\n\"},\n  \"d\": []\n}\n");
  }
}
