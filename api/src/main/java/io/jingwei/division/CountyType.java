package io.jingwei.division;

import java.util.Optional;

/**
 * The type of a county-level division (县级区划类型) as GB/T 2260 conventionally encodes it in digits 5–6 of a
 * code: 01–20 市辖区, 21–80 县, 81–99 县级市.
 *
 * <p>Source: GB/T 2260 coding rules, [C] in {@code domain-rules.md} §4.3 (some texts give 01–18 for districts).
 * It is a convention of code assignment, not a guarantee: the county-level cities administered directly by a
 * province (e.g. 429004 仙桃市, 469001 五指山市) carry small numbers in a 90 "prefecture". Use it for statistics
 * and plausibility warnings, not to reject data.
 */
public enum CountyType {
  /** A city district (市辖区), digits 5–6 in 01–20. */
  CITY_DISTRICT("市辖区", 1, 20),
  /** A county (县, including 自治县, 旗), digits 5–6 in 21–80. */
  COUNTY("县", 21, 80),
  /** A county-level city (县级市), digits 5–6 in 81–99. */
  COUNTY_LEVEL_CITY("县级市", 81, 99);

  private final String chineseName;
  private final int first;
  private final int last;

  CountyType(String chineseName, int first, int last) {
    this.chineseName = chineseName;
    this.first = first;
    this.last = last;
  }

  /** The Chinese name, e.g. {@code 县级市}. */
  public String chineseName() {
    return chineseName;
  }

  /**
   * The type the county segment (digits 5–6, as a number) conventionally denotes.
   *
   * @param segment the county segment, 0–99
   * @return the type, or empty for 0 (a prefecture- or province-level code) or a value outside 0–99
   */
  public static Optional<CountyType> ofSegment(int segment) {
    for (CountyType type : values()) {
      if (segment >= type.first && segment <= type.last) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
