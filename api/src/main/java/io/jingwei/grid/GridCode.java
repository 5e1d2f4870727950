package io.jingwei.grid;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.jingwei.id.IdentifierKind;
import io.jingwei.id.InvalidIdentifierException;
import io.jingwei.id.InvalidIdentifierException.Reason;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A grid code (网格编码): 8 to 24 ASCII digits.
 *
 * <p>How the digits are laid out depends on the coding scheme a city uses (the national CJ/T 349-2010 20-digit
 * code, Beijing's 15-digit unit-grid code, or a 12-digit community code plus a sequence); {@link GridCodeScheme}
 * reads them. This type only checks the common syntax, so that a dataset can be read before its scheme is known
 * ({@code domain-rules.md} §5). Grid codes are not personal data.
 */
public final class GridCode implements Comparable<GridCode> {

  /** Fewest digits of a grid code. */
  public static final int MIN_LENGTH = 8;

  /** Most digits of a grid code. */
  public static final int MAX_LENGTH = 24;

  private final String value;

  private GridCode(String value) {
    this.value = value;
  }

  /**
   * Parses a grid code of 8–24 ASCII digits, with no blanks or separators.
   *
   * @param text the code
   * @return the code
   * @throws InvalidIdentifierException if the text is not 8–24 ASCII digits ({@link Reason#LENGTH}, {@link
   *     Reason#CHARACTERS})
   * @throws NullPointerException if the text is null
   */
  @JsonCreator
  public static GridCode parse(CharSequence text) {
    Reason problem = problemOrNull(text);
    if (problem != null) {
      throw new InvalidIdentifierException(IdentifierKind.GRID_CODE, problem, text);
    }
    return new GridCode(text.toString());
  }

  /**
   * Parses a grid code, or returns empty when the text is not one.
   *
   * @param text the code
   * @return the code, or empty
   * @throws NullPointerException if the text is null
   */
  public static Optional<GridCode> tryParse(CharSequence text) {
    return problemOrNull(text) == null ? Optional.of(new GridCode(text.toString())) : Optional.empty();
  }

  /**
   * Whether the text is a syntactically valid grid code (any scheme).
   *
   * @param text the text to check
   * @return true when {@link #parse(CharSequence)} would accept it
   * @throws NullPointerException if the text is null
   */
  public static boolean isValid(CharSequence text) {
    return problemOrNull(text) == null;
  }

  /**
   * Why the text is not a grid code, without throwing.
   *
   * @param text the text to check
   * @return {@link Reason#LENGTH} or {@link Reason#CHARACTERS}, or empty when the text is a grid code
   * @throws NullPointerException if the text is null
   */
  public static Optional<Reason> problemOf(CharSequence text) {
    return Optional.ofNullable(problemOrNull(text));
  }

  private static @Nullable Reason problemOrNull(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (text.length() < MIN_LENGTH || text.length() > MAX_LENGTH) {
      return Reason.LENGTH;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return Reason.CHARACTERS;
      }
    }
    return null;
  }

  /** The digits. */
  @JsonValue
  public String value() {
    return value;
  }

  /** The number of digits, 8–24. */
  public int length() {
    return value.length();
  }

  /** Orders by the digits. */
  @Override
  public int compareTo(GridCode other) {
    return value.compareTo(other.value);
  }

  /** Equal when the digits are equal. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof GridCode code && value.equals(code.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The digits (not personal data). */
  @Override
  public String toString() {
    return value;
  }
}
