package io.jingwei.organization;

/** The nature of a unit (单位性质) an organization is set up in, as 党内统计 groups them by sector. */
public enum UnitNature {
  /** A Party or government organ (机关). */
  PARTY_GOVERNMENT_ORGAN("机关"),
  /** A public institution (事业单位). */
  PUBLIC_INSTITUTION("事业单位"),
  /** A state-owned enterprise (国有企业). */
  STATE_ENTERPRISE("国有企业"),
  /** A non-public enterprise (非公有制企业, 非公企业). */
  PRIVATE_ENTERPRISE("非公企业"),
  /** A social organization (社会组织). */
  SOCIAL_ORGANIZATION("社会组织"),
  /** An urban community (社区). */
  COMMUNITY("社区"),
  /** A village (村). */
  VILLAGE("村"),
  /** Any other unit (其他). */
  OTHER("其他");

  private final String chineseName;

  UnitNature(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name (机关, 事业单位 …). */
  public String chineseName() {
    return chineseName;
  }

  /**
   * Whether this is a “two new” organization (两新组织): a non-public enterprise or a social organization.
   */
  public boolean isTwoNew() {
    return this == PRIVATE_ENTERPRISE || this == SOCIAL_ORGANIZATION;
  }
}
