package io.jingwei.testkit.gate;

import io.jingwei.validation.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads gate files ({@code jingwei-gate/1}), strictly: every error names the file and the place. */
final class GateFileParser {

  static final String FORMAT = "jingwei-gate/1";

  private static final Set<String> ROOT_KEYS = Set.of("format", "name", "description", "issues", "compliance");
  private static final Set<String> ISSUE_KEYS = Set.of("code", "severity", "max", "level", "description");
  private static final Set<String> COMPLIANCE_KEYS = Set.of("rule", "minCompliance", "level", "description");

  private static final ObjectMapper YAML =
      YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private GateFileParser() {}

  static QualityGate load(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    boolean yaml = lower.endsWith(".yaml") || lower.endsWith(".yml");
    if (!yaml && !lower.endsWith(".json")) {
      throw new IllegalArgumentException("gate " + file + ": the file name must end with .yaml, .yml or .json");
    }
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gate " + file + ": " + e.getMessage(), e);
    }
    return parse(text, file.toString(), yaml ? YAML : JSON);
  }

  static QualityGate parse(String text, String source) {
    return parse(text, source, YAML);
  }

  private static QualityGate parse(String text, String source, ObjectMapper mapper) {
    JsonNode root;
    try {
      root = mapper.readTree(text);
    } catch (JacksonException e) {
      throw error(source, "", "not valid " + (mapper == YAML ? "YAML" : "JSON") + ": " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw error(source, "", "the gate must be a mapping (an object)");
    }
    keys(root, ROOT_KEYS, source, "");
    String format = optionalText(root, "format", source, "");
    if (format != null && !format.equals(FORMAT)) {
      throw error(source, "format", "must be " + FORMAT + ", not '" + format + "'");
    }
    String name = requiredText(root, "name", source, "");
    QualityGate.Builder gate = QualityGate.builder(name).description(optionalText(root, "description", source, ""));
    for (JsonNode entry : list(root, "issues", source)) {
      String at = "issues[" + index(root, "issues", entry) + "]";
      keys(entry, ISSUE_KEYS, source, at);
      String code = requiredText(entry, "code", source, at);
      CodeSelector selector;
      try {
        selector = CodeSelector.of(code);
      } catch (IllegalArgumentException e) {
        throw error(source, at + ".code", "'" + code + "' is not an issue code, a family 'x.*' or '*'");
      }
      Severity severity = null;
      String s = optionalText(entry, "severity", source, at);
      if (s != null) {
        try {
          severity = Severity.valueOf(s);
        } catch (IllegalArgumentException e) {
          throw error(source, at + ".severity", "must be ERROR, WARNING or INFO, not '" + s + "'");
        }
      }
      JsonNode max = entry.get("max");
      if (max == null || !max.isIntegralNumber() || !max.canConvertToLong() || max.asLong() < 0) {
        throw error(source, at + ".max", "required: a whole number, 0 or more");
      }
      gate.threshold(new IssueThreshold(selector, severity, max.asLong(), level(entry, source, at)));
    }
    for (JsonNode entry : list(root, "compliance", source)) {
      String at = "compliance[" + index(root, "compliance", entry) + "]";
      keys(entry, COMPLIANCE_KEYS, source, at);
      String rule = requiredText(entry, "rule", source, at);
      JsonNode min = entry.get("minCompliance");
      if (min == null || !min.isNumber() || (min.isFloatingPointNumber() && !Double.isFinite(min.asDouble()))) {
        throw error(source, at + ".minCompliance", "required: a number from 0 to 1 (0.95 for 95 %)");
      }
      BigDecimal rate = min.decimalValue();
      if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
        // toString, not toPlainString: 1e999999999 would be written out digit by digit
        throw error(source, at + ".minCompliance", "must be from 0 to 1 (0.95 for 95 %), not " + rate);
      }
      try {
        gate.threshold(new ComplianceThreshold(rule, rate, level(entry, source, at)));
      } catch (IllegalArgumentException e) {
        throw error(source, at + ".rule", "'" + rule + "' is not a rule id");
      }
    }
    return gate.build();
  }

  private static GateLevel level(JsonNode entry, String source, String at) {
    String level = optionalText(entry, "level", source, at);
    if (level == null) {
      return GateLevel.ERROR;
    }
    return switch (level) {
      case "error" -> GateLevel.ERROR;
      case "warn" -> GateLevel.WARN;
      default -> throw error(source, at + ".level", "must be error or warn, not '" + level + "'");
    };
  }

  private static int index(JsonNode root, String key, JsonNode entry) {
    JsonNode list = root.get(key);
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == entry) {
        return i;
      }
    }
    return -1;
  }

  private static List<JsonNode> list(JsonNode root, String key, String source) {
    JsonNode v = root.get(key);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw error(source, key, "must be a list");
    }
    List<JsonNode> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      if (!v.get(i).isObject()) {
        throw error(source, key + "[" + i + "]", "must be a mapping (an object)");
      }
      out.add(v.get(i));
    }
    return out;
  }

  private static void keys(JsonNode node, Set<String> allowed, String source, String at) {
    for (String key : node.propertyNames()) {
      if (!allowed.contains(key)) {
        throw error(source, at, "unknown key '" + key + "' (allowed: " + new TreeSet<>(allowed) + ")");
      }
    }
  }

  private static String requiredText(JsonNode node, String key, String source, String at) {
    String v = optionalText(node, key, source, at);
    if (v == null || v.isBlank()) {
      throw error(source, join(at, key), "required: a text");
    }
    return v;
  }

  private static @Nullable String optionalText(JsonNode node, String key, String source, String at) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isString()) {
      throw error(source, join(at, key), "must be a text");
    }
    return v.asString();
  }

  private static String join(String at, String key) {
    return at.isEmpty() ? key : at + "." + key;
  }

  private static IllegalArgumentException error(String source, String at, String message) {
    return new IllegalArgumentException("gate " + source + (at.isEmpty() ? "" : ": " + at) + ": " + message);
  }
}
