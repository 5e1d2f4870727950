package io.jingwei.standard;

import io.jingwei.validation.StandardRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A standard (标准): a named, versioned profile of rule definitions that a dataset is validated against, such as
 * {@code national} or {@code nanning-2021}. A standard may extend a parent and override only what differs; the
 * rules it holds are the merged result. Immutable and thread-safe.
 */
public final class Standard {

  private final String name;
  private final String version;
  private final @Nullable String parent;
  private final LocalizedText title;
  private final List<RuleDefinition> rules;
  private final Map<String, RuleDefinition> byId;

  private Standard(
      String name, String version, @Nullable String parent, LocalizedText title, List<RuleDefinition> rules) {
    this.name = requireText(name, "name");
    this.version = requireText(version, "version");
    this.parent = parent;
    this.title = Objects.requireNonNull(title, "title");
    this.rules = List.copyOf(rules);
    Map<String, RuleDefinition> index = new LinkedHashMap<>();
    for (RuleDefinition r : this.rules) {
      if (index.putIfAbsent(r.id(), r) != null) {
        throw new IllegalArgumentException("standard " + name + ": duplicate rule id " + r.id());
      }
    }
    this.byId = Collections.unmodifiableMap(index);
  }

  /**
   * The standard with the given parts; the rules keep their order.
   *
   * @throws IllegalArgumentException when two rules share an id, or the name or version is blank
   */
  public static Standard of(
      String name, String version, @Nullable String parent, LocalizedText title, List<RuleDefinition> rules) {
    return new Standard(name, version, parent, title, rules);
  }

  /** The name (标准名称), such as {@code nanning-2021}. */
  public String name() {
    return name;
  }

  /** The version (版本), such as {@code 2021.1}. */
  public String version() {
    return version;
  }

  /** The name of the standard this one extends (上级标准), or null for a root standard. */
  public @Nullable String parent() {
    return parent;
  }

  /** The title (标题) in Chinese and English. */
  public LocalizedText title() {
    return title;
  }

  /** The name and version as a reference, as reports carry it. */
  public StandardRef ref() {
    return StandardRef.of(name, version);
  }

  /** All rule definitions (规则), enabled or not, in the standard's order (inherited rules first). */
  public List<RuleDefinition> rules() {
    return rules;
  }

  /** The rule with the given id, if the standard has it. */
  public Optional<RuleDefinition> rule(String id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  /** The ids of all rules, in the standard's order. */
  public List<String> ruleIds() {
    return List.copyOf(byId.keySet());
  }

  /** The rules in force on the date (生效规则): enabled, with no effective date or one not after the date. */
  public List<RuleDefinition> effectiveRules(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<RuleDefinition> out = new ArrayList<>();
    for (RuleDefinition r : rules) {
      if (r.isEffectiveOn(asOf)) {
        out.add(r);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** This standard with one rule replaced by another of the same id, or added at the end. */
  public Standard withRule(RuleDefinition rule) {
    List<RuleDefinition> out = new ArrayList<>(rules);
    boolean replaced = false;
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).id().equals(rule.id())) {
        out.set(i, rule);
        replaced = true;
      }
    }
    if (!replaced) {
      out.add(rule);
    }
    return new Standard(name, version, parent, title, out);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Standard s
        && name.equals(s.name)
        && version.equals(s.version)
        && Objects.equals(parent, s.parent)
        && title.equals(s.title)
        && rules.equals(s.rules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, version, parent, title, rules);
  }

  /** {@code Standard[nanning-2021@2021.1 extends national, 42 rules]}. */
  @Override
  public String toString() {
    return "Standard["
        + name
        + "@"
        + version
        + (parent == null ? "" : " extends " + parent)
        + ", "
        + rules.size()
        + " rules]";
  }

  private static String requireText(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }
}
