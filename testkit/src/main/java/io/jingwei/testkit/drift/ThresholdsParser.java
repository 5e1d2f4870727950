package io.jingwei.testkit.drift;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Set;
import io.jingwei.testkit.internal.StrictDataFile;
import tools.jackson.databind.JsonNode;

/** Reads thresholds files ({@code jingwei-drift-thresholds/1}), strictly: every error names the file and place. */
final class ThresholdsParser {

  private static final Set<String> ROOT_KEYS =
      Set.of("format", "description", "memberCountJump", "complianceDrop", "coverageDrop", "completenessDrop",
          "maxSilentlyLost", "maxIssueIncrease");
  private static final Set<String> JUMP_KEYS = Set.of("rate", "min");

  private static final String WHAT = "thresholds";

  private ThresholdsParser() {}

  static DriftThresholds load(Path file) {
    return parse(StrictDataFile.readRoot(file, WHAT), file.toString());
  }

  static DriftThresholds parse(String text, String source) {
    return parse(StrictDataFile.parseRoot(text, source, WHAT, true), source);
  }

  private static DriftThresholds parse(JsonNode root, String source) {
    keys(root, ROOT_KEYS, source, "");
    JsonNode format = root.get("format");
    if (format != null && !format.isNull()
        && (!format.isString() || !format.asString().equals(DriftThresholds.FORMAT))) {
      throw error(source, "format", "must be " + DriftThresholds.FORMAT);
    }
    JsonNode description = root.get("description");
    if (description != null && !description.isNull() && !description.isString()) {
      throw error(source, "description", "must be a text");
    }
    DriftThresholds t = DriftThresholds.defaults();
    JsonNode jump = root.get("memberCountJump");
    if (jump != null && !jump.isNull()) {
      if (!jump.isObject()) {
        throw error(source, "memberCountJump", "must be a mapping with rate and min");
      }
      keys(jump, JUMP_KEYS, source, "memberCountJump");
      BigDecimal rate = jump.has("rate") ? number(jump.get("rate"), source, "memberCountJump.rate", false)
          : t.memberJumpRate();
      long min = jump.has("min") ? whole(jump.get("min"), source, "memberCountJump.min", 1) : t.memberJumpMin();
      t = t.withMemberJump(rate, min);
    }
    if (present(root, "complianceDrop")) {
      t = t.withComplianceDrop(number(root.get("complianceDrop"), source, "complianceDrop", true));
    }
    if (present(root, "coverageDrop")) {
      t = t.withCoverageDrop(number(root.get("coverageDrop"), source, "coverageDrop", true));
    }
    if (present(root, "completenessDrop")) {
      t = t.withCompletenessDrop(number(root.get("completenessDrop"), source, "completenessDrop", true));
    }
    if (present(root, "maxSilentlyLost")) {
      t = t.withMaxSilentlyLost(whole(root.get("maxSilentlyLost"), source, "maxSilentlyLost", 0));
    }
    if (present(root, "maxIssueIncrease")) {
      t = t.withMaxIssueIncrease(whole(root.get("maxIssueIncrease"), source, "maxIssueIncrease", 0));
    }
    return t;
  }

  private static boolean present(JsonNode root, String key) {
    JsonNode v = root.get(key);
    return v != null && !v.isNull();
  }

  private static BigDecimal number(JsonNode v, String source, String at, boolean atMostOne) {
    if (v == null || !v.isNumber() || v.decimalValue().signum() < 0
        || atMostOne && v.decimalValue().compareTo(BigDecimal.ONE) > 0) {
      throw error(source, at, atMostOne ? "must be a number from 0 to 1 (0.05 for 5 points)"
          : "must be a number, 0 or more (0.2 for 20 %)");
    }
    return v.decimalValue();
  }

  private static long whole(JsonNode v, String source, String at, long min) {
    if (v == null || !v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < min) {
      throw error(source, at, "must be a whole number, " + min + " or more");
    }
    return v.asLong();
  }

  private static void keys(JsonNode node, Set<String> allowed, String source, String at) {
    StrictDataFile.keys(node, allowed, WHAT, source, at);
  }

  private static IllegalArgumentException error(String source, String at, String message) {
    return StrictDataFile.error(WHAT, source, at, message);
  }
}
