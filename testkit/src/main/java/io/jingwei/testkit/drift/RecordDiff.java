package io.jingwei.testkit.drift;

import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.json.JingweiJson;
import io.jingwei.ref.Entity;
import io.jingwei.ref.EntityKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares the records of two datasets by kind and id in their wire form (记录比较): the JSON each record is written
 * as, so the changed fields are named as on disk. Values are compared, never kept.
 */
final class RecordDiff {

  private static final JsonMapper WIRE = JingweiJson.mapper();

  private RecordDiff() {}

  static Map<EntityKind, KindChanges> compare(CityDataset oldData, CityDataset newData) {
    Map<EntityKind, KindChanges> out = new EnumMap<>(EntityKind.class);
    for (EntityKind kind : EntityKind.values()) {
      out.put(kind, compare(kind, oldData.records(kind), newData.records(kind)));
    }
    return out;
  }

  private static KindChanges compare(EntityKind kind, List<?> oldRecords, List<?> newRecords) {
    Map<String, Object> before = byId(oldRecords);
    Map<String, Object> after = byId(newRecords);
    List<String> added = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    List<ChangedRecord> changed = new ArrayList<>();
    for (Map.Entry<String, Object> e : before.entrySet()) {
      Object now = after.get(e.getKey());
      if (now == null) {
        removed.add(e.getKey());
      } else if (!now.equals(e.getValue())) {
        List<String> fields = changedFields(WIRE.valueToTree(e.getValue()), WIRE.valueToTree(now));
        if (!fields.isEmpty()) {
          changed.add(new ChangedRecord(e.getKey(), fields));
        }
      }
    }
    for (String id : after.keySet()) {
      if (!before.containsKey(id)) {
        added.add(id);
      }
    }
    return new KindChanges(kind, before.size(), after.size(), added, removed, changed);
  }

  /** The records by id in id order; the first of a duplicated id counts. */
  private static Map<String, Object> byId(List<?> records) {
    Map<String, Object> first = new HashMap<>(records.size() * 2);
    for (Object r : records) {
      first.putIfAbsent(((Entity) r).ref().id(), r);
    }
    return new TreeMap<>(first);
  }

  /** The JSON pointers of the fields that differ, in pointer order. */
  static List<String> changedFields(JsonNode before, JsonNode after) {
    Set<String> out = new TreeSet<>();
    diff(before, after, "", out);
    return List.copyOf(out);
  }

  private static void diff(JsonNode a, JsonNode b, String path, Set<String> out) {
    if (a.equals(b)) {
      return;
    }
    if (a.isObject() && b.isObject()) {
      Set<String> keys = new LinkedHashSet<>(a.propertyNames());
      keys.addAll(b.propertyNames());
      for (String key : keys) {
        JsonNode x = a.get(key);
        JsonNode y = b.get(key);
        String p = path + "/" + escape(key);
        if (x == null || y == null || x.isNull() || y.isNull()) {
          if (!(x == null || x.isNull()) || !(y == null || y.isNull())) {
            out.add(p);
          }
        } else {
          diff(x, y, p, out);
        }
      }
      return;
    }
    if (a.isArray() && b.isArray() && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) {
        diff(a.get(i), b.get(i), path + "/" + i, out);
      }
      return;
    }
    out.add(path);
  }

  /** A property name as a JSON Pointer reference token (RFC 6901): {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
