package io.jingwei.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.jingwei.division.DivisionCode;
import io.jingwei.id.InvalidIdentifierException.Reason;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A unified social credit code (统一社会信用代码) of a legal person or other organisation, GB 32100-2015: 18
 * characters from a 31-symbol alphabet.
 *
 * <pre>
 *   9 1 440300 71526726X G
 *   | | |      |         `-- check character (校验码), MOD 31 (GB 32100-2015, after GB/T 17710)
 *   | | |      `------------ body identifier (主体标识码) = the GB 11714 organisation code, with its own check
 *   | | `------------------- registering authority's division code (登记管理机关行政区划码), GB/T 2260 digits
 *   | `--------------------- organisation type (机构类别代码)
 *   `----------------------- registration authority (登记管理部门代码)
 * </pre>
 *
 * <p>Alphabet: {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} (no I, O, Z, S, V); a character's value is its index.
 * Check character: with weights {@code W_i = 3^(i-1) mod 31} = {@code 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30
 * 28}, {@code c18 = alphabet[(31 − Σ v_i·W_i mod 31) mod 31]}. Embedded organisation code (GB 11714, positions
 * 9–17): with characters valued 0–35 ({@code 0-9A-Z}) and weights {@code 3 7 9 10 5 8 4 2} over positions 9–16,
 * {@code c = 11 − Σ mod 11}, written {@code X} for 10 and {@code 0} for 11. Verified examples: {@code
 * 9144030071526726XG}, {@code 91330100716105852F}, {@code 91110000100010433L}. Sources: {@code domain-rules.md}
 * §4.2 ([C]).
 *
 * <p>What {@link #parse(CharSequence)} checks, in order: 18 characters ({@link Reason#LENGTH}); every character in
 * the alphabet ({@link Reason#CHARACTERS}; lower case is accepted and normalized); positions 3–8 digits ({@link
 * Reason#SEGMENT}) forming a division code with a real province-level prefix, or {@code 100000} for national
 * registration authorities ({@link Reason#DIVISION}); the check character ({@link Reason#CHECKSUM}); the
 * embedded organisation code's check ({@link Reason#EMBEDDED_CHECKSUM}). The authority and type codes are not
 * restricted to the known ones ({@link RegistrationAuthority}).
 *
 * <p>Credit codes identify organisations, not people: they are not personal data and {@link #toString()} prints
 * them in full.
 */
public final class CreditCode implements Comparable<CreditCode> {

  /** The 31-symbol alphabet of GB 32100-2015; a symbol's value is its index. */
  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /** Weights 3^(i-1) mod 31 for positions 1–17. */
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  /** Weights of GB 11714 for the eight body characters of an organisation code. */
  private static final int[] ORGANIZATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  /** The registration-division segment used by national (central) registration authorities. */
  private static final String NATIONAL_DIVISION = "100000";

  private static final int LENGTH = 18;

  private final String value;

  private CreditCode(String value) {
    this.value = value;
  }

  /**
   * Parses an 18-character code; lower-case letters are normalized to upper case. No blanks are allowed.
   *
   * @param text the code
   * @return the code
   * @throws InvalidIdentifierException if the text is not a valid code
   * @throws NullPointerException if the text is null
   */
  @JsonCreator
  public static CreditCode parse(CharSequence text) {
    Reason problem = problemOrNull(text);
    if (problem != null) {
      throw new InvalidIdentifierException(IdentifierKind.CREDIT_CODE, problem, text);
    }
    return new CreditCode(normalize(text));
  }

  /**
   * Parses a code, or returns empty when the text is not a valid one.
   *
   * @param text the code
   * @return the code, or empty
   * @throws NullPointerException if the text is null
   */
  public static Optional<CreditCode> tryParse(CharSequence text) {
    return problemOrNull(text) == null ? Optional.of(new CreditCode(normalize(text))) : Optional.empty();
  }

  /**
   * Whether the text is a valid code.
   *
   * @param text the text to check
   * @return true when {@link #parse(CharSequence)} would accept it
   * @throws NullPointerException if the text is null
   */
  public static boolean isValid(CharSequence text) {
    return problemOrNull(text) == null;
  }

  /**
   * Why the text is not a valid code, without throwing.
   *
   * @param text the text to check
   * @return the first problem found, or empty when the text is valid
   * @throws NullPointerException if the text is null
   */
  public static Optional<Reason> problemOf(CharSequence text) {
    return Optional.ofNullable(problemOrNull(text));
  }

  /**
   * Builds a code from its parts, computing both check characters; meant for generators and tests.
   *
   * @param registrationAuthority the authority code (position 1), a symbol of the alphabet
   * @param organizationType the type code (position 2), a symbol of the alphabet
   * @param registrationDivision a six-digit division code (positions 3–8)
   * @param organizationCodeBody the eight body characters of the organisation code (positions 9–16)
   * @return the code
   * @throws IllegalArgumentException if a part is not from the alphabet or has the wrong length
   */
  public static CreditCode of(
      char registrationAuthority,
      char organizationType,
      DivisionCode registrationDivision,
      CharSequence organizationCodeBody) {
    if (registrationDivision.length() != 6) {
      throw new IllegalArgumentException("The registration division must have six digits");
    }
    String first17 =
        "" + registrationAuthority + organizationType + registrationDivision.value() + organizationCodeBody
            + organizationCodeCheckCharacter(organizationCodeBody);
    return parse(first17 + checkCharacter(first17));
  }

  /**
   * The GB 32100 check character (position 18) for the first 17 characters of a code.
   *
   * @param first17 17 symbols of the alphabet (upper case)
   * @return the check character
   * @throws IllegalArgumentException if the text is not 17 symbols of the alphabet
   */
  public static char checkCharacter(CharSequence first17) {
    if (first17.length() != LENGTH - 1) {
      throw new IllegalArgumentException("Expected 17 characters");
    }
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      int v = ALPHABET.indexOf(first17.charAt(i));
      if (v < 0) {
        throw new IllegalArgumentException("Character " + (i + 1) + " is not in the GB 32100 alphabet");
      }
      sum += v * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  /**
   * The GB 11714 check character of an organisation code (position 9 of the code, position 17 of a credit code)
   * for its eight body characters.
   *
   * @param body eight characters {@code 0-9} or {@code A-Z} (upper case)
   * @return {@code 0}–{@code 9} or {@code X}
   * @throws IllegalArgumentException if the body is not eight such characters
   */
  public static char organizationCodeCheckCharacter(CharSequence body) {
    if (body.length() != ORGANIZATION_WEIGHTS.length) {
      throw new IllegalArgumentException("Expected 8 characters");
    }
    int sum = 0;
    for (int i = 0; i < ORGANIZATION_WEIGHTS.length; i++) {
      char c = body.charAt(i);
      int v;
      if (c >= '0' && c <= '9') {
        v = c - '0';
      } else if (c >= 'A' && c <= 'Z') {
        v = c - 'A' + 10;
      } else {
        throw new IllegalArgumentException("Character " + (i + 1) + " is not 0-9 or A-Z");
      }
      sum += v * ORGANIZATION_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
  }

  private static @Nullable Reason problemOrNull(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (text.length() != LENGTH) {
      return Reason.LENGTH;
    }
    String code = normalize(text);
    for (int i = 0; i < LENGTH; i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) {
        return Reason.CHARACTERS;
      }
    }
    for (int i = 2; i < 8; i++) {
      if (code.charAt(i) < '0' || code.charAt(i) > '9') {
        return Reason.SEGMENT;
      }
    }
    String division = code.substring(2, 8);
    if (!division.equals(NATIONAL_DIVISION) && !DivisionCode.isValid(division)) {
      return Reason.DIVISION;
    }
    if (checkCharacter(code.substring(0, LENGTH - 1)) != code.charAt(LENGTH - 1)) {
      return Reason.CHECKSUM;
    }
    if (organizationCodeCheckCharacter(code.substring(8, 16)) != code.charAt(16)) {
      return Reason.EMBEDDED_CHECKSUM;
    }
    return null;
  }

  /** Upper-cases ASCII letters only, so the length never changes. */
  private static String normalize(CharSequence text) {
    char[] chars = new char[text.length()];
    for (int i = 0; i < chars.length; i++) {
      char c = text.charAt(i);
      chars[i] = c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
    }
    return new String(chars);
  }

  /** The 18-character code, upper case. */
  @JsonValue
  public String value() {
    return value;
  }

  /** The registration authority code (登记管理部门代码, position 1), e.g. {@code '9'} for 工商. */
  public char registrationAuthority() {
    return value.charAt(0);
  }

  /** The organisation type code (机构类别代码, position 2), e.g. {@code '1'} for 企业 under 工商. */
  public char organizationType() {
    return value.charAt(1);
  }

  /** The registration authority, when position 1 holds one of the known codes. */
  public Optional<RegistrationAuthority> authority() {
    return RegistrationAuthority.fromCode(registrationAuthority());
  }

  /**
   * The Chinese name of the organisation type, when the authority and type codes are known ({@code 91…} →
   * {@code 企业}, {@code 52…} → {@code 民办非企业单位}).
   */
  public Optional<String> organizationTypeName() {
    return authority().flatMap(authority -> authority.organizationTypeName(organizationType()));
  }

  /**
   * The division code of the registering authority (登记管理机关行政区划码, positions 3–8).
   *
   * @return the six-digit code, or empty when the authority is a national one (segment {@code 100000}, which
   *     GB/T 2260 does not list)
   */
  public Optional<DivisionCode> registrationDivision() {
    return DivisionCode.tryParse(value.substring(2, 8));
  }

  /** Whether the code was issued by a national (central) registration authority: segment {@code 100000}. */
  public boolean isNationallyRegistered() {
    return value.startsWith(NATIONAL_DIVISION, 2);
  }

  /** The organisation code (组织机构代码, GB 11714) embedded at positions 9–17, e.g. {@code 71526726X}. */
  public String organizationCode() {
    return value.substring(8, 17);
  }

  /** Orders by the code. */
  @Override
  public int compareTo(CreditCode other) {
    return value.compareTo(other.value);
  }

  /** Equal when the codes are equal. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CreditCode code && value.equals(code.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The code in full (not personal data). */
  @Override
  public String toString() {
    return value;
  }
}
