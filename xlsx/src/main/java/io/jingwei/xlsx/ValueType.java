package io.jingwei.xlsx;

/**
 * The type of a spreadsheet column's values (列值类型), derived from the record model: what a cell may hold and how
 * it is read.
 */
public enum ValueType {
  /** Free text (文本): names, addresses. */
  TEXT("文本"),
  /**
   * A code or identifier (编码): ids, division and grid codes, ID numbers, phone numbers. Read as text; a code
   * stored as a number is recovered when no digit was lost ({@code read.code-recovered}) and dropped when digits
   * were lost ({@code read.code-lost}).
   */
  CODE("编码（文本）"),
  /** A date that may be partial (日期，可只填年月): {@code 2021-05-01}, {@code 2021年5月}, {@code 2021}. */
  DATE("日期（可只填年或年月）"),
  /** A full date (日期): {@code 2021-05-01} and its other spellings, or an Excel date. */
  FULL_DATE("日期"),
  /** A whole number (整数). */
  INTEGER("整数"),
  /** A decimal number (数值). */
  DECIMAL("数值"),
  /** Yes or no (是/否). */
  BOOLEAN("是/否"),
  /** One of a list of values (下拉选项): the Chinese name, the national code or the wire constant. */
  ENUM("选项"),
  /** Several values in one cell (多个值), separated by {@code 、} or {@code ,} or {@code ;}. */
  LIST("多个值，用“、”分隔"),
  /**
   * Several items of several fields in one cell (多条记录): items separated by {@code ；} (or {@code ;} or a line
   * break), the fields of an item by {@code |}.
   */
  RECORDS("多条记录，条目用“；”分隔，字段用“|”分隔");

  private final String chineseName;

  ValueType(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese description, as the template's instructions show it. */
  public String chineseName() {
    return chineseName;
  }
}
