package io.jingwei.member;

/** Membership status (党员类别): probationary or full member. */
public enum MembershipStatus {
  /** A probationary member (预备党员): same duties, but no right to vote, elect or stand for election. */
  PROBATIONARY("预备党员"),
  /** A full member (正式党员). */
  FULL("正式党员");

  private final String chineseName;

  MembershipStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name (预备党员, 正式党员). */
  public String chineseName() {
    return chineseName;
  }
}
