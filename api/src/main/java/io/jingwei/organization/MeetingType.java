package io.jingwei.organization;

/** The type of a meeting or activity (会议类型) of a Party organization, as 三会一课 and organizational life name them. */
public enum MeetingType {
  /** A branch general meeting (支部党员大会), generally once a quarter. */
  BRANCH_GENERAL_MEETING("支部党员大会"),
  /** A branch committee meeting (支委会), generally monthly. */
  COMMITTEE_MEETING("支委会"),
  /** A Party group meeting (党小组会), generally monthly. */
  GROUP_MEETING("党小组会"),
  /** A Party lecture (党课). */
  PARTY_LECTURE("党课"),
  /** A themed Party day (主题党日), on a fairly fixed day each month. */
  THEMED_PARTY_DAY("主题党日"),
  /** An organizational-life meeting (组织生活会), at least once a year. */
  ORGANIZATIONAL_LIFE_MEETING("组织生活会"),
  /** A democratic appraisal of members (民主评议党员), generally once a year. */
  MEMBER_APPRAISAL("民主评议党员"),
  /**
   * A “talk things over on the 4s” meeting (逢四说事) of Nanning, held on the 4th, 14th or 24th of the month or on
   * a Thursday.
   */
  FENGSI_SHUOSHI("逢四说事"),
  /** Any other meeting or activity (其他). */
  OTHER("其他");

  private final String chineseName;

  MeetingType(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name (支部党员大会, 主题党日 …). */
  public String chineseName() {
    return chineseName;
  }
}
