package io.jingwei.impl.metrics;

import io.jingwei.impl.engine.RegionResolver;
import io.jingwei.metrics.CoverageItem;
import io.jingwei.metrics.DatasetMetrics;
import io.jingwei.metrics.KindCompleteness;
import io.jingwei.metrics.Ratio;
import io.jingwei.metrics.RegionMetrics;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Counts metrics for the city and for each district and street (分区统计): a count added for a record goes to the
 * city and to the record's district and street, when the region resolver knows them. The district and street of
 * each record are looked up once. One tally serves one validation on one thread.
 */
final class RegionTally {

  private final RegionResolver resolver;
  /** The counts each record adds to: its district's and its street's, either null when unknown. */
  private final Map<EntityRef, @Nullable Counts[]> places = new HashMap<>();
  private final Counts city = new Counts();
  private final TreeMap<DivisionId, Counts> districts = new TreeMap<>();
  private final TreeMap<DivisionId, Counts> streets = new TreeMap<>();

  RegionTally(RegionResolver resolver) {
    this.resolver = resolver;
  }

  /** Applies the update to the counts of the city and of the record's district and street. */
  void add(EntityRef ref, Consumer<Counts> update) {
    update.accept(city);
    @Nullable Counts[] place = places.computeIfAbsent(ref, this::place);
    if (place[0] != null) {
      update.accept(place[0]);
    }
    if (place[1] != null) {
      update.accept(place[1]);
    }
  }

  private @Nullable Counts[] place(EntityRef ref) {
    io.jingwei.impl.engine.RegionResolver.Places places = resolver.places(ref); // one walk for both
    DivisionId district = places.district();
    DivisionId street = places.street();
    return new @Nullable Counts[] {
      district == null ? null : districts.computeIfAbsent(district, d -> new Counts()),
      street == null ? null : streets.computeIfAbsent(street, x -> new Counts())
    };
  }

  /** The metrics, every region with the keys measured (zero where a region has nothing). */
  DatasetMetrics metrics(
      Map<EntityKind, List<String>> completeness, Set<CoverageItem> coverage, SortedSet<String> compliance) {
    TreeMap<DivisionId, RegionMetrics> d = new TreeMap<>();
    districts.forEach((id, c) -> d.put(id, c.metrics(completeness, coverage, compliance)));
    TreeMap<DivisionId, RegionMetrics> s = new TreeMap<>();
    streets.forEach((id, c) -> s.put(id, c.metrics(completeness, coverage, compliance)));
    return new DatasetMetrics(city.metrics(completeness, coverage, compliance), d, s);
  }

  /** The mutable counts of one region. */
  static final class Counts {
    private final EnumMap<EntityKind, long[]> records = new EnumMap<>(EntityKind.class);
    private final EnumMap<EntityKind, Map<String, long[]>> present = new EnumMap<>(EntityKind.class);
    private final EnumMap<CoverageItem, long[]> coverage = new EnumMap<>(CoverageItem.class);
    private final Map<String, long[]> compliance = new HashMap<>();

    /** Counts a record of the kind. */
    void record(EntityKind kind) {
      records.computeIfAbsent(kind, k -> new long[1])[0]++;
    }

    /** Counts a record of the kind with the property present. */
    void present(EntityKind kind, String property) {
      present.computeIfAbsent(kind, k -> new LinkedHashMap<>()).computeIfAbsent(property, p -> new long[1])[0]++;
    }

    /** Counts a place of the coverage item, covered or not. */
    void coverage(CoverageItem item, boolean covered) {
      long[] c = coverage.computeIfAbsent(item, i -> new long[2]);
      c[1]++;
      if (covered) {
        c[0]++;
      }
    }

    /** Counts records of the kind at once (a streaming validation's members). */
    void records(EntityKind kind, long n) {
      records.computeIfAbsent(kind, k -> new long[1])[0] += n;
    }

    /** Counts records of the kind with the property present at once. */
    void present(EntityKind kind, String property, long n) {
      present.computeIfAbsent(kind, k -> new LinkedHashMap<>()).computeIfAbsent(property, p -> new long[1])[0] += n;
    }

    /** Counts records checked by the rule at once: how many passed of how many. */
    void compliance(String rule, long passed, long total) {
      long[] c = compliance.computeIfAbsent(rule, r -> new long[2]);
      c[1] += total;
      c[0] += passed;
    }

    /** Counts a record checked by the rule, passed or not. */
    void compliance(String rule, boolean passed) {
      long[] c = compliance.computeIfAbsent(rule, r -> new long[2]);
      c[1]++;
      if (passed) {
        c[0]++;
      }
    }

    RegionMetrics metrics(
        Map<EntityKind, List<String>> kinds, Set<CoverageItem> items, SortedSet<String> rules) {
      Map<EntityKind, KindCompleteness> c = new EnumMap<>(EntityKind.class);
      kinds.forEach(
          (kind, properties) -> {
            Map<String, long[]> p = present.getOrDefault(kind, Map.of());
            TreeMap<String, Long> counts = new TreeMap<>();
            for (String property : properties) {
              long[] n = p.get(property);
              counts.put(property, n == null ? 0L : n[0]);
            }
            long[] r = records.get(kind);
            c.put(kind, new KindCompleteness(r == null ? 0 : r[0], counts));
          });
      Map<CoverageItem, Ratio> v = new EnumMap<>(CoverageItem.class);
      for (CoverageItem item : items) {
        long[] n = coverage.get(item);
        v.put(item, n == null ? Ratio.none() : Ratio.of(n[0], n[1]));
      }
      TreeMap<String, Ratio> k = new TreeMap<>();
      for (String rule : rules) {
        long[] n = compliance.get(rule);
        k.put(rule, n == null ? Ratio.none() : Ratio.of(n[0], n[1]));
      }
      return new RegionMetrics(c, v, k);
    }
  }
}
