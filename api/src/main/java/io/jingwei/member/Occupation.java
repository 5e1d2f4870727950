package io.jingwei.member;

import java.util.Objects;
import java.util.Optional;

/**
 * A member's occupation (职业) in the categories of the 《中国共产党党内统计公报》 (2021 and later wording). The
 * bulletin has no code table: {@link #code()} is Jingwei's two-digit code, numbering the categories in the
 * bulletin's order. The 2014–2017 wording said 民办非企业单位 where later editions say 社会组织.
 */
public enum Occupation {
  /** Workers, including service and technical staff (工人（工勤技能人员）), code 01. */
  WORKER("01", "工人（工勤技能人员）"),
  /** Farmers, herders and fishers (农牧渔民), code 02. */
  FARMER("02", "农牧渔民"),
  /** Professional and technical staff (企事业单位、社会组织专业技术人员), code 03. */
  PROFESSIONAL("03", "企事业单位、社会组织专业技术人员"),
  /** Managers (企事业单位、社会组织管理人员), code 04. */
  MANAGER("04", "企事业单位、社会组织管理人员"),
  /** Party and government staff (党政机关工作人员), code 05. */
  PARTY_GOVERNMENT_STAFF("05", "党政机关工作人员"),
  /** Students (学生), code 06. */
  STUDENT("06", "学生"),
  /** Other occupations (其他职业人员), code 07. */
  OTHER("07", "其他职业人员"),
  /** Retired (离退休人员), code 08. */
  RETIRED("08", "离退休人员");

  private final String code;
  private final String chineseName;

  Occupation(String code, String chineseName) {
    this.code = code;
    this.chineseName = chineseName;
  }

  /** Jingwei's two-digit code, in the bulletin's order ({@code 01} … {@code 08}). */
  public String code() {
    return code;
  }

  /** The Chinese name in the bulletin's 2021+ wording. */
  public String chineseName() {
    return chineseName;
  }

  /** The occupation with the given code, if any. */
  public static Optional<Occupation> fromCode(String code) {
    Objects.requireNonNull(code, "code");
    String c = code.strip();
    for (Occupation o : values()) {
      if (o.code.equals(c)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }
}
