package io.jingwei.person;

import java.util.Objects;
import java.util.Optional;

/**
 * Education level (学历), coded by the top level of GB/T 4658-2006 《学历代码》. The finer two-digit codes of the
 * standard (such as {@code 21} 大学本科毕业) map to their top level by the first digit; see {@link #fromCode(String)}.
 * Listed from highest to lowest, {@link #OTHER} last.
 */
public enum EducationLevel {
  /** Postgraduate (研究生), code 10. */
  POSTGRADUATE("10", "研究生"),
  /** Bachelor's level (大学本科), code 20. */
  BACHELOR("20", "大学本科"),
  /** Junior college (大学专科, 大专), code 30. */
  JUNIOR_COLLEGE("30", "大学专科"),
  /** Secondary vocational education (中等职业教育, including 中专), code 40. */
  SECONDARY_VOCATIONAL("40", "中等职业教育"),
  /** Senior high school (普通高中), code 60. */
  HIGH_SCHOOL("60", "普通高中"),
  /** Junior high school (初中), code 70. */
  JUNIOR_HIGH("70", "初中"),
  /** Primary school (小学), code 80. */
  PRIMARY("80", "小学"),
  /** Other (其他), code 90. */
  OTHER("90", "其他");

  private final String code;
  private final String chineseName;

  EducationLevel(String code, String chineseName) {
    this.code = code;
    this.chineseName = chineseName;
  }

  /** The two-digit GB/T 4658 top-level code ({@code 20} for 大学本科). */
  public String code() {
    return code;
  }

  /** The Chinese name used in 台账. */
  public String chineseName() {
    return chineseName;
  }

  /**
   * Whether this is junior college or above (大专及以上), the education band of 党内统计公报: postgraduate,
   * bachelor's level or junior college.
   */
  public boolean isJuniorCollegeOrAbove() {
    return this == POSTGRADUATE || this == BACHELOR || this == JUNIOR_COLLEGE;
  }

  /**
   * The level with the given GB/T 4658-2006 code, if any: a top-level code ({@code 20}) or a finer two-digit code
   * of the same family ({@code 21} 大学本科毕业 → {@link #BACHELOR}). Code family 50 (技工学校 in the 1984
   * edition, still found in old records) maps to {@link #SECONDARY_VOCATIONAL}.
   */
  public static Optional<EducationLevel> fromCode(String code) {
    Objects.requireNonNull(code, "code");
    String c = code.strip();
    if (c.length() != 2 || c.charAt(1) < '0' || c.charAt(1) > '9') {
      return Optional.empty();
    }
    switch (c.charAt(0)) {
      case '1':
        return Optional.of(POSTGRADUATE);
      case '2':
        return Optional.of(BACHELOR);
      case '3':
        return Optional.of(JUNIOR_COLLEGE);
      case '4':
      case '5':
        return Optional.of(SECONDARY_VOCATIONAL);
      case '6':
        return Optional.of(HIGH_SCHOOL);
      case '7':
        return Optional.of(JUNIOR_HIGH);
      case '8':
        return Optional.of(PRIMARY);
      case '9':
        return Optional.of(OTHER);
      default:
        return Optional.empty();
    }
  }
}
