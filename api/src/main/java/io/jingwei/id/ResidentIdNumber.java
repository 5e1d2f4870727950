package io.jingwei.id;

import io.jingwei.person.Sex;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A resident ID number (公民身份号码), GB 11643-1999. STUB: signatures only; the identifier work fills it in.
 */
public final class ResidentIdNumber implements Comparable<ResidentIdNumber> {
  private final String value;

  private ResidentIdNumber(String value) {
    this.value = value;
  }

  /** Parses an 18-character number (or a 15-digit legacy one, upgraded). */
  public static ResidentIdNumber parse(CharSequence text) {
    return new ResidentIdNumber(text.toString());
  }

  /** Parses, or empty when invalid. */
  public static Optional<ResidentIdNumber> tryParse(CharSequence text) {
    return Optional.of(parse(text));
  }

  /** Whether the text is a valid number. */
  public static boolean isValid(CharSequence text) {
    return true;
  }

  /** The full 18-character number. Personal data. */
  public String value() {
    return value;
  }

  /** The birth date the number holds. */
  public LocalDate birthDate() {
    return LocalDate.of(2000, 1, 1);
  }

  /** The sex the number holds. */
  public Sex sex() {
    return Sex.MALE;
  }

  /** The masked text. */
  public String masked() {
    return value;
  }

  @Override
  public int compareTo(ResidentIdNumber o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return masked();
  }
}
