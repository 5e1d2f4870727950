package io.jingwei.organization;

/** A post inside a Party organization (党内职务). */
public enum Post {
  /** Secretary (书记). */
  SECRETARY("书记"),
  /** Deputy secretary (副书记). */
  DEPUTY_SECRETARY("副书记"),
  /** Committee member (委员), with a portfolio such as 组织委员 or 宣传委员. */
  COMMITTEE_MEMBER("委员"),
  /** Party group leader (党小组组长). */
  GROUP_LEADER("党小组组长");

  private final String chineseName;

  Post(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name (书记, 副书记, 委员, 党小组组长). */
  public String chineseName() {
    return chineseName;
  }

  /** Whether this post makes its holder one of the leadership team (书记, 副书记 or 委员). */
  public boolean isTeamPost() {
    return this != GROUP_LEADER;
  }
}
