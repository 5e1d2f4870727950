package io.jingwei.organization;

/** How officers were chosen (产生方式): elected or appointed. */
public enum Selection {
  /** Elected (选举产生), the rule for standing organizations. */
  ELECTED("选举"),
  /** Appointed (指定), as in a temporary branch (临时党支部). */
  APPOINTED("指定");

  private final String chineseName;

  Selection(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name (选举, 指定). */
  public String chineseName() {
    return chineseName;
  }
}
