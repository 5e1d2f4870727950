package io.jingwei.standard;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A short text in Chinese and, optionally, English (双语文本), such as a rule's or a standard's title.
 *
 * @param zh the Chinese text (required)
 * @param en the English text, if any
 */
public record LocalizedText(String zh, @Nullable String en) {

  /** Checks that the Chinese text is present and not blank. */
  public LocalizedText {
    Objects.requireNonNull(zh, "zh");
    if (zh.isBlank()) {
      throw new IllegalArgumentException("the Chinese text must not be blank");
    }
    if (en != null && en.isBlank()) {
      en = null;
    }
  }

  /** The text in Chinese and English. */
  public static LocalizedText of(String zh, @Nullable String en) {
    return new LocalizedText(zh, en);
  }

  /** The text for the locale: English for an English locale when there is an English text, otherwise Chinese. */
  public String get(Locale locale) {
    return en != null && "en".equals(locale.getLanguage()) ? en : zh;
  }

  @Override
  public String toString() {
    return en == null ? zh : zh + " / " + en;
  }
}
