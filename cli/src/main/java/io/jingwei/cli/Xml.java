package io.jingwei.cli;

/** Escaping for XML and HTML text and attributes (转义): {@code & < > " '}; characters XML forbids are dropped. */
final class Xml {
  private Xml() {}

  /** The text escaped for an element's content or a quoted attribute value. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
            continue; // not allowed in XML 1.0
          }
          if (Character.isSurrogate(c)) {
            boolean paired =
                Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
              sb.append(c).append(text.charAt(++i));
            }
            continue;
          }
          sb.append(c);
        }
      }
    }
    return sb.toString();
  }
}
