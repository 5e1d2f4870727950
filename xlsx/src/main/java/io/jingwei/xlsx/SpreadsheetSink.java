package io.jingwei.xlsx;

import io.jingwei.ref.EntityKind;
import io.jingwei.validation.Issue;
import io.jingwei.validation.Location;

/**
 * Receives what a spreadsheet reading gives, as it goes (读取接收器): records in row order and issues in reading
 * order. Used by {@link Spreadsheets#read(java.nio.file.Path, SpreadsheetOptions, SpreadsheetSink)} to stream a
 * large sheet without holding its rows.
 */
public interface SpreadsheetSink {

  /** A record read from a row, located at the row. */
  void record(EntityKind kind, Object record, Location location);

  /** An issue found while reading. */
  void issue(Issue issue);
}
