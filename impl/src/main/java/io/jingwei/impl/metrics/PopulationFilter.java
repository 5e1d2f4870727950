package io.jingwei.impl.metrics;

import io.jingwei.impl.io.EntityTypes;
import io.jingwei.impl.json.JingweiJson;
import io.jingwei.ref.EntityKind;
import io.jingwei.standard.Population;
import io.jingwei.standard.Population.Condition;
import io.jingwei.standard.Population.Operator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A population compiled against the record class of its kind (考核对象过滤器): tells whether a record is in it.
 * Values are compared with the property's wire-format text: enum constant names, {@code true}/{@code false},
 * numbers by value, ids, codes and dates by their JSON string. Immutable and thread-safe.
 */
public final class PopulationFilter {

  private final Population population;
  private final Class<?> type;
  private final List<Test> tests;

  private record Test(PropertyPath path, Condition condition, List<@Nullable BigDecimal> numbers) {}

  private PopulationFilter(Population population, Class<?> type, List<Test> tests) {
    this.population = population;
    this.type = type;
    this.tests = List.copyOf(tests);
  }

  /**
   * Compiles the population.
   *
   * @throws IllegalArgumentException when a condition names a property the kind's records do not have
   */
  public static PopulationFilter compile(Population population) {
    Objects.requireNonNull(population, "population");
    Class<?> type = EntityTypes.of(population.kind());
    List<Test> tests = new ArrayList<>();
    for (Map.Entry<String, Condition> e : population.where().entrySet()) {
      PropertyPath path = PropertyPath.compile(type, e.getKey());
      List<@Nullable BigDecimal> numbers = new ArrayList<>();
      for (String v : e.getValue().values()) {
        numbers.add(number(v));
      }
      tests.add(new Test(path, e.getValue(), numbers));
    }
    return new PopulationFilter(population, type, tests);
  }

  /** The population. */
  public Population population() {
    return population;
  }

  /** The kind of the records. */
  public EntityKind kind() {
    return population.kind();
  }

  /** Whether the record is of the kind and meets every condition. */
  public boolean test(Object record) {
    if (!type.isInstance(record)) {
      return false;
    }
    for (Test t : tests) {
      if (!holds(t, t.path().get(record))) {
        return false;
      }
    }
    return true;
  }

  private static boolean holds(Test t, @Nullable Object value) {
    Operator op = t.condition().operator();
    return switch (op) {
      case PRESENT -> PropertyPath.isPresent(value);
      case ABSENT -> !PropertyPath.isPresent(value);
      case IN -> anyMatches(t, value);
      case NOT_IN -> !anyMatches(t, value);
    };
  }

  private static boolean anyMatches(Test t, @Nullable Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof Collection<?> c) {
      for (Object element : c) {
        if (element != null && matches(t, element)) {
          return true;
        }
      }
      return false;
    }
    return matches(t, value);
  }

  private static boolean matches(Test t, Object value) {
    if (value instanceof Number n) {
      BigDecimal d = n instanceof BigDecimal b ? b : number(n.toString());
      if (d == null) {
        return false;
      }
      for (BigDecimal candidate : t.numbers()) {
        if (candidate != null && candidate.compareTo(d) == 0) {
          return true;
        }
      }
      return false;
    }
    return t.condition().values().contains(text(value));
  }

  /** The wire-format text of a scalar value. */
  private static String text(Object value) {
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof CharSequence || value instanceof Boolean) {
      return value.toString();
    }
    JsonNode node = JingweiJson.mapper().valueToTree(value);
    return node.isString() ? node.stringValue() : node.toString();
  }

  static boolean isNumeric(Class<?> type) {
    return Number.class.isAssignableFrom(type)
        || type == int.class
        || type == long.class
        || type == short.class
        || type == byte.class
        || type == double.class
        || type == float.class;
  }

  static @Nullable BigDecimal number(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  @Override
  public String toString() {
    return population.toString();
  }
}
