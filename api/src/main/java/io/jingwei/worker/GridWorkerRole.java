package io.jingwei.worker;

/** The role of a grid worker (网格员类别). */
public enum GridWorkerRole {
  /** A grid leader (网格长). */
  GRID_LEADER("网格长"),
  /** A full-time grid worker (专职网格员). */
  FULL_TIME("专职网格员"),
  /** A part-time grid worker (兼职网格员). */
  PART_TIME("兼职网格员");

  private final String chineseName;

  GridWorkerRole(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name (网格长, 专职网格员, 兼职网格员). */
  public String chineseName() {
    return chineseName;
  }
}
