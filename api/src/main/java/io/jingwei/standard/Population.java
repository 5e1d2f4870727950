package io.jingwei.standard;

import io.jingwei.ref.EntityKind;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The population a rule judges (考核对象): the records of one kind that meet every condition of {@code where}. The
 * dataset metrics use it to compute a rule's compliance rate (达标率): the records of the population checked, and
 * those without an issue of the rule passed. The selector language is described in {@code docs/standards.md}.
 *
 * <p>Conditions name a property by its wire-format path: record component names joined by {@code /}
 * ({@code level}, {@code leadership/hasCommittee}). A record is in the population when all conditions hold.
 *
 * @param kind the kind of the records judged
 * @param where the conditions by property path, in the order written; empty for every record of the kind
 */
public record Population(EntityKind kind, Map<String, Condition> where) {

  private static final Pattern PATH = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*(?:/[a-zA-Z][a-zA-Z0-9]*)*");

  /**
   * Checks the parts and copies the conditions.
   *
   * @throws IllegalArgumentException when a property path is not names joined by {@code /}
   */
  public Population {
    Objects.requireNonNull(kind, "kind");
    Map<String, Condition> copy = new LinkedHashMap<>();
    if (where != null) {
      where.forEach(
          (path, condition) -> {
            Objects.requireNonNull(path, "property path");
            if (!isPropertyPath(path)) {
              throw new IllegalArgumentException(
                  "population of " + kind + ": '" + path + "' is not a property path (names joined by /)");
            }
            copy.put(path, Objects.requireNonNull(condition, () -> "condition of " + path));
          });
    }
    where = Collections.unmodifiableMap(copy);
  }

  /** Every record of the kind. */
  public static Population of(EntityKind kind) {
    return new Population(kind, Map.of());
  }

  /** The records of the kind that meet the conditions. */
  public static Population of(EntityKind kind, Map<String, Condition> where) {
    return new Population(kind, where);
  }

  /** This population with one more condition (replacing any on the same property). */
  public Population and(String path, Condition condition) {
    Map<String, Condition> m = new LinkedHashMap<>(where);
    m.put(path, condition);
    return new Population(kind, m);
  }

  /** Whether the text is a property path: wire-format names ({@code [a-zA-Z][a-zA-Z0-9]*}) joined by {@code /}. */
  public static boolean isPropertyPath(String text) {
    return PATH.matcher(Objects.requireNonNull(text, "text")).matches();
  }

  /** {@code SERVICE_CENTER where {level=in[COMPOUND]}}. */
  @Override
  public String toString() {
    return where.isEmpty() ? kind.name() : kind + " where " + where;
  }

  /**
   * A condition on one property (条件). Values are compared with the property's wire-format text: an enum's
   * constant name, {@code true}/{@code false}, a number (compared by value, so {@code 3} equals {@code 3.0}), the
   * string form of ids, codes and dates. On a list or set property, {@code IN} holds when some element is one of
   * the values and {@code NOT_IN} when none is.
   *
   * @param operator how the property is tested
   * @param values the values for {@code IN} and {@code NOT_IN} (at least one); empty for the presence tests
   */
  public record Condition(Operator operator, List<String> values) {

    /**
     * Checks that the values fit the operator and copies them.
     *
     * @throws IllegalArgumentException when {@code IN}/{@code NOT_IN} has no value or a presence test has values
     */
    public Condition {
      Objects.requireNonNull(operator, "operator");
      values = values == null ? List.of() : List.copyOf(values);
      boolean takesValues = operator == Operator.IN || operator == Operator.NOT_IN;
      if (takesValues && values.isEmpty()) {
        throw new IllegalArgumentException(operator + " needs at least one value");
      }
      if (!takesValues && !values.isEmpty()) {
        throw new IllegalArgumentException(operator + " takes no values");
      }
    }

    /** The property's value is one of these. */
    public static Condition in(List<String> values) {
      return new Condition(Operator.IN, values);
    }

    /** The property's value is one of these. */
    public static Condition in(String... values) {
      return in(List.of(values));
    }

    /** The property's value is none of these (an absent property is none of them). */
    public static Condition notIn(List<String> values) {
      return new Condition(Operator.NOT_IN, values);
    }

    /** The property's value is none of these. */
    public static Condition notIn(String... values) {
      return notIn(List.of(values));
    }

    /** The property is present: not null, not an empty list or set, not blank text. */
    public static Condition present() {
      return new Condition(Operator.PRESENT, List.of());
    }

    /** The property is absent: null, an empty list or set, or blank text. */
    public static Condition absent() {
      return new Condition(Operator.ABSENT, List.of());
    }

    /** {@code in[COMPOUND]}, {@code present}. */
    @Override
    public String toString() {
      String op =
          switch (operator) {
            case IN -> "in";
            case NOT_IN -> "notIn";
            case PRESENT -> "present";
            case ABSENT -> "absent";
          };
      return values.isEmpty() ? op : op + values;
    }
  }

  /** How a condition tests its property (条件运算). */
  public enum Operator {
    /** The value is one of the listed values ({@code level: [COMPOUND]}). */
    IN,
    /** The value is none of the listed values ({@code type: {notIn: [TEMPORARY_BRANCH]}}). */
    NOT_IN,
    /** The property is present ({@code floorArea: {present: true}}). */
    PRESENT,
    /** The property is absent ({@code dissolvedOn: {present: false}}). */
    ABSENT
  }
}
