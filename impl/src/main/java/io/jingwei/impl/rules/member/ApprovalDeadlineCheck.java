package io.jingwei.impl.rules.member;

import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.record.PartialDates;
import io.jingwei.member.PartyMember;
import io.jingwei.time.PartialDate;
import java.util.Map;

/**
 * The higher committee's approval deadline (上级党委审批时限, check {@value #NAME}, 细则): the committee decides on
 * an admission within {@code months} months of the branch's vote. {@code timeline.approvedOn} certainly later than
 * {@code admittedOn} plus {@code months} months is reported at {@code /timeline/approvedOn}. One check serves both
 * the usual deadline (3 months, a warning) and the limit with an extension (6 months, an error). Argument:
 * {@code months}.
 */
public final class ApprovalDeadlineCheck extends MemberCheck {

  /** The check's name in profiles. */
  public static final String NAME = "member-approval-deadline";

  /** The check. */
  public ApprovalDeadlineCheck() {
    super(NAME);
  }

  @Override
  protected RecordRule<PartyMember> bind(RuleContext rule) {
    int months = rule.rule().intParam("months");
    Map<String, Object> args = Map.of("months", months);
    return (ref, m) -> {
      PartialDate approved = m.timeline().approvedOn();
      PartialDate admitted = m.timeline().admittedOn();
      if (approved != null && admitted != null && PartialDates.certainlyAfterPlusMonths(approved, admitted, months)) {
        emit(rule, ref, m, "/timeline/approvedOn", args);
      }
    };
  }
}
