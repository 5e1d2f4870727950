package io.jingwei.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A count out of a total (比率): fields present out of records (完整率), compounds covered out of compounds (覆盖率),
 * records passing out of records checked (达标率).
 *
 * @param count the records that count (present, covered, passed); never more than {@code total}
 * @param total the records considered
 */
public record Ratio(long count, long total) {

  /** The number of decimal places of {@link #rate()}. */
  public static final int RATE_SCALE = 4;

  private static final Ratio NONE = new Ratio(0, 0);

  /**
   * Checks the counts.
   *
   * @throws IllegalArgumentException when a count is negative or {@code count > total}
   */
  public Ratio {
    if (count < 0 || total < 0) {
      throw new IllegalArgumentException("counts must not be negative: " + count + "/" + total);
    }
    if (count > total) {
      throw new IllegalArgumentException("count " + count + " exceeds total " + total);
    }
  }

  /** {@code count} out of {@code total}. */
  public static Ratio of(long count, long total) {
    return count == 0 && total == 0 ? NONE : new Ratio(count, total);
  }

  /** Nothing out of nothing. */
  public static Ratio none() {
    return NONE;
  }

  /** The records that do not count ({@code total - count}: absent, uncovered, failed). */
  public long missing() {
    return total - count;
  }

  /**
   * The rate {@code count / total} rounded half-up to {@value #RATE_SCALE} decimal places ({@code 0.6667}), or
   * empty when the total is zero.
   */
  public Optional<BigDecimal> rate() {
    if (total == 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(count).divide(BigDecimal.valueOf(total), RATE_SCALE, RoundingMode.HALF_UP));
  }

  /** Whether every record counts ({@code count == total}); true for nothing out of nothing. */
  public boolean isFull() {
    return count == total;
  }

  /** This ratio and the other added up. */
  public Ratio plus(Ratio other) {
    return of(count + other.count, total + other.total);
  }

  /** {@code 2/3}. */
  @Override
  public String toString() {
    return count + "/" + total;
  }
}
