package io.jingwei.impl.rules.structure;

import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.engine.Approvals;
import io.jingwei.impl.engine.RecordEntry;
import io.jingwei.impl.engine.ValidationInput;
import io.jingwei.member.PartyMember;
import io.jingwei.organization.Approval;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.ref.EntityKind;
import io.jingwei.standard.RuleDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Helpers the reference, duplicate, division, structure and grid checks share (检查辅助): the typed dataset of an
 * input, the first record of each id, ordered message arguments, approvals, and enum-valued parameters.
 */
public final class CheckSupport {
  private CheckSupport() {}

  /**
   * The typed dataset of the input: the one it carries, or one built from its records (a test's input, or JSON
   * Lines read without a dataset). Lookups resolve to the first record with an id.
   */
  public static CityDataset dataset(ValidationInput input) {
    return input
        .dataset()
        .orElseGet(
            () -> {
              CityDataset.Builder b = CityDataset.builder();
              for (EntityKind kind : EntityKind.values()) {
                List<Object> records = new ArrayList<>();
                for (RecordEntry e : input.records(kind)) {
                  records.add(e.record());
                }
                b.addAll(records);
              }
              return b.build();
            });
  }

  /**
   * The organizations of the dataset that are the first record with their id, in dataset order. Later records
   * with the same id are duplicates ({@code duplicate.id}) and take no part in structure rules.
   */
  public static List<PartyOrganization> organizations(CityDataset dataset) {
    List<PartyOrganization> out = new ArrayList<>(dataset.organizations().size());
    for (PartyOrganization o : dataset.organizations()) {
      if (dataset.organization(o.id()).orElse(null) == o) {
        out.add(o);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The members of the dataset that are the first record with their id, in dataset order. */
  public static List<PartyMember> members(CityDataset dataset) {
    List<PartyMember> out = new ArrayList<>(dataset.members().size());
    for (PartyMember m : dataset.members()) {
      if (dataset.member(m.id()).orElse(null) == m) {
        out.add(m);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The approvals (上级批准) of a record as the engine takes them. */
  public static Approvals approvals(List<Approval> approvals) {
    if (approvals.isEmpty()) {
      return Approvals.none();
    }
    List<String> rules = new ArrayList<>(approvals.size());
    for (Approval a : approvals) {
      rules.add(a.rule());
    }
    return Approvals.of(rules);
  }

  /**
   * Message arguments in the given order (name, value, name, value …), so that reports are deterministic.
   *
   * @throws IllegalArgumentException for an odd number of parts (a bug of the caller)
   */
  public static Map<String, Object> args(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values must come in pairs");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      out.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return out;
  }

  /** An integer parameter when the rule has it. */
  public static OptionalInt optionalInt(RuleDefinition rule, String name) {
    return rule.hasParam(name) ? OptionalInt.of(rule.intParam(name)) : OptionalInt.empty();
  }

  /**
   * A parameter listing enum constants by name ({@code [BRANCH, JOINT_BRANCH]}).
   *
   * @throws IllegalStateException naming the rule when the parameter is missing or names an unknown constant (an
   *     error of the standard)
   */
  public static <E extends Enum<E>> Set<E> enumSet(RuleDefinition rule, String name, Class<E> type) {
    Set<E> out = EnumSet.noneOf(type);
    for (String s : rule.stringListParam(name)) {
      out.add(enumValue(rule, name, s, type));
    }
    return Collections.unmodifiableSet(out);
  }

  /** A parameter listing enum constants, or the default when the rule does not have it. */
  public static <E extends Enum<E>> Set<E> enumSet(
      RuleDefinition rule, String name, Class<E> type, Set<E> defaultValue) {
    return rule.hasParam(name) ? enumSet(rule, name, type) : defaultValue;
  }

  /**
   * One enum constant named in a parameter.
   *
   * @throws IllegalStateException naming the rule when the constant is unknown
   */
  public static <E extends Enum<E>> E enumValue(RuleDefinition rule, String param, String constant, Class<E> type) {
    try {
      return Enum.valueOf(type, constant.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "rule " + rule.id() + ": parameter '" + param + "' names an unknown " + type.getSimpleName() + " '"
              + constant + "'",
          e);
    }
  }

  /**
   * A parameter mapping enum constants to lists of enum constants ({@code {BRANCH: [GENERAL_BRANCH, …]}}).
   *
   * @throws IllegalStateException naming the rule when the parameter is missing, not such a map, or names an
   *     unknown constant
   */
  public static <K extends Enum<K>, V extends Enum<V>> Map<K, Set<V>> enumTable(
      RuleDefinition rule, String name, Class<K> keyType, Class<V> valueType) {
    Map<K, Set<V>> out = new java.util.EnumMap<>(keyType);
    for (Map.Entry<String, Object> e : rule.mapParam(name).entrySet()) {
      K key = enumValue(rule, name, e.getKey(), keyType);
      Set<V> values = EnumSet.noneOf(valueType);
      if (e.getValue() instanceof List<?> list) {
        for (Object o : list) {
          if (!(o instanceof String s)) {
            throw new IllegalStateException(
                "rule " + rule.id() + ": parameter '" + name + "." + e.getKey() + "' must be a list of names");
          }
          values.add(enumValue(rule, name, s, valueType));
        }
      } else if (e.getValue() instanceof String s) {
        values.add(enumValue(rule, name, s, valueType));
      } else {
        throw new IllegalStateException(
            "rule " + rule.id() + ": parameter '" + name + "." + e.getKey() + "' must be a name or a list of names");
      }
      out.put(key, Collections.unmodifiableSet(values));
    }
    return Collections.unmodifiableMap(out);
  }
}
