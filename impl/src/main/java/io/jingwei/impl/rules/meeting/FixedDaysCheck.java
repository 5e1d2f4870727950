package io.jingwei.impl.rules.meeting;

import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.record.RecordCheck;
import io.jingwei.impl.rules.record.RuleParams;
import io.jingwei.organization.Meeting;
import io.jingwei.organization.MeetingType;
import io.jingwei.ref.EntityKind;
import java.time.DayOfWeek;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Meetings on fixed days (固定日期会议, check {@value #NAME}): a meeting of one of the {@code types} must be held on
 * one of the {@code days} of the month or on one of the {@code weekdays} (Nanning's 逢四说事: the 4th, 14th and 24th,
 * or a Thursday). Otherwise it is reported at {@code /heldOn}. Either list may be empty or absent. Arguments:
 * {@code days}, {@code weekdays}.
 */
public final class FixedDaysCheck extends RecordCheck<Meeting> {

  /** The check's name in profiles. */
  public static final String NAME = "meeting-fixed-days";

  /** The check. */
  public FixedDaysCheck() {
    super(NAME, Meeting.class, EntityKind.MEETING);
  }

  @Override
  protected RecordRule<Meeting> bind(RuleContext rule) {
    Set<MeetingType> types = RuleParams.enumSet(rule.rule(), "types", MeetingType.class);
    List<Integer> dayList = rule.rule().hasParam("days") ? rule.rule().intListParam("days") : List.of();
    Set<Integer> days = new HashSet<>(dayList);
    List<DayOfWeek> weekdayList =
        rule.rule().hasParam("weekdays") ? RuleParams.enumList(rule.rule(), "weekdays", DayOfWeek.class) : List.of();
    Set<DayOfWeek> weekdays = Set.copyOf(weekdayList);
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("days", dayList);
    args.put("weekdays", weekdayList);
    return (ref, meeting) -> {
      if (types.contains(meeting.type())
          && !days.contains(meeting.heldOn().getDayOfMonth())
          && !weekdays.contains(meeting.heldOn().getDayOfWeek())) {
        rule.emit(ref, "/heldOn", args);
      }
    };
  }
}
