package io.jingwei.impl.rules.member;

import io.jingwei.impl.engine.RuleContext;
import io.jingwei.member.PartyMember;
import io.jingwei.member.RecruitmentTimeline;
import io.jingwei.ref.EntityRef;
import io.jingwei.time.PartialDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The order of the recruitment stages (发展党员各阶段的先后顺序, check {@value #NAME}, 细则): application ≤ activist
 * ≤ candidate ≤ admission ≤ approval by the higher committee, and conversion strictly after admission.
 *
 * <p>Only the dates present are compared, each with the nearest earlier stage present (adjacent pairs), so one
 * misplaced date gives one issue. A pair is reported only when it is certainly out of order at the recorded
 * precision ({@code 2021} and {@code 2021-05} are never out of order), at the path of the later stage
 * ({@code /timeline/activistOn}). {@code convertedOn} is compared with {@code admittedOn} (it must be after it), or,
 * without one, with the latest earlier stage present (it must not be before it); {@code approvedOn} is not a
 * predecessor of {@code convertedOn}.
 *
 * <p>Arguments: {@code field} and {@code date} (the later stage), {@code previous} and {@code previousDate} (the
 * stage it must follow).
 */
public final class TimelineOrderCheck extends MemberCheck {

  /** The check's name in profiles. */
  public static final String NAME = "member-timeline-order";

  /** The check. */
  public TimelineOrderCheck() {
    super(NAME);
  }

  private record Stage(String field, PartialDate date) {}

  @Override
  protected RecordRule<PartyMember> bind(RuleContext rule) {
    return (ref, m) -> {
      RecruitmentTimeline t = m.timeline();
      List<Stage> stages = new ArrayList<>(5);
      add(stages, "appliedOn", t.appliedOn());
      add(stages, "activistOn", t.activistOn());
      add(stages, "candidateOn", t.candidateOn());
      add(stages, "admittedOn", t.admittedOn());
      Stage beforeConversion = stages.isEmpty() ? null : stages.get(stages.size() - 1);
      add(stages, "approvedOn", t.approvedOn());
      for (int i = 1; i < stages.size(); i++) {
        Stage previous = stages.get(i - 1);
        Stage later = stages.get(i);
        if (previous.date().isCertainlyAfter(later.date())) {
          report(rule, ref, m, previous, later);
        }
      }
      PartialDate converted = t.convertedOn();
      if (converted != null && beforeConversion != null) {
        boolean outOfOrder =
            beforeConversion.field().equals("admittedOn")
                ? !converted.latest().isAfter(beforeConversion.date().earliest())
                : beforeConversion.date().isCertainlyAfter(converted);
        if (outOfOrder) {
          report(rule, ref, m, beforeConversion, new Stage("convertedOn", converted));
        }
      }
    };
  }

  private static void add(List<Stage> stages, String field, @Nullable PartialDate date) {
    if (date != null) {
      stages.add(new Stage(field, date));
    }
  }

  private static void report(RuleContext rule, EntityRef ref, PartyMember m, Stage previous, Stage later) {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("field", later.field());
    args.put("date", later.date().toString());
    args.put("previous", previous.field());
    args.put("previousDate", previous.date().toString());
    emit(rule, ref, m, "/timeline/" + later.field(), args);
  }
}
