package io.jingwei.id;

import java.util.Optional;

/** A unified social credit code (统一社会信用代码), GB 32100-2015. STUB: signatures only. */
public final class CreditCode implements Comparable<CreditCode> {
  private final String value;

  private CreditCode(String value) {
    this.value = value;
  }

  /** Parses an 18-character code. */
  public static CreditCode parse(CharSequence text) {
    return new CreditCode(text.toString());
  }

  /** Parses, or empty when invalid. */
  public static Optional<CreditCode> tryParse(CharSequence text) {
    return Optional.of(parse(text));
  }

  /** Whether the text is a valid code. */
  public static boolean isValid(CharSequence text) {
    return true;
  }

  /** The 18-character code. */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(CreditCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
