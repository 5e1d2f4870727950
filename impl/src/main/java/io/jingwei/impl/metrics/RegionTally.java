package io.jingwei.impl.metrics;

import io.jingwei.impl.engine.RecordEntry;
import io.jingwei.impl.engine.RegionResolver;
import io.jingwei.metrics.CoverageItem;
import io.jingwei.metrics.DatasetMetrics;
import io.jingwei.metrics.KindCompleteness;
import io.jingwei.metrics.Ratio;
import io.jingwei.metrics.RegionMetrics;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Counts metrics for the city and for each district and street (分区统计): a count added for a record goes to the
 * city and to the record's district and street, when the region resolver knows them. One tally serves one
 * validation on one thread.
 *
 * <p>Each region has a slot (the city slot 0) and each count a {@link Counter}, one long per slot. A record's
 * district and street are looked up once and kept as a {@linkplain #place place}, a long holding both slots; the
 * places of a list of records are kept beside the list ({@link #places(List)}), so that a count over the same
 * records for another rule or property looks nothing up again. A region appears in the metrics once a count was
 * added for one of its records.
 */
final class RegionTally {

  /** The place of a record of no known region: the city only. */
  static final long CITY = 0;

  private final RegionResolver resolver;
  private final Map<EntityRef, Long> placeOf = new HashMap<>();
  private final Map<List<RecordEntry>, long[]> listPlaces = new IdentityHashMap<>();
  private final Map<DivisionId, Integer> districtSlots = new HashMap<>();
  private final Map<DivisionId, Integer> streetSlots = new HashMap<>();
  private int slots = 1; // the city's
  private boolean[] touched = new boolean[16];

  private final EnumMap<EntityKind, Counter> records = new EnumMap<>(EntityKind.class);
  private final EnumMap<EntityKind, Map<String, Counter>> present = new EnumMap<>(EntityKind.class);
  private final EnumMap<CoverageItem, Fraction> coverage = new EnumMap<>(CoverageItem.class);
  private final Map<String, Fraction> compliance = new HashMap<>();

  RegionTally(RegionResolver resolver) {
    this.resolver = resolver;
  }

  /** The place of the record: its district's slot in the high half, its street's in the low, 0 when unknown. */
  long place(EntityRef ref) {
    Long known = placeOf.get(ref);
    if (known == null) {
      known = find(ref);
      placeOf.put(ref, known);
    }
    return known;
  }

  /** The places of the records of the list, in list order (found once per list). */
  long[] places(List<RecordEntry> entries) {
    long[] out = listPlaces.get(entries);
    if (out == null) {
      out = new long[entries.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = find(entries.get(i).ref());
      }
      listPlaces.put(entries, out);
    }
    return out;
  }

  private long find(EntityRef ref) {
    RegionResolver.Places places = resolver.places(ref); // one walk for both
    return (long) slot(districtSlots, places.district()) << Integer.SIZE | slot(streetSlots, places.street());
  }

  private int slot(Map<DivisionId, Integer> regionSlots, @Nullable DivisionId region) {
    if (region == null) {
      return 0;
    }
    Integer slot = regionSlots.get(region);
    if (slot == null) {
      slot = slots++;
      regionSlots.put(region, slot);
      if (slot >= touched.length) {
        touched = Arrays.copyOf(touched, Math.max(slot + 1, touched.length * 2));
      }
    }
    return slot;
  }

  /** The count of the records of the kind. */
  Counter records(EntityKind kind) {
    return records.computeIfAbsent(kind, k -> new Counter());
  }

  /** The count of the records of the kind with the property present. */
  Counter present(EntityKind kind, String property) {
    return present.computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(property, p -> new Counter());
  }

  /** The places of the coverage item: covered of all. */
  Fraction coverage(CoverageItem item) {
    return coverage.computeIfAbsent(item, i -> new Fraction());
  }

  /** The records checked by the rule: passed of all. */
  Fraction compliance(String rule) {
    return compliance.computeIfAbsent(rule, r -> new Fraction());
  }

  /** A count out of a total, per region slot: what a {@link Ratio} is made of. */
  final class Fraction {
    private final Counter count = new Counter();
    private final Counter total = new Counter();

    /** Adds count out of total to the city and to the place's district and street. */
    void add(long place, long count, long total) {
      this.count.add(place, count);
      this.total.add(place, total);
    }

    /** The ratio of the slot; none where nothing was counted. */
    Ratio ratio(int slot) {
      long all = total.get(slot);
      return all == 0 ? Ratio.none() : Ratio.of(count.get(slot), all);
    }
  }

  /** One count, a long per region slot. */
  final class Counter {
    private long[] values = new long[touched.length];

    /** Adds n to the city and to the place's district and street. */
    void add(long place, long n) {
      values[0] += n;
      int district = (int) (place >>> Integer.SIZE);
      int street = (int) place;
      if (district != 0) {
        at(district, n);
      }
      if (street != 0) {
        at(street, n);
      }
    }

    private void at(int slot, long n) {
      if (slot >= values.length) {
        values = Arrays.copyOf(values, Math.max(slot + 1, touched.length));
      }
      values[slot] += n;
      touched[slot] = true;
    }

    long get(int slot) {
      return slot < values.length ? values[slot] : 0;
    }
  }

  /** The metrics, every region with the keys measured (zero where a region has nothing). */
  DatasetMetrics metrics(
      Map<EntityKind, List<String>> completeness, Set<CoverageItem> items, SortedSet<String> rules) {
    TreeMap<DivisionId, RegionMetrics> d = new TreeMap<>();
    districtSlots.forEach(
        (id, slot) -> {
          if (touched[slot]) {
            d.put(id, metrics(slot, completeness, items, rules));
          }
        });
    TreeMap<DivisionId, RegionMetrics> s = new TreeMap<>();
    streetSlots.forEach(
        (id, slot) -> {
          if (touched[slot]) {
            s.put(id, metrics(slot, completeness, items, rules));
          }
        });
    return new DatasetMetrics(metrics(0, completeness, items, rules), d, s);
  }

  private RegionMetrics metrics(
      int slot, Map<EntityKind, List<String>> kinds, Set<CoverageItem> items, SortedSet<String> rules) {
    Map<EntityKind, KindCompleteness> c = new EnumMap<>(EntityKind.class);
    kinds.forEach(
        (kind, properties) -> {
          Map<String, Counter> p = present.getOrDefault(kind, Map.of());
          TreeMap<String, Long> counts = new TreeMap<>();
          for (String property : properties) {
            Counter n = p.get(property);
            counts.put(property, n == null ? 0L : n.get(slot));
          }
          Counter r = records.get(kind);
          c.put(kind, new KindCompleteness(r == null ? 0 : r.get(slot), counts));
        });
    Map<CoverageItem, Ratio> v = new EnumMap<>(CoverageItem.class);
    for (CoverageItem item : items) {
      Fraction f = coverage.get(item);
      v.put(item, f == null ? Ratio.none() : f.ratio(slot));
    }
    TreeMap<String, Ratio> k = new TreeMap<>();
    for (String rule : rules) {
      Fraction f = compliance.get(rule);
      k.put(rule, f == null ? Ratio.none() : f.ratio(slot));
    }
    return new RegionMetrics(c, v, k);
  }
}
