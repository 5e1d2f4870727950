package io.jingwei.impl.standard;

import io.jingwei.impl.metrics.PopulationReader;
import io.jingwei.ref.EntityKind;
import io.jingwei.standard.Confidence;
import io.jingwei.standard.ExpectedIssue;
import io.jingwei.standard.LocalizedText;
import io.jingwei.standard.Population;
import io.jingwei.standard.RuleExample;
import io.jingwei.standard.RuleSource;
import io.jingwei.validation.IssueCode;
import io.jingwei.validation.Severity;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a profile file (标准文件) in YAML or JSON into a {@link ProfileDocument}, strictly: unknown keys, wrong
 * value types and duplicate keys or rule ids are errors that name the file and the place. The format is described
 * in {@code docs/standards.md}. Thread-safe.
 */
final class ProfileParser {

  /** The value of the optional {@code format} key. */
  static final String FORMAT = "jingwei-standard/1";

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");
  private static final Pattern CHECK = Pattern.compile("[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*");

  private static final Set<String> TOP_KEYS = Set.of("format", "name", "version", "extends", "title", "description", "rules");
  private static final Set<String> RULE_KEYS =
      Set.of(
          "id", "check", "severity", "approvable", "source", "effectiveFrom", "params", "title", "examples",
          "enabled", "description", "population");
  private static final Set<String> SOURCE_KEYS = Set.of("document", "article", "confidence", "url");
  private static final Set<String> TITLE_KEYS = Set.of("zh", "en");
  private static final Set<String> EXAMPLE_KEYS = Set.of("valid", "description", "data", "jsonl", "files", "expected", "asOf");
  private static final Set<String> EXPECTED_KEYS = Set.of("code", "entity", "path", "line");

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** The YAML mapper, made on first use: the shipped profiles are read from their compiled JSON form. */
  private static final class Yaml {
    static final ObjectMapper MAPPER =
        YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  }

  private ProfileParser() {}

  /** Whether the file name is that of a YAML profile ({@code .yaml}, {@code .yml}); otherwise JSON. */
  static boolean isYaml(String fileName) {
    String f = fileName.toLowerCase(java.util.Locale.ROOT);
    return f.endsWith(".yaml") || f.endsWith(".yml");
  }

  /** Parses a profile from the stream; YAML or JSON by the origin's file extension. */
  static ProfileDocument parse(InputStream in, String origin) {
    return parse(tree(in, origin), origin);
  }

