package io.jingwei.impl.rules.member;

import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.record.PartialDates;
import io.jingwei.member.PartyMember;
import io.jingwei.member.RecruitmentTimeline;
import io.jingwei.time.PartialDate;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The conversion date (转正时间, check {@value #NAME}, 党章 第七条): probation lasts {@code probationMonths} months
 * from the branch's vote ({@code admittedOn}), plus the months of an extension when there is one, and full
 * membership starts when it ends. {@code timeline.convertedOn} is reported at {@code /timeline/convertedOn} when it
 * certainly differs from that day by more than {@code toleranceDays} days (default 0).
 *
 * <p>With partial dates the expected day is a range: from the first day {@code admittedOn} covers plus the months
 * to the last day plus the months. When adding months clamps the day to the end of a shorter month (admitted on
 * 29 February or 31 January), the following day is accepted too (2020-02-29 → 2021-02-28 or 2021-03-01).
 *
 * <p>Arguments: {@code months} (probation plus extension) and {@code expected} (the day, or the range
 * {@code from/to} in ISO 8601 interval form).
 */
public final class ConversionDateCheck extends MemberCheck {

  /** The check's name in profiles. */
  public static final String NAME = "member-conversion-date";

  /** The check. */
  public ConversionDateCheck() {
    super(NAME);
  }

  @Override
  protected RecordRule<PartyMember> bind(RuleContext rule) {
    int probationMonths = rule.rule().intParam("probationMonths");
    int toleranceDays = rule.rule().intParam("toleranceDays", 0);
    return (ref, m) -> {
      RecruitmentTimeline t = m.timeline();
      PartialDate admitted = t.admittedOn();
      PartialDate converted = t.convertedOn();
      if (admitted == null || converted == null) {
        return;
      }
      int months = probationMonths + (t.extension() == null ? 0 : t.extension().months());
      LocalDate from = admitted.earliest().plusMonths(months);
      LocalDate to = admitted.latest().plusMonths(months);
      if (to.getDayOfMonth() < admitted.latest().getDayOfMonth()) {
        to = to.plusDays(1);
      }
      if (PartialDates.certainlyOutside(converted, from.minusDays(toleranceDays), to.plusDays(toleranceDays))) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("months", months);
        args.put("expected", from.equals(to) ? from.toString() : from + "/" + to);
        emit(rule, ref, m, "/timeline/convertedOn", args);
      }
    };
  }
}
