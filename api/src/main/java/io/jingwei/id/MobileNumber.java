package io.jingwei.id;

import io.jingwei.privacy.PersonalData;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.jingwei.id.InvalidIdentifierException.Reason;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A mainland China mobile number (手机号码): 11 digits matching {@code 1[3-9]\d{9}}.
 *
 * <p>{@link #parse(CharSequence)} accepts the forms people write: blanks and hyphens anywhere ({@code 138 0013
 * 8000}, {@code 138-0013-8000}) and a country prefix {@code +86}, {@code 0086} or {@code 86} (the last only in
 * front of 11 more digits). It keeps the 11-digit national number. Carrier prefixes are deliberately not checked:
 * allocations change (16x and 19x numbers are recent) and a list would reject real numbers. Source: {@code
 * domain-rules.md} §4.4 ([C] as common practice).
 *
 * <p>This is personal data (个人信息): {@link #toString()} and {@link #masked()} show {@code 138****5678}.
 */
public final class MobileNumber implements Comparable<MobileNumber>, PersonalData {

  private static final int LENGTH = 11;

  private final String value;

  private MobileNumber(String value) {
    this.value = value;
  }

  /**
   * Parses a number, with or without {@code +86}/{@code 0086}/{@code 86}, blanks and hyphens.
   *
   * @param text the number
   * @return the number
   * @throws InvalidIdentifierException if the text is not a valid number; its message is masked
   * @throws NullPointerException if the text is null
   */
  @JsonCreator
  public static MobileNumber parse(CharSequence text) {
    String national = nationalDigits(text);
    Reason problem = problemOrNull(national);
    if (problem != null) {
      throw new InvalidIdentifierException(IdentifierKind.MOBILE_NUMBER, problem, text);
    }
    return new MobileNumber(national);
  }

  /**
   * Parses a number, or returns empty when the text is not a valid one.
   *
   * @param text the number
   * @return the number, or empty
   * @throws NullPointerException if the text is null
   */
  public static Optional<MobileNumber> tryParse(CharSequence text) {
    String national = nationalDigits(text);
    return problemOrNull(national) == null ? Optional.of(new MobileNumber(national)) : Optional.empty();
  }

  /**
   * Whether the text is a valid number.
   *
   * @param text the text to check
   * @return true when {@link #parse(CharSequence)} would accept it
   * @throws NullPointerException if the text is null
   */
  public static boolean isValid(CharSequence text) {
    return problemOrNull(nationalDigits(text)) == null;
  }

  /**
   * Why the text is not a valid number, without throwing.
   *
   * @param text the text to check
   * @return the first problem found ({@link Reason#LENGTH}, {@link Reason#CHARACTERS} or {@link Reason#SEGMENT}
   *     when the number does not start with 13–19), or empty when the text is valid
   * @throws NullPointerException if the text is null
   */
  public static Optional<Reason> problemOf(CharSequence text) {
    return Optional.ofNullable(problemOrNull(nationalDigits(text)));
  }

  /** The text without blanks and hyphens and without a country prefix. */
  private static String nationalDigits(CharSequence text) {
    Objects.requireNonNull(text, "text");
    StringBuilder kept = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '-') {
        kept.append(c);
      }
    }
    String digits = kept.toString();
    if (digits.startsWith("+86")) {
      return digits.substring(3);
    }
    if (digits.startsWith("0086")) {
      return digits.substring(4);
    }
    if (digits.startsWith("86") && digits.length() == LENGTH + 2) {
      return digits.substring(2);
    }
    return digits;
  }

  private static @Nullable Reason problemOrNull(String national) {
    if (national.length() != LENGTH) {
      return Reason.LENGTH;
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = national.charAt(i);
      if (c < '0' || c > '9') {
        return Reason.CHARACTERS;
      }
    }
    if (national.charAt(0) != '1' || national.charAt(1) < '3') {
      return Reason.SEGMENT;
    }
    return null;
  }

  /** The 11-digit national number. Personal data: do not log it. */
  @JsonValue
  public String value() {
    return value;
  }

  /** The masked number (脱敏): the first three and the last four digits, {@code 138****5678}. */
  public String masked() {
    return value.substring(0, 3) + "****" + value.substring(7);
  }

  /** Orders by the national number. */
  @Override
  public int compareTo(MobileNumber other) {
    return value.compareTo(other.value);
  }

  /** Equal when the national numbers are equal. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof MobileNumber number && value.equals(number.value);
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
