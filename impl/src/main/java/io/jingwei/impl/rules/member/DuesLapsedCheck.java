package io.jingwei.impl.rules.member;

import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.record.PartialDates;
import io.jingwei.member.PartyMember;
import java.util.Map;

/**
 * Dues not paid (未交党费, check {@value #NAME}, 党章 第九条: six months in a row without paying dues and without good
 * reason is taken as leaving the Party). A member of NORMAL standing whose {@code lastDuesPaidOn} plus
 * {@code months} months is certainly before the as-of date is reported at {@code /lastDuesPaidOn}. Argument:
 * {@code months}.
 */
public final class DuesLapsedCheck extends MemberCheck {

  /** The check's name in profiles. */
  public static final String NAME = "member-dues-lapsed";

  /** The check. */
  public DuesLapsedCheck() {
    super(NAME);
  }

  @Override
  protected RecordRule<PartyMember> bind(RuleContext rule) {
    int months = rule.rule().intParam("months");
    Map<String, Object> args = Map.of("months", months);
    return (ref, m) -> {
      if (m.lastDuesPaidOn() != null && m.standing().isActive()
          && PartialDates.certainlyPassedPlusMonths(m.lastDuesPaidOn(), months, rule.asOf())) {
        emit(rule, ref, m, "/lastDuesPaidOn", args);
      }
    };
  }
}
