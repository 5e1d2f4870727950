package io.jingwei.impl.rules.member;

import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.record.PartialDates;
import io.jingwei.member.PartyMember;
import java.util.Map;

/**
 * A member out of contact (失联党员, check {@value #NAME}, 党员教育管理工作条例 第二十四条): a member unreachable for
 * {@code months} months or more is to be suspended (停止党籍) when still unreachable after a search. A member of
 * NORMAL standing whose {@code lostContactSince} plus {@code months} months is certainly on or before the as-of date
 * is reported at {@code /lostContactSince}. Argument: {@code months}.
 */
public final class LostContactCheck extends MemberCheck {

  /** The check's name in profiles. */
  public static final String NAME = "member-lost-contact";

  /** The check. */
  public LostContactCheck() {
    super(NAME);
  }

  @Override
  protected RecordRule<PartyMember> bind(RuleContext rule) {
    int months = rule.rule().intParam("months");
    Map<String, Object> args = Map.of("months", months);
    return (ref, m) -> {
      if (m.lostContactSince() != null && m.standing().isActive()
          && PartialDates.certainlyReachedPlusMonths(m.lostContactSince(), months, rule.asOf())) {
        emit(rule, ref, m, "/lostContactSince", args);
      }
    };
  }
}
