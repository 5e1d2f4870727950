package io.jingwei.xlsx;

import io.jingwei.validation.IssueCode;
import io.jingwei.validation.Severity;

/**
 * The codes of the issues the spreadsheet readers raise besides the engine's read issues (台账读取问题代码). A row
 * gives the same {@code read.*} issues a JSON line does ({@code read.invalid-value}, {@code read.missing-required}
 * …); these are about sheets, columns and cells.
 *
 * <table>
 *   <caption>Spreadsheet read issues</caption>
 *   <tr><th>Code</th><th>Severity</th><th>Record</th><th>Arguments</th></tr>
 *   <tr><td>{@code read.unknown-column}</td><td>WARNING</td><td>—</td><td>{@code header}</td></tr>
 *   <tr><td>{@code read.duplicate-column}</td><td>WARNING</td><td>—</td><td>{@code header}</td></tr>
 *   <tr><td>{@code read.missing-column}</td><td>ERROR</td><td>every row of the sheet unreadable</td>
 *       <td>{@code header}</td></tr>
 *   <tr><td>{@code read.unknown-sheet}</td><td>WARNING</td><td>—</td><td>{@code sheet}</td></tr>
 *   <tr><td>{@code read.code-recovered}</td><td>WARNING</td><td>kept</td><td>{@code reason} (LEADING_ZEROS,
 *       DECIMAL_SUFFIX), {@code value} (masked when personal)</td></tr>
 *   <tr><td>{@code read.code-lost}</td><td>ERROR</td><td>kept without the field</td><td>{@code reason}
 *       (PRECISION, SCIENTIFIC_NOTATION), {@code value}</td></tr>
 *   <tr><td>{@code read.too-many-rows}</td><td>ERROR</td><td>the rows past the limit are not read</td>
 *       <td>{@code max}</td></tr>
 *   <tr><td>{@code read.malformed-csv}</td><td>ERROR</td><td>the rest of the file is not read</td>
 *       <td>{@code reason}</td></tr>
 * </table>
 */
public final class SpreadsheetIssueCodes {

  /** A header the catalogue does not know: the column is ignored. */
  public static final IssueCode UNKNOWN_COLUMN = IssueCode.of("read.unknown-column");
  /** A second column for the same field: ignored. */
  public static final IssueCode DUPLICATE_COLUMN = IssueCode.of("read.duplicate-column");
  /** A required column is absent: no row of the sheet can be read. */
  public static final IssueCode MISSING_COLUMN = IssueCode.of("read.missing-column");
  /** A sheet whose name is no entity kind: ignored. */
  public static final IssueCode UNKNOWN_SHEET = IssueCode.of("read.unknown-sheet");
  /** A code stored as a number, recovered without loss (leading zeros restored, {@code .0} removed). */
  public static final IssueCode CODE_RECOVERED = IssueCode.of("read.code-recovered");
  /** A code stored as a number that lost digits (more than 15, or scientific notation): the field is dropped. */
  public static final IssueCode CODE_LOST = IssueCode.of("read.code-lost");
  /** More data rows than the limit: the rest is not read. */
  public static final IssueCode TOO_MANY_ROWS = IssueCode.of("read.too-many-rows");
  /** A CSV file that cannot be parsed further (an unclosed quote). */
  public static final IssueCode MALFORMED_CSV = IssueCode.of("read.malformed-csv");

  private SpreadsheetIssueCodes() {}

  /** The severity the readers raise an issue of the code with. */
  public static Severity severityOf(IssueCode code) {
    if (code.equals(UNKNOWN_COLUMN)
        || code.equals(DUPLICATE_COLUMN)
        || code.equals(UNKNOWN_SHEET)
        || code.equals(CODE_RECOVERED)) {
      return Severity.WARNING;
    }
    return Severity.ERROR;
  }
}
