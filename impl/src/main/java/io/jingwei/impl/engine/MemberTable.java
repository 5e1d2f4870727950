package io.jingwei.impl.engine;

import io.jingwei.impl.rules.record.PackedDays;
import io.jingwei.time.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * The facts of a member a streaming validation keeps while it may be named as an introducer (党员事实), packed in
 * one {@code long}: the index of its organization, the earliest days of its conversion and admission, and three
 * flags (probationary, active, full). Static helpers only.
 */
final class MemberTable {

  private MemberTable() {}

  // The facts of a member packed in a long: organization index (23 bits, all ones: none), earliest day of
  // convertedOn and of admittedOn (19 bits each, days since 1800-01-01 plus one, 0: none), and three flags.

  static final int NO_ORGANIZATION = (1 << 23) - 1;
  private static final long EPOCH_1800 = java.time.LocalDate.of(1800, 1, 1).toEpochDay();
  static final int PROBATIONARY = 1;
  static final int ACTIVE = 2;
  static final int FULL = 4;

  static long fact(int organization, @Nullable PartialDate converted, @Nullable PartialDate admitted, int flags) {
    if (organization < 0 || organization > NO_ORGANIZATION) {
      throw new IllegalStateException("a streaming validation handles fewer than " + NO_ORGANIZATION + " organizations");
    }
    return ((long) organization << 41) | ((long) day(converted) << 22) | ((long) day(admitted) << 3) | flags;
  }

  /** The first day the date covers, as days since 1800-01-01 plus one (no {@link java.time.LocalDate} made). */
  private static int day(@Nullable PartialDate date) {
    return date == null ? 0 : (int) (PackedDays.epochDay(PackedDays.earliest(date)) - EPOCH_1800 + 1);
  }

  static int organization(long fact) {
    return (int) (fact >>> 41);
  }

  static java.time.@Nullable LocalDate converted(long fact) {
    return date((int) ((fact >>> 22) & 0x7FFFF));
  }

  static java.time.@Nullable LocalDate admitted(long fact) {
    return date((int) ((fact >>> 3) & 0x7FFFF));
  }

  private static java.time.@Nullable LocalDate date(int day) {
    return day == 0 ? null : java.time.LocalDate.ofEpochDay(day - 1 + EPOCH_1800);
  }

  static boolean has(long fact, int flag) {
    return (fact & flag) != 0;
  }
}
