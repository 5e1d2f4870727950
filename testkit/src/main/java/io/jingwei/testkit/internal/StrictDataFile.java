package io.jingwei.testkit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The strict reading of a small YAML or JSON data file (严格数据文件读取) that the testkit takes from people — gate
 * files, drift thresholds: the file name says the syntax, repeated keys fail, the root must be a mapping, unknown
 * keys fail, and every error is an {@link IllegalArgumentException} naming what the file is, the file and the
 * place ({@code gate gates/release.yaml: issues[2].max: must be …}). Not API.
 */
public final class StrictDataFile {

  private static final ObjectMapper YAML =
      YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private StrictDataFile() {}

  /**
   * Reads the file's root mapping: YAML for {@code .yaml} and {@code .yml}, JSON for {@code .json}.
   *
   * @param what what the file is, for messages ({@code gate}, {@code thresholds})
   * @throws IllegalArgumentException for another file name, a syntax error or a root that is not a mapping
   * @throws UncheckedIOException when the file cannot be read
   */
  public static JsonNode readRoot(Path file, String what) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    boolean yaml = lower.endsWith(".yaml") || lower.endsWith(".yml");
    if (!yaml && !lower.endsWith(".json")) {
      throw error(what, file.toString(), "", "the file name must end with .yaml, .yml or .json");
    }
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + what + " " + file + ": " + e.getMessage(), e);
    }
    return parseRoot(text, file.toString(), what, yaml);
  }

  /**
   * Parses text's root mapping, YAML (a superset of JSON) or JSON.
   *
   * @param source the name errors give the text
   * @throws IllegalArgumentException for a syntax error or a root that is not a mapping
   */
  public static JsonNode parseRoot(String text, String source, String what, boolean yaml) {
    JsonNode root;
    try {
      root = (yaml ? YAML : JSON).readTree(text);
    } catch (JacksonException e) {
      throw error(what, source, "", "not valid " + (yaml ? "YAML" : "JSON") + ": " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw error(what, source, "", "the " + what + " must be a mapping (an object)");
    }
    return root;
  }

  /**
   * Checks that the mapping has no key but the allowed ones.
   *
   * @throws IllegalArgumentException naming the first unknown key and the allowed ones
   */
  public static void keys(JsonNode node, Set<String> allowed, String what, String source, String at) {
    for (String key : node.propertyNames()) {
      if (!allowed.contains(key)) {
        throw error(what, source, at, "unknown key '" + key + "' (allowed: " + new TreeSet<>(allowed) + ")");
      }
    }
  }

  /** The error at a place of a file ({@code at} empty for the file as a whole). */
  public static IllegalArgumentException error(String what, String source, String at, String message) {
    return new IllegalArgumentException(what + " " + source + (at.isEmpty() ? "" : ": " + at) + ": " + message);
  }
}
