package io.jingwei.impl.rules.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.time.PartialDate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDatesTest {

  private static PartialDate d(String text) {
    return PartialDate.parse(text);
  }

  @Test
  void beforePlusMonthsIsCertainOnlyWhenTheLastDayIsBeforeTheFirstDayMoved() {
    assertThat(PartialDates.certainlyBeforePlusMonths(d("2021-05-31"), d("2020-06-01"), 12)).isTrue();
    assertThat(PartialDates.certainlyBeforePlusMonths(d("2021-06-01"), d("2020-06-01"), 12)).isFalse();
    assertThat(PartialDates.certainlyBeforePlusMonths(d("2021-05"), d("2020-06"), 12)).isTrue();
    assertThat(PartialDates.certainlyBeforePlusMonths(d("2021-06"), d("2020-06"), 12)).isFalse();
    assertThat(PartialDates.certainlyBeforePlusMonths(d("2021"), d("2020-06-01"), 12)).isFalse();
  }

  @Test
  void afterPlusMonthsIsCertainOnlyWhenTheFirstDayIsAfterTheLastDayMoved() {
    assertThat(PartialDates.certainlyAfterPlusMonths(d("2024-04-11"), d("2024-01-10"), 3)).isTrue();
    assertThat(PartialDates.certainlyAfterPlusMonths(d("2024-04-10"), d("2024-01-10"), 3)).isFalse();
    assertThat(PartialDates.certainlyAfterPlusMonths(d("2024-05"), d("2024-01"), 3)).isTrue();
    assertThat(PartialDates.certainlyAfterPlusMonths(d("2024-04"), d("2024-01"), 3)).isFalse();
  }

  @Test
  void afterPlusDaysUsesTheDayRange() {
    assertThat(PartialDates.certainlyAfterPlusDays(d("2020-04-01"), d("2020-03-01"), 30)).isTrue();
    assertThat(PartialDates.certainlyAfterPlusDays(d("2020-03-31"), d("2020-03-01"), 30)).isFalse();
    assertThat(PartialDates.certainlyAfterPlusDays(d("2020-04"), d("2020-03"), 30)).isFalse();
    assertThat(PartialDates.certainlyAfterPlusDays(d("2020-05"), d("2020-03"), 30)).isTrue();
    assertThat(PartialDates.certainlyAfterPlusDays(d("2020-05"), d("2020-03"), 31)).isFalse();
  }

  @Test
  void reachedAndPassedDifferOnTheBoundaryDay() {
    LocalDate asOf = LocalDate.of(2024, 6, 30);
    assertThat(PartialDates.certainlyReachedPlusMonths(d("2023-12-30"), 6, asOf)).isTrue();
    assertThat(PartialDates.certainlyPassedPlusMonths(d("2023-12-30"), 6, asOf)).isFalse();
    assertThat(PartialDates.certainlyPassedPlusMonths(d("2023-12-29"), 6, asOf)).isTrue();
    assertThat(PartialDates.certainlyReachedPlusMonths(d("2024-01"), 6, asOf)).isFalse();
  }

  @Test
  void onOrBeforeAndOutside() {
    assertThat(PartialDates.certainlyOnOrBefore(d("2024-06"), LocalDate.of(2024, 6, 30))).isTrue();
    assertThat(PartialDates.certainlyOnOrBefore(d("2024"), LocalDate.of(2024, 6, 30))).isFalse();
    assertThat(PartialDates.certainlyOnOrBefore(d("2024-05"), d("2024-06"))).isTrue();
    assertThat(PartialDates.certainlyOnOrBefore(d("2024-06"), d("2024-06"))).isFalse();
    LocalDate from = LocalDate.of(2022, 6, 1);
    LocalDate to = LocalDate.of(2022, 6, 30);
    assertThat(PartialDates.certainlyOutside(d("2022-07-01"), from, to)).isTrue();
    assertThat(PartialDates.certainlyOutside(d("2022-05"), from, to)).isTrue();
    assertThat(PartialDates.certainlyOutside(d("2022"), from, to)).isFalse();
    assertThat(PartialDates.certainlyOutside(d("2022-06-30"), from, to)).isFalse();
  }

  @Test
  void offsetsNearTheEndOfTheRangeOfPartialDatesDoNotThrow() {
    assertThat(PartialDates.certainlyAfterPlusMonths(d("2999-12"), d("2999-01"), 24)).isFalse();
    assertThat(PartialDates.certainlyBeforePlusMonths(d("2999"), d("2999"), 12)).isTrue();
  }
}
