package io.jingwei.testkit.drift;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The thresholds of significant drift (漂移阈值). Every default is a [U] default of this project — no regulation
 * sets them — chosen for monthly exports of a city; a QA team changes them in a thresholds file
 * ({@code jingwei-drift-thresholds/1}, {@link #load(Path)}) or on the command line.
 *
 * <ul>
 *   <li>An organization's active member count <em>jumped</em> when it changed by at least
 *       {@code memberJumpMin} members and by at least {@code memberJumpRate} of the old count (any change of at
 *       least {@code memberJumpMin} when the old count is 0). Defaults ±20 % and 5 members.
 *   <li>A compliance, coverage or completeness rate <em>dropped</em> when it fell by more than zero and by at
 *       least {@code complianceDrop}, {@code coverageDrop} or {@code completenessDrop} (rate points: 0.05 is 5
 *       percentage points). Defaults 0.05 each; 0 makes every drop significant. Rises are not drift.
 *   <li>More than {@code maxSilentlyLost} members who disappeared without a transfer or exit record is drift.
 *       Default 0: nothing may be silently lost.
 *   <li>An issue code whose count rose by more than {@code maxIssueIncrease} is drift; default none (issue counts
 *       are reported, and quality gates judge them).
 * </ul>
 *
 * @param memberJumpRate the smallest relative change of a member count that is a jump, 0 or more
 * @param memberJumpMin the smallest absolute change of a member count that is a jump, 1 or more
 * @param complianceDrop the smallest drop of a compliance rate (达标率) that is drift, from 0 to 1
 * @param coverageDrop the smallest drop of a coverage rate (覆盖率) that is drift, from 0 to 1
 * @param completenessDrop the smallest drop of a completeness rate (完整率) that is drift, from 0 to 1
 * @param maxSilentlyLost the most members allowed to disappear without explanation, 0 or more
 * @param maxIssueIncrease the largest rise of an issue code's count that is not drift, or null when issue
 *     counts are never drift
 */
public record DriftThresholds(
    BigDecimal memberJumpRate,
    long memberJumpMin,
    BigDecimal complianceDrop,
    BigDecimal coverageDrop,
    BigDecimal completenessDrop,
    long maxSilentlyLost,
    @Nullable Long maxIssueIncrease) {

  /** The value of the {@code format} property of a thresholds file. */
  public static final String FORMAT = "jingwei-drift-thresholds/1";

  private static final BigDecimal FIVE_POINTS = new BigDecimal("0.05");

  private static final DriftThresholds DEFAULTS =
      new DriftThresholds(new BigDecimal("0.20"), 5, FIVE_POINTS, FIVE_POINTS, FIVE_POINTS, 0, null);

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException when a value is out of its range
   */
  public DriftThresholds {
    Objects.requireNonNull(memberJumpRate, "memberJumpRate");
    if (memberJumpRate.signum() < 0) {
      throw new IllegalArgumentException("memberJumpRate must not be negative: " + memberJumpRate);
    }
    if (memberJumpMin < 1) {
      throw new IllegalArgumentException("memberJumpMin must be at least 1: " + memberJumpMin);
    }
    rate(complianceDrop, "complianceDrop");
    rate(coverageDrop, "coverageDrop");
    rate(completenessDrop, "completenessDrop");
    if (maxSilentlyLost < 0) {
      throw new IllegalArgumentException("maxSilentlyLost must not be negative: " + maxSilentlyLost);
    }
    if (maxIssueIncrease != null && maxIssueIncrease < 0) {
      throw new IllegalArgumentException("maxIssueIncrease must not be negative: " + maxIssueIncrease);
    }
  }

  private static void rate(BigDecimal value, String name) {
    Objects.requireNonNull(value, name);
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(name + " must be from 0 to 1: " + value);
    }
  }

  /** The defaults: member jumps of ±20 % and at least 5, drops of 5 points, nothing silently lost. */
  public static DriftThresholds defaults() {
    return DEFAULTS;
  }

  /**
   * Reads a thresholds file: YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}), chosen by the extension;
   * absent keys keep their defaults. The reading is strict: an unknown key or a value of the wrong type is an
   * error naming the file and the place.
   *
   * @throws IllegalArgumentException when the file is not a valid thresholds file
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static DriftThresholds load(Path file) {
    return ThresholdsParser.load(Objects.requireNonNull(file, "file"));
  }

  /**
   * Reads thresholds from YAML or JSON text; {@code source} names it in error messages.
   *
   * @throws IllegalArgumentException when the text is not valid
   */
  public static DriftThresholds parse(String text, String source) {
    return ThresholdsParser.parse(Objects.requireNonNull(text, "text"), Objects.requireNonNull(source, "source"));
  }

  /** These thresholds with another member-count jump: relative and absolute minimums. */
  public DriftThresholds withMemberJump(BigDecimal rate, long min) {
    return new DriftThresholds(rate, min, complianceDrop, coverageDrop, completenessDrop, maxSilentlyLost,
        maxIssueIncrease);
  }

  /** These thresholds with another compliance drop. */
  public DriftThresholds withComplianceDrop(BigDecimal value) {
    return new DriftThresholds(memberJumpRate, memberJumpMin, value, coverageDrop, completenessDrop,
        maxSilentlyLost, maxIssueIncrease);
  }

  /** These thresholds with another coverage drop. */
  public DriftThresholds withCoverageDrop(BigDecimal value) {
    return new DriftThresholds(memberJumpRate, memberJumpMin, complianceDrop, value, completenessDrop,
        maxSilentlyLost, maxIssueIncrease);
  }

  /** These thresholds with another completeness drop. */
  public DriftThresholds withCompletenessDrop(BigDecimal value) {
    return new DriftThresholds(memberJumpRate, memberJumpMin, complianceDrop, coverageDrop, value,
        maxSilentlyLost, maxIssueIncrease);
  }

  /** These thresholds with another allowance of silently lost members. */
  public DriftThresholds withMaxSilentlyLost(long value) {
    return new DriftThresholds(memberJumpRate, memberJumpMin, complianceDrop, coverageDrop, completenessDrop,
        value, maxIssueIncrease);
  }

  /** These thresholds with another allowance of issue-count rises (null: issue counts are never drift). */
  public DriftThresholds withMaxIssueIncrease(@Nullable Long value) {
    return new DriftThresholds(memberJumpRate, memberJumpMin, complianceDrop, coverageDrop, completenessDrop,
        maxSilentlyLost, value);
  }

  /** Whether a change of an active member count from {@code oldCount} to {@code newCount} is a jump. */
  public boolean isJump(long oldCount, long newCount) {
    long change = Math.abs(newCount - oldCount);
    if (change < memberJumpMin) {
      return false;
    }
    return oldCount == 0 || BigDecimal.valueOf(change).compareTo(memberJumpRate.multiply(BigDecimal.valueOf(oldCount))) >= 0;
  }
}
