package io.jingwei.person;

import io.jingwei.privacy.PersonalData;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A person's name (姓名): personal data. The text is stripped of surrounding white space, not blank, at most
 * {@value #MAX_LENGTH} characters (Unicode code points, so a rare character outside the Basic Multilingual
 * Plane counts once) and free of control characters. Inner spaces and separators such as the middle dot of
 * transcribed names ({@code 阿不都·热合曼}) are kept as written.
 *
 * <p>{@link #toString()} is {@linkplain #masked() masked}; only {@link #value()} (and the wire format) gives the
 * full name.
 */
public final class PersonName implements Comparable<PersonName>, PersonalData {

  /** The longest name accepted, in code points. */
  public static final int MAX_LENGTH = 50;

  private final String value;

  private PersonName(String value) {
    this.value = value;
  }

  /**
   * The name with the given text, stripped.
   *
   * @throws IllegalArgumentException when the text is blank, too long or holds control characters; the message
   *     never repeats the name
   */
  @JsonCreator
  public static PersonName of(String text) {
    Objects.requireNonNull(text, "text");
    String stripped = text.strip();
    if (stripped.isEmpty()) {
      throw new IllegalArgumentException("A person name must not be blank");
    }
    int length = stripped.codePointCount(0, stripped.length());
    if (length > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "A person name must have at most " + MAX_LENGTH + " characters, not " + length);
    }
    for (int i = 0; i < stripped.length(); i++) {
      if (Character.isISOControl(stripped.charAt(i))) { // control characters are all in the BMP
        throw new IllegalArgumentException("A person name must not contain control characters");
      }
    }
    return new PersonName(stripped);
  }

  /** The full name. Personal data: do not log or print it. */
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * The name with every character but the first replaced by {@code *}: {@code 张*}, {@code 欧阳**}. A name of
   * one character becomes {@code *}.
   */
  public String masked() {
    int count = value.codePointCount(0, value.length());
    if (count == 1) {
      return "*";
    }
    int firstEnd = value.offsetByCodePoints(0, 1);
    return value.substring(0, firstEnd) + "*".repeat(count - 1);
  }

  /** Orders by the name text (code-unit order, not a collation). */
  @Override
  public int compareTo(PersonName other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PersonName other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The {@linkplain #masked() masked} name. */
  @Override
  public String toString() {
    return masked();
  }
}
