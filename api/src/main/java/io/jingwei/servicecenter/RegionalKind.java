package io.jingwei.servicecenter;

/** The kind of place a regional service centre (区域性党群服务中心) serves. */
public enum RegionalKind {
  /** A commercial building (商务楼宇). */
  BUILDING("楼宇"),
  /** A park (园区). */
  PARK("园区"),
  /** A business district or market (商圈市场). */
  MARKET("商圈市场"),
  /** A large enterprise (企业). */
  ENTERPRISE("企业");

  private final String chineseName;

  RegionalKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name (楼宇, 园区, 商圈市场, 企业). */
  public String chineseName() {
    return chineseName;
  }
}
