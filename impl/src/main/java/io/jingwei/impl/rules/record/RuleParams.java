package io.jingwei.impl.rules.record;

import io.jingwei.standard.RuleDefinition;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed readers of the parameters record rules share (规则参数): enum sets and lists, integer ranges by key. A
 * parameter of the wrong shape is a fault of the profile, reported as an {@link IllegalStateException} naming the
 * rule and the parameter (the engine turns it into a clear failure of the check).
 */
public final class RuleParams {
  private RuleParams() {}

  /** A list of enum constant names as a set of constants. */
  public static <E extends Enum<E>> Set<E> enumSet(RuleDefinition rule, String name, Class<E> type) {
    EnumSet<E> out = EnumSet.noneOf(type);
    out.addAll(enumList(rule, name, type));
    return Collections.unmodifiableSet(out);
  }

  /** A list of enum constant names as a list of constants, in the profile's order, without repeats. */
  public static <E extends Enum<E>> List<E> enumList(RuleDefinition rule, String name, Class<E> type) {
    java.util.LinkedHashSet<E> out = new java.util.LinkedHashSet<>();
    for (String s : rule.stringListParam(name)) {
      out.add(constant(rule, name, type, s));
    }
    return List.copyOf(out);
  }

  /** A list of enum constant names, or all constants of the type when the parameter is absent. */
  public static <E extends Enum<E>> Set<E> enumSetOrAll(RuleDefinition rule, String name, Class<E> type) {
    return rule.hasParam(name) ? enumSet(rule, name, type) : Collections.unmodifiableSet(EnumSet.allOf(type));
  }

  /** A map from enum constant names to decimal numbers ({@code COMMUNITY: 500}). */
  public static <E extends Enum<E>> Map<E, BigDecimal> decimalsByConstant(
      RuleDefinition rule, String name, Class<E> type) {
    Map<E, BigDecimal> out = new java.util.EnumMap<>(type);
    for (Map.Entry<String, Object> e : rule.mapParam(name).entrySet()) {
      if (!(e.getValue() instanceof BigDecimal d)) {
        throw wrong(rule, name, "a map of numbers");
      }
      out.put(constant(rule, name, type, e.getKey()), d);
    }
    return Collections.unmodifiableMap(out);
  }

  /** A map from enum constant names to integer ranges written {@code [min, max]} ({@code PRINCIPAL: [7, 18]}). */
  public static <E extends Enum<E>> Map<E, IntRange> rangesByConstant(
      RuleDefinition rule, String name, Class<E> type) {
    Map<E, IntRange> out = new java.util.EnumMap<>(type);
    for (Map.Entry<String, Object> e : rule.mapParam(name).entrySet()) {
      out.put(constant(rule, name, type, e.getKey()), range(rule, name + "." + e.getKey(), e.getValue()));
    }
    return Collections.unmodifiableMap(out);
  }

  /** The integer range written {@code [min, max]} in the parameter {@code name} (required). */
  public static IntRange range(RuleDefinition rule, String name) {
    return range(rule, name, rule.param(name).orElseThrow(() -> wrong(rule, name, "present")));
  }

  /** The integer range of the parameters {@code min} and {@code max} (both required). */
  public static IntRange minMax(RuleDefinition rule) {
    int min = rule.intParam("min");
    int max = rule.intParam("max");
    if (min > max) {
      throw wrong(rule, "min", "at most max (" + max + ")");
    }
    return IntRange.of(min, max);
  }

  private static IntRange range(RuleDefinition rule, String name, Object value) {
    if (value instanceof List<?> list && list.size() == 2
        && list.get(0) instanceof BigDecimal lo && list.get(1) instanceof BigDecimal hi) {
      try {
        return IntRange.of(lo.intValueExact(), hi.intValueExact());
      } catch (ArithmeticException | IllegalArgumentException e) {
        throw wrong(rule, name, "[min, max] with integers, min <= max");
      }
    }
    throw wrong(rule, name, "[min, max] with integers");
  }

  private static <E extends Enum<E>> E constant(RuleDefinition rule, String name, Class<E> type, String text) {
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      Map<String, E> known = new LinkedHashMap<>();
      for (E c : type.getEnumConstants()) {
        known.put(c.name(), c);
      }
      throw new IllegalStateException(
          "rule " + rule.id() + ": parameter '" + name + "': unknown " + type.getSimpleName() + " '" + text
              + "' (known: " + known.keySet() + ")");
    }
  }

  private static IllegalStateException wrong(RuleDefinition rule, String name, String what) {
    return new IllegalStateException("rule " + rule.id() + ": parameter '" + name + "' must be " + what);
  }
}
