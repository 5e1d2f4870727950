package io.jingwei.impl.rules.worker;

import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.record.IntRange;
import io.jingwei.impl.rules.record.RecordCheck;
import io.jingwei.impl.rules.record.RuleParams;
import io.jingwei.ref.EntityKind;
import io.jingwei.worker.CommunityWorker;
import java.util.Map;

/**
 * The grade of a community worker (社区工作者等级, check {@value #NAME}; 三岗十八级: grades 1 to 18): a
 * {@code grade} outside {@code min..max} is reported at {@code /grade}. Arguments: {@code grade}, {@code min},
 * {@code max}.
 */
public final class GradeRangeCheck extends RecordCheck<CommunityWorker> {

  /** The check's name in profiles. */
  public static final String NAME = "worker-grade-range";

  /** The check. */
  public GradeRangeCheck() {
    super(NAME, CommunityWorker.class, EntityKind.COMMUNITY_WORKER);
  }

  @Override
  protected RecordRule<CommunityWorker> bind(RuleContext rule) {
    IntRange range = RuleParams.minMax(rule.rule());
    return (ref, w) -> {
      if (!range.contains(w.grade())) {
        rule.emit(ref, "/grade", Map.of("grade", w.grade(), "min", range.min(), "max", range.max()));
      }
    };
  }
}
