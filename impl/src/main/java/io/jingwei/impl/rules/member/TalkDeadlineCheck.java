package io.jingwei.impl.rules.member;

import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.record.PartialDates;
import io.jingwei.member.PartyMember;
import io.jingwei.time.PartialDate;
import java.util.Map;

/**
 * The talk after application (谈话时限, check {@value #NAME}, 细则 第七条): the Party organization talks with the
 * applicant within a month of receiving the application. {@code timeline.talkedOn} certainly later than
 * {@code appliedOn} plus {@code maxDays} days is reported at {@code /timeline/talkedOn}. Argument: {@code maxDays}.
 */
public final class TalkDeadlineCheck extends MemberCheck {

  /** The check's name in profiles. */
  public static final String NAME = "member-talk-deadline";

  /** The check. */
  public TalkDeadlineCheck() {
    super(NAME);
  }

  @Override
  protected RecordRule<PartyMember> bind(RuleContext rule) {
    int maxDays = rule.rule().intParam("maxDays");
    Map<String, Object> args = Map.of("maxDays", maxDays);
    return (ref, m) -> {
      PartialDate talked = m.timeline().talkedOn();
      PartialDate applied = m.timeline().appliedOn();
      if (talked != null && applied != null && PartialDates.certainlyAfterPlusDays(talked, applied, maxDays)) {
        emit(rule, ref, m, "/timeline/talkedOn", args);
      }
    };
  }
}
