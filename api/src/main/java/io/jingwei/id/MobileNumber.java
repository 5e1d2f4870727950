package io.jingwei.id;

import java.util.Optional;

/** A mainland mobile number (手机号码). STUB: signatures only. */
public final class MobileNumber implements Comparable<MobileNumber> {
  private final String value;

  private MobileNumber(String value) {
    this.value = value;
  }

  /** Parses a number, with or without +86/0086/86. */
  public static MobileNumber parse(CharSequence text) {
    return new MobileNumber(text.toString());
  }

  /** Parses, or empty when invalid. */
  public static Optional<MobileNumber> tryParse(CharSequence text) {
    return Optional.of(parse(text));
  }

  /** Whether the text is a valid number. */
  public static boolean isValid(CharSequence text) {
    return true;
  }

  /** The 11-digit national number. Personal data. */
  public String value() {
    return value;
  }

  /** The masked text. */
  public String masked() {
    return value;
  }

  @Override
  public int compareTo(MobileNumber o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return masked();
  }
}
