package io.jingwei.impl.json;

/**
 * How rejected input text is shown in issues and exception messages (显示脱敏): personal data (ID numbers,
 * mobile numbers, names) is masked, other text is shown in full up to a length cap.
 *
 * <p>Text that failed to parse has no {@code masked()} of its own, so the mask is computed from its length:
 * at most a third of the characters (and no more than six) are kept at the front and at most a quarter (no
 * more than four) at the end; an 18-character ID number is shown as {@code 450103********123X}, the same
 * form as {@code ResidentIdNumber.masked()}.
 */
public final class ValueMasking {

  /** The longest text shown in full. */
  public static final int MAX_SHOWN_LENGTH = 64;

  private static final int MAX_STARS = 16;

  private ValueMasking() {}

  /**
   * The text to show for a rejected value.
   *
   * @param text the rejected text
   * @param personal whether the text is personal data (masked) or not (shown, capped, with any identifier-shaped
   *     digits in it {@linkplain #scrub(String) masked})
   */
  public static String show(String text, boolean personal) {
    return personal ? mask(text) : cap(scrub(text));
  }

  /** Masks personal text: a few leading and trailing characters are kept, the rest become {@code *}. */
  public static String mask(String text) {
    int[] cps = text.codePoints().toArray();
    int n = cps.length;
    int head = Math.min(6, n / 3);
    int tail = Math.min(4, n / 4);
    int stars = Math.min(n - head - tail, MAX_STARS);
    StringBuilder sb = new StringBuilder(head + stars + tail);
    for (int i = 0; i < head; i++) {
      sb.appendCodePoint(cps[i]);
    }
    sb.append("*".repeat(Math.max(stars, 0)));
    for (int i = n - tail; i < n; i++) {
      sb.appendCodePoint(cps[i]);
    }
    return sb.toString();
  }

  /**
   * Masks the personal identifiers inside text that is not meant to hold any (脱敏扫描): every maximal run of
   * ASCII digits that has the shape of a resident ID number (17 digits and a digit or {@code X}, or the legacy 15
   * digits) or of a mobile number (11 digits starting with {@code 1}) is {@linkplain #mask(String) masked}, whether
   * or not its check character is right — a mistyped ID number is still personal data. It guards the places where
   * data ends up in a message by mistake: an ID number in an enum field after a column shift, a phone number as a
   * property name. Other digit runs (division codes, counts) are kept.
   *
   * @param text any text
   * @return the text with such runs masked
   */
  public static String scrub(String text) {
    int n = text.length();
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c < '0' || c > '9' || (i > 0 && isDigit(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      int end = i;
      while (end < n && isDigit(text.charAt(end))) {
        end++;
      }
      int digits = end - i;
      if (digits == 17 && end < n && (text.charAt(end) == 'X' || text.charAt(end) == 'x')) {
        end++;
      }
      int length = end - i;
      boolean personal =
          (length == 18 && digits >= 17) || digits == 15 && length == 15 || (digits == 11 && length == 11 && c == '1');
      if (personal && (end == n || !Character.isLetterOrDigit(text.charAt(end)))) {
        if (out == null) {
          out = new StringBuilder(n);
        }
        out.append(text, copied, i).append(mask(text.substring(i, end)));
        copied = end;
      }
      i = end;
    }
    return out == null ? text : out.append(text, copied, n).toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Caps text that is not personal data at {@link #MAX_SHOWN_LENGTH} characters, marking a cut with {@code …}. */
  public static String cap(String text) {
    if (text.length() <= MAX_SHOWN_LENGTH) {
      return text;
    }
    int end = MAX_SHOWN_LENGTH - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }
}
