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
}