  /** The tree of a profile file, not yet checked; YAML or JSON by the origin's file extension. */
  static @Nullable JsonNode tree(InputStream in, String origin) {
    try {
      return (isYaml(origin) ? Yaml.MAPPER : JSON).readTree(in);
    } catch (JacksonIOException e) {
      if (e.getCause() instanceof java.io.CharConversionException) {
        // bytes that are not in the encoding Jackson took them for: a content problem
        throw new InvalidProfileException(origin, "not valid " + (isYaml(origin) ? "YAML" : "JSON") + ": " + e.getOriginalMessage(), e);
      }
      throw new java.io.UncheckedIOException(
          "cannot read profile " + origin,
          e.getCause() != null ? e.getCause() : new java.io.IOException(e));
    } catch (JacksonException e) {
      throw new InvalidProfileException(origin, "not valid " + (isYaml(origin) ? "YAML" : "JSON") + ": " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads a profile from its parsed tree (the compiled form of a shipped profile holds one).
   *
   * @param origin the file it came from, for error messages
   */
  static ProfileDocument parse(@Nullable JsonNode root, String origin) {
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw new InvalidProfileException(origin, "the file is empty");
    }
    return new ProfileParser.Reader(origin).document(root);
  }

  /** The strict JSON mapper of profiles (duplicate keys are errors). */
  static ObjectMapper json() {
    return JSON;
  }

  /** The parsing of one file, with its origin for messages. */
  private static final class Reader {
    private final String origin;

    Reader(String origin) {
      this.origin = origin;
    }

    ProfileDocument document(JsonNode root) {
      requireObject(root, "the document");
      checkKeys(root, TOP_KEYS, "the document");
      String format = optText(root, "format", "format");
      if (format != null && !FORMAT.equals(format)) {
        throw error("format must be " + FORMAT + ", not " + format);
      }
      String name = reqText(root, "name", "name");
      if (!NAME.matcher(name).matches()) {
        throw error("name must be lower-case letters, digits, '.', '_' or '-': " + name);
      }
      String version = reqText(root, "version", "version");
      String parent = optText(root, "extends", "extends");
      LocalizedText title = title(req(root, "title", "title"), "title");
      optText(root, "description", "description");
      List<RuleSpec> rules = new ArrayList<>();
      JsonNode rulesNode = root.get("rules");
      if (rulesNode != null && !rulesNode.isNull()) {
        if (!rulesNode.isArray()) {
          throw error("rules must be a list");
        }
        Set<String> ids = new HashSet<>();
        int i = 0;
        for (JsonNode r : rulesNode.values()) {
          RuleSpec spec = rule(r, "rules[" + i + "]");
          if (!ids.add(spec.id())) {
            throw error("duplicate rule id " + spec.id() + " at rules[" + i + "]");
          }
          rules.add(spec);
          i++;
        }
      }
      return new ProfileDocument(origin, name, version, parent, title, List.copyOf(rules));
    }

    private RuleSpec rule(JsonNode r, String where) {
      requireObject(r, where);
      String id = reqText(r, "id", where + ".id");
      if (!isIssueCode(id)) {
        throw error(where + ".id must be dotted lower-case words (branch.max-members): " + id);
      }
      String at = "rule " + id;
      checkKeys(r, RULE_KEYS, at);
      String check = optText(r, "check", at + ".check");
      if (check != null && !CHECK.matcher(check).matches()) {
        throw error(at + ".check must be lower-case words joined by '-' or '.': " + check);
      }
      String sev = optText(r, "severity", at + ".severity");
      Severity severity = sev == null ? null : severity(sev, at + ".severity");
      Boolean approvable = optBoolean(r, "approvable", at + ".approvable");
      RuleSource source = r.has("source") ? source(r.get("source"), at + ".source") : null;
      LocalDate effectiveFrom = optDate(r, "effectiveFrom", at + ".effectiveFrom");
      Map<String, @Nullable Object> params = null;
      if (r.has("params")) {
        JsonNode p = r.get("params");
        requireObject(p, at + ".params");
        params = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : p.properties()) {
          params.put(e.getKey(), e.getValue().isNull() ? null : value(e.getValue(), at + ".params." + e.getKey()));
        }
      }
      LocalizedText title = r.has("title") ? title(r.get("title"), at + ".title") : null;
      List<RuleExample> examples = null;
      if (r.has("examples")) {
        JsonNode ex = r.get("examples");
        if (!ex.isArray()) {
          throw error(at + ".examples must be a list");
        }
        examples = new ArrayList<>();
        int i = 0;
        for (JsonNode e : ex.values()) {
          examples.add(example(e, at + ".examples[" + i + "]"));
          i++;
        }
        examples = List.copyOf(examples);
      }
      Boolean enabled = optBoolean(r, "enabled", at + ".enabled");
      optText(r, "description", at + ".description");
      Population population = null;
      JsonNode p = r.get("population");
      if (p != null && !p.isNull()) {
        requireObject(p, at + ".population");
        try {
          population = PopulationReader.read(value(p, at + ".population"), at + ".population");
        } catch (IllegalArgumentException e) {
          throw error(e.getMessage());
        }
      }
      return new RuleSpec(
          id, check, severity, approvable, source, effectiveFrom, params, title, examples, enabled, population);
    }

    private RuleSource source(JsonNode s, String where) {
      requireObject(s, where);
      checkKeys(s, SOURCE_KEYS, where);
      String document = reqText(s, "document", where + ".document");
      String article = optText(s, "article", where + ".article");
      String conf = reqText(s, "confidence", where + ".confidence");
      Confidence confidence =
          Confidence.fromLabel(conf).orElseThrow(() -> error(where + ".confidence must be C, P or U: " + conf));
      String url = optText(s, "url", where + ".url");
      return RuleSource.of(document, article, confidence, url);
    }

    private LocalizedText title(JsonNode t, String where) {
      if (t.isString()) {
        return LocalizedText.of(nonBlank(t.stringValue(), where), null);
      }
      requireObject(t, where);
      checkKeys(t, TITLE_KEYS, where);
      return LocalizedText.of(reqText(t, "zh", where + ".zh"), optText(t, "en", where + ".en"));
    }

    private RuleExample example(JsonNode e, String where) {
      requireObject(e, where);
      checkKeys(e, EXAMPLE_KEYS, where);
      JsonNode v = req(e, "valid", where + ".valid");
      if (!v.isBoolean()) {
        throw error(where + ".valid must be true or false");
      }
      boolean valid = v.booleanValue();
      String description = optText(e, "description", where + ".description");
      String data = null;
      if (e.has("data")) {
        data = exampleData(e.get("data"), where + ".data");
      }
      Map<String, String> jsonl = new LinkedHashMap<>();
      if (e.has("jsonl")) {
        JsonNode j = e.get("jsonl");
        requireObject(j, where + ".jsonl");
        for (Map.Entry<String, JsonNode> c : j.properties()) {
          if (!isCollection(c.getKey())) {
            throw error(where + ".jsonl: unknown collection " + c.getKey() + " (known: " + collections() + ")");
          }
          if (!c.getValue().isString()) {
            throw error(where + ".jsonl." + c.getKey() + " must be JSON Lines text");
          }
          jsonl.put(c.getKey(), c.getValue().stringValue());
        }
      }
      Map<String, String> files = new LinkedHashMap<>();
      if (e.has("files")) {
        JsonNode f = e.get("files");
        requireObject(f, where + ".files");
        for (Map.Entry<String, JsonNode> file : f.properties()) {
          if (!file.getValue().isString()) {
            throw error(where + ".files." + file.getKey() + " must be the file's text");
          }
          files.put(file.getKey(), file.getValue().stringValue());
        }
      }
      List<ExpectedIssue> expected = new ArrayList<>();
      if (e.has("expected")) {
        JsonNode x = e.get("expected");
        if (!x.isArray()) {
          throw error(where + ".expected must be a list");
        }
        int i = 0;
        for (JsonNode one : x.values()) {
          expected.add(expected(one, where + ".expected[" + i + "]"));
          i++;
        }
      }
      if (valid && !expected.isEmpty()) {
        throw error(where + ": a valid example expects no issues");
      }
      if (!valid && expected.isEmpty()) {
        throw error(where + ": an invalid example must list its expected issues");
      }
      LocalDate asOf = optDate(e, "asOf", where + ".asOf");
      try {
        return new RuleExample(valid, description, data, jsonl, files, expected, asOf);
      } catch (IllegalArgumentException ex) {
        throw error(where + ": " + ex.getMessage());
      }
    }

    private String exampleData(JsonNode d, String where) {
      JsonNode doc;
      if (d.isString()) {
        try {
          doc = JSON.readTree(d.stringValue());
        } catch (JacksonException ex) {
          throw error(where + " is not valid JSON: " + ex.getOriginalMessage());
        }
      } else {
        doc = d;
      }
      requireObject(doc, where);
      for (String key : doc.propertyNames()) {
        if (!"dataset".equals(key) && !isCollection(key)) {
          throw error(where + ": unknown collection " + key + " (known: dataset, " + collections() + ")");
        }
        if (!"dataset".equals(key) && !doc.get(key).isArray()) {
          throw error(where + "." + key + " must be a list of records");
        }
      }
      return d.isString() ? d.stringValue() : JSON.writeValueAsString(doc);
    }

    private ExpectedIssue expected(JsonNode x, String where) {
      requireObject(x, where);
      checkKeys(x, EXPECTED_KEYS, where);
      String code = reqText(x, "code", where + ".code");
      if (!isIssueCode(code)) {
        throw error(where + ".code is not an issue code: " + code);
      }
      String entity = optText(x, "entity", where + ".entity");
      String path = optText(x, "path", where + ".path");
      long line = 0;
      if (x.has("line")) {
        JsonNode l = x.get("line");
        if (!l.isIntegralNumber() || !l.canConvertToLong() || l.asLong() < 1) {
          throw error(where + ".line must be a positive integer");
        }
        line = l.asLong();
      }
      try {
        return new ExpectedIssue(IssueCode.of(code), entity, path, line);
      } catch (IllegalArgumentException ex) {
        throw error(where + ": " + ex.getMessage());
      }
    }

    private Object value(JsonNode v, String where) {
      if (v.isString()) {
        return v.stringValue();
      }
      if (v.isBoolean()) {
        return v.booleanValue();
      }
      if (v.isNumber()) {
        if (v.isFloatingPointNumber() && !Double.isFinite(v.asDouble())) {
          throw error(where + " must be a finite number");
        }
        return v.decimalValue();
      }
      if (v.isArray()) {
        List<Object> out = new ArrayList<>();
        int i = 0;
        for (JsonNode e : v.values()) {
          if (e.isNull()) {
            throw error(where + "[" + i + "] must not be null");
          }
          out.add(value(e, where + "[" + i + "]"));
          i++;
        }
        return out;
      }
      if (v.isObject()) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : v.properties()) {
          if (e.getValue().isNull()) {
            throw error(where + "." + e.getKey() + " must not be null");
          }
          out.put(e.getKey(), value(e.getValue(), where + "." + e.getKey()));
        }
        return out;
      }
      throw error(where + " has an unsupported value type " + v.getNodeType());
    }

