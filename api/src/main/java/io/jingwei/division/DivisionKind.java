package io.jingwei.division;

/**
 * The kind of an administrative division (区划类别), following GB/T 2260 and the statistical division codes
 * (统计用区划代码), plus development zones (开发区) that a city governs like districts but that have no GB/T 2260
 * code.
 */
public enum DivisionKind {
  /** A prefecture-level city (地级市, 市). */
  CITY("市", DivisionLevel.CITY),
  /** An urban district (市辖区). */
  URBAN_DISTRICT("市辖区", DivisionLevel.DISTRICT),
  /** A county (县). */
  COUNTY("县", DivisionLevel.DISTRICT),
  /** A county-level city (县级市). */
  COUNTY_LEVEL_CITY("县级市", DivisionLevel.DISTRICT),
  /**
   * A development zone (开发区), such as a national economic and technological development zone managed at
   * district level. It has no GB/T 2260 code of its own.
   */
  DEVELOPMENT_ZONE("开发区", DivisionLevel.DISTRICT),
  /** A subdistrict (街道, 街道办事处). */
  SUBDISTRICT("街道", DivisionLevel.STREET),
  /** A town (镇). */
  TOWN("镇", DivisionLevel.STREET),
  /** A township (乡, including 民族乡). */
  TOWNSHIP("乡", DivisionLevel.STREET),
  /** An urban community (社区, 居民委员会). */
  COMMUNITY("社区", DivisionLevel.COMMUNITY),
  /** A village (村, 村民委员会). */
  VILLAGE("村", DivisionLevel.COMMUNITY);

  private final String chineseName;
  private final DivisionLevel level;

  DivisionKind(String chineseName, DivisionLevel level) {
    this.chineseName = chineseName;
    this.level = level;
  }

  /** The Chinese name (市辖区, 街道, 社区 …). */
  public String chineseName() {
    return chineseName;
  }

  /** The level of divisions of this kind. */
  public DivisionLevel level() {
    return level;
  }

  /**
   * Whether divisions of this kind have a national division code (GB/T 2260 or 统计用区划代码); false only for
   * {@link #DEVELOPMENT_ZONE}.
   */
  public boolean hasNationalCode() {
    return this != DEVELOPMENT_ZONE;
  }
}
