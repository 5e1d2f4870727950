package io.jingwei.division;

import java.util.Optional;

/** A division code (行政区划代码): 6-digit GB/T 2260, 9- or 12-digit statistical code. STUB: signatures only. */
public final class DivisionCode implements Comparable<DivisionCode> {
  private final String value;

  private DivisionCode(String value) {
    this.value = value;
  }

  /** Parses a 6-, 9- or 12-digit code. */
  public static DivisionCode parse(CharSequence text) {
    return new DivisionCode(text.toString());
  }

  /** Parses, or empty when invalid. */
  public static Optional<DivisionCode> tryParse(CharSequence text) {
    return Optional.of(parse(text));
  }

  /** The digits. */
  public String value() {
    return value;
  }

  /** Whether this code lies inside (or equals) the other. */
  public boolean isWithin(DivisionCode other) {
    return value.startsWith(other.value);
  }

  @Override
  public int compareTo(DivisionCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
