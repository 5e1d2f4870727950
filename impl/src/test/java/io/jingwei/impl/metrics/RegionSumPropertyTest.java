package io.jingwei.impl.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.engine.DefaultDatasetValidator;
import io.jingwei.metrics.CoverageItem;
import io.jingwei.metrics.DatasetMetrics;
import io.jingwei.metrics.KindCompleteness;
import io.jingwei.metrics.Ratio;
import io.jingwei.metrics.RegionMetrics;
import io.jingwei.organization.OrganizationType;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.ref.CompoundId;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.OrganizationId;
import io.jingwei.servicecenter.CenterLevel;
import io.jingwei.servicecenter.ServiceCenter;
import io.jingwei.validation.ValidationOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property-style tests of the metrics over random cities (fixed seeds): every record lies in a district and a
 * street, so the city's counts are the sums of the districts' and of the streets'; and the metrics do not depend
 * on the order of the records.
 */
class RegionSumPropertyTest {

  private static final ValidationOptions OPTIONS = ValidationOptions.builder().asOf(LocalDate.of(2024, 6, 30)).build();

  /**
   * A random city on the fixed divisions of {@link MetricsFixtures}: per community 0–3 compounds (some with a
   * branch, its members and a centre), 0–2 grids (some with the community's organization), maybe a community
   * organization.
   */
  static List<Object> randomCity(Random random) {
    List<Object> records = new ArrayList<>();
    CityDataset.Builder divisions = MetricsFixtures.divisions();
    records.addAll(divisions.build().divisions());
    int n = 0;
    for (DivisionId community : List.of(MetricsFixtures.C1, MetricsFixtures.C2, MetricsFixtures.C3, MetricsFixtures.V1)) {
      int compounds = random.nextInt(4);
      for (int i = 0; i < compounds; i++) {
        String k = "k" + n++;
        records.add(MetricsFixtures.compound(k, community));
        if (random.nextBoolean()) {
          records.add(
              MetricsFixtures.branch("o" + k, "党支部" + (random.nextInt(3) == 0 ? MetricsFixtures.SHORT : ""))
                  .compound(CompoundId.of(k))
                  .build());
          for (int m = random.nextInt(4); m > 0; m--) {
            records.add(
                MetricsFixtures.member("m" + n++, "o" + k)
                    .phone(random.nextBoolean() ? io.jingwei.id.MobileNumber.parse("13800138000") : null)
                    .build());
          }
        }
        if (random.nextBoolean()) {
          records.add(
              ServiceCenter.builder()
                  .id("sc" + k)
                  .name("中心")
                  .level(CenterLevel.COMPOUND)
                  .compound(CompoundId.of(k))
                  .build());
        }
      }
      int grids = random.nextInt(3);
      for (int i = 0; i < grids; i++) {
        String g = "g" + n++;
        String code = "450103001001" + String.format("%03d", n % 1000);
        records.add(
            MetricsFixtures.grid(g, code, "网格" + (random.nextBoolean() ? MetricsFixtures.SHORT : ""), community)
                .partyOrganization(random.nextBoolean() ? OrganizationId.of("oc" + community.value()) : null)
                .build());
      }
      if (random.nextBoolean()) {
        records.add(
            PartyOrganization.builder()
                .id("oc" + community.value())
                .name("社区党委")
                .type(OrganizationType.GRASSROOTS_COMMITTEE)
                .division(community)
                .build());
      }
    }
    return records;
  }

  private static CityDataset dataset(List<Object> records) {
    return CityDataset.builder().addAll(records).build();
  }

  private static DatasetMetrics metrics(CityDataset dataset) {
    return DefaultDatasetValidator.create(MetricsFixtures.standard(), OPTIONS, MetricsFixtures.checks())
        .validate(dataset)
        .metrics();
  }

  private static void assertSums(RegionMetrics city, Iterable<RegionMetrics> parts, String what) {
    for (CoverageItem item : city.coverage().keySet()) {
      assertThat(sum(parts, r -> r.coverage(item).orElseThrow()))
          .as(what + " " + item)
          .isEqualTo(city.coverage(item).orElseThrow());
    }
    for (String rule : city.compliance().keySet()) {
      assertThat(sum(parts, r -> r.compliance(rule).orElseThrow()))
          .as(what + " " + rule)
          .isEqualTo(city.compliance(rule).orElseThrow());
    }
    KindCompleteness members = city.completeness(EntityKind.MEMBER).orElseThrow();
    for (String property : members.present().keySet()) {
      assertThat(sum(parts, r -> r.completeness(EntityKind.MEMBER, property).orElseThrow()))
          .as(what + " " + property)
          .isEqualTo(members.ratio(property).orElseThrow());
    }
  }

  private static Ratio sum(Iterable<RegionMetrics> parts, Function<RegionMetrics, Ratio> f) {
    Ratio total = Ratio.none();
    for (RegionMetrics r : parts) {
      total = total.plus(f.apply(r));
    }
    return total;
  }

  @ParameterizedTest
  @ValueSource(longs = {1L, 7L, 42L, 2022L, 20240630L})
  void theCityIsTheSumOfItsDistrictsAndOfItsStreets(long seed) {
    DatasetMetrics m = metrics(dataset(randomCity(new Random(seed))));

    assertSums(m.city(), m.districts().values(), "districts");
    assertSums(m.city(), m.streets().values(), "streets");
  }

  @ParameterizedTest
  @ValueSource(longs = {3L, 11L, 99L})
  void theMetricsDoNotDependOnTheRecordOrder(long seed) {
    List<Object> records = randomCity(new Random(seed));
    List<Object> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, new Random(seed + 1));

    assertThat(metrics(dataset(shuffled))).isEqualTo(metrics(dataset(records)));
  }
}
