package io.jingwei.validation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable code of an issue (问题代码), dotted and lower case: {@code branch.min-full-members}. It is also
 * the rule id that raised the issue and the key of the issue's message in the bundles.
 *
 * @param value the dotted code
 */
public record IssueCode(@JsonValue String value) implements Comparable<IssueCode> {

  private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)+");

  /**
   * Checks the form.
   *
   * @throws IllegalArgumentException when the code is not dotted lower-case words
   */
  public IssueCode {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("Not an issue code (dotted lower-case words): " + value);
    }
  }

  /** The codes made so far (a rule's code is asked for again and again), up to {@value #CACHE_SIZE} of them. */
  private static final java.util.concurrent.ConcurrentHashMap<String, IssueCode> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final int CACHE_SIZE = 4096;

  /** The code with the given text. */
  @JsonCreator
  public static IssueCode of(String value) {
    IssueCode known = CACHE.get(Objects.requireNonNull(value, "value"));
    if (known != null) {
      return known;
    }
    IssueCode code = new IssueCode(value);
    if (CACHE.size() < CACHE_SIZE) {
      CACHE.putIfAbsent(value, code);
    }
    return code;
  }

  /** The family of the code: the part before the first dot ({@code branch} for {@code branch.max-members}). */
  public String family() {
    return value.substring(0, value.indexOf('.'));
  }

  @Override
  public int compareTo(IssueCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
