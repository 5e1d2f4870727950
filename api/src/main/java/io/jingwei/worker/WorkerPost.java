package io.jingwei.worker;

/**
 * The post category of a full-time community worker (岗位类别) in the 三岗十八级 system: principal, deputy or
 * other. Each category has its own range of the 18 grades, which the standard (profile) defines — commonly
 * 7–18, 4–15 and 1–12.
 */
public enum WorkerPost {
  /** A principal (正职): community Party secretary, residents' committee director. */
  PRINCIPAL("正职"),
  /** A deputy (副职). */
  DEPUTY("副职"),
  /** Any other community worker (其他社区工作者). */
  OTHER("其他社区工作者");

  private final String chineseName;

  WorkerPost(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name (正职, 副职, 其他社区工作者). */
  public String chineseName() {
    return chineseName;
  }
}
