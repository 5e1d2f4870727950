package io.jingwei.impl.i18n;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * A tiny formatter of message templates with named placeholders (命名占位符): {@code 党支部有{count}名党员，超过{max}名}.
 * A placeholder is <code>{name}</code> where the name is letters, digits, {@code _}, {@code -} or {@code .};
 * any other brace is literal text, and a placeholder without an argument stays as it is, so a missing argument is
 * visible rather than silently blank. Unlike {@link java.text.MessageFormat}, apostrophes are plain text and
 * numbers are not grouped.
 *
 * <p>Values: numbers as plain decimal text, lists joined with {@code 、} (Chinese) or {@code ", "}, booleans as
 * 是/否 (Chinese) or yes/no, everything else by {@code toString()}. Arguments are expected to be masked already.
 */
public final class NamedFormat {
  private NamedFormat() {}

  /** The template with each placeholder replaced by its argument, formatted for the locale. */
  public static String format(String template, Map<String, ?> args, Locale locale) {
    StringBuilder out = new StringBuilder(template.length() + 16);
    int i = 0;
    int n = template.length();
    while (i < n) {
      char c = template.charAt(i);
      if (c == '{') {
        int end = placeholderEnd(template, i);
        if (end > 0) {
          String name = template.substring(i + 1, end);
          if (args.containsKey(name)) {
            out.append(text(args.get(name), locale));
          } else {
            out.append(template, i, end + 1);
          }
          i = end + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /** The names of the placeholders in the template, in order of appearance (with repeats). */
  public static java.util.List<String> placeholders(String template) {
    java.util.List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i < template.length(); i++) {
      if (template.charAt(i) == '{') {
        int end = placeholderEnd(template, i);
        if (end > 0) {
          names.add(template.substring(i + 1, end));
          i = end;
        }
      }
    }
    return names;
  }

  /** The text of one argument value for the locale. */
  public static String text(@Nullable Object value, Locale locale) {
    boolean en = "en".equals(locale.getLanguage());
    if (value == null) {
      return "null";
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Boolean b) {
      return en ? (b ? "yes" : "no") : (b ? "是" : "否");
    }
    if (value instanceof Collection<?> c) {
      StringJoiner j = new StringJoiner(en ? ", " : "、");
      for (Object o : c) {
        j.add(text(o, locale));
      }
      return j.toString();
    }
    if (value instanceof Enum<?> e) {
      return EnumNames.display(e.name(), locale).orElse(e.name());
    }
    if (value instanceof String text && !text.isEmpty()) {
      return Character.isUpperCase(text.charAt(0))
          ? EnumNames.display(text, locale).orElse(text)
          : EnumNames.collection(text, locale).orElse(text);
    }
    return value.toString();
  }

  private static int placeholderEnd(String s, int open) {
    int j = open + 1;
    while (j < s.length()) {
      char ch = s.charAt(j);
      if (ch == '}') {
        return j > open + 1 ? j : -1;
      }
      if (!(Character.isLetterOrDigit(ch) || ch == '_' || ch == '-' || ch == '.')) {
        return -1;
      }
      j++;
    }
    return -1;
  }
}
