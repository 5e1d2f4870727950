package io.jingwei.xlsx;

import io.jingwei.validation.Location;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A spreadsheet that cannot be read at all (无法读取的表格文件): not an XLSX workbook, corrupt, unsafe (a zip bomb, a
 * DOCTYPE in its XML) or over a size limit. Problems in the data are issues; this is about the file itself, like an
 * unreadable path. The message names the file (and the sheet, when known) and the reason; never a stack trace.
 */
public final class SpreadsheetException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Location location;

  /**
   * An exception at the location.
   *
   * @param location the file, and the sheet when known
   * @param reason why the file cannot be read
   * @param cause the underlying exception, if any
   */
  public SpreadsheetException(Location location, String reason, @Nullable Throwable cause) {
    super(Objects.requireNonNull(location, "location") + ": " + Objects.requireNonNull(reason, "reason"), cause);
    this.location = location;
  }

  /** Where: the file, and the sheet when known. */
  public Location location() {
    return location;
  }
}
