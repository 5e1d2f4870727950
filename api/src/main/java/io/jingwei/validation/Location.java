package io.jingwei.validation;

import org.jspecify.annotations.Nullable;

/**
 * Where a record was read (位置): a file and line (JSON Lines, CSV), or a workbook, sheet, row and column
 * (XLSX), or nowhere in particular (records built in memory). Lines and rows count from 1; 0 means unknown.
 *
 * @param file the file name as the caller gave it, if any
 * @param line the line in a text file, or 0
 * @param sheet the sheet of a workbook, if any
 * @param row the row of a sheet, or 0
 * @param column the column of a sheet (letters such as {@code C}) or a CSV header, if any
 */
public record Location(
    @Nullable String file, long line, @Nullable String sheet, long row, @Nullable String column)
    implements Comparable<Location> {

  private static final Location NONE = new Location(null, 0, null, 0, null);

  /** Checks that line and row are not negative. */
  public Location {
    if (line < 0 || row < 0) {
      throw new IllegalArgumentException("line and row must not be negative");
    }
  }

  /** No location: a record built in memory. */
  public static Location none() {
    return NONE;
  }

  /** A whole file. */
  public static Location ofFile(String file) {
    return new Location(file, 0, null, 0, null);
  }

  /** A line of a text file (JSON Lines, CSV). */
  public static Location ofLine(String file, long line) {
    return new Location(file, line, null, 0, null);
  }

  /** A cell of a workbook. */
  public static Location ofCell(String file, String sheet, long row, @Nullable String column) {
    return new Location(file, 0, sheet, row, column);
  }

  /** This location with the column set (a CSV header or a sheet column). */
  public Location withColumn(@Nullable String newColumn) {
    return new Location(file, line, sheet, row, newColumn);
  }

  /** Whether this location names nothing. */
  public boolean isNone() {
    return file == null && sheet == null && line == 0 && row == 0;
  }

  @Override
  public int compareTo(Location o) {
    int c = compareNullable(file, o.file);
    if (c != 0) return c;
    c = compareNullable(sheet, o.sheet);
    if (c != 0) return c;
    c = Long.compare(line, o.line);
    if (c != 0) return c;
    c = Long.compare(row, o.row);
    if (c != 0) return c;
    return compareNullable(column, o.column);
  }

  private static int compareNullable(@Nullable String a, @Nullable String b) {
    if (a == null) return b == null ? 0 : -1;
    if (b == null) return 1;
    return a.compareTo(b);
  }

  /** {@code members.jsonl:12}, {@code 台账.xlsx!党员!C5}, or {@code -} for none. */
  @Override
  public String toString() {
    if (isNone()) return "-";
    StringBuilder sb = new StringBuilder(file == null ? "" : file);
    if (sheet != null) {
      sb.append('!').append(sheet).append('!').append(column == null ? "" : column).append(row);
    } else {
      if (line > 0) sb.append(':').append(line);
      if (column != null) sb.append(" [").append(column).append(']');
    }
    return sb.toString();
  }
}
