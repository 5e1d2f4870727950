package io.jingwei.id;

import java.util.Objects;

/**
 * Thrown when text is not a valid identifier (无效标识符) of the expected kind, with a machine-readable
 * {@link Reason}.
 *
 * <p>The message names the kind and the reason and shows the input only in masked form ({@link
 * IdentifierKind#mask(CharSequence)}), so it can be logged without leaking a resident ID or mobile number.
 * {@code parse(CharSequence)} methods throw it for malformed text; it is an {@link IllegalArgumentException}
 * because passing malformed text to {@code parse} is a programmer error — use {@code tryParse} or {@code
 * problemOf} to test untrusted data.
 */
public final class InvalidIdentifierException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Why a text was rejected (拒绝原因). */
  public enum Reason {
    /** The text has the wrong number of characters (长度错误). */
    LENGTH("wrong length"),
    /** The text holds a character outside the identifier's alphabet, or one not allowed where it stands (非法字符). */
    CHARACTERS("character not allowed"),
    /** The final check character does not match (校验码错误): ISO 7064 MOD 11-2 or GB 32100's MOD 31. */
    CHECKSUM("check character does not match"),
    /**
     * The embedded organisation code's own check character (GB 11714, positions 9–17 of a credit code) does not
     * match (组织机构代码校验码错误).
     */
    EMBEDDED_CHECKSUM("embedded organisation-code check character does not match"),
    /** The birth-date part is not a real calendar date from 1800 on (出生日期错误). */
    BIRTH_DATE("birth date is not a real date"),
    /** The division part's province-level prefix is not a real one (行政区划代码错误). */
    DIVISION("division code has no real province-level prefix"),
    /**
     * A segment holds a value its position does not allow (字段取值错误), for example a letter in the digits-only
     * division segment of a credit code, or a mobile number whose second digit is not 3–9.
     */
    SEGMENT("segment value not allowed");

    private final String description;

    Reason(String description) {
      this.description = description;
    }

    /** A short English description used in exception messages. */
    public String description() {
      return description;
    }
  }

  private final IdentifierKind kind;
  private final Reason reason;
  private final String maskedInput;

  /**
   * Creates the exception; the input is masked here and never kept.
   *
   * @param kind the kind of identifier the text was offered as
   * @param reason why the text was rejected
   * @param input the rejected text
   */
  public InvalidIdentifierException(IdentifierKind kind, Reason reason, CharSequence input) {
    super(message(kind, reason, input));
    this.kind = kind;
    this.reason = reason;
    this.maskedInput = kind.mask(input);
  }

  private static String message(IdentifierKind kind, Reason reason, CharSequence input) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(input, "input");
    return "Invalid %s (%s) %s: %s [%s]"
        .formatted(kind.englishName(), kind.chineseName(), kind.mask(input), reason.description(), reason);
  }

  /** The kind of identifier the text was offered as. */
  public IdentifierKind kind() {
    return kind;
  }

  /** Why the text was rejected. */
  public Reason reason() {
    return reason;
  }

  /** The rejected text, masked as {@link IdentifierKind#mask(CharSequence)} does. */
  public String maskedInput() {
    return maskedInput;
  }
}
