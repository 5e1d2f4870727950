package io.jingwei.impl.mask;

import io.jingwei.privacy.PersonalData;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The masking policy (脱敏策略) for personal data, and the normal form of issue arguments. It is the only place
 * that decides how personal data is shown: messages, reports and logs all go through it.
 *
 * <p>Policy: a value implementing {@link PersonalData} (resident ID numbers, mobile numbers, person names) shows
 * {@link PersonalData#masked()} unless the caller opted in to full values; then {@link PersonalData#value()}.
 * Plain strings pass through unchanged: a check must not put personal data into an argument as a bare string.
 *
 * <p>Normal form of an argument value, so that messages and JSON reports are stable: {@link String},
 * {@link Boolean}, {@link Long} (integral numbers), {@link BigDecimal} (other numbers), {@code List} and
 * {@code Map<String, Object>} of these (nested maps in key order); enums become their constant name, dates their ISO text, anything else its
 * {@code toString()} (which, by the project's rule, never prints personal data in full).
 */
public final class PersonalDataMask {
  private PersonalDataMask() {}

  /** The normal, masked (unless {@code showPersonalData}) form of one argument value. */
  public static Object arg(@Nullable Object value, boolean showPersonalData) {
    if (value == null) {
      return "null";
    }
    if (value instanceof PersonalData p) {
      return showPersonalData ? p.value() : p.masked();
    }
    if (value instanceof String || value instanceof Boolean || value instanceof Long || value instanceof BigDecimal) {
      return value;
    }
    if (value instanceof CharSequence cs) {
      return cs.toString();
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigInteger b) {
      return new BigDecimal(b);
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? new BigDecimal(value.toString()) : value.toString();
    }
    if (value instanceof Number n) {
      return n.toString();
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof TemporalAccessor) {
      return value.toString();
    }
    if (value instanceof Collection<?> c) {
      List<Object> out = new ArrayList<>(c.size());
      for (Object o : c) {
        out.add(arg(o, showPersonalData));
      }
      return Collections.unmodifiableList(out);
    }
    if (value.getClass().isArray()) {
      int n = Array.getLength(value);
      List<Object> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(arg(Array.get(value, i), showPersonalData));
      }
      return Collections.unmodifiableList(out);
    }
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> out = new java.util.TreeMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), arg(v, showPersonalData)));
      return Collections.unmodifiableMap(out);
    }
    return value.toString();
  }

  /** The normal, masked (unless {@code showPersonalData}) form of all arguments, in their order. */
  public static Map<String, Object> args(Map<String, ?> args, boolean showPersonalData) {
    Map<String, Object> out = new LinkedHashMap<>();
    args.forEach((k, v) -> out.put(k, arg(v, showPersonalData)));
    return Collections.unmodifiableMap(out);
  }

  /** The text of a value as logs may show it: always masked. */
  public static String forLog(@Nullable Object value) {
    return String.valueOf(arg(value, false));
  }
}
