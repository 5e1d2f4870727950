package io.jingwei.id;

import java.util.Map;
import java.util.Optional;

/**
 * The registration authority (登记管理部门) that position 1 of a unified social credit code names, with the
 * organisation types (机构类别, position 2) each authority is known to use.
 *
 * <p>Source: GB 32100-2015 and the code tables reproduced in public validators ({@code domain-rules.md} §4.2).
 * Confirmed ([C]): {@code 1} 机构编制, {@code 5} 民政, {@code 9} 工商 and their types, and {@code Y} 其他. The
 * other authorities are partly confirmed ([P]); the type names listed for them are background knowledge ([U]).
 * The tables describe codes, they never reject one: GB 32100 lets authorities add codes, and 居委会/村委会 hold
 * codes whose authority and type digits are not documented.
 */
public enum RegistrationAuthority {
  /** Institutional-establishment authorities (机构编制部门), {@code 1} — [C]. */
  INSTITUTIONAL_ESTABLISHMENT(
      '1', "机构编制", Map.of('1', "机关", '2', "事业单位", '3', "中央编办直接管理机构编制的群众团体", '9', "其他")),
  /** Foreign affairs (外交), {@code 2} — [P]. */
  FOREIGN_AFFAIRS('2', "外交", Map.of('1', "外国常驻新闻机构", '9', "其他")),
  /** Justice administration (司法行政), {@code 3} — [P]. */
  JUSTICE(
      '3',
      "司法行政",
      Map.of('1', "律师执业机构", '2', "公证处", '3', "基层法律服务所", '4', "司法鉴定机构", '5', "仲裁委员会", '9', "其他")),
  /** Culture (文化), {@code 4} — [P]. */
  CULTURE('4', "文化", Map.of('1', "外国在华文化中心", '9', "其他")),
  /** Civil affairs (民政), {@code 5} — [C]. */
  CIVIL_AFFAIRS('5', "民政", Map.of('1', "社会团体", '2', "民办非企业单位", '3', "基金会", '9', "其他")),
  /** Tourism (旅游), {@code 6} — [P]. */
  TOURISM('6', "旅游", Map.of('1', "外国旅游部门常驻代表机构", '2', "港澳台地区旅游部门常驻内地（大陆）代表机构", '9', "其他")),
  /** Religious affairs (宗教), {@code 7} — [P]. */
  RELIGIOUS_AFFAIRS('7', "宗教", Map.of('1', "宗教活动场所", '2', "宗教院校", '9', "其他")),
  /** Trade unions (工会), {@code 8} — [P]. */
  TRADE_UNION('8', "工会", Map.of('1', "基层工会", '9', "其他")),
  /** Industry and commerce, now market regulation (工商/市场监管), {@code 9} — [C]. */
  INDUSTRY_AND_COMMERCE('9', "工商", Map.of('1', "企业", '2', "个体工商户", '3', "农民专业合作社")),
  /** The military's establishment authority (军队编制部门), {@code A} — [P]. */
  MILITARY('A', "军队", Map.of('1', "军队事业单位", '9', "其他")),
  /** Agriculture (农业), {@code N} — [P]. */
  AGRICULTURE('N', "农业", Map.of('1', "组级集体经济组织", '2', "村级集体经济组织", '3', "乡镇级集体经济组织", '9', "其他")),
  /** Other authorities (其他), {@code Y} — [C]. */
  OTHER('Y', "其他", Map.of());

  private final char code;
  private final String chineseName;
  private final Map<Character, String> organizationTypes;

  RegistrationAuthority(char code, String chineseName, Map<Character, String> organizationTypes) {
    this.code = code;
    this.chineseName = chineseName;
    this.organizationTypes = organizationTypes;
  }

  /** The code at position 1 of a credit code, e.g. {@code '9'}. */
  public char code() {
    return code;
  }

  /** The Chinese name of the authority, e.g. {@code 工商}. */
  public String chineseName() {
    return chineseName;
  }

  /**
   * The Chinese name of an organisation type (机构类别) this authority uses.
   *
   * @param typeCode the code at position 2 of a credit code
   * @return the name, e.g. {@code 企业} for {@code '1'} under {@link #INDUSTRY_AND_COMMERCE}, or empty when
   *     unknown
   */
  public Optional<String> organizationTypeName(char typeCode) {
    return Optional.ofNullable(organizationTypes.get(typeCode));
  }

  /**
   * The authority with the given code.
   *
   * @param code the code at position 1 of a credit code
   * @return the authority, or empty when the code is not a known one
   */
  public static Optional<RegistrationAuthority> fromCode(char code) {
    for (RegistrationAuthority authority : values()) {
      if (authority.code == code) {
        return Optional.of(authority);
      }
    }
    return Optional.empty();
  }
}
