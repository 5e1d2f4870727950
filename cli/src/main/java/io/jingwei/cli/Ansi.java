package io.jingwei.cli;

import io.jingwei.validation.Severity;

/** ANSI colours for a terminal (终端颜色); plain text when off. */
record Ansi(boolean on) {

  String bold(String s) {
    return wrap("1", s);
  }

  String dim(String s) {
    return wrap("2", s);
  }

  String severity(Severity severity, String s) {
    return switch (severity) {
      case ERROR -> wrap("1;31", s);
      case WARNING -> wrap("33", s);
      case INFO -> wrap("36", s);
    };
  }

  String green(String s) {
    return wrap("32", s);
  }

  private String wrap(String code, String s) {
    return on ? "\033[" + code + "m" + s + "\033[0m" : s;
  }
}
