package io.jingwei.impl.standard;

import io.jingwei.standard.RuleDefinition;
import io.jingwei.standard.Standard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Merges a profile file into its parent standard (继承合并). The child keeps the parent's rules in their order and
 * adds its new rules after them. An entry whose id the parent has overrides only the keys it gives:
 * {@code severity}, {@code approvable}, {@code check}, {@code effectiveFrom}, {@code enabled} and {@code title}
 * replace; {@code params} merge key by key (a null value removes the inherited parameter); {@code source} and
 * {@code examples} replace the inherited value whole. A new rule must give {@code check}, {@code severity},
 * {@code source} and {@code title}.
 */
final class ProfileMerger {
  private ProfileMerger() {}

  /** The standard the document describes, merged into the parent (null for a root profile). */
  static Standard merge(@Nullable Standard parent, ProfileDocument doc) {
    List<RuleDefinition> rules = new ArrayList<>(parent == null ? List.of() : parent.rules());
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      index.put(rules.get(i).id(), i);
    }
    for (RuleSpec spec : doc.rules()) {
      Integer at = index.get(spec.id());
      if (at != null) {
        rules.set(at, override(rules.get(at), spec, doc.origin()));
      } else {
        index.put(spec.id(), rules.size());
        rules.add(create(spec, doc.origin()));
      }
    }
    try {
      return Standard.of(doc.name(), doc.version(), doc.parent(), doc.title(), rules);
    } catch (IllegalArgumentException e) {
      throw new InvalidProfileException(doc.origin(), e.getMessage(), e);
    }
  }

  private static RuleDefinition override(RuleDefinition base, RuleSpec spec, String origin) {
    RuleDefinition.Builder b = base.toBuilder();
    if (spec.check() != null) {
      b.check(spec.check());
    }
    if (spec.severity() != null) {
      b.severity(spec.severity());
    }
    if (spec.approvable() != null) {
      b.approvable(spec.approvable());
    }
    if (spec.source() != null) {
      b.source(spec.source());
    }
    if (spec.effectiveFrom() != null) {
      b.effectiveFrom(spec.effectiveFrom());
    }
    if (spec.params() != null) {
      spec.params()
          .forEach(
              (k, v) -> {
                if (v == null) {
                  b.removeParam(k);
                } else {
                  b.param(k, v);
                }
              });
    }
    if (spec.title() != null) {
      b.title(spec.title());
    }
    if (spec.examples() != null) {
      b.examples(spec.examples());
    }
    if (spec.enabled() != null) {
      b.enabled(spec.enabled());
    }
    if (spec.population() != null) {
      b.population(spec.population());
    }
    return build(b, origin);
  }

  private static RuleDefinition create(RuleSpec spec, String origin) {
    String at = "rule " + spec.id();
    if (spec.check() == null) {
      throw new InvalidProfileException(origin, at + " is new here and needs a check");
    }
    if (spec.severity() == null) {
      throw new InvalidProfileException(origin, at + " is new here and needs a severity");
    }
    if (spec.source() == null) {
      throw new InvalidProfileException(origin, at + " is new here and needs a source");
    }
    if (spec.title() == null) {
      throw new InvalidProfileException(origin, at + " is new here and needs a title");
    }
    RuleDefinition.Builder b =
        RuleDefinition.builder(spec.id())
            .check(spec.check())
            .severity(spec.severity())
            .approvable(Boolean.TRUE.equals(spec.approvable()))
            .source(spec.source())
            .effectiveFrom(spec.effectiveFrom())
            .title(spec.title())
            .enabled(!Boolean.FALSE.equals(spec.enabled()))
            .population(spec.population());
    if (spec.params() != null) {
      for (Map.Entry<String, @Nullable Object> e : spec.params().entrySet()) {
        if (e.getValue() == null) {
          throw new InvalidProfileException(
              origin, at + ".params." + e.getKey() + " is null, but there is no inherited parameter to remove");
        }
        b.param(e.getKey(), e.getValue());
      }
    }
    if (spec.examples() != null) {
      b.examples(spec.examples());
    }
    return build(b, origin);
  }

  private static RuleDefinition build(RuleDefinition.Builder b, String origin) {
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new InvalidProfileException(origin, e.getMessage(), e);
    }
  }
}
