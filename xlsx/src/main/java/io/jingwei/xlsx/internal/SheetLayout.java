package io.jingwei.xlsx.internal;

import io.jingwei.ref.EntityKind;
import io.jingwei.xlsx.Column;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Where the columns of one sheet or CSV file are (表头布局): the file, the sheet, the kind, the header row and the
 * column of each index. The annotator uses it to find the cell of an issue's path.
 *
 * @param file the file name as locations give it
 * @param sheet the sheet name; null for CSV
 * @param kind the entity kind
 * @param headerRow the row (line, for CSV) of the header, from 1
 * @param columns the catalogue column of each column index (from 0) that was recognized
 * @param headers the header text of each column index, recognized or not
 */
public record SheetLayout(
    String file,
    @Nullable String sheet,
    EntityKind kind,
    long headerRow,
    Map<Integer, Column> columns,
    Map<Integer, String> headers) {

  /** Copies the maps. */
  public SheetLayout {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(kind, "kind");
    columns = Collections.unmodifiableMap(new TreeMap<>(columns));
    headers = Collections.unmodifiableMap(new TreeMap<>(headers));
  }

  /** The index of the column whose path is the longest prefix of the JSON Pointer, or -1. */
  public int columnOf(String pointer) {
    int best = -1;
    int bestLength = -1;
    for (Map.Entry<Integer, Column> e : columns.entrySet()) {
      String p = e.getValue().path();
      if ((pointer.equals(p) || pointer.startsWith(p + "/")) && p.length() > bestLength) {
        best = e.getKey();
        bestLength = p.length();
      }
    }
    return best;
  }

  /** The number of columns of the header. */
  public int width() {
    return headers.isEmpty() ? 0 : ((TreeMap<Integer, String>) new TreeMap<>(headers)).lastKey() + 1;
  }

  /** The column letters of an index from 0 ({@code 0} → {@code A}, {@code 26} → {@code AA}). */
  public static String letters(int index) {
    StringBuilder sb = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      sb.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return sb.toString();
  }

  /** The index from 0 of column letters ({@code C} → 2); -1 when not letters. */
  public static int index(String letters) {
    int n = 0;
    for (int i = 0; i < letters.length(); i++) {
      char c = letters.charAt(i);
      if (c < 'A' || c > 'Z') {
        return -1;
      }
      n = n * 26 + (c - 'A' + 1);
      if (n > 1 << 24) {
        return -1; // far past Excel's last column: not a column
      }
    }
    return n - 1;
  }
}
