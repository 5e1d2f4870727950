package io.jingwei.time;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.temporal.UnsupportedTemporalTypeException;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A partial date (部分日期): a year ({@code 2021}), a month ({@code 2021-05}) or a day ({@code 2021-05-01}), as
 * 台账 record dates such as 入党时间 “2021年5月”.
 *
 * <p>A partial date stands for every day it covers, from {@link #earliest()} to {@link #latest()}. Comparisons
 * are honest about that uncertainty: {@code 2021-05} is {@linkplain #isCertainlyBefore(PartialDate) certainly
 * before} {@code 2021-06-01}, but neither certainly before nor certainly after {@code 2021-05-20}.
 *
 * <p>Years from {@value #MIN_YEAR} to {@value #MAX_YEAR} are accepted; whether a date is plausible (a birth
 * year of 1850) is for validation rules to judge. The text form is ISO 8601 (extended, no sign): only
 * {@code YYYY}, {@code YYYY-MM} and {@code YYYY-MM-DD} are read here; spreadsheet spellings such as
 * “2021年5月” or “2021.05” are the business of import modules.
 *
 * <p>Instances are immutable and thread-safe. The natural order is by {@link #earliest()}, then by precision
 * (coarsest first), so {@code 2021 < 2021-01 < 2021-01-01 < 2021-01-02 < 2021-02}; it is consistent with
 * {@link #equals(Object)}.
 */
public final class PartialDate implements Comparable<PartialDate> {

  /** The smallest year accepted. */
  public static final int MIN_YEAR = 1800;

  /** The largest year accepted. */
  public static final int MAX_YEAR = 2999;

  private static final Comparator<PartialDate> ORDER =
      Comparator.comparing(PartialDate::earliest).thenComparing(PartialDate::precision);

  private final int year;
  /** 1–12, or 0 when the precision is YEAR. */
  private final int month;
  /** 1–31, or 0 when the precision is YEAR or MONTH. */
  private final int day;
  /*
   * The first and last days covered, computed when first asked (the rules ask them of every member's dates):
   * a racy cache of immutable values, like String's hash, so a thread that sees none computes the same day.
   */
  private @Nullable LocalDate earliestDay;
  private @Nullable LocalDate latestDay;

  private PartialDate(int year, int month, int day) {
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /**
   * A year (年).
   *
   * @throws IllegalArgumentException when the year lies outside {@value #MIN_YEAR}–{@value #MAX_YEAR}
   */
  public static PartialDate of(int year) {
    checkYear(year);
    return new PartialDate(year, 0, 0);
  }

  /**
   * A month of a year (年月).
   *
   * @throws IllegalArgumentException when the year is out of range or the month is not 1–12
   */
  public static PartialDate of(int year, int month) {
    checkYear(year);
    checkMonth(month);
    return new PartialDate(year, month, 0);
  }

  /**
   * A day (年月日).
   *
   * @throws IllegalArgumentException when the year is out of range or the day does not exist
   */
  public static PartialDate of(int year, int month, int day) {
    checkYear(year);
    checkMonth(month);
    if (day < 1 || day > lengthOfMonth(year, month)) {
      throw new IllegalArgumentException("No such day: " + year + "-" + month + "-" + day);
    }
    return new PartialDate(year, month, day);
  }

  /**
   * A day given as a local date.
   *
   * @throws IllegalArgumentException when the year is out of range
   */
  public static PartialDate of(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Reads the ISO text {@code 2021}, {@code 2021-05} or {@code 2021-05-01}. Exactly four digits for the year
   * and two for the month and day; no white space, no sign, no other separator.
   *
   * @throws IllegalArgumentException when the text is not one of the three forms or names no real date
   */
  @JsonCreator
  public static PartialDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int length = text.length();
    if (length != 4 && length != 7 && length != 10) {
      throw invalid(text);
    }
    int year = digits(text, 0, 4);
    if (length == 4) {
      return ofParsed(text, year, 0, 0);
    }
    if (text.charAt(4) != '-') {
      throw invalid(text);
    }
    int month = digits(text, 5, 7);
    if (length == 7) {
      return ofParsed(text, year, month, 0);
    }
    if (text.charAt(7) != '-') {
      throw invalid(text);
    }
    return ofParsed(text, year, month, digits(text, 8, 10));
  }

  private static PartialDate ofParsed(CharSequence text, int year, int month, int day) {
    if (year < 0 || month < 0 || day < 0) {
      throw invalid(text);
    }
    try {
      switch (text.length()) {
        case 4:
          return of(year);
        case 7:
          return of(year, month);
        default:
          return of(year, month, day);
      }
    } catch (IllegalArgumentException e) {
      throw invalid(text);
    }
  }

  /** The value of the ASCII digits in [from, to), or -1 when any character is not one. */
  private static int digits(CharSequence text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static IllegalArgumentException invalid(CharSequence text) {
    String shown = text.length() > 16 ? text.subSequence(0, 16) + "…" : text.toString();
    return new IllegalArgumentException(
        "Not a partial date (YYYY, YYYY-MM or YYYY-MM-DD with a real date): \"" + shown + "\"");
  }

  private static void checkYear(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException("Year out of range " + MIN_YEAR + "–" + MAX_YEAR + ": " + year);
    }
  }

  private static void checkMonth(int month) {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("Month out of range 1–12: " + month);
    }
  }

  /** The precision: year, month or day. */
  public DatePrecision precision() {
    if (day != 0) {
      return DatePrecision.DAY;
    }
    return month != 0 ? DatePrecision.MONTH : DatePrecision.YEAR;
  }

  /** The year. */
  public int year() {
    return year;
  }

  /** The month (1–12), or empty when the precision is {@link DatePrecision#YEAR}. */
  public OptionalInt month() {
    return month == 0 ? OptionalInt.empty() : OptionalInt.of(month);
  }

  /** The day of the month (1–31), or empty unless the precision is {@link DatePrecision#DAY}. */
  public OptionalInt day() {
    return day == 0 ? OptionalInt.empty() : OptionalInt.of(day);
  }

  /** The first day this date covers: 1 January for a year, the 1st for a month, the day itself for a day. */
  public LocalDate earliest() {
    LocalDate cached = earliestDay;
    if (cached == null) {
      cached = LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
      earliestDay = cached;
    }
    return cached;
  }

  /**
   * The last day this date covers: 31 December for a year, the last day of the month for a month (29 February in
   * a leap year), the day itself for a day.
   */
  public LocalDate latest() {
    LocalDate cached = latestDay;
    if (cached == null) {
      if (month == 0) {
        cached = LocalDate.of(year, 12, 31);
      } else if (day == 0) {
        cached = LocalDate.of(year, month, lengthOfMonth(year, month));
      } else {
        cached = earliest();
      }
      latestDay = cached;
    }
    return cached;
  }

  /*
   * Comparisons work on days packed as year * 10000 + month * 100 + day, which order as the days do, so that they
   * allocate no LocalDate (the rules compare dates of every member record).
   */

  private long earliestKey() {
    return year * 10000L + (month == 0 ? 1 : month) * 100 + (day == 0 ? 1 : day);
  }

  private long latestKey() {
    if (month == 0) {
      return year * 10000L + 1231;
    }
    return year * 10000L + month * 100 + (day == 0 ? lengthOfMonth(year, month) : day);
  }

  private static long key(LocalDate date) {
    return date.getYear() * 10000L + date.getMonthValue() * 100 + date.getDayOfMonth();
  }

  private static int lengthOfMonth(int year, int month) {
    return switch (month) {
      case 2 -> java.time.chrono.IsoChronology.INSTANCE.isLeapYear(year) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** The local date, present only when the precision is {@link DatePrecision#DAY}. */
  public Optional<LocalDate> toLocalDate() {
    return day == 0 ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
  }

  /** Whether this date covers the given day ({@code 2021-05} contains 2021-05-31). */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    long d = key(date);
    return d >= earliestKey() && d <= latestKey();
  }

  /**
   * Whether every day this date covers lies before every day the other covers: {@code 2021-04} is certainly
   * before {@code 2021-05-01}; {@code 2021} is not certainly before {@code 2021-05}.
   */
  public boolean isCertainlyBefore(PartialDate other) {
    Objects.requireNonNull(other, "other");
    return latestKey() < other.earliestKey();
  }

  /** Whether every day this date covers lies after every day the other covers. */
  public boolean isCertainlyAfter(PartialDate other) {
    Objects.requireNonNull(other, "other");
    return earliestKey() > other.latestKey();
  }

  /** Whether every day this date covers lies before the given day. */
  public boolean isCertainlyBefore(LocalDate date) {
    return latestKey() < key(Objects.requireNonNull(date, "date"));
  }

  /** Whether every day this date covers lies after the given day. */
  public boolean isCertainlyAfter(LocalDate date) {
    return earliestKey() > key(Objects.requireNonNull(date, "date"));
  }

  /**
   * Whether the two dates may name the same day: neither is certainly before or after the other
   * ({@code 2021} overlaps {@code 2021-05-01}).
   */
  public boolean overlaps(PartialDate other) {
    return !isCertainlyBefore(other) && !isCertainlyAfter(other);
  }

  /**
   * This date moved by whole years, keeping its precision. A 29 February moved to a common year becomes
   * 28 February, as {@link LocalDate#plusYears(long)} does.
   *
   * @throws IllegalArgumentException when the result's year is out of range
   */
  public PartialDate plusYears(long years) {
    long newYear = year + years;
    if (newYear < MIN_YEAR || newYear > MAX_YEAR) {
      throw new IllegalArgumentException("Year out of range " + MIN_YEAR + "–" + MAX_YEAR + ": " + newYear);
    }
    if (day != 0) {
      return of(LocalDate.of(year, month, day).plusYears(years));
    }
    return new PartialDate((int) newYear, month, 0);
  }

  /**
   * This date moved by whole months, keeping its precision; the day of a day is clamped to the end of the
   * month, as {@link LocalDate#plusMonths(long)} does. A year can only move by multiples of 12 months.
   *
   * @throws UnsupportedTemporalTypeException when the precision is YEAR and the months are not a multiple of 12
   * @throws IllegalArgumentException when the result's year is out of range
   */
  public PartialDate plusMonths(long months) {
    if (month == 0) {
      if (months % 12 != 0) {
        throw new UnsupportedTemporalTypeException("A year-precision date moves only by whole years");
      }
      return plusYears(months / 12);
    }
    LocalDate moved = LocalDate.of(year, month, day == 0 ? 1 : day).plusMonths(months);
    checkYear(moved.getYear());
    return day == 0 ? new PartialDate(moved.getYear(), moved.getMonthValue(), 0) : of(moved);
  }

  /**
   * This date reduced to a coarser precision ({@code 2021-05-01} truncated to MONTH is {@code 2021-05}); a
   * precision finer than this date's returns this date unchanged.
   */
  public PartialDate truncatedTo(DatePrecision precision) {
    Objects.requireNonNull(precision, "precision");
    if (precision.isAtLeast(precision())) {
      return this;
    }
    return precision == DatePrecision.YEAR ? new PartialDate(year, 0, 0) : new PartialDate(year, month, 0);
  }

  /** Orders by {@link #earliest()}, then by precision, coarsest first. */
  @Override
  public int compareTo(PartialDate other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PartialDate other && year == other.year && month == other.month && day == other.day;
  }

  @Override
  public int hashCode() {
    return (year * 13 + month) * 32 + day;
  }

  /** The ISO text: {@code 2021}, {@code 2021-05} or {@code 2021-05-01}; {@link #parse(CharSequence)} reads it back. */
  @JsonValue
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(10).append(year);
    if (month != 0) {
      sb.append(month < 10 ? "-0" : "-").append(month);
      if (day != 0) {
        sb.append(day < 10 ? "-0" : "-").append(day);
      }
    }
    return sb.toString();
  }
}
