package io.jingwei.time;

/** The precision of a partial date (日期精度): year, month or day, coarsest first. */
public enum DatePrecision {
  /** Year only (年), written {@code 2021}. */
  YEAR("年"),
  /** Year and month (年月), written {@code 2021-05}. */
  MONTH("年月"),
  /** A full date (年月日), written {@code 2021-05-01}. */
  DAY("年月日");

  private final String chineseName;

  DatePrecision(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name (年, 年月, 年月日). */
  public String chineseName() {
    return chineseName;
  }

  /** Whether this precision is at least as fine as the other ({@code DAY.isAtLeast(MONTH)} is true). */
  public boolean isAtLeast(DatePrecision other) {
    return compareTo(other) >= 0;
  }
}
