package io.jingwei.servicecenter;

/** A sign (标识) hung at a compound service centre: Nanning hangs three together. */
public enum Sign {
  /** The Party-and-masses service centre sign (党群服务中心). */
  SERVICE_CENTER("党群服务中心"),
  /** The compound Party organization sign (居民小区党组织). */
  COMPOUND_PARTY_ORGANIZATION("居民小区党组织"),
  /** The owners’ committee sign (业主委员会). */
  OWNERS_COMMITTEE("业主委员会");

  private final String chineseName;

  Sign(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name of the sign. */
  public String chineseName() {
    return chineseName;
  }
}
