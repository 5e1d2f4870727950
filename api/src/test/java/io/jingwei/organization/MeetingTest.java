package io.jingwei.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.ref.MeetingId;
import io.jingwei.ref.OrganizationId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MeetingTest {

  @Test
  void ofSetsRequiredParts() {
    Meeting m = Meeting.of(MeetingId.of("mt1"), OrganizationId.of("o1"), MeetingType.FENGSI_SHUOSHI,
        LocalDate.of(2021, 3, 4));
    assertThat(m.type().chineseName()).isEqualTo("逢四说事");
    assertThat(m.topic()).isNull();
    assertThat(m.attendees()).isNull();
  }

  @Test
  void requiresTheDay() {
    assertThatThrownBy(() -> new Meeting(MeetingId.of("mt1"), OrganizationId.of("o1"), MeetingType.OTHER, null, null,
        null)).isInstanceOf(NullPointerException.class).hasMessage("heldOn");
  }
}
