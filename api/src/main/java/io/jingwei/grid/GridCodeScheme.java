package io.jingwei.grid;

import io.jingwei.division.DivisionCode;
import io.jingwei.division.DivisionCodeLevel;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A grid-code scheme (网格编码规则): how the digits of a {@link GridCode} embed the 12-digit code of the community
 * or village the grid belongs to, and its sequence number there. Immutable; cities choose one by {@link
 * #name()} in their profile.
 *
 * <p>Every scheme has the layout {@code [leading code][12-digit community code][sequence]}: a grid must belong to
 * one 社区 or 行政村, never directly to a 街道 or 区县 (Xi'an DB6101/T 3185-2024), so the embedded code must be a
 * {@link DivisionCodeLevel#VILLAGE village-level} division code. Built-in schemes ({@code domain-rules.md} §5):
 *
 * <ul>
 *   <li>{@code "default"} — {@link #defaultScheme()}: the NBS 12-digit community code (统计用区划代码) + a 3-digit
 *       sequence, 15 digits; {@link #defaultScheme(int)} takes another sequence width ({@code "default-4"} …).
 *       This is the plausible reading of Nanning's "三字段" grid code built on the division code, whose exact
 *       layout is not published ([U]).
 *   <li>{@code "cjt349-2010"} — {@link #cjt349()}: CJ/T 349-2010 数字社区管理与服务 网格划分与编码规则, 20 digits =
 *       6 management/service-object code (CJ/T 348) + 6 county code (GB/T 2260) + 3 街道/乡镇 code (GB/T 10114)
 *       + 3 社区 code (601+ for a grid merging several communities) + 2 grid sequence ({@code 00} when the community
 *       is not subdivided) — [C].
 *   <li>{@code "db11-15"} — {@link #beijing15()}: Beijing DB11/T unit grids for city management, 15 digits = 6
 *       district code + 3 街道(乡镇) + 3 社区(村) + 3 unit-grid sequence, numbered west→east, north→south — [C].
 * </ul>
 */
public final class GridCodeScheme {

  /** The sequence width of {@link #defaultScheme()}. */
  public static final int DEFAULT_SEQUENCE_DIGITS = 3;

  /** The name of {@link #defaultScheme()}. */
  public static final String DEFAULT_NAME = "default";

  /** The name of {@link #cjt349()}. */
  public static final String CJT349_NAME = "cjt349-2010";

  /** The name of {@link #beijing15()}. */
  public static final String BEIJING_15_NAME = "db11-15";

  private static final int COMMUNITY_DIGITS = 12;
  private static final int MAX_SEQUENCE_DIGITS = 9;

  private static final GridCodeScheme DEFAULT = new GridCodeScheme(DEFAULT_NAME, 0, DEFAULT_SEQUENCE_DIGITS);
  private static final GridCodeScheme CJT349 = new GridCodeScheme(CJT349_NAME, 6, 2);
  private static final GridCodeScheme BEIJING_15 = new GridCodeScheme(BEIJING_15_NAME, 0, 3);

  private final String name;
  private final int leadingDigits;
  private final int sequenceDigits;

  private GridCodeScheme(String name, int leadingDigits, int sequenceDigits) {
    this.name = name;
    this.leadingDigits = leadingDigits;
    this.sequenceDigits = sequenceDigits;
  }

  /** The default scheme {@code "default"}: 12-digit community code + 3-digit sequence (15 digits). */
  public static GridCodeScheme defaultScheme() {
    return DEFAULT;
  }

  /**
   * The default layout with another sequence width: 12-digit community code + {@code sequenceDigits} digits,
   * named {@code "default"} for 3 and {@code "default-N"} otherwise.
   *
   * @param sequenceDigits the sequence width, 1–9
   * @return the scheme
   * @throws IllegalArgumentException if the width is outside 1–9
   */
  public static GridCodeScheme defaultScheme(int sequenceDigits) {
    if (sequenceDigits == DEFAULT_SEQUENCE_DIGITS) {
      return DEFAULT;
    }
    return of(DEFAULT_NAME + "-" + sequenceDigits, 0, sequenceDigits);
  }

  /** The CJ/T 349-2010 scheme {@code "cjt349-2010"}: 6 object + 12 community + 2 sequence (20 digits). */
  public static GridCodeScheme cjt349() {
    return CJT349;
  }

  /** Beijing's DB11/T unit-grid scheme {@code "db11-15"}: 12 community + 3 sequence (15 digits). */
  public static GridCodeScheme beijing15() {
    return BEIJING_15;
  }

  /**
   * A scheme of one's own, for a city whose layout none of the built-in ones matches.
   *
   * @param name the name a profile refers to it by (non-blank)
   * @param leadingDigits the width of a code in front of the community code, 0–12
   * @param sequenceDigits the width of the sequence after it, 1–9
   * @return the scheme
   * @throws IllegalArgumentException if a width is out of range or the total exceeds {@link GridCode#MAX_LENGTH}
   */
  public static GridCodeScheme of(String name, int leadingDigits, int sequenceDigits) {
    if (name.isBlank()) {
      throw new IllegalArgumentException("A grid-code scheme needs a name");
    }
    if (sequenceDigits < 1 || sequenceDigits > MAX_SEQUENCE_DIGITS) {
      throw new IllegalArgumentException("The sequence width must be 1–9, not " + sequenceDigits);
    }
    if (leadingDigits < 0 || leadingDigits + COMMUNITY_DIGITS + sequenceDigits > GridCode.MAX_LENGTH) {
      throw new IllegalArgumentException("The code would be longer than " + GridCode.MAX_LENGTH + " digits");
    }
    return new GridCodeScheme(name, leadingDigits, sequenceDigits);
  }

  /**
   * The built-in scheme with the given name: {@code "default"}, {@code "default-N"} (N = 1–9), {@code
   * "cjt349-2010"} or {@code "db11-15"}.
   *
   * @param name the name, as a profile spells it
   * @return the scheme
   * @throws IllegalArgumentException if no built-in scheme has that name
   */
  public static GridCodeScheme named(String name) {
    switch (name) {
      case DEFAULT_NAME:
        return DEFAULT;
      case CJT349_NAME:
        return CJT349;
      case BEIJING_15_NAME:
        return BEIJING_15;
      default:
        break;
    }
    String prefix = DEFAULT_NAME + "-";
    if (name.length() == prefix.length() + 1
        && name.startsWith(prefix)
        && name.charAt(prefix.length()) >= '1'
        && name.charAt(prefix.length()) <= '9') {
      return defaultScheme(name.charAt(prefix.length()) - '0');
    }
    throw new IllegalArgumentException(
        "Unknown grid-code scheme '" + name + "'; built-in schemes: " + builtInNames() + " and default-1…default-9");
  }

  /** The names of the built-in schemes {@link #named(String)} knows, besides {@code "default-N"}. */
  public static Set<String> builtInNames() {
    return Set.of(DEFAULT_NAME, CJT349_NAME, BEIJING_15_NAME);
  }

  /** The name a profile refers to the scheme by, e.g. {@code "cjt349-2010"}. */
  public String name() {
    return name;
  }

  /** The number of digits of a code in this scheme. */
  public int length() {
    return leadingDigits + COMMUNITY_DIGITS + sequenceDigits;
  }

  /** The width of the code in front of the community code (6 for CJ/T 349's object code, else 0). */
  public int leadingDigits() {
    return leadingDigits;
  }

  /** The width of the grid sequence at the end. */
  public int sequenceDigits() {
    return sequenceDigits;
  }

  /**
   * Whether the code follows this scheme: the right length, and a village-level division code (a community or
   * village with a real province prefix) at the community position.
   *
   * @param code the grid code
   * @return true when {@link #communityCodeOf(GridCode)} is present
   */
  public boolean accepts(GridCode code) {
    return communityCodeOf(code).isPresent();
  }

  /**
   * The 12-digit code of the community or village the grid code embeds. In CJ/T 349 codes a community segment of
   * 601 or more stands for several merged communities; it is returned as written.
   *
   * @param code the grid code
   * @return the community code, or empty when the code does not follow this scheme
   */
  public Optional<DivisionCode> communityCodeOf(GridCode code) {
    if (code.length() != length()) {
      return Optional.empty();
    }
    return DivisionCode.tryParse(code.value().substring(leadingDigits, leadingDigits + COMMUNITY_DIGITS))
        .filter(community -> community.level() == DivisionCodeLevel.VILLAGE);
  }

  /**
   * The grid's sequence number within its community (the last {@link #sequenceDigits()} digits).
   *
   * @param code the grid code
   * @return the sequence, or empty when the code does not follow this scheme
   */
  public OptionalInt sequenceOf(GridCode code) {
    if (!accepts(code)) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(code.value().substring(length() - sequenceDigits)));
  }

  /**
   * The code in front of the community code (CJ/T 349: the CJ/T 348 management/service-object code).
   *
   * @param code the grid code
   * @return the leading digits, or empty when the scheme has none or the code does not follow it
   */
  public Optional<String> leadingCodeOf(GridCode code) {
    if (leadingDigits == 0 || !accepts(code)) {
      return Optional.empty();
    }
    return Optional.of(code.value().substring(0, leadingDigits));
  }

  /**
   * Builds the grid code for a community and sequence in a scheme without a leading code.
   *
   * @param community a village-level (twelve-digit) division code
   * @param sequence the sequence, 0 to the largest value of {@link #sequenceDigits()} digits
   * @return the grid code
   * @throws IllegalArgumentException if the scheme needs a leading code, or a part does not fit
   */
  public GridCode compose(DivisionCode community, int sequence) {
    if (leadingDigits != 0) {
      throw new IllegalArgumentException("The scheme " + name + " needs a leading code");
    }
    return compose("", community, sequence);
  }

  /**
   * Builds the grid code for a leading code, community and sequence.
   *
   * @param leadingCode {@link #leadingDigits()} ASCII digits
   * @param community a village-level division code
   * @param sequence the sequence, 0 to the largest value of {@link #sequenceDigits()} digits
   * @return the grid code
   * @throws IllegalArgumentException if a part does not fit the scheme
   */
  public GridCode compose(CharSequence leadingCode, DivisionCode community, int sequence) {
    if (leadingCode.length() != leadingDigits || !leadingCode.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("The leading code must be " + leadingDigits + " ASCII digits");
    }
    if (community.level() != DivisionCodeLevel.VILLAGE) {
      throw new IllegalArgumentException("A grid belongs to a community or village, not to " + community);
    }
    String digits = Integer.toString(sequence);
    if (sequence < 0 || digits.length() > sequenceDigits) {
      throw new IllegalArgumentException("The sequence must fit in " + sequenceDigits + " digits");
    }
    String padded = "0".repeat(sequenceDigits - digits.length()) + digits;
    return GridCode.parse(leadingCode + community.toTwelveDigits().value() + padded);
  }

  /** Equal when name and layout are equal. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof GridCodeScheme scheme
        && name.equals(scheme.name)
        && leadingDigits == scheme.leadingDigits
        && sequenceDigits == scheme.sequenceDigits;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, leadingDigits, sequenceDigits);
  }

  /** The name and layout, e.g. {@code cjt349-2010[6+12+2]}. */
  @Override
  public String toString() {
    return name + "[" + leadingDigits + "+" + COMMUNITY_DIGITS + "+" + sequenceDigits + "]";
  }
}
