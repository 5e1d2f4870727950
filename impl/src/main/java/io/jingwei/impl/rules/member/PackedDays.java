package io.jingwei.impl.rules.member;

import io.jingwei.time.PartialDate;
import java.time.LocalDate;
import java.time.Year;

/**
 * Days packed into an int (整数日期) as {@code year * 10000 + month * 100 + day}: packed days order as the days do,
 * so a rule on every member can compare dates without making a {@link LocalDate} for each. Years up to 214,747 fit
 * (a {@link PartialDate} has years {@value PartialDate#MIN_YEAR}–{@value PartialDate#MAX_YEAR}).
 */
final class PackedDays {

  private PackedDays() {}

  /** The packed day of the date. */
  static int of(LocalDate date) {
    return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
  }

  /** The packed first day the partial date covers ({@link PartialDate#earliest()}). */
  static int earliest(PartialDate date) {
    return switch (date.precision()) {
      case YEAR -> date.year() * 10000 + 101;
      case MONTH -> date.year() * 10000 + date.month().getAsInt() * 100 + 1;
      case DAY -> date.year() * 10000 + date.month().getAsInt() * 100 + date.day().getAsInt();
    };
  }

  /** The packed last day the partial date covers ({@link PartialDate#latest()}). */
  static int latest(PartialDate date) {
    return switch (date.precision()) {
      case YEAR -> date.year() * 10000 + 1231;
      case MONTH -> {
        int month = date.month().getAsInt();
        yield date.year() * 10000 + month * 100 + java.time.Month.of(month).length(Year.isLeap(date.year()));
      }
      case DAY -> date.year() * 10000 + date.month().getAsInt() * 100 + date.day().getAsInt();
    };
  }

  /**
   * The packed day the given number of years later, as {@link LocalDate#plusYears(long)} gives it: 29 February
   * becomes 28 February in a year that is not a leap year.
   */
  static int plusYears(int packed, int years) {
    int year = packed / 10000 + years;
    int monthDay = packed % 10000;
    if (monthDay == 229 && !Year.isLeap(year)) {
      monthDay = 228;
    }
    return year * 10000 + monthDay;
  }
}
