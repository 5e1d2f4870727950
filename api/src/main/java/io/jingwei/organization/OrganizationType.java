package io.jingwei.organization;

/**
 * The type of a Party organization (党组织类别). A city's organizations form a forest whose roots are the local
 * committees (地方党委); alliance committees (大工委/大党委) stand beside the formal hierarchy of members.
 */
public enum OrganizationType {
  /** A local Party committee (地方党委): 市委, 区委, 县委 — the roots of a city's forest. */
  LOCAL_COMMITTEE("地方党委"),
  /** A working committee (党工委), such as a 街道党工委 or a 开发区党工委, sent by a local committee. */
  WORKING_COMMITTEE("党工委"),
  /** A grassroots committee (基层党委), including a 社区党委. */
  GRASSROOTS_COMMITTEE("基层党委"),
  /** A general branch (党总支). */
  GENERAL_BRANCH("党总支"),
  /** A branch (党支部). */
  BRANCH("党支部"),
  /** A joint branch (联合党支部) covering several units with fewer than 3 full members each. */
  JOINT_BRANCH("联合党支部"),
  /**
   * A temporary branch (临时党支部) of a body formed for a task; members' relationships are not transferred, its
   * officers are appointed, and it generally neither admits members nor collects dues.
   */
  TEMPORARY_BRANCH("临时党支部"),
  /** A branch for mobile members (流动党员党支部). */
  MOBILE_MEMBER_BRANCH("流动党员党支部"),
  /** A Party group (党小组) inside a branch. */
  PARTY_GROUP("党小组"),
  /**
   * A regional alliance committee (大工委 of a street, 大党委 of a community) with member units; it coordinates
   * but holds no members in the formal hierarchy.
   */
  ALLIANCE_COMMITTEE("大工委/大党委"),
  /** An industry committee (行业党委), such as the city's express-logistics committee. */
  INDUSTRY_COMMITTEE("行业党委"),
  /** A composite committee (综合党委) of a park, a commercial building or a business district (商圈). */
  COMPOSITE_COMMITTEE("综合党委");

  private final String chineseName;

  OrganizationType(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name (党支部, 基层党委 …). */
  public String chineseName() {
    return chineseName;
  }

  /**
   * Whether this is a branch-level type (支部级): branch, joint branch, temporary branch or mobile-member
   * branch. Party groups are not branches.
   */
  public boolean isBranchLevel() {
    return this == BRANCH || this == JOINT_BRANCH || this == TEMPORARY_BRANCH || this == MOBILE_MEMBER_BRANCH;
  }

  /**
   * Whether this is a committee-level type (党委级): local, working, grassroots, alliance, industry or composite
   * committee. General branches are neither committees nor branches.
   */
  public boolean isCommitteeLevel() {
    return this == LOCAL_COMMITTEE
        || this == WORKING_COMMITTEE
        || this == GRASSROOTS_COMMITTEE
        || this == ALLIANCE_COMMITTEE
        || this == INDUSTRY_COMMITTEE
        || this == COMPOSITE_COMMITTEE;
  }

  /**
   * Whether organizations of this type count as grassroots organizations (基层组织) in 党内统计: 基层党委,
   * 党总支 and the branch-level types (基层组织 = 基层党委 + 总支部 + 支部). An industry or composite committee that is
   * formally constituted as a 基层党委 should be recorded as {@link #GRASSROOTS_COMMITTEE} if the platform counts
   * it so.
   */
  public boolean isGrassroots() {
    return this == GRASSROOTS_COMMITTEE || this == GENERAL_BRANCH || isBranchLevel();
  }
}
