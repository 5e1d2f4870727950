package io.jingwei.impl.rules.record;

import io.jingwei.time.PartialDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;

/**
 * Days packed into a long (整数日期) as {@code year * 10000 + month * 100 + day}: packed days order as the days do
 * (for any year, negative ones too: the month and day part is always 101–1231),
 * so a rule on every member can compare dates, and move them by years or months, without making a
 * {@link LocalDate} for each. The moves give what {@link LocalDate#plusYears(long)} and
 * {@link LocalDate#plusMonths(long)} give (the day kept, or the last day of a shorter month), and refuse what they
 * refuse: a result beyond {@link LocalDate}'s years ({@link DateTimeException}). Implementation detail, not API.
 */
public final class PackedDays {

  private PackedDays() {}

  /** The packed day of the date. */
  public static long of(LocalDate date) {
    return date.getYear() * 10000L + date.getMonthValue() * 100 + date.getDayOfMonth();
  }

  /** The packed first day the partial date covers ({@link PartialDate#earliest()}). */
  public static long earliest(PartialDate date) {
    return switch (date.precision()) {
      case YEAR -> date.year() * 10000L + 101;
      case MONTH -> date.year() * 10000L + date.month().getAsInt() * 100 + 1;
      case DAY -> date.year() * 10000L + date.month().getAsInt() * 100 + date.day().getAsInt();
    };
  }

  /** The packed last day the partial date covers ({@link PartialDate#latest()}). */
  public static long latest(PartialDate date) {
    return switch (date.precision()) {
      case YEAR -> date.year() * 10000L + 1231;
      case MONTH -> {
        int month = date.month().getAsInt();
        yield date.year() * 10000L + month * 100 + lengthOfMonth(date.year(), month);
      }
      case DAY -> date.year() * 10000L + date.month().getAsInt() * 100 + date.day().getAsInt();
    };
  }

  /**
   * The packed day the given number of years later, as {@link LocalDate#plusYears(long)} gives it: 29 February
   * becomes 28 February in a year that is not a leap year.
   *
   * @throws DateTimeException when the year is beyond {@link LocalDate}'s
   */
  public static long plusYears(long packed, long years) {
    if (years > 2L * Year.MAX_VALUE || years < -2L * Year.MAX_VALUE) { // far beyond any year: no overflow below
      throw outOfRange(years, "years");
    }
    long year = inRange(Math.floorDiv(packed, 10000) + years, years, "years");
    int monthDay = (int) Math.floorMod(packed, 10000);
    if (monthDay == 229 && !Year.isLeap(year)) {
      monthDay = 228;
    }
    return year * 10000 + monthDay;
  }

  /**
   * The packed day the given number of months later, as {@link LocalDate#plusMonths(long)} gives it: the same
   * day of the month, or the last day of a shorter month.
   *
   * @throws DateTimeException when the year is beyond {@link LocalDate}'s
   */
  public static long plusMonths(long packed, long months) {
    long year = Math.floorDiv(packed, 10000);
    int monthDay = (int) Math.floorMod(packed, 10000);
    int month = monthDay / 100;
    int day = monthDay % 100;
    if (months > 24L * Year.MAX_VALUE || months < -24L * Year.MAX_VALUE) { // far beyond any year: no overflow below
      throw outOfRange(months, "months");
    }
    long total = year * 12 + (month - 1) + months;
    long newYear = inRange(Math.floorDiv(total, 12), months, "months");
    int newMonth = (int) Math.floorMod(total, 12) + 1;
    return newYear * 10000 + newMonth * 100 + Math.min(day, lengthOfMonth(newYear, newMonth));
  }

  /**
   * The packed day as a count of days from 1970-01-01, as {@link LocalDate#toEpochDay()} gives it, with no
   * {@link LocalDate} made: the civil-to-days arithmetic of H. Hinnant's "chrono-Compatible Low-Level Date
   * Algorithms" (the year shifted to start in March, so that the leap day ends it; 400-year eras of 146,097 days).
   */
  public static long epochDay(long packed) {
    long year = Math.floorDiv(packed, 10000);
    int monthDay = (int) Math.floorMod(packed, 10000);
    int month = monthDay / 100;
    int day = monthDay % 100;
    long y = month <= 2 ? year - 1 : year; // a year from March: the leap day last
    long era = Math.floorDiv(y, 400);
    long yearOfEra = y - era * 400; // 0-399
    int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1; // 0-365, from 1 March
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear; // 0-146096
    return era * 146_097 + dayOfEra - 719_468; // 719,468: the days from 0000-03-01 to 1970-01-01
  }

  /** The year, or {@link DateTimeException} when {@link LocalDate} could not hold it. */
  private static long inRange(long year, long by, String unit) {
    if (year < Year.MIN_VALUE || year > Year.MAX_VALUE) {
      throw outOfRange(by, unit);
    }
    return year;
  }

  private static DateTimeException outOfRange(long by, String unit) {
    return new DateTimeException("a move by " + by + " " + unit + " leaves the years a LocalDate holds");
  }

  private static int lengthOfMonth(long year, int month) {
    return switch (month) {
      case 2 -> Year.isLeap(year) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }
}
