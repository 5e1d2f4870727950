package io.jingwei.impl.rules.meeting;

import static io.jingwei.impl.rules.record.RecordRulesTesting.dataset;
import static io.jingwei.impl.rules.record.RecordRulesTesting.issues;
import static io.jingwei.impl.rules.record.RecordRulesTesting.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.impl.engine.CityDatasetInput;
import io.jingwei.impl.rules.record.RecordRulesTesting;
import io.jingwei.organization.Meeting;
import io.jingwei.organization.MeetingType;
import io.jingwei.ref.MeetingId;
import io.jingwei.ref.OrganizationId;
import io.jingwei.standard.RuleDefinition;
import io.jingwei.standard.Standard;
import io.jingwei.validation.ValidationReport;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FixedDaysCheckTest {

  private static Meeting meeting(String id, MeetingType type, String heldOn) {
    return Meeting.of(MeetingId.of(id), OrganizationId.of("o1"), type, LocalDate.parse(heldOn));
  }

  @Test
  @DisplayName("逢四说事：每月4日、14日、24日或星期四")
  void fengsiMeetingsAreHeldOnTheFourthsOrOnThursdays() {
    ValidationReport r =
        validate(
            dataset(
                meeting("mt04", MeetingType.FENGSI_SHUOSHI, "2024-06-04"),
                meeting("mt14", MeetingType.FENGSI_SHUOSHI, "2024-06-14"),
                meeting("mt24", MeetingType.FENGSI_SHUOSHI, "2024-06-24"),
                meeting("mtThu", MeetingType.FENGSI_SHUOSHI, "2024-06-06"),
                meeting("mtWed", MeetingType.FENGSI_SHUOSHI, "2024-06-05"),
                meeting("mt34", MeetingType.FENGSI_SHUOSHI, "2024-05-31"),
                meeting("other", MeetingType.COMMITTEE_MEETING, "2024-06-05")));

    assertThat(issues(r, "meeting.fengsi-day")).containsExactly("meetings/mt34 /heldOn", "meetings/mtWed /heldOn");
    assertThat(r.issues("meeting.fengsi-day").get(0).args())
        .containsEntry("days", List.of(4L, 14L, 24L))
        .containsEntry("weekdays", List.of("THURSDAY"));
  }

  @Test
  void withoutWeekdaysOnlyTheDaysCount() {
    ValidationReport r =
        validate(
            RecordRulesTesting.withParam("meeting.fengsi-day", "weekdays", List.of()),
            CityDatasetInput.of(dataset(meeting("mtThu", MeetingType.FENGSI_SHUOSHI, "2024-06-06"))),
            RecordRulesTesting.AS_OF);

    assertThat(issues(r, "meeting.fengsi-day")).containsExactly("meetings/mtThu /heldOn");
  }

  private static ValidationReport without(String param, Meeting... meetings) {
    Standard standard = RecordRulesTesting.standard();
    RuleDefinition rule = standard.rule("meeting.fengsi-day").orElseThrow();
    return validate(
        standard.withRule(rule.toBuilder().removeParam(param).build()),
        CityDatasetInput.of(dataset((Object[]) meetings)),
        RecordRulesTesting.AS_OF);
  }

  @Test
  @DisplayName("不给 weekdays 参数：只按日期判断")
  void anAbsentWeekdaysParameterMeansNoWeekday() {
    ValidationReport r =
        without(
            "weekdays",
            meeting("mtThu", MeetingType.FENGSI_SHUOSHI, "2024-06-06"),
            meeting("mt14", MeetingType.FENGSI_SHUOSHI, "2024-06-14"));

    assertThat(issues(r, "meeting.fengsi-day")).containsExactly("meetings/mtThu /heldOn");
    assertThat(r.issues("meeting.fengsi-day").get(0).args()).containsEntry("weekdays", List.of());
  }

  @Test
  @DisplayName("不给 days 参数：只按星期判断")
  void anAbsentDaysParameterMeansNoDay() {
    ValidationReport r =
        without(
            "days",
            meeting("mtThu", MeetingType.FENGSI_SHUOSHI, "2024-06-06"),
            meeting("mt14", MeetingType.FENGSI_SHUOSHI, "2024-06-14"));

    assertThat(issues(r, "meeting.fengsi-day")).containsExactly("meetings/mt14 /heldOn");
    assertThat(r.issues("meeting.fengsi-day").get(0).args()).containsEntry("days", List.of());
  }
}
