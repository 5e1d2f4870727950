package io.jingwei.division;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An administrative division code (行政区划代码): a 6-digit GB/T 2260 code, or a 9- or 12-digit statistical
 * division code (统计用区划代码) of the National Bureau of Statistics.
 *
 * <p>Structure (sources: GB/T 2260; NBS 统计用区划代码 coding rules; {@code domain-rules.md} §4.3):
 *
 * <pre>
 *   45 01 03 001 002
 *   |  |  |  |   `-- village segment  (村级, 001–199 居民委员会, 200–399 村民委员会)
 *   |  |  |  `------ township segment (乡级, 001–099 街道, 100–199 镇, 200–399 乡, 400–599 政企合一单位)
 *   |  |  `--------- county part      (县级, 01–20 市辖区, 21–80 县, 81–99 县级市; 00 = the prefecture itself)
 *   |  `------------ prefecture part  (地级; 00 = the province itself)
 *   `--------------- province part    (省级; one of the 34 province-level prefixes)
 * </pre>
 *
 * <p>A code keeps the digits it was written with — {@code parse("450103000000")} stays 12 digits long — but its
 * {@link #level()} comes from its last non-zero segment, so {@code 450103000000} is a {@link
 * DivisionCodeLevel#COUNTY county} code like {@code 450103}. {@link #equals(Object)} compares the digits as
 * written; {@link #sameDivisionAs(DivisionCode)} and {@link #isWithin(DivisionCode)} understand the zero padding.
 *
 * <p>Validation is structural, not a lookup: the digits must form a code of 6, 9 or 12 ASCII digits whose province
 * prefix is one of the 34 real ones (11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81, 82), and a village segment
 * needs a township segment. Historic codes (450122 武鸣县, now 450110 武鸣区) are therefore accepted, as resident
 * ID numbers and old records need them. Division codes are public data; error messages may quote them.
 */
public final class DivisionCode implements Comparable<DivisionCode> {

  /** The 34 province-level prefixes of GB/T 2260 (incl. 71 台湾, 81 香港, 82 澳门). */
  private static final Set<String> PROVINCE_PREFIXES =
      Set.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42",
          "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82");

  private static final String ZEROS = "000000000000";

  private final String value;
  private final DivisionCodeLevel level;

  private DivisionCode(String value, DivisionCodeLevel level) {
    this.value = value;
    this.level = level;
  }

  /**
   * Parses a 6-, 9- or 12-digit code.
   *
   * @param text the digits, with no separators or surrounding blanks
   * @return the code
   * @throws IllegalArgumentException if the text is not a valid code (see the class description)
   * @throws NullPointerException if the text is null
   */
  @JsonCreator
  public static DivisionCode parse(CharSequence text) {
    String problem = problemOf(text);
    if (problem != null) {
      throw new IllegalArgumentException("Invalid division code (行政区划代码): " + problem);
    }
    String value = text.toString();
    return new DivisionCode(value, levelOf(value));
  }

  /**
   * Parses a code, or returns empty when the text is not a valid one.
   *
   * @param text the digits
   * @return the code, or empty
   * @throws NullPointerException if the text is null
   */
  public static Optional<DivisionCode> tryParse(CharSequence text) {
    if (problemOf(text) != null) {
      return Optional.empty();
    }
    String value = text.toString();
    return Optional.of(new DivisionCode(value, levelOf(value)));
  }

  /**
   * Whether the text is a valid 6-, 9- or 12-digit division code.
   *
   * @param text the text to check
   * @return true when {@link #parse(CharSequence)} would accept it
   * @throws NullPointerException if the text is null
   */
  public static boolean isValid(CharSequence text) {
    return problemOf(text) == null;
  }

  /** What is wrong with the text, or null when it is a valid code. Never quotes text that is not all digits. */
  private static @Nullable String problemOf(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int length = text.length();
    if (length != 6 && length != 9 && length != 12) {
      return "expected 6, 9 or 12 digits, got " + length + " characters";
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return "character " + (i + 1) + " is not an ASCII digit";
      }
    }
    String digits = text.toString();
    if (!PROVINCE_PREFIXES.contains(digits.substring(0, 2))) {
      return digits + " has no real province-level prefix";
    }
    if (length == 12 && digits.startsWith("000", 6) && !digits.startsWith("000", 9)) {
      return digits + " has a village segment but no township segment";
    }
    return null;
  }

  private static DivisionCodeLevel levelOf(String digits) {
    if (digits.length() == 12 && !digits.startsWith("000", 9)) {
      return DivisionCodeLevel.VILLAGE;
    }
    if (digits.length() >= 9 && !digits.startsWith("000", 6)) {
      return DivisionCodeLevel.TOWNSHIP;
    }
    if (!digits.startsWith("00", 4)) {
      return DivisionCodeLevel.COUNTY;
    }
    if (!digits.startsWith("00", 2)) {
      return DivisionCodeLevel.PREFECTURE;
    }
    return DivisionCodeLevel.PROVINCE;
  }

  /** The digits as written (6, 9 or 12 of them). */
  @JsonValue
  public String value() {
    return value;
  }

  /** The number of digits as written: 6, 9 or 12. */
  public int length() {
    return value.length();
  }

  /**
   * The level the code denotes, from its last non-zero segment: {@code 450000} province, {@code 450100}
   * prefecture, {@code 450103} and {@code 450103000000} county, {@code 450103001000} township, {@code
   * 450103001002} village.
   */
  public DivisionCodeLevel level() {
    return level;
  }

  /**
   * The code of the nearest enclosing division: this code with its last non-zero segment set to zeros, written
   * with the same number of digits ({@code 450103001002} → {@code 450103001000} → {@code 450103000000} → {@code
   * 450100000000} → {@code 450000000000}). A township directly under a prefecture-level city without counties
   * (441900003000, 东莞) has that city as parent.
   *
   * @return the parent code, or empty for a province-level code
   */
  public Optional<DivisionCode> parent() {
    if (level == DivisionCodeLevel.PROVINCE) {
      return Optional.empty();
    }
    int end = level.significantDigits();
    int start = DivisionCodeLevel.values()[level.ordinal() - 1].significantDigits();
    String parent = value.substring(0, start) + ZEROS.substring(start, end) + value.substring(end);
    return Optional.of(new DivisionCode(parent, levelOf(parent)));
  }

  /**
   * The six-digit GB/T 2260 part of this code as a code of its own: the county (or, for a township of a city
   * without counties, the prefecture) that contains a township or village code, or a county-or-higher code
   * itself in six-digit form ({@code 450103000000} → {@code 450103}).
   */
  public DivisionCode countyCode() {
    if (value.length() == 6) {
      return this;
    }
    String six = value.substring(0, 6);
    return new DivisionCode(six, levelOf(six));
  }

  /**
   * The conventional type of the county-level part (digits 5–6): 市辖区, 县 or 县级市. See {@link CountyType} for
   * why this is a convention only.
   *
   * @return the type, or empty when digits 5–6 are {@code 00} (a province- or prefecture-level code)
   */
  public Optional<CountyType> countyType() {
    return CountyType.ofSegment(Integer.parseInt(value.substring(4, 6)));
  }

  /**
   * The type of the township segment (digits 7–9): 街道, 镇, 乡 or 政企合一单位.
   *
   * @return the type, or empty for a six-digit code, a zero segment, or a segment of 600–999
   */
  public Optional<TownshipType> townshipType() {
    if (value.length() < 9) {
      return Optional.empty();
    }
    return TownshipType.ofSegment(Integer.parseInt(value.substring(6, 9)));
  }

  /**
   * Whether the village segment (digits 10–12) denotes a community (居民委员会) or a village (村民委员会).
   *
   * @return the kind, or empty for a code shorter than 12 digits, a zero segment, or a segment of 400–999
   */
  public Optional<VillageSegmentType> villageSegmentType() {
    if (value.length() < 12) {
      return Optional.empty();
    }
    return VillageSegmentType.ofSegment(Integer.parseInt(value.substring(9, 12)));
  }

  /**
   * Whether the division this code denotes lies inside, or is, the division the other code denotes. Zero
   * padding is understood: {@code 450103001000} is within {@code 450103}, within {@code 450103000000}, within
   * {@code 450100} and within itself, but not within {@code 450103001002} nor {@code 450105}.
   *
   * @param other the possibly enclosing code
   * @return true when the other code's significant digits ({@link DivisionCodeLevel#significantDigits()}) are a
   *     prefix of this code's digits and this code is not of a higher level
   */
  public boolean isWithin(DivisionCode other) {
    if (level.compareTo(other.level) < 0) {
      return false;
    }
    int significant = other.level.significantDigits();
    return toTwelveDigits()
        .value
        .regionMatches(0, other.toTwelveDigits().value, 0, significant);
  }

  /**
   * Whether both codes denote the same division, whatever their length: {@code 450103}, {@code 450103000} and
   * {@code 450103000000} all do.
   *
   * @param other the other code
   * @return true when the twelve-digit forms are equal
   */
  public boolean sameDivisionAs(DivisionCode other) {
    return toTwelveDigits().value.equals(other.toTwelveDigits().value);
  }

  /** This code written with twelve digits, zero-padded ({@code 450103} → {@code 450103000000}). */
  public DivisionCode toTwelveDigits() {
    if (value.length() == 12) {
      return this;
    }
    return new DivisionCode(value + ZEROS.substring(value.length()), level);
  }

  /**
   * Orders by the twelve-digit form, then by the number of digits written, so that a division sorts just before
   * its subdivisions and the order is consistent with {@link #equals(Object)}.
   */
  @Override
  public int compareTo(DivisionCode other) {
    int byDivision = toTwelveDigits().value.compareTo(other.toTwelveDigits().value);
    return byDivision != 0 ? byDivision : Integer.compare(value.length(), other.value.length());
  }

  /** Equal when the digits as written are equal; see {@link #sameDivisionAs(DivisionCode)} to ignore padding. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof DivisionCode code && value.equals(code.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The digits as written (division codes are public data). */
  @Override
  public String toString() {
    return value;
  }
}
