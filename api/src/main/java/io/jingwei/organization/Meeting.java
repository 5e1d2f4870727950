package io.jingwei.organization;

import io.jingwei.ref.Entity;
import io.jingwei.ref.MeetingId;
import io.jingwei.ref.OrganizationId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A meeting or activity record (会议/活动记录) of a Party organization, such as a 支部党员大会, a 主题党日 or a
 * 逢四说事 meeting.
 *
 * @param id the identifier
 * @param organization the organization that held it
 * @param type the type (会议类型)
 * @param heldOn the day it was held (召开日期)
 * @param topic the topic (主题), if recorded
 * @param attendees the number of attendees (到会人数), if recorded
 */
public record Meeting(
    @NotNull MeetingId id,
    @NotNull OrganizationId organization,
    @NotNull MeetingType type,
    @NotNull LocalDate heldOn,
    @Nullable String topic,
    @PositiveOrZero @Nullable Integer attendees) implements Entity {

  /**
   * Checks that the required parts are present.
   *
   * @throws NullPointerException when id, organization, type or heldOn is null
   */
  public Meeting {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(heldOn, "heldOn");
  }

  /** A meeting with only the required parts. */
  public static Meeting of(MeetingId id, OrganizationId organization, MeetingType type, LocalDate heldOn) {
    return new Meeting(id, organization, type, heldOn, null, null);
  }
}
