package io.jingwei.member;

/**
 * A member's Party standing (党籍状态): normal, or one of the states in which the person no longer counts as a
 * member of the organization (suspended, cancelled, removed, expelled, withdrawn, transferred out, deceased).
 */
public enum PartyStanding {
  /** Normal (正常). */
  NORMAL("正常"),
  /** Membership suspended (停止党籍), for example after losing contact for six months. */
  SUSPENDED("停止党籍"),
  /** Probationary membership cancelled (取消预备党员资格). */
  PROBATION_CANCELLED("取消预备党员资格"),
  /** Name removed (除名), including members deemed to have left (自行脱党). */
  REMOVED("除名/自行脱党"),
  /** Expelled (开除党籍). */
  EXPELLED("开除党籍"),
  /** Left the Party (退党). */
  WITHDRAWN("退党"),
  /** Organizational relationship transferred out (转出). */
  TRANSFERRED_OUT("转出"),
  /** Deceased (死亡). */
  DECEASED("死亡");

  private final String chineseName;

  PartyStanding(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name (正常, 停止党籍 …). */
  public String chineseName() {
    return chineseName;
  }

  /** Whether a member in this standing counts in member totals: only {@link #NORMAL} does. */
  public boolean isActive() {
    return this == NORMAL;
  }
}
