package io.jingwei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.cli.CityStatistics.AgeBand;
import io.jingwei.cli.CityStatistics.JoiningPeriod;
import io.jingwei.time.PartialDate;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CityStatisticsTest {

  @ParameterizedTest
  @CsvSource({
    "0,UP_TO_30", "30,UP_TO_30", "31,FROM_31_TO_35", "35,FROM_31_TO_35", "36,FROM_36_TO_40", "45,FROM_41_TO_45",
    "46,FROM_46_TO_50", "55,FROM_51_TO_55", "56,FROM_56_TO_60", "60,FROM_56_TO_60", "61,FROM_61", "99,FROM_61"
  })
  @DisplayName("年龄段的边界与党内统计公报一致")
  void ageBandBoundaries(int age, AgeBand band) {
    assertThat(AgeBand.of(age)).isEqualTo(band);
  }

  @Test
  void ageIsComputedOnTheAsOfDate() {
    LocalDate asOf = LocalDate.of(2026, 6, 30);
    assertThat(CityStatistics.ageBand(PartialDate.parse("1995-06-30"), asOf)).isEqualTo(AgeBand.FROM_31_TO_35);
    assertThat(CityStatistics.ageBand(PartialDate.parse("1995-07-01"), asOf)).isEqualTo(AgeBand.UP_TO_30);
    assertThat(CityStatistics.ageBand(null, asOf)).isEqualTo(AgeBand.UNKNOWN);
    assertThat(CityStatistics.ageBand(PartialDate.parse("2030-01-01"), asOf)).isEqualTo(AgeBand.UNKNOWN);
  }

  @ParameterizedTest
  @CsvSource({
    "1949-09-30,BEFORE_1949_10",
    "1949-10-01,TO_THIRD_PLENUM",
    "1978-12-17,TO_THIRD_PLENUM",
    "1978-12-18,TO_EIGHTEENTH_CONGRESS",
    "2012-11-07,TO_EIGHTEENTH_CONGRESS",
    "2012-11-08,SINCE_EIGHTEENTH_CONGRESS"
  })
  @DisplayName("入党时间段的边界")
  void joiningPeriodBoundaries(String date, JoiningPeriod period) {
    assertThat(JoiningPeriod.of(LocalDate.parse(date))).isEqualTo(period);
  }
}
