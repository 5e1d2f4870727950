package io.jingwei.impl.rules.member;

import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.record.IntRange;
import io.jingwei.impl.rules.record.RuleParams;
import io.jingwei.member.PartyMember;
import io.jingwei.member.ProbationExtension;
import java.util.Map;

/**
 * The length of a probation extension (延长预备期, check {@value #NAME}, 党章 第七条: at least half a year, at most
 * a year): {@code timeline.extension.months} outside {@code min..max} is reported at
 * {@code /timeline/extension/months}. Arguments: {@code months}, {@code min}, {@code max}.
 */
public final class ExtensionRangeCheck extends MemberCheck {

  /** The check's name in profiles. */
  public static final String NAME = "member-extension-range";

  /** The check. */
  public ExtensionRangeCheck() {
    super(NAME);
  }

  @Override
  protected RecordRule<PartyMember> bind(RuleContext rule) {
    IntRange range = RuleParams.minMax(rule.rule());
    return (ref, m) -> {
      ProbationExtension extension = m.timeline().extension();
      if (extension != null && !range.contains(extension.months())) {
        emit(rule, ref, m, "/timeline/extension/months",
            Map.of("months", extension.months(), "min", range.min(), "max", range.max()));
      }
    };
  }
}
