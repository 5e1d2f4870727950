package io.jingwei.impl.rules.member;

import io.jingwei.impl.engine.RuleContext;
import io.jingwei.member.PartyMember;
import java.util.Map;

/**
 * The number of introducers (入党介绍人人数, check {@value #NAME}, 党章 第五条: two full members): a timeline that
 * lists introducers must list exactly {@code count} of them. An empty list is not reported (the data does not
 * say). Reported at {@code /timeline/introducers}. Arguments: {@code count} (listed) and {@code expected}.
 */
public final class IntroducerCountCheck extends MemberCheck {

  /** The check's name in profiles. */
  public static final String NAME = "member-introducer-count";

  /** The check. */
  public IntroducerCountCheck() {
    super(NAME);
  }

  @Override
  protected RecordRule<PartyMember> bind(RuleContext rule) {
    int expected = rule.rule().intParam("count");
    return (ref, m) -> {
      int count = m.timeline().introducers().size();
      if (count > 0 && count != expected) {
        emit(rule, ref, m, "/timeline/introducers", Map.of("count", count, "expected", expected));
      }
    };
  }
}
