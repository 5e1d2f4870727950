package io.jingwei.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.ref.DivisionId;
import io.jingwei.ref.EntityKind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DatasetMetricsTest {

  private static RegionMetrics region(long records, long withId) {
    TreeMap<String, Long> present = new TreeMap<>(Map.of("idNumber", withId, "phone", 0L));
    TreeMap<String, Ratio> compliance = new TreeMap<>(Map.of("branch.min-full-members", Ratio.of(1, 2)));
    return new RegionMetrics(
        Map.of(EntityKind.MEMBER, new KindCompleteness(records, present)),
        Map.of(CoverageItem.GRID_PARTY_ORGANIZATION, Ratio.of(1, 1)),
        compliance);
  }

  @Test
  void emptyMetricsMeasureNothing() {
    assertThat(DatasetMetrics.empty().isEmpty()).isTrue();
    assertThat(DatasetMetrics.empty().city().isEmpty()).isTrue();
    assertThat(RegionMetrics.empty().completeness(EntityKind.MEMBER, "idNumber")).isEmpty();
  }

  @Test
  void regionAnswersWhatItMeasures() {
    RegionMetrics r = region(4, 3);
    assertThat(r.completeness(EntityKind.MEMBER, "idNumber")).contains(Ratio.of(3, 4));
    assertThat(r.completeness(EntityKind.MEMBER, "phone")).contains(Ratio.of(0, 4));
    assertThat(r.completeness(EntityKind.MEMBER, "sex")).isEmpty();
    assertThat(r.completeness(EntityKind.GRID)).isEmpty();
    assertThat(r.coverage(CoverageItem.GRID_PARTY_ORGANIZATION)).contains(Ratio.of(1, 1));
    assertThat(r.coverage(CoverageItem.COMPOUND_SERVICE_CENTER)).isEmpty();
    assertThat(r.compliance("branch.min-full-members")).contains(Ratio.of(1, 2));
    assertThat(r.isEmpty()).isFalse();
  }

  @Test
  void mapsAreOrderedWhateverTheInputOrder() {
    Map<CoverageItem, Ratio> coverage = new LinkedHashMap<>();
    coverage.put(CoverageItem.COMPOUND_SERVICE_CENTER, Ratio.none());
    coverage.put(CoverageItem.STREET_PARTY_ORGANIZATION, Ratio.none());
    RegionMetrics r = new RegionMetrics(Map.of(), coverage, new TreeMap<>());
    assertThat(r.coverage().keySet())
        .containsExactly(CoverageItem.STREET_PARTY_ORGANIZATION, CoverageItem.COMPOUND_SERVICE_CENTER);

    TreeMap<DivisionId, RegionMetrics> districts = new TreeMap<>();
    districts.put(DivisionId.of("450105"), r);
    districts.put(DivisionId.of("450103"), r);
    DatasetMetrics m = new DatasetMetrics(r, districts, new TreeMap<>());
    assertThat(m.districts().keySet()).containsExactly(DivisionId.of("450103"), DivisionId.of("450105"));
    assertThat(m.district(DivisionId.of("450103"))).contains(r);
    assertThat(m.street(DivisionId.of("450103001"))).isEmpty();
  }

  @Test
  void theMapsCannotBeChanged() {
    RegionMetrics r = region(2, 1);
    assertThatThrownBy(() -> r.compliance().put("x.y", Ratio.none()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.completeness(EntityKind.MEMBER).orElseThrow().present().put("sex", 1L))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void completenessRejectsMorePresentThanRecords() {
    assertThatThrownBy(() -> new KindCompleteness(2, new TreeMap<>(Map.of("phone", 3L))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void completenessGivesARatioPerProperty() {
    KindCompleteness k = new KindCompleteness(4, new TreeMap<>(Map.of("phone", 1L, "idNumber", 4L)));
    assertThat(k.ratios()).containsExactly(Map.entry("idNumber", Ratio.of(4, 4)), Map.entry("phone", Ratio.of(1, 4)));
  }

  @Test
  void equalMetricsAreEqual() {
    assertThat(new DatasetMetrics(region(4, 3), new TreeMap<>(), new TreeMap<>()))
        .isEqualTo(new DatasetMetrics(region(4, 3), new TreeMap<>(), new TreeMap<>()))
        .isNotEqualTo(new DatasetMetrics(region(4, 2), new TreeMap<>(), new TreeMap<>()));
  }
}
