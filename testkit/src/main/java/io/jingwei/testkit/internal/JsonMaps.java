package io.jingwei.testkit.internal;

import io.jingwei.validation.RecordCounts;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON forms the testkit's documents share (共用的 JSON 片段), as ordered maps. Not API. */
public final class JsonMaps {

  private JsonMaps() {}

  /** The record counts of a kind: {@code read}, {@code valid}, {@code invalid}, {@code unreadable}, {@code withWarnings}. */
  public static Map<String, Object> recordCounts(RecordCounts c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("read", c.read());
    m.put("valid", c.valid());
    m.put("invalid", c.invalid());
    m.put("unreadable", c.unreadable());
    m.put("withWarnings", c.withWarnings());
    return m;
  }
}
