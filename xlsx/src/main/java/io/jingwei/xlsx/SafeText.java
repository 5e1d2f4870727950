package io.jingwei.xlsx;

import java.util.Objects;

/**
 * Text made safe for spreadsheets (公式注入防护): a value starting with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return would be taken for a formula by Excel, WPS or LibreOffice when the file is opened
 * (CSV injection); it is written with a leading apostrophe ({@code '=1+1}), which spreadsheet programs show as
 * text. Every CSV and XLSX file Jingwei writes passes its text through {@link #neutralize(String)}; the readers
 * undo it with {@link #restore(String)}, so that a value survives a write and a read. Stateless and thread-safe.
 */
public final class SafeText {

  private SafeText() {}

  /** Whether the text would start a formula. */
  public static boolean isDangerous(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
        || c == '＝' || c == '＋' || c == '－' || c == '＠';
  }

  /** The text, with a leading apostrophe when it would start a formula. */
  public static String neutralize(String text) {
    return isDangerous(text) ? "'" + text : text;
  }

  /** The text as it was before {@link #neutralize(String)}: a leading apostrophe before a formula start removed. */
  public static String restore(String text) {
    Objects.requireNonNull(text, "text");
    return text.length() > 1 && text.charAt(0) == '\'' && isDangerous(text.substring(1)) ? text.substring(1) : text;
  }
}
