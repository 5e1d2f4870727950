package io.jingwei.impl.rules.member;

import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.record.PartialDates;
import io.jingwei.member.MembershipStatus;
import io.jingwei.member.PartyMember;
import io.jingwei.member.RecruitmentTimeline;
import java.util.Map;

/**
 * A probation long over (预备期已满未处理, check {@value #NAME}, 党章 第七条): an active (NORMAL standing) member
 * still PROBATIONARY, with neither a conversion nor a cancellation recorded, whose probation — {@code
 * probationMonths} from {@code admittedOn}, plus an extension — ended more than {@code graceMonths} months before the
 * as-of date for certain. Reported at {@code /status}. Argument: {@code months} (probation, extension and grace).
 */
public final class ProbationOverdueCheck extends MemberCheck {

  /** The check's name in profiles. */
  public static final String NAME = "member-probation-overdue";

  /** The check. */
  public ProbationOverdueCheck() {
    super(NAME);
  }

  @Override
  protected RecordRule<PartyMember> bind(RuleContext rule) {
    int probationMonths = rule.rule().intParam("probationMonths");
    int graceMonths = rule.rule().intParam("graceMonths");
    return (ref, m) -> {
      RecruitmentTimeline t = m.timeline();
      if (m.status() != MembershipStatus.PROBATIONARY
          || !m.standing().isActive()
          || t.admittedOn() == null
          || t.convertedOn() != null
          || t.cancelledOn() != null) {
        return;
      }
      int months = probationMonths + (t.extension() == null ? 0 : t.extension().months()) + graceMonths;
      if (PartialDates.certainlyPassedPlusMonths(t.admittedOn(), months, rule.asOf())) {
        emit(rule, ref, m, "/status", Map.of("months", months));
      }
    };
  }
}
