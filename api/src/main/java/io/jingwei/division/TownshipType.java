package io.jingwei.division;

import java.util.Optional;

/**
 * The type of a township-level division (乡级区划类型) that the township segment (digits 7–9) of a 统计用区划代码
 * encodes: 001–099 街道, 100–199 镇, 200–399 乡, 400–599 政企合一单位.
 *
 * <p>Source: the National Bureau of Statistics' 统计用区划代码 coding rules ([C], {@code domain-rules.md} §4.3).
 * GB/T 10114 subdivides 400–599 (400–479 林场/牧场/园区, 480–499 林业局, 500–579 农场/团, 580–599 畜牧场); those
 * finer ranges are not separate constants here.
 */
public enum TownshipType {
  /** A subdistrict (街道办事处), segment 001–099. */
  SUBDISTRICT("街道", 1, 99),
  /** A town (镇), segment 100–199. */
  TOWN("镇", 100, 199),
  /** A township (乡, including 民族乡 and 苏木), segment 200–399. */
  TOWNSHIP("乡", 200, 399),
  /** A unit combining government and enterprise (政企合一单位: state farms, forestry bureaus, parks), 400–599. */
  GOVERNMENT_ENTERPRISE_UNIT("政企合一单位", 400, 599);

  private final String chineseName;
  private final int first;
  private final int last;

  TownshipType(String chineseName, int first, int last) {
    this.chineseName = chineseName;
    this.first = first;
    this.last = last;
  }

  /** The Chinese name, e.g. {@code 街道}. */
  public String chineseName() {
    return chineseName;
  }

  /** The first segment value of the range, e.g. 100 for {@link #TOWN}. */
  public int firstSegment() {
    return first;
  }

  /** The last segment value of the range, e.g. 199 for {@link #TOWN}. */
  public int lastSegment() {
    return last;
  }

  /**
   * The type a township segment (as a number) denotes.
   *
   * @param segment the township segment, 0–999
   * @return the type, or empty for 0 (no township) and 600–999 (no published meaning)
   */
  public static Optional<TownshipType> ofSegment(int segment) {
    for (TownshipType type : values()) {
      if (segment >= type.first && segment <= type.last) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
