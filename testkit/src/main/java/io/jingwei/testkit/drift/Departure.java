package io.jingwei.testkit.drift;

import io.jingwei.member.PartyStanding;
import io.jingwei.ref.MemberId;
import io.jingwei.ref.OrganizationId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A member of the old export who is not an active member of the new one (党员离开), with the reason. Holds the
 * member's id and masked name only, never other personal data.
 *
 * @param member the member's id in the old export
 * @param maskedName the member's name, masked ({@code 王*})
 * @param organization the organization that held the member's relationship in the old export
 * @param reason why the member left, or that nothing explains it
 * @param standing the exit recorded ({@link DepartureReason#EXIT_RECORDED}: the new standing;
 *     {@link DepartureReason#EXIT_RECORDED_EARLIER}: the old one), else null
 * @param newId the member's new id ({@link DepartureReason#REIDENTIFIED}), else null
 * @param wasMobile whether the old export recorded the member as a mobile member (流动党员): a hint where to look
 *     for the missing transfer record, not an explanation
 */
public record Departure(
    MemberId member,
    String maskedName,
    OrganizationId organization,
    DepartureReason reason,
    @Nullable PartyStanding standing,
    @Nullable MemberId newId,
    boolean wasMobile) {

  /** Checks the parts. */
  public Departure {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(maskedName, "maskedName");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(reason, "reason");
  }

  /** Whether nothing explains the departure (silently lost). */
  public boolean isSilent() {
    return !reason.isExplained();
  }
}
