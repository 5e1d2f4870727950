package io.jingwei.testkit.drift;

import io.jingwei.ref.OrganizationId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * An organization whose active member count jumped (党员数突变) beyond the thresholds.
 *
 * @param organization the organization's id
 * @param oldCount its active members in the old export
 * @param newCount its active members in the new export
 */
public record MemberCountJump(OrganizationId organization, long oldCount, long newCount) {

  /** Checks the parts. */
  public MemberCountJump {
    Objects.requireNonNull(organization, "organization");
    if (oldCount < 0 || newCount < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /** The change: positive when members were added. */
  public long change() {
    return newCount - oldCount;
  }

  /** The change relative to the old count, rounded half-up to 4 places; empty when the old count is 0. */
  public Optional<BigDecimal> relativeChange() {
    return oldCount == 0 ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(change()).divide(BigDecimal.valueOf(oldCount), 4, RoundingMode.HALF_UP));
  }
}
