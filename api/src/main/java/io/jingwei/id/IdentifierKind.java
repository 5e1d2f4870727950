package io.jingwei.id;

/**
 * The kind of a checksummed or structured identifier (标识符类别) that {@link InvalidIdentifierException} reports.
 *
 * <p>Each kind knows how much of a rejected text may be shown in a message: never the whole of it, because a
 * mistyped resident ID number or mobile number is still personal data.
 */
public enum IdentifierKind {
  /** A resident ID number (公民身份号码), GB 11643-1999; see {@link ResidentIdNumber}. */
  RESIDENT_ID_NUMBER("公民身份号码", "resident ID number", 6, 4),
  /** A unified social credit code (统一社会信用代码), GB 32100-2015; see {@link CreditCode}. */
  CREDIT_CODE("统一社会信用代码", "unified social credit code", 8, 2),
  /** A mainland mobile number (手机号码); see {@link MobileNumber}. */
  MOBILE_NUMBER("手机号码", "mobile number", 3, 4),
  /** A grid code (网格编码); see {@code io.jingwei.grid.GridCode}. */
  GRID_CODE("网格编码", "grid code", 6, 2);

  /** Longest text shown (masked) in a message; longer input is described by its length only. */
  private static final int MAX_SHOWN_LENGTH = 40;

  /** Fewest characters that must stay hidden before the kept head and tail may be shown. */
  private static final int MIN_HIDDEN = 4;

  private final String chineseName;
  private final String englishName;
  private final int keepStart;
  private final int keepEnd;

  IdentifierKind(String chineseName, String englishName, int keepStart, int keepEnd) {
    this.chineseName = chineseName;
    this.englishName = englishName;
    this.keepStart = keepStart;
    this.keepEnd = keepEnd;
  }

  /** The Chinese name of the kind, e.g. {@code 公民身份号码}. */
  public String chineseName() {
    return chineseName;
  }

  /** The English name of the kind, e.g. {@code resident ID number}. */
  public String englishName() {
    return englishName;
  }

  /**
   * Masks (脱敏) any text offered as an identifier of this kind, valid or not, for messages and logs.
   *
   * <p>The head and tail this kind keeps (6 + 4 for an ID number, 3 + 4 for a mobile number) are shown only when
   * at least four characters remain hidden between them; otherwise every character is replaced by {@code *}.
   * Text longer than 40 characters is described by its length alone, and control characters are never echoed.
   * The result therefore never contains the full input (for input of at least one character).
   *
   * @param text the text to mask
   * @return the masked text
   */
  public String mask(CharSequence text) {
    int length = text.length();
    if (length > MAX_SHOWN_LENGTH) {
      return "<" + length + " characters>";
    }
    if (length < keepStart + keepEnd + MIN_HIDDEN) {
      return "*".repeat(length);
    }
    StringBuilder masked = new StringBuilder(length);
    appendPrintable(masked, text.subSequence(0, keepStart));
    masked.append("*".repeat(length - keepStart - keepEnd));
    appendPrintable(masked, text.subSequence(length - keepEnd, length));
    return masked.toString();
  }

  private static void appendPrintable(StringBuilder target, CharSequence part) {
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      target.append(Character.isISOControl(c) || Character.isSurrogate(c) ? '?' : c);
    }
  }
}
