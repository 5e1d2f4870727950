package io.jingwei.impl.metrics;

import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;
import io.jingwei.standard.RuleDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The member part of the dataset metrics gathered while the members stream by (流式党员指标): the completeness
 * counts of the member properties and the size of each member population the compliance rule measures, per
 * group of members that share a region (a streaming validation groups members by organization). Each member
 * record is tested once, as it goes by ({@link #accept}); the {@link DatasetMetricsCheck} adds the counts to its
 * tally at the end, and for compliance subtracts the records with issues, found through {@link Records}.
 *
 * <p>The result equals what the check computes over the member records in memory. Not thread-safe: one
 * streaming validation, one thread.
 */
public final class MemberMetrics {

  /** What the streaming validation knows of the member records it let go by. */
  public interface Records {
    /** A record that stands for the group's region: the organization, or a record of no region. */
    EntityRef groupRef(int group);

    /** Calls back the group and population mask of every record of the member (the first and its duplicates). */
    void occurrences(EntityRef member, OccurrenceSink sink);
  }

  /** Receives one record's group and population mask. */
  @FunctionalInterface
  public interface OccurrenceSink {
    /** One record of the member. */
    void accept(int group, long mask);
  }

  private final List<PropertyPath> paths;
  private final List<String> rules;
  private final List<PopulationFilter> filters;
  private final Records records;
  private long[] recordCounts = new long[16];
  private long[][] present;
  private long[][] population;
  private int maxGroup = -1;

  private MemberMetrics(
      List<PropertyPath> paths, Map<String, PopulationFilter> populations, Records records) {
    this.paths = List.copyOf(paths);
    this.rules = List.copyOf(populations.keySet());
    this.filters = List.copyOf(populations.values());
    if (rules.size() > Byte.SIZE) {
      throw new IllegalStateException(
          "a streaming validation measures at most " + Byte.SIZE + " member populations, not " + rules.size());
    }
    this.records = Objects.requireNonNull(records, "records");
    this.present = new long[this.paths.size()][16];
    this.population = new long[rules.size()][16];
  }

  /**
   * The member metrics of the metrics rules in force, or none when neither counts members.
   *
   * @param completeness the completeness rule, when in force
   * @param compliance the compliance rule, when in force
   * @param rulesRun the rules that will have run before the metrics check, in order
   */
  public static @Nullable MemberMetrics of(
      @Nullable RuleDefinition completeness,
      @Nullable RuleDefinition compliance,
      List<RuleDefinition> rulesRun,
      Records records) {
    List<PropertyPath> paths =
        completeness == null
            ? List.of()
            : DatasetMetricsCheck.completenessConfig(completeness).getOrDefault(EntityKind.MEMBER, List.of());
    boolean counts = completeness != null && DatasetMetricsCheck.completenessConfig(completeness)
        .containsKey(EntityKind.MEMBER);
    Map<String, PopulationFilter> populations =
        compliance == null ? Map.of() : DatasetMetricsCheck.memberPopulations(compliance, rulesRun);
    if (!counts && populations.isEmpty()) {
      return null;
    }
    return new MemberMetrics(paths, populations, records);
  }

  /** Whether member populations are measured, so that each member record's mask is worth keeping. */
  public boolean hasPopulations() {
    return !rules.isEmpty();
  }

  /**
   * Counts one member record of the group and returns its population mask: bit {@code i} set when the record is
   * in the population of the {@code i}-th measured rule.
   */
  public long accept(int group, Object record) {
    int g = slot(group);
    recordCounts[g]++;
    for (int i = 0; i < paths.size(); i++) {
      if (paths.get(i).isPresentIn(record)) {
        present[i][g]++;
      }
    }
    long mask = 0;
    for (int i = 0; i < filters.size(); i++) {
      if (filters.get(i).test(record)) {
        population[i][g]++;
        mask |= 1L << i;
      }
    }
    return mask;
  }

  /** Whether {@link #measure} can pack what it finds of a record in a long (at most 56 measured properties). */
  public boolean canMeasureApart() {
    return paths.size() <= Long.SIZE - Byte.SIZE;
  }

  /**
   * What {@link #accept} finds of one record, without counting it: the population mask in the low byte, the
   * properties present from bit 8 on. It touches no count, so any thread may measure records for a later
   * {@link #count}.
   *
   * @throws IllegalStateException when more properties are measured than a long holds ({@link #canMeasureApart})
   */
  public long measure(Object record) {
    if (!canMeasureApart()) {
      throw new IllegalStateException("too many measured properties to measure apart: " + paths.size());
    }
    long out = 0;
    for (int i = 0; i < filters.size(); i++) {
      if (filters.get(i).test(record)) {
        out |= 1L << i;
      }
    }
    for (int i = 0; i < paths.size(); i++) {
      if (paths.get(i).isPresentIn(record)) {
        out |= 1L << (Byte.SIZE + i);
      }
    }
    return out;
  }

  /**
   * Counts one member record of the group from what {@link #measure} found of it, as {@link #accept} would, and
   * returns its population mask.
   */
  public long count(int group, long measured) {
    int g = slot(group);
    recordCounts[g]++;
    for (int i = 0; i < paths.size(); i++) {
      if ((measured & (1L << (Byte.SIZE + i))) != 0) {
        present[i][g]++;
      }
    }
    long mask = measured & 0xFF;
    for (int i = 0; i < filters.size(); i++) {
      if ((mask & (1L << i)) != 0) {
        population[i][g]++;
      }
    }
    return mask;
  }

  private int slot(int group) {
    if (group < -1) {
      throw new IllegalArgumentException("group " + group);
    }
    int g = group + 1;
    if (g >= recordCounts.length) {
      int n = Math.max(g + 1, recordCounts.length * 2);
      recordCounts = Arrays.copyOf(recordCounts, n);
      for (int i = 0; i < present.length; i++) {
        present[i] = Arrays.copyOf(present[i], n);
      }
      for (int i = 0; i < population.length; i++) {
        population[i] = Arrays.copyOf(population[i], n);
      }
    }
    maxGroup = Math.max(maxGroup, g);
    return g;
  }

  /** Adds the completeness counts of the member records to the tally. */
  void addCompleteness(RegionTally tally) {
    RegionTally.Counter counted = tally.records(EntityKind.MEMBER);
    RegionTally.Counter[] counts = new RegionTally.Counter[paths.size()];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = tally.present(EntityKind.MEMBER, paths.get(i).text());
    }
    for (int g = 0; g <= maxGroup; g++) {
      long n = recordCounts[g];
      if (n == 0) {
        continue;
      }
      long place = tally.place(records.groupRef(g - 1));
      counted.add(place, n);
      for (int i = 0; i < counts.length; i++) {
        long p = present[i][g];
        if (p > 0) {
          counts[i].add(place, p);
        }
      }
    }
  }

  /** Adds the compliance of the rule over the member records to the tally, given the records with its issues. */
  void addCompliance(String rule, Set<EntityRef> failed, RegionTally tally) {
    int i = rules.indexOf(rule);
    if (i < 0) {
      throw new IllegalStateException("rule " + rule + ": its member population was not measured while streaming");
    }
    long bit = 1L << i;
    long[] failedByGroup = new long[maxGroup + 1];
    List<EntityRef> members = new ArrayList<>();
    for (EntityRef ref : failed) {
      if (ref.kind() == EntityKind.MEMBER) {
        members.add(ref);
      }
    }
    for (EntityRef ref : members) {
      records.occurrences(
          ref,
          (group, mask) -> {
            if ((mask & bit) != 0) {
              failedByGroup[group + 1]++;
            }
          });
    }
    RegionTally.Fraction passed = tally.compliance(rule);
    for (int g = 0; g <= maxGroup; g++) {
      long total = population[i][g];
      if (total != 0) {
        passed.add(tally.place(records.groupRef(g - 1)), total - failedByGroup[g], total);
      }
    }
  }
}
