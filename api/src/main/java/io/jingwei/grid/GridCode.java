package io.jingwei.grid;

import java.util.Optional;

/** A grid code (网格编码). STUB: signatures only. */
public final class GridCode implements Comparable<GridCode> {
  private final String value;

  private GridCode(String value) {
    this.value = value;
  }

  /** Parses a grid code of digits. */
  public static GridCode parse(CharSequence text) {
    return new GridCode(text.toString());
  }

  /** Parses, or empty when invalid. */
  public static Optional<GridCode> tryParse(CharSequence text) {
    return Optional.of(parse(text));
  }

  /** The code text. */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(GridCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
