package io.jingwei.metrics;

import io.jingwei.ref.EntityKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The metrics of one region (区域指标): the whole city, a district or a street. Every region of one
 * {@link DatasetMetrics} has the same keys (the kinds, properties, coverage items and rules measured); a region
 * without records of a kind has zero counts there.
 *
 * @param completeness the completeness of each kind measured, in {@link EntityKind} order
 * @param coverage each coverage figure measured, in {@link CoverageItem} order: places covered out of places
 * @param compliance the compliance of each rule measured, by rule id in id order: records without an issue of the
 *     rule ({@link Ratio#count()}, passed) out of the records of its population ({@link Ratio#total()}, checked)
 */
public record RegionMetrics(
    Map<EntityKind, KindCompleteness> completeness,
    Map<CoverageItem, Ratio> coverage,
    SortedMap<String, Ratio> compliance) {

  private static final RegionMetrics EMPTY = new RegionMetrics(Map.of(), Map.of(), new TreeMap<>());

  /** Copies the maps into immutable ones in their order. */
  public RegionMetrics {
    EnumMap<EntityKind, KindCompleteness> c = new EnumMap<>(EntityKind.class);
    c.putAll(Objects.requireNonNull(completeness, "completeness"));
    completeness = Collections.unmodifiableMap(c);
    EnumMap<CoverageItem, Ratio> v = new EnumMap<>(CoverageItem.class);
    v.putAll(Objects.requireNonNull(coverage, "coverage"));
    coverage = Collections.unmodifiableMap(v);
    compliance = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(compliance, "compliance")));
  }

  /** A region with nothing measured. */
  public static RegionMetrics empty() {
    return EMPTY;
  }

  /** Whether nothing is measured. */
  public boolean isEmpty() {
    return completeness.isEmpty() && coverage.isEmpty() && compliance.isEmpty();
  }

  /** The completeness of a kind, if measured. */
  public Optional<KindCompleteness> completeness(EntityKind kind) {
    return Optional.ofNullable(completeness.get(Objects.requireNonNull(kind, "kind")));
  }

  /** The share of records of the kind with the property present, if measured. */
  public Optional<Ratio> completeness(EntityKind kind, String property) {
    return completeness(kind).flatMap(k -> k.ratio(property));
  }

  /** A coverage figure, if measured. */
  public Optional<Ratio> coverage(CoverageItem item) {
    return Optional.ofNullable(coverage.get(Objects.requireNonNull(item, "item")));
  }

  /** The compliance of the rule with the id ({@code branch.min-full-members}), if measured. */
  public Optional<Ratio> compliance(String ruleId) {
    return Optional.ofNullable(compliance.get(Objects.requireNonNull(ruleId, "ruleId")));
  }
}
