package io.jingwei.metrics;

import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The completeness of the records of one kind (字段完整性): how many records there are and, for each measured
 * property, how many have it present (not null, not an empty list, not blank text).
 *
 * @param records the records of the kind
 * @param present the records with the property present, by wire-format property path ({@code idNumber},
 *     {@code timeline/admittedOn}), in path order
 */
public record KindCompleteness(long records, SortedMap<String, Long> present) {

  /**
   * Checks the counts and copies the map.
   *
   * @throws IllegalArgumentException when a count is negative or exceeds the records
   */
  public KindCompleteness {
    if (records < 0) {
      throw new IllegalArgumentException("records must not be negative");
    }
    TreeMap<String, Long> copy = new TreeMap<>();
    Objects.requireNonNull(present, "present")
        .forEach(
            (property, n) -> {
              Objects.requireNonNull(property, "property");
              if (n == null || n < 0 || n > records) {
                throw new IllegalArgumentException(
                    "present count of " + property + " must be within 0.." + records + ": " + n);
              }
              copy.put(property, n);
            });
    present = Collections.unmodifiableSortedMap(copy);
  }

  /** The share of records with the property present, if the property is measured. */
  public Optional<Ratio> ratio(String property) {
    Long n = present.get(Objects.requireNonNull(property, "property"));
    return n == null ? Optional.empty() : Optional.of(Ratio.of(n, records));
  }

  /** The shares of every measured property, in path order. */
  public SortedMap<String, Ratio> ratios() {
    TreeMap<String, Ratio> out = new TreeMap<>();
    present.forEach((p, n) -> out.put(p, Ratio.of(n, records)));
    return Collections.unmodifiableSortedMap(out);
  }
}
