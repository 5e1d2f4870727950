package io.jingwei.impl.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.impl.json.JingweiJson;
import io.jingwei.ref.EntityKind;
import io.jingwei.testkit.CityGenerator;
import io.jingwei.testkit.CityPreset;
import io.jingwei.testkit.CityWriter;
import io.jingwei.testkit.DefectInjector;
import io.jingwei.validation.Issue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A clean line bound straight from the parser gives the record the tree path gives, and every other line the same
 * record (or none) and the same issues: over the lines of every kind of a generated city with injected defects,
 * and the same lines broken at random (properties removed, values of the wrong type or zero, unknown and repeated
 * properties, truncated lines, trailing content, escapes and white space).
 */
class DirectBindingTest {

  @TempDir Path dir;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  @DisplayName("直接绑定与树绑定给出相同的记录和问题（含随机破坏的行）")
  void directBindingGivesWhatTheTreeGives(long seed) throws IOException {
    CityGenerator generator = CityGenerator.of(CityPreset.tiny(), seed);
    Path city = dir.resolve("city-" + seed);
    CityWriter.writeDirectory(
        DefectInjector.of(seed).inject(generator.generate(), generator.asOf(), 1.0).dataset(), city);
    Random random = new Random(seed);
    int direct = 0;
    for (Map.Entry<EntityKind, Class<?>> kind : EntityTypes.all().entrySet()) {
      Path file = city.resolve(kind.getKey().collectionName() + ".jsonl");
      if (!Files.isRegularFile(file)) {
        continue;
      }
      JsonLinesReader<?> fast = JsonLinesReader.of(kind.getValue(), kind.getKey());
      JsonLinesReader<?> trees = fast.throughTreesOnly();
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (String line : lines) {
        direct += compare(fast, trees, line) ? 1 : 0;
        for (int i = 0; i < 3; i++) {
          compare(fast, trees, mutate(line, random));
        }
      }
    }
    assertThat(direct).isPositive();
  }

  /** Reads the line both ways and asserts the same outcome; returns whether it gave a record. */
  private static boolean compare(JsonLinesReader<?> fast, JsonLinesReader<?> trees, String line) throws IOException {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    List<Object> fastRecords = new ArrayList<>();
    List<Issue> fastIssues = new ArrayList<>();
    List<Object> treeRecords = new ArrayList<>();
    List<Issue> treeIssues = new ArrayList<>();
    boolean a = fast.readLine(bytes, bytes.length, 7, "x.jsonl", r -> fastRecords.add(r), fastIssues::add);
    boolean b = trees.readLine(bytes, bytes.length, 7, "x.jsonl", r -> treeRecords.add(r), treeIssues::add);
    assertThat(a).as(line).isEqualTo(b);
    assertThat(fastRecords).as(line).isEqualTo(treeRecords);
    assertThat(fastIssues).as(line).isEqualTo(treeIssues);
    return a;
  }

  private static String mutate(String line, Random random) {
    int kind = random.nextInt(9);
    if (kind == 0) {
      return line.substring(0, random.nextInt(line.length()));
    }
    if (kind == 1) {
      return line + (random.nextBoolean() ? " x" : " {}");
    }
    if (kind == 2) {
      int comma = line.indexOf(',');
      return comma < 0 ? line : "{" + line.substring(1, comma) + "," + line.substring(1);
    }
    if (kind == 3) {
      return line.replace(":", random.nextBoolean() ? " : " : ":\t").replace("\"", random.nextBoolean() ? "\"" : "\"");
    }
    JsonNode root = JingweiJson.mapper().readTree(line);
    List<ObjectNode> objects = new ArrayList<>();
    collect(root, objects);
    ObjectNode target = objects.get(random.nextInt(objects.size()));
    List<String> names = new ArrayList<>(target.propertyNames());
    if (kind == 4 || names.isEmpty()) {
      target.put("zz" + random.nextInt(3), "x");
    } else {
      String name = names.get(random.nextInt(names.size()));
      if (kind == 5) {
        target.remove(name);
      } else if (kind == 6) {
        target.set(name, replacement(random));
      } else if (kind == 7) {
        JsonNode value = target.get(name);
        if (value.isString() && !value.stringValue().isEmpty()) {
          String text = value.stringValue();
          int at = random.nextInt(text.length());
          String escaped = String.format("\\u%04x", (int) text.charAt(at));
          String json = JingweiJson.mapper().writeValueAsString(root);
          String quoted = JingweiJson.mapper().writeValueAsString(text);
          String changed = "\"" + text.substring(0, at).replace("\\", "\\\\").replace("\"", "\\\"") + escaped
              + text.substring(at + 1).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
          return json.replace(quoted, changed);
        }
        target.set(name, replacement(random));
      } else {
        for (ObjectNode o : objects) {
          if (o.has("months")) {
            o.set("months", replacement(random));
          }
        }
        target.putNull(name);
      }
    }
    return JingweiJson.mapper().writeValueAsString(root);
  }

  private static JsonNode replacement(Random random) {
    switch (random.nextInt(12)) {
      case 0:
        return NODES.numberNode(0);
      case 1:
        return NODES.numberNode(-1);
      case 2:
        return NODES.numberNode(12);
      case 3:
        return NODES.numberNode(new java.math.BigDecimal("1.5"));
      case 4:
        return NODES.numberNode(new java.math.BigDecimal("1E+2"));
      case 5:
        return NODES.booleanNode(true);
      case 6:
        return NODES.stringNode("x");
      case 7:
        return NODES.nullNode();
      case 8:
        return NODES.objectNode();
      case 9:
        return NODES.arrayNode();
      case 10:
        return NODES.numberNode(99999999999L);
      default:
        return NODES.stringNode("");
    }
  }

  private static void collect(JsonNode node, List<ObjectNode> out) {
    if (node instanceof ObjectNode o) {
      out.add(o);
      for (JsonNode child : o.values()) {
        collect(child, out);
      }
    } else if (node instanceof ArrayNode a) {
      for (JsonNode child : a.values()) {
        collect(child, out);
      }
    }
  }
}
