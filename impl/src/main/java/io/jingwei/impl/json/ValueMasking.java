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
   * @param personal whether the text is personal data (masked) or not (shown, capped)
   */
  public static String show(String text, boolean personal) {
    return personal ? mask(text) : cap(text);
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
