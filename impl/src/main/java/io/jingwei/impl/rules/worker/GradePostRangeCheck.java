package io.jingwei.impl.rules.worker;

import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.record.IntRange;
import io.jingwei.impl.rules.record.RecordCheck;
import io.jingwei.impl.rules.record.RuleParams;
import io.jingwei.ref.EntityKind;
import io.jingwei.worker.CommunityWorker;
import io.jingwei.worker.WorkerPost;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The grade within the post's range (岗位等级范围, check {@value #NAME}; 三岗十八级, common model: 正职 7–18, 副职
 * 4–15, 其他 1–12). The parameter {@code ranges} maps a post to {@code [min, max]}; a worker whose post has a range
 * and whose {@code grade} lies outside it is reported at {@code /grade}. Posts without a range are not checked. The
 * optional parameter {@code scale} ({@code [1, 18]} in the national profile) is the whole grade scale: a grade off
 * the scale is left to {@link GradeRangeCheck}, so one wrong grade gives one issue, not two.
 * Arguments: {@code grade}, {@code post}, {@code min}, {@code max}.
 */
public final class GradePostRangeCheck extends RecordCheck<CommunityWorker> {

  /** The check's name in profiles. */
  public static final String NAME = "worker-grade-post-range";

  /** The check. */
  public GradePostRangeCheck() {
    super(NAME, CommunityWorker.class, EntityKind.COMMUNITY_WORKER);
  }

  @Override
  protected RecordRule<CommunityWorker> bind(RuleContext rule) {
    Map<WorkerPost, IntRange> ranges = RuleParams.rangesByConstant(rule.rule(), "ranges", WorkerPost.class);
    IntRange scale =
        rule.rule().hasParam("scale")
            ? RuleParams.range(rule.rule(), "scale")
            : IntRange.of(Integer.MIN_VALUE, Integer.MAX_VALUE);
    return (ref, w) -> {
      IntRange range = ranges.get(w.post());
      if (range != null && scale.contains(w.grade()) && !range.contains(w.grade())) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("grade", w.grade());
        args.put("post", w.post());
        args.put("min", range.min());
        args.put("max", range.max());
        rule.emit(ref, "/grade", args);
      }
    };
  }
}
