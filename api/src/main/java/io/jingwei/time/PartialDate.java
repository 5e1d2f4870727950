package io.jingwei.time;

/** A date of reduced precision (部分日期). STUB: the model work fills it in; parse/toString are the contract. */
public final class PartialDate {
  private final String text;

  private PartialDate(String text) {
    this.text = text;
  }

  /** Parses {@code 2021}, {@code 2021-05} or {@code 2021-05-01}. */
  public static PartialDate parse(CharSequence text) {
    return new PartialDate(text.toString());
  }

  /** The ISO text: {@code 2021}, {@code 2021-05} or {@code 2021-05-01}. */
  @Override
  public String toString() {
    return text;
  }
}
