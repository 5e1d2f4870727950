package io.jingwei.impl.rules.member;

import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.record.PartialDates;
import io.jingwei.member.MembershipStatus;
import io.jingwei.member.PartyMember;
import io.jingwei.member.RecruitmentTimeline;
import io.jingwei.ref.EntityRef;
import io.jingwei.time.PartialDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The status against the timeline (党员类别与时间线一致, check {@value #NAME}, 党章 第七条) on the as-of date:
 *
 * <ul>
 *   <li>a member (FULL or PROBATIONARY) whose {@code admittedOn} is certainly after the as-of date was not yet
 *       admitted;
 *   <li>a FULL member whose {@code convertedOn} is certainly after the as-of date is not full yet;
 *   <li>a FULL member without {@code convertedOn} whose {@code admittedOn} plus the one-year probation (预备期为一年)
 *       is certainly after the as-of date cannot be full yet (reported with {@code field} = {@code admittedOn});
 *   <li>a PROBATIONARY member whose {@code convertedOn} is certainly on or before the as-of date is full already.
 * </ul>
 *
 * Otherwise a missing date asserts nothing (long-standing members often lack their conversion date). One issue per member, at {@code /status}. Arguments: {@code status},
 * {@code field} (the timeline date that disagrees), {@code date}, {@code asOf}.
 */
public final class StatusTimelineCheck extends MemberCheck {

  /** The check's name in profiles. */
  public static final String NAME = "member-status-timeline";

  /** The check. */
  public StatusTimelineCheck() {
    super(NAME);
  }

  @Override
  protected RecordRule<PartyMember> bind(RuleContext rule) {
    return (ref, m) -> {
      RecruitmentTimeline t = m.timeline();
      PartialDate admitted = t.admittedOn();
      PartialDate converted = t.convertedOn();
      if (admitted != null && admitted.isCertainlyAfter(rule.asOf())) {
        report(rule, ref, m, "admittedOn", admitted);
      } else if (converted != null && m.status() == MembershipStatus.FULL
          && converted.isCertainlyAfter(rule.asOf())) {
        report(rule, ref, m, "convertedOn", converted);
      } else if (converted == null && admitted != null && m.status() == MembershipStatus.FULL
          && admitted.plusYears(1).isCertainlyAfter(rule.asOf())) {
        report(rule, ref, m, "admittedOn", admitted);
      } else if (converted != null && m.status() == MembershipStatus.PROBATIONARY
          && PartialDates.certainlyOnOrBefore(converted, rule.asOf())) {
        report(rule, ref, m, "convertedOn", converted);
      }
    };
  }

  private static void report(
      RuleContext rule, EntityRef ref, PartyMember m, String field, PartialDate date) {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("status", m.status());
    args.put("field", field);
    args.put("date", date.toString());
    args.put("asOf", rule.asOf());
    emit(rule, ref, m, "/status", args);
  }
}
