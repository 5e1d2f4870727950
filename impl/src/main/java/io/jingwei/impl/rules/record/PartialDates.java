package io.jingwei.impl.rules.record;

import io.jingwei.time.PartialDate;
import java.time.LocalDate;

/**
 * Honest comparisons of partial dates with offsets (部分日期的确定性比较). A partial date such as {@code 2021-05}
 * stands for any day it covers; a rule breach is reported only when it holds for every day the dates may name.
 * Hence "x is before y + n months" is certain when the last day x covers is before the first day y covers plus n
 * months, and "x is after y + n months" when the first day x covers is after the last day y covers plus n months.
 *
 * <p>Offsets move the first or last day (packed as an integer, {@link PackedDays}, as {@link LocalDate#plusMonths}
 * would move it), never the partial dates themselves, so no arithmetic here throws for years near the ends of
 * {@link PartialDate}'s range. Adding months
 * is monotonic, so moving the first and last days bounds every possible result.
 */
public final class PartialDates {
  private PartialDates() {}

  /** Whether {@code x < y + months} for every day x and y may name. */
  public static boolean certainlyBeforePlusMonths(PartialDate x, PartialDate y, long months) {
    return PackedDays.latest(x) < PackedDays.plusMonths(PackedDays.earliest(y), months);
  }

  /** Whether {@code x > y + months} for every day x and y may name. */
  public static boolean certainlyAfterPlusMonths(PartialDate x, PartialDate y, long months) {
    return PackedDays.earliest(x) > PackedDays.plusMonths(PackedDays.latest(y), months);
  }

  /** Whether {@code x > y + days} for every day x and y may name. */
  public static boolean certainlyAfterPlusDays(PartialDate x, PartialDate y, long days) {
    return PackedDays.epochDay(PackedDays.earliest(x)) - PackedDays.epochDay(PackedDays.latest(y)) > days;
  }

  /** Whether {@code x + months <= date} for every day x may name. */
  public static boolean certainlyReachedPlusMonths(PartialDate x, long months, LocalDate date) {
    return PackedDays.plusMonths(PackedDays.latest(x), months) <= PackedDays.of(date);
  }

  /** Whether {@code x + months < date} for every day x may name. */
  public static boolean certainlyPassedPlusMonths(PartialDate x, long months, LocalDate date) {
    return PackedDays.plusMonths(PackedDays.latest(x), months) < PackedDays.of(date);
  }

  /** Whether {@code x <= date} for every day x may name. */
  public static boolean certainlyOnOrBefore(PartialDate x, LocalDate date) {
    return PackedDays.latest(x) <= PackedDays.of(date);
  }

  /** Whether {@code x <= y} for every day x and y may name. */
  public static boolean certainlyOnOrBefore(PartialDate x, PartialDate y) {
    return PackedDays.latest(x) <= PackedDays.earliest(y);
  }

  /** Whether no day x may name lies in the closed range {@code from..to}. */
  public static boolean certainlyOutside(PartialDate x, LocalDate from, LocalDate to) {
    return PackedDays.latest(x) < PackedDays.of(from) || PackedDays.earliest(x) > PackedDays.of(to);
  }
}
