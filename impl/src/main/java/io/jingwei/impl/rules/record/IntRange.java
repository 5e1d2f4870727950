package io.jingwei.impl.rules.record;

/**
 * A closed range of integers (整数区间), {@code min..max}, read from a profile.
 *
 * @param min the least value allowed
 * @param max the greatest value allowed
 */
public record IntRange(int min, int max) {

  /** Checks that min ≤ max. */
  public IntRange {
    if (min > max) {
      throw new IllegalArgumentException("min " + min + " > max " + max);
    }
  }

  /** The range {@code min..max}. */
  public static IntRange of(int min, int max) {
    return new IntRange(min, max);
  }

  /** Whether the value lies in the range, bounds included. */
  public boolean contains(long value) {
    return value >= min && value <= max;
  }
}
