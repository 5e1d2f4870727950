package io.jingwei.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  @ParameterizedTest
  @ValueSource(strings = {"2021", "2021-05", "2021-05-01", "1800", "2999-12-31", "2020-02-29", "1949-10"})
  @DisplayName("ISO 文本往返")
  void roundTripsIsoText(String text) {
    assertThat(PartialDate.parse(text).toString()).isEqualTo(text);
  }

  @Test
  void readsEachPrecision() {
    assertThat(PartialDate.parse("2021").precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(PartialDate.parse("2021-05").precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(PartialDate.parse("2021-05-01").precision()).isEqualTo(DatePrecision.DAY);
  }

  @Test
  void exposesYearMonthAndDay() {
    PartialDate day = PartialDate.parse("2021-05-09");
    assertThat(day.year()).isEqualTo(2021);
    assertThat(day.month()).hasValue(5);
    assertThat(day.day()).hasValue(9);
    PartialDate year = PartialDate.parse("2021");
    assertThat(year.month()).isEqualTo(OptionalInt.empty());
    assertThat(year.day()).isEqualTo(OptionalInt.empty());
    assertThat(PartialDate.parse("2021-05").day()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "21", "2021-5", "2021-05-1", "2021/05/01", "2021-13", "2021-00", "2021-02-30",
      "2019-02-29", "2021-05-00", "1799", "3000", " 2021", "2021 ", "2021-05-01T00:00", "+2021", "２０２１",
      "2021年5月", "2021.05", "20210501", "abcd", "2021-05-32", "2021-0a"})
  @DisplayName("拒绝非 ISO 或不存在的日期")
  void rejectsInvalidText(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsNullText() {
    assertThatThrownBy(() -> PartialDate.parse(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void factoriesCheckTheirParts() {
    assertThatThrownBy(() -> PartialDate.of(1799)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PartialDate.of(2021, 13)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PartialDate.of(2021, 2, 29)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PartialDate.of(LocalDate.of(3000, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    assertThat(PartialDate.of(2021, 5)).isEqualTo(PartialDate.parse("2021-05"));
    assertThat(PartialDate.of(LocalDate.of(2021, 5, 1))).isEqualTo(PartialDate.of(2021, 5, 1));
  }

  @Test
  @DisplayName("闰年二月的最后一天")
  void latestOfFebruaryInLeapYearIsThe29th() {
    assertThat(PartialDate.parse("2020-02").latest()).isEqualTo(LocalDate.of(2020, 2, 29));
    assertThat(PartialDate.parse("2021-02").latest()).isEqualTo(LocalDate.of(2021, 2, 28));
    assertThat(PartialDate.parse("1900-02").latest()).isEqualTo(LocalDate.of(1900, 2, 28));
    assertThat(PartialDate.parse("2000-02").latest()).isEqualTo(LocalDate.of(2000, 2, 29));
  }

  @Test
  void earliestAndLatestSpanTheCoveredDays() {
    PartialDate year = PartialDate.of(2021);
    assertThat(year.earliest()).isEqualTo(LocalDate.of(2021, 1, 1));
    assertThat(year.latest()).isEqualTo(LocalDate.of(2021, 12, 31));
    PartialDate month = PartialDate.of(2021, 4);
    assertThat(month.earliest()).isEqualTo(LocalDate.of(2021, 4, 1));
    assertThat(month.latest()).isEqualTo(LocalDate.of(2021, 4, 30));
    PartialDate day = PartialDate.of(2021, 4, 7);
    assertThat(day.earliest()).isEqualTo(day.latest()).isEqualTo(LocalDate.of(2021, 4, 7));
  }

  @Test
  void toLocalDateOnlyForDays() {
    assertThat(PartialDate.parse("2021-05-01").toLocalDate()).contains(LocalDate.of(2021, 5, 1));
    assertThat(PartialDate.parse("2021-05").toLocalDate()).isEmpty();
    assertThat(PartialDate.parse("2021").toLocalDate()).isEmpty();
  }

  @Test
  @DisplayName("精度不同时，“确定早于”只在区间不相交时成立")
  void certainlyBeforeNeedsDisjointRanges() {
    PartialDate may = PartialDate.parse("2021-05");
    assertThat(may.isCertainlyBefore(PartialDate.parse("2021-06-01"))).isTrue();
    assertThat(may.isCertainlyBefore(PartialDate.parse("2021-05-31"))).isFalse();
    assertThat(may.isCertainlyBefore(PartialDate.parse("2021"))).isFalse();
    assertThat(PartialDate.parse("2020").isCertainlyBefore(may)).isTrue();
    assertThat(PartialDate.parse("2021-05-20").isCertainlyBefore(may)).isFalse();
    assertThat(PartialDate.parse("2021-04-30").isCertainlyBefore(may)).isTrue();
  }

  @Test
  void certainlyAfterNeedsDisjointRanges() {
    PartialDate may = PartialDate.parse("2021-05");
    assertThat(may.isCertainlyAfter(PartialDate.parse("2021-04-30"))).isTrue();
    assertThat(may.isCertainlyAfter(PartialDate.parse("2021-05-01"))).isFalse();
    assertThat(may.isCertainlyAfter(PartialDate.parse("2021"))).isFalse();
    assertThat(PartialDate.parse("2022").isCertainlyAfter(may)).isTrue();
  }

  @Test
  void sameDateIsNeitherCertainlyBeforeNorAfterItself() {
    for (String text : List.of("2021", "2021-05", "2021-05-01")) {
      PartialDate d = PartialDate.parse(text);
      assertThat(d.isCertainlyBefore(d)).isFalse();
      assertThat(d.isCertainlyAfter(d)).isFalse();
      assertThat(d.overlaps(d)).isTrue();
    }
  }

  @Test
  void comparesWithLocalDates() {
    PartialDate may = PartialDate.parse("2021-05");
    assertThat(may.isCertainlyBefore(LocalDate.of(2021, 6, 1))).isTrue();
    assertThat(may.isCertainlyBefore(LocalDate.of(2021, 5, 31))).isFalse();
    assertThat(may.isCertainlyAfter(LocalDate.of(2021, 4, 30))).isTrue();
    assertThat(may.isCertainlyAfter(LocalDate.of(2021, 5, 1))).isFalse();
    assertThat(may.contains(LocalDate.of(2021, 5, 31))).isTrue();
    assertThat(may.contains(LocalDate.of(2021, 6, 1))).isFalse();
  }

  @Test
  void overlapsWhenRangesIntersect() {
    assertThat(PartialDate.parse("2021").overlaps(PartialDate.parse("2021-05-01"))).isTrue();
    assertThat(PartialDate.parse("2021-05").overlaps(PartialDate.parse("2021-06"))).isFalse();
  }

  @Test
  @DisplayName("排序：先按最早日期，再按精度由粗到细")
  void ordersByEarliestThenPrecision() {
    List<PartialDate> dates = new ArrayList<>();
    for (String s : List.of("2021-02", "2021-01-02", "2021-01", "2021", "2021-01-01", "2020-12-31")) {
      dates.add(PartialDate.parse(s));
    }
    dates.sort(null);
    assertThat(dates).extracting(PartialDate::toString)
        .containsExactly("2020-12-31", "2021", "2021-01", "2021-01-01", "2021-01-02", "2021-02");
  }

  @Test
  void equalityFollowsTextAndPrecision() {
    assertThat(PartialDate.parse("2021-05")).isEqualTo(PartialDate.of(2021, 5))
        .hasSameHashCodeAs(PartialDate.of(2021, 5));
    assertThat(PartialDate.parse("2021-01")).isNotEqualTo(PartialDate.parse("2021-01-01"))
        .isNotEqualTo(PartialDate.parse("2021"));
    assertThat(PartialDate.parse("2021").compareTo(PartialDate.parse("2021-01"))).isNegative();
  }

  @Test
  void plusYearsKeepsPrecision() {
    assertThat(PartialDate.parse("2021").plusYears(1)).hasToString("2022");
    assertThat(PartialDate.parse("2021-05").plusYears(3)).hasToString("2024-05");
    assertThat(PartialDate.parse("2020-02-29").plusYears(1)).hasToString("2021-02-28");
    assertThatThrownBy(() -> PartialDate.parse("2999").plusYears(1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void plusMonthsKeepsPrecision() {
    assertThat(PartialDate.parse("2021-11").plusMonths(3)).hasToString("2022-02");
    assertThat(PartialDate.parse("2021-01-31").plusMonths(1)).hasToString("2021-02-28");
    assertThat(PartialDate.parse("2021").plusMonths(24)).hasToString("2023");
    assertThat(PartialDate.parse("2021-03").plusMonths(-3)).hasToString("2020-12");
  }

  @Test
  void yearCannotMoveByPartOfAYear() {
    assertThatThrownBy(() -> PartialDate.parse("2021").plusMonths(6)).isInstanceOf(DateTimeException.class);
  }

  @Test
  void truncatesToCoarserPrecision() {
    PartialDate day = PartialDate.parse("2021-05-09");
    assertThat(day.truncatedTo(DatePrecision.MONTH)).hasToString("2021-05");
    assertThat(day.truncatedTo(DatePrecision.YEAR)).hasToString("2021");
    assertThat(day.truncatedTo(DatePrecision.DAY)).isSameAs(day);
    PartialDate year = PartialDate.parse("2021");
    assertThat(year.truncatedTo(DatePrecision.DAY)).isSameAs(year);
  }

  @Test
  void exceptionMessageDoesNotEchoLongInput() {
    String longText = "1".repeat(200);
    assertThatThrownBy(() -> PartialDate.parse(longText)).hasMessageNotContaining(longText);
  }

  @Test
  void precisionsAreOrderedCoarsestFirst() {
    assertThat(DatePrecision.DAY.isAtLeast(DatePrecision.MONTH)).isTrue();
    assertThat(DatePrecision.YEAR.isAtLeast(DatePrecision.MONTH)).isFalse();
    assertThat(DatePrecision.MONTH.chineseName()).isEqualTo("年月");
  }

  static LongStream seeds() {
    return LongStream.range(0, 20);
  }

  private static PartialDate randomDate(Random random) {
    LocalDate day = LocalDate.of(1800, 1, 1).plusDays(random.nextInt(365 * 1199));
    switch (random.nextInt(3)) {
      case 0:
        return PartialDate.of(day.getYear());
      case 1:
        return PartialDate.of(day.getYear(), day.getMonthValue());
      default:
        return PartialDate.of(day);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  @DisplayName("随机日期：文本往返、区间与比较一致")
  void randomDatesKeepTheirInvariants(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 200; i++) {
      PartialDate a = randomDate(random);
      PartialDate b = randomDate(random);
      assertThat(PartialDate.parse(a.toString())).isEqualTo(a);
      assertThat(a.earliest()).isBeforeOrEqualTo(a.latest());
      assertThat(a.contains(a.earliest()) && a.contains(a.latest())).isTrue();
      assertThat(a.isCertainlyBefore(b)).isEqualTo(b.isCertainlyAfter(a));
      assertThat(a.isCertainlyBefore(b) && a.isCertainlyAfter(b)).isFalse();
      if (a.isCertainlyBefore(b)) {
        assertThat(a.compareTo(b)).isNegative();
      }
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    }
  }

  @Test
  @DisplayName("比较（包含、确定早于/晚于、重叠）与按 LocalDate 的最早日/最晚日计算一致：闰年、月末、极端日期")
  void comparisonsAgreeWithTheDaysCovered() {
    List<PartialDate> dates = new java.util.ArrayList<>();
    for (int year : new int[] {1800, 1900, 1999, 2000, 2024, 2100, 2999}) {
      dates.add(PartialDate.of(year));
      for (int month = 1; month <= 12; month++) {
        dates.add(PartialDate.of(year, month));
        for (int day : new int[] {1, 15, 28}) {
          dates.add(PartialDate.of(year, month, day));
        }
        dates.add(PartialDate.of(YearMonth.of(year, month).atEndOfMonth()));
      }
    }
    List<LocalDate> days = new java.util.ArrayList<>(List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1799, 12, 31)));
    for (PartialDate d : dates) {
      days.add(d.earliest());
      days.add(d.latest());
      days.add(d.earliest().minusDays(1));
      days.add(d.latest().plusDays(1));
    }
    for (PartialDate a : dates) {
      for (LocalDate day : days) {
        assertThat(a.contains(day)).isEqualTo(!day.isBefore(a.earliest()) && !day.isAfter(a.latest()));
        assertThat(a.isCertainlyBefore(day)).isEqualTo(a.latest().isBefore(day));
        assertThat(a.isCertainlyAfter(day)).isEqualTo(a.earliest().isAfter(day));
      }
    }
    for (int i = 0; i < dates.size(); i += 7) {
      PartialDate a = dates.get(i);
      for (PartialDate b : dates) {
        assertThat(a.isCertainlyBefore(b)).isEqualTo(a.latest().isBefore(b.earliest()));
        assertThat(a.isCertainlyAfter(b)).isEqualTo(a.earliest().isAfter(b.latest()));
        assertThat(a.overlaps(b)).isEqualTo(!a.latest().isBefore(b.earliest()) && !a.earliest().isAfter(b.latest()));
      }
    }
  }
}
