package io.jingwei.impl.rules.member;

import io.jingwei.member.MembershipStatus;
import io.jingwei.member.PartyMember;
import io.jingwei.member.RecruitmentTimeline;
import io.jingwei.time.PartialDate;

/**
 * Whether a member was a full member (正式党员) on a date, as far as the record tells for certain. Used for
 * introducers (党章 第五条) and elected officers (选举条例 第五条), who must be full members.
 */
public final class FullMembership {
  private FullMembership() {}

  /**
   * Whether the member was certainly not a full member on every day the date may name: a member whose status is
   * PROBATIONARY now was not full before; otherwise one converted ({@code convertedOn}) certainly after the date,
   * or, without a conversion date, admitted ({@code admittedOn}) certainly after it. A full member without either
   * date may have been full: nothing is certain.
   */
  public static boolean certainlyNotFullOn(PartyMember member, PartialDate date) {
    if (member.status() == MembershipStatus.PROBATIONARY) {
      return true;
    }
    RecruitmentTimeline t = member.timeline();
    if (t.convertedOn() != null) {
      return t.convertedOn().isCertainlyAfter(date);
    }
    return t.admittedOn() != null && t.admittedOn().isCertainlyAfter(date);
  }
}
