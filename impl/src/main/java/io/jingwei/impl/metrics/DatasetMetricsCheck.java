package io.jingwei.impl.metrics;

import io.jingwei.division.DivisionKind;
import io.jingwei.impl.engine.Check;
import io.jingwei.impl.engine.CheckContext;
import io.jingwei.impl.engine.Layer;
import io.jingwei.impl.engine.RecordEntry;
import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.engine.ValidationInput;
import io.jingwei.impl.io.EntityTypes;
import io.jingwei.metrics.CoverageItem;
import io.jingwei.metrics.DatasetMetrics;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;
import io.jingwei.standard.Population;
import io.jingwei.standard.RuleDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The dataset metrics (数据集指标) of the metrics layer: computes the figures its rules ask for, for the city and
 * per district and street, and publishes them to the report. It raises no issue: metrics come out of a dataset
 * without issues too. It {@linkplain #summarizesIssues() runs after} every other check of its layer, so that the
 * compliance rates see every issue.
 *
 * <ul>
 *   <li>{@value #COMPLETENESS} (字段完整率): parameter {@code properties}, a mapping from entity kind
 *       ({@code MEMBER}) to the wire-format property paths measured ({@code [idNumber, timeline/admittedOn]}): for
 *       each, the records with the property present out of the records of the kind;
 *   <li>{@value #COVERAGE} (覆盖率): parameters {@code items} (the {@link CoverageItem}s, default all) and
 *       {@code communityKinds} (the division kinds the community items count, default {@code [COMMUNITY,
 *       VILLAGE]});
 *   <li>{@value #COMPLIANCE} (达标率): for every rule that has run and has a population — its own
 *       {@code population} key, else the parameter of this rule named by its id, a population selector — the
 *       records of the population checked, and passed when no issue of the rule was counted on them (an issue an
 *       approval silenced is no failure).
 * </ul>
 *
 * A parameter that names an unknown kind, property or item is an error of the standard
 * ({@link IllegalStateException}). Stateless and thread-safe.
 */
public final class DatasetMetricsCheck implements Check {

  /** The check's name. */
  public static final String NAME = "dataset-metrics";

  /** The rule of the completeness figures. */
  public static final String COMPLETENESS = "metrics.completeness";

  /** The rule of the coverage figures. */
  public static final String COVERAGE = "metrics.coverage";

  /** The rule of the compliance rates. */
  public static final String COMPLIANCE = "metrics.compliance";

  /** The community kinds counted when the rule does not say. */
  static final List<String> DEFAULT_COMMUNITY_KINDS = List.of("COMMUNITY", "VILLAGE");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Layer layer() {
    return Layer.METRICS;
  }

  @Override
  public boolean summarizesIssues() {
    return true;
  }

  @Override
  public void run(CheckContext context) {
    for (RuleContext rule : context.rules()) {
      String id = rule.id();
      if (!id.equals(COMPLETENESS) && !id.equals(COVERAGE) && !id.equals(COMPLIANCE)) {
        throw new IllegalStateException(
            "rule " + id + ": the check " + NAME + " computes only " + List.of(COMPLETENESS, COVERAGE, COMPLIANCE));
      }
    }
    ValidationInput input = context.input();
    RegionTally tally = new RegionTally(input.regions());
    Map<EntityKind, List<String>> kinds =
        context.rule(COMPLETENESS).map(r -> completeness(r.rule(), input, tally)).orElse(Map.of());
    Set<CoverageItem> items =
        context.rule(COVERAGE).map(r -> coverage(r.rule(), context, tally)).orElse(Set.of());
    SortedSet<String> rules =
        context.rule(COMPLIANCE).map(r -> compliance(r.rule(), context, tally)).orElse(new TreeSet<>());
    DatasetMetrics metrics = tally.metrics(kinds, items, rules);
    context.publishMetrics(metrics);
  }

  private static Map<EntityKind, List<String>> completeness(
      RuleDefinition rule, ValidationInput input, RegionTally tally) {
    Map<EntityKind, List<PropertyPath>> config = completenessConfig(rule);
    Map<EntityKind, List<String>> kinds = new EnumMap<>(EntityKind.class);
    config.forEach((kind, paths) -> kinds.put(kind, paths.stream().map(PropertyPath::text).toList()));
    config.forEach(
        (kind, paths) -> {
          Class<?> type = EntityTypes.of(kind);
          List<RecordEntry> entries = input.records(kind);
          long[] places = tally.places(entries);
          RegionTally.Counter records = tally.records(kind);
          RegionTally.Counter[] present = new RegionTally.Counter[paths.size()];
          for (int i = 0; i < present.length; i++) {
            present[i] = tally.present(kind, paths.get(i).text());
          }
          for (int r = 0; r < places.length; r++) {
            Object record = entries.get(r).record();
            if (!type.isInstance(record)) {
              continue;
            }
            long place = places[r];
            records.add(place, 1);
            for (int i = 0; i < present.length; i++) {
              if (paths.get(i).isPresentIn(record)) {
                present[i].add(place, 1);
              }
            }
          }
        });
    if (config.containsKey(EntityKind.MEMBER)) {
      input.extension(MemberMetrics.class).ifPresent(m -> m.addCompleteness(tally));
    }
    return kinds;
  }

  /** The kinds and compiled properties of the completeness rule, in kind order. */
  static Map<EntityKind, List<PropertyPath>> completenessConfig(RuleDefinition rule) {
    Map<String, Object> properties = rule.mapParam("properties");
    Map<EntityKind, List<PropertyPath>> out = new EnumMap<>(EntityKind.class);
    for (Map.Entry<String, Object> e : properties.entrySet()) {
      EntityKind kind = kind(rule, e.getKey());
      if (!(e.getValue() instanceof List<?> list)) {
        throw new IllegalStateException(
            "rule " + rule.id() + ": parameter 'properties." + e.getKey() + "' must be a list of property paths");
      }
      Set<String> seen = new HashSet<>();
      List<PropertyPath> paths = new ArrayList<>();
      for (Object o : list) {
        if (!(o instanceof String path)) {
          throw new IllegalStateException(
              "rule " + rule.id() + ": parameter 'properties." + e.getKey() + "' must be a list of property paths");
        }
        try {
          if (seen.add(path)) {
            paths.add(PropertyPath.compile(EntityTypes.of(kind), path));
          }
        } catch (IllegalArgumentException ex) {
          throw new IllegalStateException(
              "rule " + rule.id() + ": parameter 'properties." + e.getKey() + "': " + ex.getMessage(), ex);
        }
      }
      out.put(kind, List.copyOf(paths));
    }
    return out;
  }

  private static Set<CoverageItem> coverage(RuleDefinition rule, CheckContext context, RegionTally tally) {
    Set<CoverageItem> items = coverageItems(rule);
    Set<DivisionKind> communityKinds = communityKinds(rule);
    Coverage.compute(context.input(), context.asOf(), items, communityKinds)
        .forEach(
            (item, subjects) -> {
              RegionTally.Fraction covered = tally.coverage(item);
              for (Coverage.Subject s : subjects) {
                covered.add(tally.place(s.ref()), s.covered() ? 1 : 0, 1);
              }
            });
    return items;
  }

  /** The coverage items of the rule's {@code items} parameter, default all. */
  static Set<CoverageItem> coverageItems(RuleDefinition rule) {
    if (!rule.hasParam("items")) {
      return EnumSet.allOf(CoverageItem.class);
    }
    Set<CoverageItem> items = EnumSet.noneOf(CoverageItem.class);
    for (String name : rule.stringListParam("items")) {
      items.add(coverageItem(rule, name));
    }
    return items;
  }

  /** The coverage item of the name, or an error of the standard. */
  static CoverageItem coverageItem(RuleDefinition rule, String name) {
    try {
      return CoverageItem.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "rule " + rule.id() + ": unknown coverage item " + name + " (known: "
              + Arrays.toString(CoverageItem.values()) + ")", e);
    }
  }

  /** The division kinds of the rule's {@code communityKinds} parameter, default COMMUNITY and VILLAGE. */
  static Set<DivisionKind> communityKinds(RuleDefinition rule) {
    Set<DivisionKind> kinds = EnumSet.noneOf(DivisionKind.class);
    for (String name : rule.stringListParam("communityKinds", DEFAULT_COMMUNITY_KINDS)) {
      try {
        kinds.add(DivisionKind.valueOf(name));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            "rule " + rule.id() + ": parameter 'communityKinds': unknown division kind " + name, e);
      }
    }
    return kinds;
  }

  private static SortedSet<String> compliance(RuleDefinition rule, CheckContext context, RegionTally tally) {
    Map<String, Population> table = populationTable(rule);
    SortedSet<String> measured = new TreeSet<>();
    Map<Population, int[]> inPopulation = new HashMap<>();
    Map<String, RuleDefinition> run = new LinkedHashMap<>();
    for (RuleDefinition r : context.rulesRun()) {
      run.putIfAbsent(r.id(), r);
    }
    for (RuleDefinition r : run.values()) {
      Population population = r.population() != null ? r.population() : table.get(r.id());
      if (population == null) {
        continue;
      }
      PopulationFilter filter;
      try {
        filter = PopulationFilter.compile(population);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("rule " + r.id() + ": population: " + e.getMessage(), e);
      }
      measured.add(r.id());
      Set<EntityRef> failed = context.recordsWithIssues(r.id());
      String id = r.id();
      MemberMetrics streamed =
          filter.kind() == EntityKind.MEMBER ? context.input().extension(MemberMetrics.class).orElse(null) : null;
      if (streamed != null) {
        streamed.addCompliance(id, failed, tally);
        continue;
      }
      List<RecordEntry> entries = context.input().records(filter.kind());
      long[] places = tally.places(entries);
      RegionTally.Fraction passed = tally.compliance(id);
      for (int i : inPopulation.computeIfAbsent(population, p -> indices(filter, entries))) {
        passed.add(places[i], failed.isEmpty() || !failed.contains(entries.get(i).ref()) ? 1 : 0, 1);
      }
    }
    return measured;
  }

  /** The positions of the records in the population (many rules measure the same population: tested once). */
  private static int[] indices(PopulationFilter filter, List<RecordEntry> entries) {
    int[] out = new int[entries.size()];
    int n = 0;
    for (int i = 0; i < out.length; i++) {
      if (filter.test(entries.get(i).record())) {
        out[n++] = i;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * The member populations the compliance rule measures (成员口径), by rule id in the order the rules ran: what a
   * streaming validation must test each member against while the members go by.
   */
  static Map<String, PopulationFilter> memberPopulations(RuleDefinition compliance, List<RuleDefinition> rulesRun) {
    Map<String, Population> table = populationTable(compliance);
    Map<String, RuleDefinition> run = new LinkedHashMap<>();
    for (RuleDefinition r : rulesRun) {
      run.putIfAbsent(r.id(), r);
    }
    Map<String, PopulationFilter> out = new LinkedHashMap<>();
    for (RuleDefinition r : run.values()) {
      Population population = r.population() != null ? r.population() : table.get(r.id());
      if (population == null || population.kind() != EntityKind.MEMBER) {
        continue;
      }
      try {
        out.put(r.id(), PopulationFilter.compile(population));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("rule " + r.id() + ": population: " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** The populations the compliance rule's parameters give, by rule id. */
  static Map<String, Population> populationTable(RuleDefinition rule) {
    Map<String, Population> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : rule.params().entrySet()) {
      try {
        out.put(e.getKey(), PopulationReader.read(e.getValue(), "parameter '" + e.getKey() + "'"));
      } catch (IllegalArgumentException ex) {
        throw new IllegalStateException("rule " + rule.id() + ": " + ex.getMessage(), ex);
      }
    }
    return out;
  }

  private static EntityKind kind(RuleDefinition rule, String name) {
    try {
      return EntityKind.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "rule " + rule.id() + ": parameter 'properties': unknown entity kind " + name + " (known: "
              + Arrays.toString(EntityKind.values()) + ")", e);
    }
  }
}
