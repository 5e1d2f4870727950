package io.jingwei.testkit.gate;

import io.jingwei.validation.IssueCode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A selection of issue codes (问题代码选择): one code ({@code member.activist-period}), a family
 * ({@code member.*}, every code before whose first dot is {@code member}), or every code ({@code *}).
 *
 * @param text the selector as written
 */
public record CodeSelector(String text) {

  private static final Pattern FAMILY = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*\\.\\*");

  /**
   * Checks the form.
   *
   * @throws IllegalArgumentException when the text is neither {@code *}, a family {@code x.*} nor an issue code
   */
  public CodeSelector {
    Objects.requireNonNull(text, "text");
    if (!text.equals("*") && !FAMILY.matcher(text).matches()) {
      IssueCode.of(text);
    }
  }

  /** The selector of the given text. */
  public static CodeSelector of(String text) {
    return new CodeSelector(text);
  }

  /** The selector of every code. */
  public static CodeSelector all() {
    return new CodeSelector("*");
  }

  /** Whether the selector names every code. */
  public boolean isAll() {
    return text.equals("*");
  }

  /** Whether the selector names a single code (not a family or every code). */
  public boolean isSingleCode() {
    return !text.endsWith("*");
  }

  /** Whether the code is selected. */
  public boolean matches(IssueCode code) {
    Objects.requireNonNull(code, "code");
    if (isAll()) {
      return true;
    }
    if (text.endsWith(".*")) {
      return code.family().equals(text.substring(0, text.length() - 2));
    }
    return code.value().equals(text);
  }

  @Override
  public String toString() {
    return text;
  }
}
