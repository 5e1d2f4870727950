package io.jingwei.impl.rules.member;

import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.record.PartialDates;
import io.jingwei.member.PartyMember;
import io.jingwei.member.RecruitmentTimeline;
import io.jingwei.ref.EntityRef;
import io.jingwei.time.PartialDate;
import java.util.LinkedHashMap;
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

  /** The stages in their order; the last before {@code approvedOn} is the one conversion follows. */
  private static final String[] STAGES = {"appliedOn", "activistOn", "candidateOn", "admittedOn", "approvedOn"};

  @Override
  protected RecordRule<PartyMember> bind(RuleContext rule) {
    return (ref, m) -> {
      RecruitmentTimeline t = m.timeline();
      String previousField = null;
      PartialDate previous = null;
      String beforeConversionField = null;
      PartialDate beforeConversion = null;
      PartialDate[] dates = {t.appliedOn(), t.activistOn(), t.candidateOn(), t.admittedOn(), t.approvedOn()};
      for (int k = 0; k < STAGES.length; k++) { // the stage k is dates[k]; no list of stage records per member
        PartialDate date = dates[k];
        if (k == STAGES.length - 1) {
          beforeConversionField = previousField;
          beforeConversion = previous;
        }
        if (date == null) {
          continue;
        }
        if (previous != null && previous.isCertainlyAfter(date)) {
          report(rule, ref, m, previousField, previous, STAGES[k], date);
        }
        previousField = STAGES[k];
        previous = date;
      }
      PartialDate converted = t.convertedOn();
      if (converted != null && beforeConversion != null) {
        boolean outOfOrder =
            "admittedOn".equals(beforeConversionField)
                ? PartialDates.certainlyOnOrBefore(converted, beforeConversion)
                : beforeConversion.isCertainlyAfter(converted);
        if (outOfOrder) {
          report(rule, ref, m, beforeConversionField, beforeConversion, "convertedOn", converted);
        }
      }
    };
  }

  private static void report(
      RuleContext rule,
      EntityRef ref,
      PartyMember m,
      @Nullable String previousField,
      PartialDate previous,
      String field,
      PartialDate date) {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("field", field);
    args.put("date", date.toString());
    args.put("previous", previousField);
    args.put("previousDate", previous.toString());
    emit(rule, ref, m, "/timeline/" + field, args);
  }
}
