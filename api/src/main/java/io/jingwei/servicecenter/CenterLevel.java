package io.jingwei.servicecenter;

/**
 * The level of a Party-and-masses service centre (党群服务中心级别), from district down to compound, plus regional
 * centres in buildings, parks and markets.
 */
public enum CenterLevel {
  /** District level (城区（开发区）级). */
  DISTRICT("城区（开发区）级"),
  /** Street level (街道级). */
  STREET("街道级"),
  /** Community level (社区级). */
  COMMUNITY("社区级"),
  /** Residential-compound level (小区级). */
  COMPOUND("小区级"),
  /** A regional centre (区域性) in a building, park, market or large enterprise; see {@link RegionalKind}. */
  REGIONAL("区域性");

  private final String chineseName;

  CenterLevel(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name (街道级, 社区级 …). */
  public String chineseName() {
    return chineseName;
  }
}
