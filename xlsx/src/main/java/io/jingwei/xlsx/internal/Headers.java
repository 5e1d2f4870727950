package io.jingwei.xlsx.internal;

import java.text.Normalizer;
import java.util.Locale;

/** How headers and sheet names are compared (列名与表名的规范化). */
public final class Headers {

  private Headers() {}

  /**
   * A header as compared: full-width characters folded (NFKC), parenthesized notes, white space and {@code *}
   * marks removed, ASCII lower-cased. {@code 出生日期（格式：2021-05-01）*} gives {@code 出生日期}.
   */
  public static String normalize(String header) {
    String s = Normalizer.normalize(header, Normalizer.Form.NFKC);
    s = s.replaceAll("\\([^()]*\\)", "").replaceAll("[【\\[][^】\\]]*[】\\]]", "");
    s = s.replaceAll("[\\s*:：]+", "");
    return s.toLowerCase(Locale.ROOT);
  }

  /**
   * A sheet or file name as compared: normalized as a header, the extension dropped, and the words around a kind
   * name removed (台账, 信息, 名册 stay part of synonyms; 表, 明细, 一览 and a trailing 模板 go).
   */
  public static String sheetKey(String name) {
    String s = name;
    int dot = s.lastIndexOf('.');
    if (dot > 0 && s.length() - dot <= 5) {
      s = s.substring(0, dot);
    }
    s = normalize(s);
    s = s.replaceAll("^[0-9_\\-]+", "").replaceAll("[0-9_\\-]+$", "");
    s = s.replaceAll("(模板|台账|汇总表|统计表|信息表|明细表|一览表|明细|一览|表)+$", "");
    return s;
  }
}
