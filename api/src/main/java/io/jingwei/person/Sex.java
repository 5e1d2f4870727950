package io.jingwei.person;

import java.util.Optional;

/** Sex (性别), coded by GB/T 2261.1-2003. */
public enum Sex {
  /** Unknown (未知的性别), code 0. */
  UNKNOWN("0", "未知的性别"),
  /** Male (男), code 1. */
  MALE("1", "男"),
  /** Female (女), code 2. */
  FEMALE("2", "女"),
  /** Not stated (未说明的性别), code 9. */
  NOT_STATED("9", "未说明的性别");

  private final String code;
  private final String chineseName;

  Sex(String code, String chineseName) {
    this.code = code;
    this.chineseName = chineseName;
  }

  /** The GB/T 2261.1 code. */
  public String code() {
    return code;
  }

  /** The Chinese name used in 台账. */
  public String chineseName() {
    return chineseName;
  }

  /** The sex with the given GB/T 2261.1 code, if any. */
  public static Optional<Sex> fromCode(String code) {
    for (Sex sex : values()) {
      if (sex.code.equals(code)) {
        return Optional.of(sex);
      }
    }
    return Optional.empty();
  }
}
