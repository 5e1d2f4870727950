package io.jingwei.id;

import io.jingwei.privacy.PersonalData;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.jingwei.division.DivisionCode;
import io.jingwei.id.InvalidIdentifierException.Reason;
import io.jingwei.person.Sex;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A resident ID number (公民身份号码) as GB 11643-1999 defines it: 18 characters.
 *
 * <pre>
 *   450103 19900101 123 X
 *   |      |        |   `-- check character, ISO 7064:1983 MOD 11-2 (0–9 or X)
 *   |      |        `------ sequence code; its last digit (the 17th character) is odd for men, even for women
 *   |      `--------------- birth date YYYYMMDD
 *   `---------------------- address code: the GB/T 2260 county code of the registered residence at issue
 * </pre>
 *
 * <p>Check character (ISO 7064 MOD 11-2, GB 11643-1999 §8): with weights {@code W_i = 2^(18-i) mod 11} =
 * {@code 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2} for the first 17 digits {@code a_i}, {@code S = Σ a_i·W_i} and
 * the check character is {@code "10X98765432".charAt(S mod 11)}. The standard's example {@code
 * 11010519491231002X} is valid. Sources: {@code domain-rules.md} §4.1 ([C]).
 *
 * <p>What {@link #parse(CharSequence)} checks, in order (each with its {@link Reason}): 18 characters ({@code
 * LENGTH}); digits with an optional final {@code X} ({@code CHARACTERS}; a lower-case {@code x} is accepted and
 * normalized); an address code with one of the 34 real province-level prefixes ({@code DIVISION}; historic
 * county codes such as 450122 are fine, since the code is the one in force when the number was issued); a real
 * calendar birth date from 1800 on ({@code BIRTH_DATE}); the check character ({@code CHECKSUM}). Whether the
 * birth date lies in the future is a question for a given as-of date: see {@link #isBornAfter(LocalDate)}.
 *
 * <p>This is personal data (个人信息): {@link #toString()} and {@link #masked()} show only the first six and the
 * last four characters ({@code 450103********123X}); {@link #value()} is the full number, for storage and
 * the wire format.
 */
public final class ResidentIdNumber implements Comparable<ResidentIdNumber>, PersonalData {

  /** Weights 2^(18-i) mod 11 of ISO 7064 MOD 11-2 for positions 1–17. */
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  /** The check character for each value of S mod 11. */
  private static final String CHECK_CHARACTERS = "10X98765432";

  /** Earliest accepted birth year; no living holder was born earlier. */
  private static final int MIN_BIRTH_YEAR = 1800;

  private static final int LENGTH = 18;
  private static final int LEGACY_LENGTH = 15;

  private final String value;
  private final LocalDate birthDate;

  private ResidentIdNumber(String value, LocalDate birthDate) {
    this.value = value;
    this.birthDate = birthDate;
  }

  /**
   * Parses an 18-character number. A lower-case {@code x} is accepted and normalized to {@code X}; no blanks or
   * separators are allowed. Legacy 15-digit numbers are rejected here: use {@link #fromLegacy(CharSequence)}.
   *
   * @param text the number
   * @return the number
   * @throws InvalidIdentifierException if the text is not a valid number; its message is masked
   * @throws NullPointerException if the text is null
   */
  @JsonCreator
  public static ResidentIdNumber parse(CharSequence text) {
    Reason problem = problemOrNull(text);
    if (problem != null) {
      throw new InvalidIdentifierException(IdentifierKind.RESIDENT_ID_NUMBER, problem, text);
    }
    return create(text);
  }

  /**
   * Parses an 18-character number, or returns empty when the text is not a valid one.
   *
   * @param text the number
   * @return the number, or empty
   * @throws NullPointerException if the text is null
   */
  public static Optional<ResidentIdNumber> tryParse(CharSequence text) {
    return problemOrNull(text) == null ? Optional.of(create(text)) : Optional.empty();
  }

  /**
   * Whether the text is a valid 18-character number.
   *
   * @param text the text to check
   * @return true when {@link #parse(CharSequence)} would accept it
   * @throws NullPointerException if the text is null
   */
  public static boolean isValid(CharSequence text) {
    return problemOrNull(text) == null;
  }

  /**
   * Why the text is not a valid 18-character number, without throwing.
   *
   * @param text the text to check
   * @return the first problem found, or empty when the text is valid
   * @throws NullPointerException if the text is null
   */
  public static Optional<Reason> problemOf(CharSequence text) {
    return Optional.ofNullable(problemOrNull(text));
  }

  /**
   * Upgrades a legacy 15-digit number (GB 11643-1989: 6 address + {@code YYMMDD} + 3 sequence, no check) to
   * the 18-character form by inserting the century {@code 19} and computing the check character.
   *
   * @param text the 15 digits
   * @return the 18-character number
   * @throws InvalidIdentifierException if the text is not 15 digits with a real province prefix and a real
   *     birth date in the 1900s
   * @throws NullPointerException if the text is null
   */
  public static ResidentIdNumber fromLegacy(CharSequence text) {
    Reason problem = legacyProblemOrNull(text);
    if (problem != null) {
      throw new InvalidIdentifierException(IdentifierKind.RESIDENT_ID_NUMBER, problem, text);
    }
    String first17 = text.subSequence(0, 6) + "19" + text.subSequence(6, LEGACY_LENGTH);
    return create(first17 + checkCharacter(first17));
  }

  /**
   * Whether the text is a valid legacy 15-digit number that {@link #fromLegacy(CharSequence)} accepts.
   *
   * @param text the text to check
   * @return true when the text is 15 digits with a real province prefix and a real birth date in the 1900s
   * @throws NullPointerException if the text is null
   */
  public static boolean isValidLegacy(CharSequence text) {
    return legacyProblemOrNull(text) == null;
  }

  /**
   * Why the text is not a valid legacy 15-digit number, without throwing.
   *
   * @param text the text to check
   * @return the first problem found, or empty when {@link #fromLegacy(CharSequence)} would accept the text
   * @throws NullPointerException if the text is null
   */
  public static Optional<Reason> legacyProblemOf(CharSequence text) {
    return Optional.ofNullable(legacyProblemOrNull(text));
  }

  /**
   * Builds the number for the given parts, computing the check character; meant for generators and tests.
   *
   * @param addressCode a six-digit GB/T 2260 code
   * @param birthDate the birth date, from 1800 to 9999
   * @param sequence the sequence code, 0–999 (odd for men, even for women)
   * @return the number
   * @throws IllegalArgumentException if a part is out of range
   */
  public static ResidentIdNumber of(DivisionCode addressCode, LocalDate birthDate, int sequence) {
    if (addressCode.length() != 6) {
      throw new IllegalArgumentException("The address code must have six digits");
    }
    if (birthDate.getYear() < MIN_BIRTH_YEAR || birthDate.getYear() > 9999) {
      throw new IllegalArgumentException("The birth year must be in 1800–9999");
    }
    if (sequence < 0 || sequence > 999) {
      throw new IllegalArgumentException("The sequence code must be in 0–999");
    }
    String first17 =
        addressCode.value()
            + "%04d%02d%02d%03d"
                .formatted(
                    birthDate.getYear(), birthDate.getMonthValue(), birthDate.getDayOfMonth(), sequence);
    return create(first17 + checkCharacter(first17));
  }

  /**
   * The ISO 7064 MOD 11-2 check character for the first 17 digits of a number.
   *
   * @param first17 exactly 17 ASCII digits
   * @return {@code 0}–{@code 9} or {@code X}
   * @throws IllegalArgumentException if the text is not 17 ASCII digits
   */
  public static char checkCharacter(CharSequence first17) {
    if (first17.length() != LENGTH - 1 || !allDigits(first17, 0, LENGTH - 1)) {
      throw new IllegalArgumentException("Expected 17 ASCII digits");
    }
    return computeCheck(first17);
  }

  private static char computeCheck(CharSequence digits) {
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      sum += (digits.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11);
  }

  private static @Nullable Reason problemOrNull(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (text.length() != LENGTH) {
      return Reason.LENGTH;
    }
    char last = text.charAt(LENGTH - 1);
    if (!allDigits(text, 0, LENGTH - 1) || !(isDigit(last) || last == 'X' || last == 'x')) {
      return Reason.CHARACTERS;
    }
    if (DivisionCode.tryParse(text.subSequence(0, 6)).isEmpty()) {
      return Reason.DIVISION;
    }
    if (dateOrNull(text, 6, 4) == null) {
      return Reason.BIRTH_DATE;
    }
    if (computeCheck(text) != Character.toUpperCase(last)) {
      return Reason.CHECKSUM;
    }
    return null;
  }

  private static @Nullable Reason legacyProblemOrNull(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (text.length() != LEGACY_LENGTH) {
      return Reason.LENGTH;
    }
    if (!allDigits(text, 0, LEGACY_LENGTH)) {
      return Reason.CHARACTERS;
    }
    if (DivisionCode.tryParse(text.subSequence(0, 6)).isEmpty()) {
      return Reason.DIVISION;
    }
    if (dateOrNull("19" + text.subSequence(6, 12), 0, 4) == null) {
      return Reason.BIRTH_DATE;
    }
    return null;
  }

  /** Creates the value from text already checked; normalizes a lower-case x. */
  private static ResidentIdNumber create(CharSequence text) {
    String value = text.toString().toUpperCase(Locale.ROOT);
    return new ResidentIdNumber(value, Objects.requireNonNull(dateOrNull(value, 6, 4)));
  }

  /** The date written as digits at {@code start} with a year of {@code yearDigits}, or null if not real. */
  private static @Nullable LocalDate dateOrNull(CharSequence text, int start, int yearDigits) {
    int year = number(text, start, start + yearDigits);
    int month = number(text, start + yearDigits, start + yearDigits + 2);
    int day = number(text, start + yearDigits + 2, start + yearDigits + 4);
    if (year < MIN_BIRTH_YEAR) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int number(CharSequence text, int start, int end) {
    int result = 0;
    for (int i = start; i < end; i++) {
      result = result * 10 + (text.charAt(i) - '0');
    }
    return result;
  }

  private static boolean allDigits(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The full 18-character number, upper-case {@code X}. Personal data: do not log it. */
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * The address code (地址码, characters 1–6): the GB/T 2260 county code of the registered residence when the
   * number was issued. It may be a historic code no longer in force (450122 武鸣县, now 450110 武鸣区).
   */
  public DivisionCode addressCode() {
    return DivisionCode.parse(value.substring(0, 6));
  }

  /** The birth date (出生日期码, characters 7–14). */
  public LocalDate birthDate() {
    return birthDate;
  }

  /**
   * Whether the birth date is after the given date, e.g. an as-of date: a number "born in the future" is
   * well-formed but not plausible on that date.
   *
   * @param date the date to compare with
   * @return true when {@link #birthDate()} is after the date
   */
  public boolean isBornAfter(LocalDate date) {
    return birthDate.isAfter(date);
  }

  /** The sex (性别) the 17th character encodes: odd for {@link Sex#MALE}, even for {@link Sex#FEMALE}. */
  public Sex sex() {
    return (value.charAt(LENGTH - 2) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /**
   * The masked number (脱敏): the first six and the last four characters, the eight birth-date digits hidden —
   * {@code 450103********123X}.
   */
  public String masked() {
    return value.substring(0, 6) + "********" + value.substring(LENGTH - 4);
  }

  /** Orders by the full number. */
  @Override
  public int compareTo(ResidentIdNumber other) {
    return value.compareTo(other.value);
  }

  /** Equal when the (normalized) numbers are equal. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ResidentIdNumber number && value.equals(number.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The masked number, {@link #masked()}: never the full value. */
  @Override
  public String toString() {
    return masked();
  }
}
