package io.jingwei.cli;

/** A usage error or unreadable input (用法错误): the command prints the message and exits with status 2. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }

  UsageException(String message, Throwable cause) {
    super(message, cause);
  }
}
