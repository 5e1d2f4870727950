package io.jingwei.impl.standard;

/**
 * A profile file is not a valid standard (标准文件无效): unknown or misspelt keys, wrong value types, duplicate
 * rule ids, an unknown parent, an {@code extends} cycle. The message names the file and the place in it.
 */
public final class InvalidProfileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String origin;

  /** An exception about the profile read from {@code origin}. */
  public InvalidProfileException(String origin, String message) {
    super("profile " + origin + ": " + message);
    this.origin = origin;
  }

  /** An exception about the profile read from {@code origin}, with its cause. */
  public InvalidProfileException(String origin, String message, Throwable cause) {
    super("profile " + origin + ": " + message, cause);
    this.origin = origin;
  }

  /** Where the profile was read from: a file path or {@code classpath:…/national.yaml}. */
  public String origin() {
    return origin;
  }
}
