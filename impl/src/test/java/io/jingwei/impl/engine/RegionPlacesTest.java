package io.jingwei.impl.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.impl.io.EntityTypes;
import io.jingwei.ref.EntityKind;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegionPlacesTest {

  @Test
  @DisplayName("区域归属一次查得城区与街道，与分别查询的结果相同（示例城市的每条记录）")
  void placesAreTheDistrictAndStreetFoundApart() throws Exception {
    ValidationInput input =
        CityDatasetInput.of(EntityTypes.reader().read(Path.of("..", "examples", "data", "sample-city")));
    RegionResolver regions = input.regions();
    int withStreet = 0;
    int records = 0;
    for (EntityKind kind : EntityKind.values()) {
      for (RecordEntry e : input.records(kind)) {
        records++;
        RegionResolver.Places places = regions.places(e.ref());
        assertThat(places.district()).as(e.ref().toString()).isEqualTo(regions.district(e.ref()).orElse(null));
        assertThat(places.street()).as(e.ref().toString()).isEqualTo(regions.street(e.ref()).orElse(null));
        withStreet += places.street() != null ? 1 : 0;
      }
    }
    assertThat(withStreet).isGreaterThan(records / 2);
    // the default methods, for resolvers that give only the places
    RegionResolver placesOnly = regions::places;
    for (RecordEntry e : input.records(EntityKind.MEMBER)) {
      assertThat(placesOnly.district(e.ref())).isEqualTo(regions.district(e.ref()));
      assertThat(placesOnly.street(e.ref())).isEqualTo(regions.street(e.ref()));
    }
  }
}
