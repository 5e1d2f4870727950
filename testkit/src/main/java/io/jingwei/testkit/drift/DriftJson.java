package io.jingwei.testkit.drift;

import io.jingwei.metrics.Ratio;
import io.jingwei.testkit.internal.JsonMaps;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes drift reports as JSON ({@code jingwei-drift/1}), deterministically. */
final class DriftJson {

  private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private DriftJson() {}

  static String write(DriftReport r) {
    boolean full = r.mode() == DriftReport.Mode.FULL;
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", DriftReport.FORMAT);
    root.put("mode", r.mode().name());
    root.put("old", side(r.oldSide()));
    root.put("new", side(r.newSide()));
    root.put("standardsDiffer", r.standardsDiffer());
    root.put("thresholds", thresholds(r.thresholds()));
    root.put("significant", r.isSignificant());
    root.put("summary", summary(r, full));

    List<Object> counts = new ArrayList<>();
    for (RecordCountChange c : r.recordCounts()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", c.kind().name());
      m.put("old", JsonMaps.recordCounts(c.oldCounts()));
      m.put("new", JsonMaps.recordCounts(c.newCounts()));
      counts.add(m);
    }
    root.put("recordCounts", counts);

    if (full) {
      Map<String, Object> records = new LinkedHashMap<>();
      r.records().forEach((kind, k) -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("old", k.oldCount());
        m.put("new", k.newCount());
        m.put("unchanged", k.unchanged());
        m.put("added", k.added());
        m.put("removed", k.removed());
        List<Object> changed = new ArrayList<>();
        for (ChangedRecord c : k.changed()) {
          Map<String, Object> x = new LinkedHashMap<>();
          x.put("id", c.id());
          x.put("fields", c.fields());
          changed.add(x);
        }
        m.put("changed", changed);
        records.put(kind.name(), m);
      });
      root.put("records", records);
      List<Object> departures = new ArrayList<>();
      for (Departure d : r.departures()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("member", d.member().value());
        m.put("name", d.maskedName());
        m.put("organization", d.organization().value());
        m.put("reason", d.reason().name());
        m.put("explained", d.reason().isExplained());
        m.put("standing", d.standing() == null ? null : d.standing().name());
        m.put("newId", d.newId() == null ? null : d.newId().value());
        m.put("wasMobile", d.wasMobile());
        departures.add(m);
      }
      root.put("departures", departures);
    } else {
      root.put("records", null);
      root.put("departures", null);
    }

    List<Object> jumps = new ArrayList<>();
    for (MemberCountJump j : r.memberCountJumps()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("organization", j.organization().value());
      m.put("old", j.oldCount());
      m.put("new", j.newCount());
      m.put("change", j.change());
      m.put("relativeChange", j.relativeChange().orElse(null));
      jumps.add(m);
    }
    root.put("memberCountJumps", jumps);

    List<Object> drifts = new ArrayList<>();
    for (MetricDrift d : r.metricDrifts()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("district", d.district() == null ? null : d.district().value());
      m.put("metric", d.metric().name());
      m.put("entityKind", d.entityKind() == null ? null : d.entityKind().name());
      m.put("key", d.key());
      m.put("old", ratio(d.oldValue()));
      m.put("new", ratio(d.newValue()));
      m.put("drop", d.drop());
      drifts.add(m);
    }
    root.put("metricDrifts", drifts);

    List<Object> issues = new ArrayList<>();
    for (IssueCountChange c : r.issueCountChanges()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", c.code());
      m.put("old", c.oldCount());
      m.put("new", c.newCount());
      m.put("change", c.change());
      m.put("significant", c.significant());
      issues.add(m);
    }
    root.put("issueCountChanges", issues);
    return MAPPER.writeValueAsString(root) + "\n";
  }

  private static Map<String, Object> summary(DriftReport r, boolean full) {
    Map<String, Object> s = new LinkedHashMap<>();
    if (full) {
      Map<String, Object> added = new LinkedHashMap<>();
      Map<String, Object> removed = new LinkedHashMap<>();
      Map<String, Object> changed = new LinkedHashMap<>();
      r.records().forEach((kind, k) -> {
        added.put(kind.name(), k.added().size());
        removed.put(kind.name(), k.removed().size());
        changed.put(kind.name(), k.changed().size());
      });
      s.put("added", added);
      s.put("removed", removed);
      s.put("changed", changed);
      Map<String, Object> reasons = new LinkedHashMap<>();
      for (DepartureReason reason : DepartureReason.values()) {
        reasons.put(reason.name(), r.departures().stream().filter(d -> d.reason() == reason).count());
      }
      s.put("departures", reasons);
      s.put("silentlyLost", r.silentlyLost().size());
    } else {
      s.put("added", null);
      s.put("removed", null);
      s.put("changed", null);
      s.put("departures", null);
      s.put("silentlyLost", null);
    }
    s.put("memberCountJumps", r.memberCountJumps().size());
    s.put("metricDrifts", r.metricDrifts().size());
    s.put("issueCountChanges", r.issueCountChanges().size());
    s.put("significantIssueIncreases", r.significantIssueIncreases().size());
    return s;
  }

  private static Map<String, Object> side(DriftSide side) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", side.source().name());
    m.put("name", side.name());
    m.put("extractedOn", side.extractedOn() == null ? null : side.extractedOn().toString());
    Map<String, Object> standard = new LinkedHashMap<>();
    standard.put("name", side.standard().name());
    standard.put("version", side.standard().version());
    m.put("standard", standard);
    m.put("asOf", side.asOf().toString());
    return m;
  }

  private static Map<String, Object> thresholds(DriftThresholds t) {
    Map<String, Object> m = new LinkedHashMap<>();
    Map<String, Object> jump = new LinkedHashMap<>();
    jump.put("rate", t.memberJumpRate());
    jump.put("min", t.memberJumpMin());
    m.put("memberCountJump", jump);
    m.put("complianceDrop", t.complianceDrop());
    m.put("coverageDrop", t.coverageDrop());
    m.put("completenessDrop", t.completenessDrop());
    m.put("maxSilentlyLost", t.maxSilentlyLost());
    m.put("maxIssueIncrease", t.maxIssueIncrease());
    return m;
  }

  private static Map<String, Object> ratio(Ratio r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("count", r.count());
    m.put("total", r.total());
    m.put("rate", r.rate().orElse(null));
    return m;
  }
}
