package io.jingwei.impl.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.impl.engine.RecordEntry;
import io.jingwei.impl.engine.RegionResolver;
import io.jingwei.metrics.CoverageItem;
import io.jingwei.metrics.DatasetMetrics;
import io.jingwei.metrics.Ratio;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;
import io.jingwei.validation.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The region tally: counts go to the city, the district and the street; regions appear once counted. */
class RegionTallyTest {

  private static final DivisionId D1 = DivisionId.of("450103");
  private static final DivisionId D2 = DivisionId.of("450105");
  private static final DivisionId S1 = DivisionId.of("450103001");
  private static final DivisionId S2 = DivisionId.of("450105002");

  /** Grids G-1… lie in D1/S1, G-2… in D2/S2, G-3… in D1 with no street known, anything else nowhere. */
  private static class Resolver implements RegionResolver {
    final AtomicInteger walks = new AtomicInteger();

    @Override
    public Places places(EntityRef record) {
      walks.incrementAndGet();
      String id = record.id();
      if (id.startsWith("G-1")) {
        return new Places(D1, S1);
      }
      if (id.startsWith("G-2")) {
        return new Places(D2, S2);
      }
      if (id.startsWith("G-3")) {
        return new Places(D1, null);
      }
      return Places.NONE;
    }
  }

  private static EntityRef grid(String id) {
    return EntityRef.of(EntityKind.GRID, id);
  }

  private static List<RecordEntry> entries(String... ids) {
    List<RecordEntry> out = new ArrayList<>();
    for (String id : ids) {
      out.add(new RecordEntry(grid(id), id, Location.none()));
    }
    return out;
  }

  @Test
  void countsGoToTheCityTheDistrictAndTheStreet() {
    RegionTally tally = new RegionTally(new Resolver());
    RegionTally.Counter records = tally.records(EntityKind.GRID);
    RegionTally.Counter named = tally.present(EntityKind.GRID, "name");
    for (String id : List.of("G-1a", "G-1b", "G-2a", "G-3a", "G-9a")) {
      long place = tally.place(grid(id));
      records.add(place, 1);
      if (!id.endsWith("b")) {
        named.add(place, 1);
      }
    }
    DatasetMetrics m = tally.metrics(Map.of(EntityKind.GRID, List.of("name", "phone")), Set.of(), new TreeSet<>());

    assertThat(m.city().completeness(EntityKind.GRID).orElseThrow().records()).isEqualTo(5);
    assertThat(m.city().completeness(EntityKind.GRID).orElseThrow().present()).containsEntry("name", 4L)
        .containsEntry("phone", 0L);
    assertThat(m.districts().keySet()).containsExactly(D1, D2);
    assertThat(m.district(D1).orElseThrow().completeness(EntityKind.GRID).orElseThrow().records()).isEqualTo(3);
    assertThat(m.district(D1).orElseThrow().completeness(EntityKind.GRID).orElseThrow().present())
        .containsEntry("name", 2L);
    assertThat(m.streets().keySet()).containsExactly(S1, S2);
    assertThat(m.street(S1).orElseThrow().completeness(EntityKind.GRID).orElseThrow().records()).isEqualTo(2);
    assertThat(m.street(S2).orElseThrow().completeness(EntityKind.GRID).orElseThrow().present())
        .containsEntry("name", 1L);
  }

  @Test
  void aRegionLookedUpButNeverCountedIsNotInTheMetrics() {
    RegionTally tally = new RegionTally(new Resolver());
    List<RecordEntry> all = entries("G-1a", "G-2a");
    long[] places = tally.places(all);
    tally.compliance("r").add(places[0], 1, 1);
    TreeSet<String> rules = new TreeSet<>(List.of("r", "never"));
    DatasetMetrics m = tally.metrics(Map.of(), Set.of(CoverageItem.values()[0]), rules);

    assertThat(m.districts().keySet()).containsExactly(D1);
    assertThat(m.streets().keySet()).containsExactly(S1);
    assertThat(m.city().compliance("r")).contains(Ratio.of(1, 1));
    assertThat(m.city().compliance("never")).contains(Ratio.none());
    assertThat(m.city().coverage(CoverageItem.values()[0])).contains(Ratio.none());
  }

  @Test
  void aListsPlacesAreFoundOnceAndMatchEachRecordsPlace() {
    Resolver resolver = new Resolver();
    RegionTally tally = new RegionTally(resolver);
    List<RecordEntry> all = entries("G-1a", "G-2a", "G-3a", "G-9a", "G-1a");
    long[] places = tally.places(all);
    int walks = resolver.walks.get();

    assertThat(tally.places(all)).isSameAs(places);
    assertThat(resolver.walks.get()).isEqualTo(walks);
    for (int i = 0; i < all.size(); i++) {
      assertThat(tally.place(all.get(i).ref())).isEqualTo(places[i]);
    }
    assertThat(places[3]).isEqualTo(RegionTally.CITY);
    assertThat(places[0]).isEqualTo(places[4]).isNotEqualTo(places[1]).isNotEqualTo(places[2]);
    assertThat(places[1]).isNotEqualTo(places[2]);
  }

  @Test
  void aRecordsPlaceIsLookedUpOnce() {
    Resolver resolver = new Resolver();
    RegionTally tally = new RegionTally(resolver);
    long first = tally.place(grid("G-1a"));
    long again = tally.place(grid("G-1a"));

    assertThat(again).isEqualTo(first);
    assertThat(resolver.walks.get()).isEqualTo(1);
  }

  @Test
  void manyRegionsGrowTheCounters() {
    RegionResolver many =
        new Resolver() {
          @Override
          public Places places(EntityRef record) {
            int n = Integer.parseInt(record.id().substring(2));
            return new Places(
                DivisionId.of(String.format("45%04d", n)), DivisionId.of(String.format("45%04d001", n)));
          }
        };
    RegionTally tally = new RegionTally(many);
    RegionTally.Counter counter = tally.records(EntityKind.GRID); // made before any region is known
    for (int n = 100; n < 200; n++) {
      counter.add(tally.place(grid("G-" + n)), n);
    }
    DatasetMetrics m = tally.metrics(Map.of(EntityKind.GRID, List.of()), Set.of(), new TreeSet<>());

    assertThat(m.districts()).hasSize(100);
    assertThat(m.streets()).hasSize(100);
    assertThat(m.city().completeness(EntityKind.GRID).orElseThrow().records()).isEqualTo((100 + 199) * 100 / 2);
    assertThat(m.district(DivisionId.of("450150")).orElseThrow().completeness(EntityKind.GRID).orElseThrow()
        .records()).isEqualTo(150);
    assertThat(m.street(DivisionId.of("450199001")).orElseThrow().completeness(EntityKind.GRID).orElseThrow()
        .records()).isEqualTo(199);
  }
}
