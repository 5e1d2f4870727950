package io.jingwei.testkit.snapshot;

import io.jingwei.dataset.DatasetInfo;
import io.jingwei.division.DivisionCode;
import io.jingwei.metrics.CoverageItem;
import io.jingwei.metrics.KindCompleteness;
import io.jingwei.metrics.Ratio;
import io.jingwei.metrics.RegionMetrics;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.OrganizationId;
import io.jingwei.testkit.internal.JsonMaps;
import io.jingwei.validation.RecordCounts;
import io.jingwei.validation.StandardRef;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON form of snapshots ({@code jingwei-snapshot/1}): a deterministic writer and a strict reader. */
final class SnapshotJson {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private SnapshotJson() {}

  // ------------------------------------------------------------------------------------------------ writing

  static String write(MetricsSnapshot s) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", MetricsSnapshot.FORMAT);
    Map<String, Object> dataset = new LinkedHashMap<>();
    DatasetInfo info = s.dataset();
    dataset.put("name", info.name());
    putIfPresent(dataset, "city", info.city() == null ? null : info.city().value());
    putIfPresent(dataset, "extractedOn", info.extractedOn() == null ? null : info.extractedOn().toString());
    putIfPresent(dataset, "standard", info.standard());
    putIfPresent(dataset, "source", info.source());
    root.put("dataset", dataset);
    Map<String, Object> standard = new LinkedHashMap<>();
    standard.put("name", s.standard().name());
    standard.put("version", s.standard().version());
    root.put("standard", standard);
    root.put("asOf", s.asOf().toString());
    Map<String, Object> records = new LinkedHashMap<>();
    s.records().forEach((kind, c) -> records.put(kind.name(), JsonMaps.recordCounts(c)));
    root.put("records", records);
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("active", s.activeMemberTotal());
    Map<String, Long> byOrg = new LinkedHashMap<>();
    s.activeMembers().forEach((id, n) -> byOrg.put(id.value(), n));
    members.put("byOrganization", byOrg);
    root.put("members", members);
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("city", region(s.city()));
    Map<String, Object> districts = new LinkedHashMap<>();
    s.districts().forEach((id, r) -> districts.put(id.value(), region(r)));
    metrics.put("districts", districts);
    root.put("metrics", metrics);
    Map<String, Object> issues = new LinkedHashMap<>();
    issues.put("total", s.issueCount());
    issues.put("byCode", new LinkedHashMap<>(s.issuesByCode()));
    root.put("issues", issues);
    return MAPPER.writeValueAsString(root) + "\n";
  }

  private static void putIfPresent(Map<String, Object> map, String key, @Nullable Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  private static Map<String, Object> region(RegionMetrics r) {
    Map<String, Object> m = new LinkedHashMap<>();
    Map<String, Object> completeness = new LinkedHashMap<>();
    r.completeness().forEach((kind, k) -> {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("records", k.records());
      Map<String, Object> props = new LinkedHashMap<>();
      k.present().forEach((p, n) -> {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("present", n);
        v.put("rate", rate(Ratio.of(n, k.records())));
        props.put(p, v);
      });
      c.put("properties", props);
      completeness.put(kind.name(), c);
    });
    m.put("completeness", completeness);
    Map<String, Object> coverage = new LinkedHashMap<>();
    r.coverage().forEach((item, x) -> {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("covered", x.count());
      v.put("total", x.total());
      v.put("rate", rate(x));
      coverage.put(item.name(), v);
    });
    m.put("coverage", coverage);
    Map<String, Object> compliance = new LinkedHashMap<>();
    r.compliance().forEach((rule, x) -> {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("checked", x.total());
      v.put("passed", x.count());
      v.put("failed", x.missing());
      v.put("rate", rate(x));
      compliance.put(rule, v);
    });
    m.put("compliance", compliance);
    return m;
  }

  private static @Nullable BigDecimal rate(Ratio r) {
    return r.rate().orElse(null);
  }

  // ------------------------------------------------------------------------------------------------ reading

  static boolean looksLikeSnapshot(Path file) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    byte[] head = new byte[512];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      return false;
    }
    String text = new String(head, 0, n, StandardCharsets.UTF_8).stripLeading();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1).stripLeading();
    }
    return text.matches("(?s)\\{\\s*\"format\"\\s*:\\s*\"jingwei-snapshot/.*");
  }

  static MetricsSnapshot read(String text, String source) {
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JacksonException e) {
      throw error(source, "", "not valid JSON: " + e.getOriginalMessage());
    }
    Reader r = new Reader(source);
    r.object(root, "", Set.of("format", "dataset", "standard", "asOf", "records", "members", "metrics", "issues"));
    String format = r.text(root, "", "format");
    if (!format.equals(MetricsSnapshot.FORMAT)) {
      throw error(source, "format", "must be " + MetricsSnapshot.FORMAT + ", not '" + format + "'");
    }
    JsonNode ds = r.member(root, "", "dataset");
    r.object(ds, "dataset", Set.of("name", "city", "extractedOn", "standard", "source"));
    String city = r.optionalText(ds, "dataset", "city");
    String extracted = r.optionalText(ds, "dataset", "extractedOn");
    DatasetInfo info =
        new DatasetInfo(
            r.text(ds, "dataset", "name"),
            city == null ? null : r.parse("dataset.city", () -> DivisionCode.parse(city)),
            extracted == null ? null : r.date("dataset.extractedOn", extracted),
            r.optionalText(ds, "dataset", "standard"),
            r.optionalText(ds, "dataset", "source"));
    JsonNode st = r.member(root, "", "standard");
    r.object(st, "standard", Set.of("name", "version"));
    StandardRef standard =
        r.parse("standard", () -> StandardRef.of(r.text(st, "standard", "name"), r.text(st, "standard", "version")));
    LocalDate asOf = r.date("asOf", r.text(root, "", "asOf"));

    JsonNode rec = r.member(root, "", "records");
    r.object(rec, "records", null);
    EnumMap<EntityKind, RecordCounts> records = new EnumMap<>(EntityKind.class);
    for (String name : rec.propertyNames()) {
      EntityKind kind = r.enumValue(EntityKind.class, "records", name);
      String at = "records." + name;
      JsonNode c = rec.get(name);
      r.object(c, at, Set.of("read", "valid", "invalid", "unreadable", "withWarnings"));
      long read = r.count(c, at, "read");
      long valid = r.count(c, at, "valid");
      long invalid = r.count(c, at, "invalid");
      long unreadable = r.count(c, at, "unreadable");
      long warnings = r.count(c, at, "withWarnings");
      records.put(kind, r.parse(at, () -> new RecordCounts(read, valid, invalid, unreadable, warnings)));
    }

    JsonNode mem = r.member(root, "", "members");
    r.object(mem, "members", Set.of("active", "byOrganization"));
    long active = r.count(mem, "members", "active");
    JsonNode byOrg = r.member(mem, "members", "byOrganization");
    r.object(byOrg, "members.byOrganization", null);
    TreeMap<OrganizationId, Long> members = new TreeMap<>();
    long sum = 0;
    for (String id : byOrg.propertyNames()) {
      long n = r.count(byOrg, "members.byOrganization", id);
      members.put(r.parse("members.byOrganization." + id, () -> OrganizationId.of(id)), n);
      sum += n;
    }
    if (sum != active) {
      throw error(source, "members.active", "must be the sum of byOrganization (" + sum + "), not " + active);
    }

    JsonNode metrics = r.member(root, "", "metrics");
    r.object(metrics, "metrics", Set.of("city", "districts"));
    RegionMetrics cityMetrics = region(r, r.member(metrics, "metrics", "city"), "metrics.city");
    JsonNode ds2 = r.member(metrics, "metrics", "districts");
    r.object(ds2, "metrics.districts", null);
    TreeMap<DivisionId, RegionMetrics> districts = new TreeMap<>();
    for (String id : ds2.propertyNames()) {
      String at = "metrics.districts." + id;
      districts.put(r.parse(at, () -> DivisionId.of(id)), region(r, ds2.get(id), at));
    }

    JsonNode iss = r.member(root, "", "issues");
    r.object(iss, "issues", Set.of("total", "byCode"));
    long total = r.count(iss, "issues", "total");
    JsonNode byCode = r.member(iss, "issues", "byCode");
    r.object(byCode, "issues.byCode", null);
    TreeMap<String, Long> issues = new TreeMap<>();
    long issueSum = 0;
    for (String code : byCode.propertyNames()) {
      long n = r.count(byCode, "issues.byCode", code);
      issues.put(code, n);
      issueSum += n;
    }
    if (issueSum != total) {
      throw error(source, "issues.total", "must be the sum of byCode (" + issueSum + "), not " + total);
    }
    return r.parse("", () -> new MetricsSnapshot(info, standard, asOf, records, members, cityMetrics, districts,
        issues));
  }

  private static RegionMetrics region(Reader r, JsonNode node, String at) {
    r.object(node, at, Set.of("completeness", "coverage", "compliance"));
    JsonNode comp = r.member(node, at, "completeness");
    r.object(comp, at + ".completeness", null);
    EnumMap<EntityKind, KindCompleteness> completeness = new EnumMap<>(EntityKind.class);
    for (String name : comp.propertyNames()) {
      String k = at + ".completeness." + name;
      EntityKind kind = r.enumValue(EntityKind.class, at + ".completeness", name);
      JsonNode kc = comp.get(name);
      r.object(kc, k, Set.of("records", "properties"));
      long records = r.count(kc, k, "records");
      JsonNode props = r.member(kc, k, "properties");
      r.object(props, k + ".properties", null);
      TreeMap<String, Long> present = new TreeMap<>();
      for (String p : props.propertyNames()) {
        String pa = k + ".properties." + p;
        JsonNode pn = props.get(p);
        r.object(pn, pa, Set.of("present", "rate"));
        present.put(p, r.count(pn, pa, "present"));
        r.rate(pn, pa);
      }
      completeness.put(kind, r.parse(k, () -> new KindCompleteness(records, present)));
    }
    JsonNode cov = r.member(node, at, "coverage");
    r.object(cov, at + ".coverage", null);
    EnumMap<CoverageItem, Ratio> coverage = new EnumMap<>(CoverageItem.class);
    for (String name : cov.propertyNames()) {
      String k = at + ".coverage." + name;
      CoverageItem item = r.enumValue(CoverageItem.class, at + ".coverage", name);
      JsonNode c = cov.get(name);
      r.object(c, k, Set.of("covered", "total", "rate"));
      long covered = r.count(c, k, "covered");
      long total = r.count(c, k, "total");
      r.rate(c, k);
      coverage.put(item, r.parse(k, () -> Ratio.of(covered, total)));
    }
    JsonNode cpl = r.member(node, at, "compliance");
    r.object(cpl, at + ".compliance", null);
    TreeMap<String, Ratio> compliance = new TreeMap<>();
    for (String rule : cpl.propertyNames()) {
      String k = at + ".compliance." + rule;
      JsonNode c = cpl.get(rule);
      r.object(c, k, Set.of("checked", "passed", "failed", "rate"));
      long checked = r.count(c, k, "checked");
      long passed = r.count(c, k, "passed");
      long failed = r.count(c, k, "failed");
      r.rate(c, k);
      if (passed + failed != checked) {
        throw error(r.source, k, "passed + failed must equal checked");
      }
      compliance.put(rule, r.parse(k, () -> Ratio.of(passed, checked)));
    }
    return new RegionMetrics(completeness, coverage, compliance);
  }

  private static IllegalArgumentException error(String source, String at, String message) {
    return new IllegalArgumentException("snapshot " + source + (at.isEmpty() ? "" : ": " + at) + ": " + message);
  }

  /** Strict accessors that name the place of every error. */
  private static final class Reader {
    final String source;

    Reader(String source) {
      this.source = source;
    }

    void object(@Nullable JsonNode node, String at, @Nullable Set<String> allowed) {
      if (node == null || !node.isObject()) {
        throw error(source, at, "must be an object");
      }
      if (allowed != null) {
        for (String key : node.propertyNames()) {
          if (!allowed.contains(key)) {
            throw error(source, at, "unknown property '" + key + "' (allowed: " + new TreeSet<>(allowed) + ")");
          }
        }
      }
    }

    JsonNode member(JsonNode node, String at, String key) {
      JsonNode v = node.get(key);
      if (v == null || v.isNull()) {
        throw error(source, join(at, key), "required");
      }
      return v;
    }

    String text(JsonNode node, String at, String key) {
      JsonNode v = member(node, at, key);
      if (!v.isString() || v.asString().isBlank()) {
        throw error(source, join(at, key), "must be a non-empty text");
      }
      return v.asString();
    }

    @Nullable String optionalText(JsonNode node, String at, String key) {
      JsonNode v = node.get(key);
      if (v == null || v.isNull()) {
        return null;
      }
      if (!v.isString()) {
        throw error(source, join(at, key), "must be a text");
      }
      return v.asString();
    }

    long count(JsonNode node, String at, String key) {
      JsonNode v = member(node, at, key);
      if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 0) {
        throw error(source, join(at, key), "must be a whole number, 0 or more");
      }
      return v.asLong();
    }

    void rate(JsonNode node, String at) {
      JsonNode v = node.get("rate");
      if (v == null) {
        throw error(source, join(at, "rate"), "required (a number from 0 to 1, or null)");
      }
      if (!v.isNull() && !v.isNumber()) {
        throw error(source, join(at, "rate"), "must be a number from 0 to 1, or null");
      }
    }

    LocalDate date(String at, String text) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw error(source, at, "must be a date YYYY-MM-DD, not '" + text + "'");
      }
    }

    <E extends Enum<E>> E enumValue(Class<E> type, String at, String name) {
      try {
        return Enum.valueOf(type, name);
      } catch (IllegalArgumentException e) {
        throw error(source, at, "unknown key '" + name + "'");
      }
    }

    <T> T parse(String at, java.util.function.Supplier<T> value) {
      try {
        return value.get();
      } catch (IllegalArgumentException e) {
        if (e.getMessage() != null && e.getMessage().startsWith("snapshot ")) {
          throw e;
        }
        throw error(source, at, e.getMessage() == null ? "invalid" : e.getMessage());
      }
    }

    private static String join(String at, String key) {
      return at.isEmpty() ? key : at + "." + key;
    }
  }
}
