package io.jingwei.servicecenter;

/** An item of the “six haves” checklist (六有) for compound service centres. */
public enum ChecklistItem {
  /** Has a sign (有标识). */
  SIGN("有标识"),
  /** Has the Party flag and the admission oath (有党旗（入党誓词）). */
  FLAG_AND_OATH("有党旗（入党誓词）"),
  /** Has posted rules (有制度). */
  RULES("有制度"),
  /** Has facilities (有设施). */
  FACILITIES("有设施"),
  /** Has books and papers (有书报). */
  BOOKS("有书报"),
  /** Has activities (有活动). */
  ACTIVITIES("有活动");

  private final String chineseName;

  ChecklistItem(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name (有标识, 有党旗（入党誓词） …). */
  public String chineseName() {
    return chineseName;
  }
}
