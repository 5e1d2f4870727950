package io.jingwei.impl.metrics;

import io.jingwei.impl.io.EntityTypes;
import io.jingwei.ref.EntityKind;
import io.jingwei.standard.Population;
import io.jingwei.standard.Population.Condition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a population selector (考核对象选择器) written in a profile, as the JSON-like values a profile holds
 * (mappings, lists, strings, numbers, booleans), and checks it against the record class of its kind: every
 * property must exist, and the values of an enum or boolean property must be among its constants. The language is
 * described in {@code docs/standards.md}:
 *
 * <pre>{@code
 * population:
 *   kind: SERVICE_CENTER            # an entity kind
 *   where:                          # all conditions hold (optional)
 *     level: [COMMUNITY, COMPOUND]  # one of these values (a single value may be written alone)
 *     newlyBuilt: true
 *     type: {notIn: [TEMPORARY_BRANCH]}
 *     floorArea: {present: true}    # present (true) or absent (false)
 * }</pre>
 *
 * Errors are {@link IllegalArgumentException}s whose message names the place ({@code where}). Stateless.
 */
public final class PopulationReader {

  private static final Set<String> KEYS = Set.of("kind", "where");
  private static final Set<String> OPERATORS = Set.of("in", "notIn", "present");

  private PopulationReader() {}

  /**
   * The population the value describes.
   *
   * @param value the selector: a mapping with {@code kind} and optionally {@code where}
   * @param where the place for error messages ({@code rule grid.worker-count.population})
   * @throws IllegalArgumentException when the selector is malformed or names unknown properties or values
   */
  public static Population read(Object value, String where) {
    if (!(value instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(where + " must be a mapping with kind and where");
    }
    for (Object key : map.keySet()) {
      if (!KEYS.contains(String.valueOf(key))) {
        throw new IllegalArgumentException(where + ": unknown key '" + key + "' (allowed: [kind, where])");
      }
    }
    Object kindValue = map.get("kind");
    if (!(kindValue instanceof String kindText)) {
      throw new IllegalArgumentException(where + ".kind is required: one of " + Arrays.toString(EntityKind.values()));
    }
    EntityKind kind;
    try {
      kind = EntityKind.valueOf(kindText);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          where + ".kind must be one of " + Arrays.toString(EntityKind.values()) + ": " + kindText, e);
    }
    Map<String, Condition> conditions = new LinkedHashMap<>();
    Object whereValue = map.get("where");
    if (whereValue != null) {
      if (!(whereValue instanceof Map<?, ?> w)) {
        throw new IllegalArgumentException(where + ".where must be a mapping of property paths to conditions");
      }
      for (Map.Entry<?, ?> e : w.entrySet()) {
        String path = String.valueOf(e.getKey());
        String at = where + ".where." + path;
        PropertyPath property;
        try {
          property = PropertyPath.compile(EntityTypes.of(kind), path);
        } catch (IllegalArgumentException ex) {
          throw new IllegalArgumentException(at + ": " + ex.getMessage(), ex);
        }
        Condition condition = condition(e.getValue(), at);
        checkValues(property, condition, at);
        conditions.put(path, condition);
      }
    }
    return Population.of(kind, conditions);
  }

  private static Condition condition(Object value, String at) {
    if (value instanceof Map<?, ?> m) {
      if (m.size() != 1 || !OPERATORS.contains(String.valueOf(m.keySet().iterator().next()))) {
        throw new IllegalArgumentException(
            at + " must be a value, a list of values, or one of {in: [...]}, {notIn: [...]}, {present: true|false}");
      }
      String op = String.valueOf(m.keySet().iterator().next());
      Object operand = m.values().iterator().next();
      return switch (op) {
        case "in" -> Condition.in(values(operand, at + ".in"));
        case "notIn" -> Condition.notIn(values(operand, at + ".notIn"));
        default -> {
          if (!(operand instanceof Boolean b)) {
            throw new IllegalArgumentException(at + ".present must be true or false");
          }
          yield b ? Condition.present() : Condition.absent();
        }
      };
    }
    return Condition.in(values(value, at));
  }

  private static List<String> values(Object value, String at) {
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object o : list) {
        out.add(scalar(o, at));
      }
    } else {
      out.add(scalar(value, at));
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(at + " must list at least one value");
    }
    return out;
  }

  private static String scalar(Object o, String at) {
    if (o instanceof String s) {
      return s;
    }
    if (o instanceof Boolean b) {
      return b.toString();
    }
    if (o instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (o instanceof Number n) {
      return n.toString();
    }
    throw new IllegalArgumentException(at + ": values must be strings, numbers or booleans");
  }

  private static void checkValues(PropertyPath property, Condition condition, String at) {
    Class<?> type = property.isCollection() ? property.elementType() : property.leafType();
    if (type == null || condition.values().isEmpty()) {
      return;
    }
    for (String v : condition.values()) {
      if (type.isEnum()) {
        boolean known = false;
        for (Object constant : type.getEnumConstants()) {
          known |= ((Enum<?>) constant).name().equals(v);
        }
        if (!known) {
          throw new IllegalArgumentException(
              at + ": '" + v + "' is not a " + type.getSimpleName() + " (known: "
                  + Arrays.toString(type.getEnumConstants()) + ")");
        }
      } else if (type == boolean.class || type == Boolean.class) {
        if (!v.equals("true") && !v.equals("false")) {
          throw new IllegalArgumentException(at + ": '" + v + "' is not true or false");
        }
      } else if (PopulationFilter.isNumeric(type) && PopulationFilter.number(v) == null) {
        throw new IllegalArgumentException(at + ": '" + v + "' is not a number");
      }
    }
  }
}
