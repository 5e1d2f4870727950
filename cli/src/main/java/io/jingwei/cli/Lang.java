package io.jingwei.cli;

import java.util.Locale;

/** The language of the command's own texts (界面语言): Chinese unless the locale's language is English. */
record Lang(Locale locale) {

  /** Whether the texts are Chinese. */
  boolean zh() {
    return !locale.getLanguage().equals("en");
  }

  /** The Chinese or the English text. */
  String t(String zh, String en) {
    return zh() ? zh : en;
  }

  /** The BCP 47 tag of the locale ({@code zh-CN}, {@code en}). */
  String tag() {
    return locale.toLanguageTag();
  }
}
