package io.jingwei.impl.rules.member;

import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.record.PartialDates;
import io.jingwei.member.PartyMember;
import io.jingwei.time.PartialDate;
import java.util.Map;

/**
 * The activist period (积极分子培养期, check {@value #NAME}, 细则 第十三条): an activist becomes a candidate only after
 * at least {@code minMonths} months of training and review. {@code timeline.candidateOn} certainly before
 * {@code activistOn} plus {@code minMonths} months is reported at {@code /timeline/candidateOn}. Argument:
 * {@code minMonths}.
 */
public final class ActivistPeriodCheck extends MemberCheck {

  /** The check's name in profiles. */
  public static final String NAME = "member-activist-period";

  /** The check. */
  public ActivistPeriodCheck() {
    super(NAME);
  }

  @Override
  protected RecordRule<PartyMember> bind(RuleContext rule) {
    int minMonths = rule.rule().intParam("minMonths");
    Map<String, Object> args = Map.of("minMonths", minMonths);
    return (ref, m) -> {
      PartialDate candidate = m.timeline().candidateOn();
      PartialDate activist = m.timeline().activistOn();
      if (candidate != null && activist != null
          && PartialDates.certainlyBeforePlusMonths(candidate, activist, minMonths)) {
        emit(rule, ref, m, "/timeline/candidateOn", args);
      }
    };
  }
}
