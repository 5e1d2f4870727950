package io.jingwei.testkit.gate;

import io.jingwei.validation.Severity;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import io.jingwei.testkit.internal.StrictDataFile;
import tools.jackson.databind.JsonNode;

/** Reads gate files ({@code jingwei-gate/1}), strictly: every error names the file and the place. */
final class GateFileParser {

  static final String FORMAT = "jingwei-gate/1";

  private static final Set<String> ROOT_KEYS = Set.of("format", "name", "description", "issues", "compliance");
  private static final Set<String> ISSUE_KEYS = Set.of("code", "severity", "max", "level", "description");
  private static final Set<String> COMPLIANCE_KEYS = Set.of("rule", "minCompliance", "level", "description");

  private static final String WHAT = "gate";

  private GateFileParser() {}

  static QualityGate load(Path file) {
    return parse(StrictDataFile.readRoot(file, WHAT), file.toString());
  }

  static QualityGate parse(String text, String source) {
    return parse(StrictDataFile.parseRoot(text, source, WHAT, true), source);
  }

  private static QualityGate parse(JsonNode root, String source) {
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
    StrictDataFile.keys(node, allowed, WHAT, source, at);
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
    return StrictDataFile.error(WHAT, source, at, message);
  }
}
