package io.jingwei.metrics;

import io.jingwei.ref.DivisionId;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The metrics of a dataset (数据集指标): completeness of fields, coverage (覆盖率) and compliance per standard item
 * (达标率), for the whole city and for each district (城区/县/开发区) and street (街道/乡镇). A validation computes them
 * in its metrics layer from the standard's metric rules; they are empty when the standard measures nothing, when
 * the metrics layer was not run, or when validation stopped at the first error.
 *
 * <p>Records whose district or street is not known count for the city only. Immutable; the maps iterate in
 * key order, so equal metrics print and serialize alike.
 *
 * @param city the metrics of the whole dataset
 * @param districts the metrics of each county-level division that a measured record lies in, by division id
 * @param streets the metrics of each township-level division that a measured record lies in, by division id
 */
public record DatasetMetrics(
    RegionMetrics city,
    SortedMap<DivisionId, RegionMetrics> districts,
    SortedMap<DivisionId, RegionMetrics> streets) {

  private static final DatasetMetrics EMPTY = new DatasetMetrics(RegionMetrics.empty(), new TreeMap<>(), new TreeMap<>());

  /** Checks the parts and copies the maps into immutable, ordered ones. */
  public DatasetMetrics {
    Objects.requireNonNull(city, "city");
    districts = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(districts, "districts")));
    streets = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(streets, "streets")));
  }

  /** No metrics (nothing measured). */
  public static DatasetMetrics empty() {
    return EMPTY;
  }

  /** Whether nothing was measured. */
  public boolean isEmpty() {
    return city.isEmpty() && districts.isEmpty() && streets.isEmpty();
  }

  /** The metrics of a district, if a measured record lies in it. */
  public Optional<RegionMetrics> district(DivisionId id) {
    return Optional.ofNullable(districts.get(Objects.requireNonNull(id, "id")));
  }

  /** The metrics of a street, if a measured record lies in it. */
  public Optional<RegionMetrics> street(DivisionId id) {
    return Optional.ofNullable(streets.get(Objects.requireNonNull(id, "id")));
  }

  /** A digest: the number of regions and what the city measures; never personal data. */
  @Override
  public String toString() {
    return "DatasetMetrics[districts="
        + districts.size()
        + ", streets="
        + streets.size()
        + ", kinds="
        + city.completeness().keySet()
        + ", coverage="
        + city.coverage()
        + ", compliance="
        + city.compliance()
        + "]";
  }
}
