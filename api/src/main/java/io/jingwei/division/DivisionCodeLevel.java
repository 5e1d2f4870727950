package io.jingwei.division;

/**
 * The level (区划代码层级) a division code denotes, read from which of its segments are non-zero.
 *
 * <p>GB/T 2260 gives the first three levels in six digits (2 province + 2 prefecture + 2 county); the National
 * Bureau of Statistics' 统计用区划代码 adds a 3-digit township segment and a 3-digit village segment (12 digits).
 * This is the level of the <em>code</em>; the kind of the division entity it belongs to (街道, 镇, 社区 …) is a
 * separate, richer notion.
 */
public enum DivisionCodeLevel {
  /** Province level (省级): 省, 自治区, 直辖市, 特别行政区 — digits 1–2. */
  PROVINCE("省级", 2),
  /** Prefecture level (地级): 地级市, 地区, 自治州, 盟 and the 市辖区/县 groupings of a 直辖市 — digits 3–4. */
  PREFECTURE("地级", 4),
  /** County level (县级): 市辖区, 县, 县级市, 旗 — digits 5–6. */
  COUNTY("县级", 6),
  /** Township level (乡级): 街道, 镇, 乡 and 政企合一 units — digits 7–9 of the statistical code. */
  TOWNSHIP("乡级", 9),
  /** Village level (村级): 居民委员会 (communities) and 村民委员会 (villages) — digits 10–12. */
  VILLAGE("村级", 12);

  private final String chineseName;
  private final int significantDigits;

  DivisionCodeLevel(String chineseName, int significantDigits) {
    this.chineseName = chineseName;
    this.significantDigits = significantDigits;
  }

  /** The Chinese name of the level, e.g. {@code 县级}. */
  public String chineseName() {
    return chineseName;
  }

  /**
   * The number of leading digits that identify a division of this level (2, 4, 6, 9 or 12); the rest of a code
   * of this level is zero padding.
   */
  public int significantDigits() {
    return significantDigits;
  }
}
