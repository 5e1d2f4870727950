package io.jingwei.impl.schema;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A small deterministic JSON writer (JSON 文本输出) for the generated schemas: objects are {@link Map}s written in
 * their iteration order, arrays are {@link Collection}s, scalars are strings, numbers, booleans and null. Output
 * is indented by two spaces, {@code "name": value}, arrays of scalars and small objects on one line when they fit in
 * {@value #WIDTH} columns, non-ASCII as UTF-8 and a final newline. The same value always gives the same text.
 */
final class JsonText {
  private JsonText() {}

  /** The widest line an inline array of scalars may make. */
  static final int WIDTH = 110;

  /** The text of a value, with a final newline. */
  static String write(@Nullable Object value) {
    StringBuilder sb = new StringBuilder();
    write(sb, value, 0, 0);
    return sb.append('\n').toString();
  }

  private static void write(StringBuilder sb, @Nullable Object value, int indent, int column) {
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        sb.append("{}");
        return;
      }
      String inline = inline(map);
      if (inline != null && column + inline.length() + 1 <= WIDTH) {
        sb.append(inline);
        return;
      }
      sb.append("{\n");
      Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<?, ?> e = it.next();
        int start = sb.length();
        pad(sb, indent + 2);
        sb.append(scalar(String.valueOf(e.getKey()))).append(": ");
        write(sb, e.getValue(), indent + 2, sb.length() - start);
        sb.append(it.hasNext() ? ",\n" : "\n");
      }
      pad(sb, indent);
      sb.append('}');
    } else if (value instanceof Collection<?> list) {
      if (list.isEmpty()) {
        sb.append("[]");
        return;
      }
      String inline = inline(list);
      if (inline != null && column + inline.length() + 1 <= WIDTH) {
        sb.append(inline);
        return;
      }
      sb.append("[\n");
      Iterator<?> it = list.iterator();
      while (it.hasNext()) {
        pad(sb, indent + 2);
        write(sb, it.next(), indent + 2, indent + 2);
        sb.append(it.hasNext() ? ",\n" : "\n");
      }
      pad(sb, indent);
      sb.append(']');
    } else {
      sb.append(scalar(value));
    }
  }

  /**
   * The one-line form of an array of scalars or of small objects, or of a small object: an object of at most two
   * scalar entries. Null when the value is not that simple.
   */
  private static @Nullable String inline(Object value) {
    if (value instanceof Map<?, ?> map) {
      if (map.size() > 2) {
        return null;
      }
      StringBuilder sb = new StringBuilder("{");
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (e.getValue() instanceof Map<?, ?> || e.getValue() instanceof Collection<?>) {
          return null;
        }
        if (sb.length() > 1) {
          sb.append(", ");
        }
        sb.append(scalar(String.valueOf(e.getKey()))).append(": ").append(scalar(e.getValue()));
      }
      return sb.append('}').toString();
    }
    if (value instanceof Collection<?> list) {
      StringBuilder sb = new StringBuilder("[");
      for (Object o : list) {
        String element = o instanceof Collection<?> ? null : o instanceof Map<?, ?> ? inline(o) : scalar(o);
        if (element == null) {
          return null;
        }
        if (sb.length() > 1) {
          sb.append(", ");
        }
        sb.append(element);
      }
      return sb.append(']').toString();
    }
    return scalar(value);
  }

  private static void pad(StringBuilder sb, int n) {
    sb.append(" ".repeat(n));
  }

  /** The JSON text of a scalar. */
  static String scalar(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      return value.toString();
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Number) {
      throw new IllegalArgumentException("Unsupported number type " + value.getClass().getName());
    }
    String s = value.toString();
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