    private Severity severity(String text, String where) {
      try {
        return Severity.valueOf(text);
      } catch (IllegalArgumentException e) {
        throw error(where + " must be ERROR, WARNING or INFO: " + text);
      }
    }

    private void checkKeys(JsonNode node, Set<String> allowed, String where) {
      for (String key : node.propertyNames()) {
        if (!allowed.contains(key)) {
          throw error(where + ": unknown key '" + key + "' (allowed: " + new java.util.TreeSet<>(allowed) + ")");
        }
      }
    }

    private JsonNode req(JsonNode node, String key, String where) {
      JsonNode v = node.get(key);
      if (v == null || v.isNull()) {
        throw error(where + " is required");
      }
      return v;
    }

    private String reqText(JsonNode node, String key, String where) {
      return nonBlank(text(req(node, key, where), where), where);
    }

    private @Nullable String optText(JsonNode node, String key, String where) {
      JsonNode v = node.get(key);
      if (v == null || v.isNull()) {
        return null;
      }
      return text(v, where);
    }

    private String text(JsonNode v, String where) {
      if (!v.isString()) {
        throw error(where + " must be a string" + (v.isNumber() ? " (quote it: \"" + v.asString() + "\")" : ""));
      }
      return v.stringValue();
    }

    private String nonBlank(String s, String where) {
      if (s.isBlank()) {
        throw error(where + " must not be blank");
      }
      return s;
    }

    private @Nullable Boolean optBoolean(JsonNode node, String key, String where) {
      JsonNode v = node.get(key);
      if (v == null || v.isNull()) {
        return null;
      }
      if (!v.isBoolean()) {
        throw error(where + " must be true or false");
      }
      return v.booleanValue();
    }

    private @Nullable LocalDate optDate(JsonNode node, String key, String where) {
      String s = optText(node, key, where);
      if (s == null) {
        return null;
      }
      try {
        return LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        throw error(where + " must be an ISO date (2018-10-28): " + s);
      }
    }

    private void requireObject(JsonNode node, String where) {
      if (!node.isObject()) {
        throw error(where + " must be a mapping (object)");
      }
    }

    private InvalidProfileException error(String message) {
      return new InvalidProfileException(origin, message);
    }
  }

  private static boolean isIssueCode(String id) {
    try {
      IssueCode.of(id);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean isCollection(String name) {
    for (EntityKind k : EntityKind.values()) {
      if (k.collectionName().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static String collections() {
    StringBuilder sb = new StringBuilder();
    for (EntityKind k : EntityKind.values()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(k.collectionName());
    }
    return sb.toString();
  }
}
