package io.jingwei.member;

import io.jingwei.time.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * A member's mobility (流动情况): whether the member is a mobile member (流动党员) away from the place of the
 * organizational relationship, since when, where, and whether at a fairly fixed place. A member away for six
 * months or more at a fairly fixed place should transfer the relationship.
 *
 * @param mobile whether the member is a mobile member (流动党员)
 * @param awaySince when the member left (外出时间), if known
 * @param destination where the member went (流入地), if known
 * @param fixedPlace whether the member stays at a fairly fixed place (相对固定)
 * @param activityCardNumber the number of the mobile member's activity card (《流动党员活动证》编号), if issued;
 *     masked in {@link #toString()}
 */
public record Mobility(
    boolean mobile,
    @Nullable PartialDate awaySince,
    @Nullable String destination,
    boolean fixedPlace,
    @Nullable String activityCardNumber) {

  /** Not mobile. */
  public static Mobility notMobile() {
    return new Mobility(false, null, null, false, null);
  }

  /** A mobile member away since the given date. */
  public static Mobility mobileSince(@Nullable PartialDate since, @Nullable String destination, boolean fixedPlace) {
    return new Mobility(true, since, destination, fixedPlace, null);
  }

  /** The parts, with the activity card number masked. */
  @Override
  public String toString() {
    return "Mobility[mobile=" + mobile + ", awaySince=" + awaySince + ", destination=" + destination
        + ", fixedPlace=" + fixedPlace + ", activityCardNumber="
        + (activityCardNumber == null ? "null" : "*".repeat(activityCardNumber.length())) + "]";
  }
}
