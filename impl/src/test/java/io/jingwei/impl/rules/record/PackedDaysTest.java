package io.jingwei.impl.rules.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.time.PartialDate;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PackedDaysTest {

  private static PartialDate randomPartial(Random random) {
    int year = PartialDate.MIN_YEAR + random.nextInt(PartialDate.MAX_YEAR - PartialDate.MIN_YEAR + 1);
    return switch (random.nextInt(3)) {
      case 0 -> PartialDate.of(year);
      case 1 -> PartialDate.of(year, 1 + random.nextInt(12));
      default -> {
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(LocalDate.of(year, month, 1).lengthOfMonth());
        yield PartialDate.of(year, month, day);
      }
    };
  }

  private static LocalDate randomDay(Random random) {
    return LocalDate.ofEpochDay(random.nextInt(800_000) - 400_000); // about 900 to 3100
  }

  @Test
  @DisplayName("整数日期与 LocalDate 一致：最早日、最晚日、加年、加月（月末截断、2 月 29 日），比较顺序相同")
  void packedDaysAgreeWithLocalDate() {
    Random random = new Random(20261130);
    for (int i = 0; i < 50_000; i++) {
      PartialDate a = randomPartial(random);
      PartialDate b = randomPartial(random);
      assertThat(PackedDays.earliest(a)).isEqualTo(PackedDays.of(a.earliest()));
      assertThat(PackedDays.latest(a)).isEqualTo(PackedDays.of(a.latest()));
      assertThat(Long.compare(PackedDays.latest(a), PackedDays.earliest(b)))
          .isEqualTo(Integer.signum(a.latest().compareTo(b.earliest())));
      LocalDate day = randomDay(random);
      int years = random.nextInt(240) - 120;
      long months = random.nextInt(4000) - 2000;
      assertThat(PackedDays.plusYears(PackedDays.of(day), years)).isEqualTo(PackedDays.of(day.plusYears(years)));
      assertThat(PackedDays.plusMonths(PackedDays.of(day), months)).isEqualTo(PackedDays.of(day.plusMonths(months)));
    }
    // month ends and the leap day, in and out of leap years
    long leapDay = PackedDays.of(LocalDate.of(2004, 2, 29));
    assertThat(PackedDays.plusYears(leapDay, 18)).isEqualTo(PackedDays.of(LocalDate.of(2022, 2, 28)));
    assertThat(PackedDays.plusYears(leapDay, 16)).isEqualTo(PackedDays.of(LocalDate.of(2020, 2, 29)));
    assertThat(PackedDays.plusMonths(PackedDays.of(LocalDate.of(2021, 1, 31)), 1))
        .isEqualTo(PackedDays.of(LocalDate.of(2021, 2, 28)));
    assertThat(PackedDays.plusMonths(PackedDays.of(LocalDate.of(2020, 3, 31)), -1))
        .isEqualTo(PackedDays.of(LocalDate.of(2020, 2, 29)));
    assertThat(PackedDays.plusMonths(PackedDays.of(LocalDate.of(1900, 12, 31)), -12 * 1901))
        .isEqualTo(PackedDays.of(LocalDate.of(1900, 12, 31).plusMonths(-12 * 1901))); // year -1: decoding below zero
    // at the ends of LocalDate's years: the same result, or the same refusal
    LocalDate end = LocalDate.of(java.time.Year.MAX_VALUE - 1, 12, 31);
    assertThat(PackedDays.plusMonths(PackedDays.of(end), 12)).isEqualTo(PackedDays.of(end.plusMonths(12)));
    assertThat(PackedDays.plusYears(PackedDays.of(end), 1)).isEqualTo(PackedDays.of(end.plusYears(1)));
    for (long by : new long[] {2, Long.MAX_VALUE, Long.MIN_VALUE, -4L * java.time.Year.MAX_VALUE}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> end.plusYears(by))
          .isInstanceOf(java.time.DateTimeException.class);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> PackedDays.plusYears(PackedDays.of(end), by))
          .isInstanceOf(java.time.DateTimeException.class);
    }
    for (long by : new long[] {24, Long.MAX_VALUE, Long.MIN_VALUE, -48L * java.time.Year.MAX_VALUE}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> end.plusMonths(by))
          .isInstanceOf(java.time.DateTimeException.class);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> PackedDays.plusMonths(PackedDays.of(end), by))
          .isInstanceOf(java.time.DateTimeException.class);
    }
  }

  @Test
  @DisplayName("部分日期的确定性比较：整数实现与 LocalDate 实现结论相同")
  void partialDateComparisonsAgreeWithTheirLocalDateMeaning() {
    Random random = new Random(1130);
    for (int i = 0; i < 50_000; i++) {
      PartialDate x = randomPartial(random);
      PartialDate y = randomPartial(random);
      LocalDate date = randomDay(random);
      LocalDate to = date.plusDays(random.nextInt(4000));
      long months = random.nextInt(2400) - 1200;
      assertThat(PartialDates.certainlyBeforePlusMonths(x, y, months))
          .isEqualTo(x.latest().isBefore(y.earliest().plusMonths(months)));
      assertThat(PartialDates.certainlyAfterPlusMonths(x, y, months))
          .isEqualTo(x.earliest().isAfter(y.latest().plusMonths(months)));
      assertThat(PartialDates.certainlyReachedPlusMonths(x, months, date))
          .isEqualTo(!x.latest().plusMonths(months).isAfter(date));
      assertThat(PartialDates.certainlyPassedPlusMonths(x, months, date))
          .isEqualTo(x.latest().plusMonths(months).isBefore(date));
      long days = random.nextInt(4000) - 2000;
      assertThat(PartialDates.certainlyAfterPlusDays(x, y, days))
          .isEqualTo(x.earliest().isAfter(y.latest().plusDays(days)));
      assertThat(PartialDates.certainlyOnOrBefore(x, date)).isEqualTo(!x.latest().isAfter(date));
      assertThat(PartialDates.certainlyOnOrBefore(x, y)).isEqualTo(!x.latest().isAfter(y.earliest()));
      assertThat(PartialDates.certainlyOutside(x, date, to))
          .isEqualTo(x.latest().isBefore(date) || x.earliest().isAfter(to));
    }
  }

  @Test
  @DisplayName("整数日期的纪元日与 LocalDate.toEpochDay 一致：1600–2400 年逐日、闰日前后、任意年份")
  void epochDayAgreesWithLocalDate() {
    for (LocalDate day = LocalDate.of(1600, 1, 1); day.getYear() < 2400; day = day.plusDays(1)) {
      assertThat(PackedDays.epochDay(PackedDays.of(day))).as("%s", day).isEqualTo(day.toEpochDay());
    }
    Random random = new Random(29);
    for (int i = 0; i < 100_000; i++) {
      LocalDate day = LocalDate.ofEpochDay(random.nextLong() % 3_000_000_000L); // years about ±8 million
      assertThat(PackedDays.epochDay(PackedDays.of(day))).as("%s", day).isEqualTo(day.toEpochDay());
    }
    assertThat(PackedDays.epochDay(PackedDays.of(LocalDate.MIN))).isEqualTo(LocalDate.MIN.toEpochDay());
    assertThat(PackedDays.epochDay(PackedDays.of(LocalDate.MAX))).isEqualTo(LocalDate.MAX.toEpochDay());
  }
}
