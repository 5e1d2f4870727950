package io.jingwei.impl.rules.member;

import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.record.PartialDates;
import io.jingwei.member.Mobility;
import io.jingwei.member.PartyMember;
import java.util.Map;

/**
 * A mobile member who should transfer (应转移组织关系, check {@value #NAME}, 党员教育管理工作条例 第二十五条): an
 * active member away at a fairly fixed place ({@code mobility.mobile} and {@code mobility.fixedPlace}) for
 * {@code months} months or more on the as-of date, for certain, should move the organizational relationship there.
 * Reported at {@code /mobility/awaySince}. Argument: {@code months}.
 */
public final class TransferDueCheck extends MemberCheck {

  /** The check's name in profiles. */
  public static final String NAME = "member-transfer-due";

  /** The check. */
  public TransferDueCheck() {
    super(NAME);
  }

  @Override
  protected RecordRule<PartyMember> bind(RuleContext rule) {
    int months = rule.rule().intParam("months");
    Map<String, Object> args = Map.of("months", months);
    return (ref, m) -> {
      Mobility mobility = m.mobility();
      if (mobility != null && mobility.mobile() && mobility.fixedPlace() && mobility.awaySince() != null
          && m.standing().isActive()
          && PartialDates.certainlyReachedPlusMonths(mobility.awaySince(), months, rule.asOf())) {
        emit(rule, ref, m, "/mobility/awaySince", args);
      }
    };
  }
}
