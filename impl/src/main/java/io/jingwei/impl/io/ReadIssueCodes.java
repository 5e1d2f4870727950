package io.jingwei.impl.io;

import io.jingwei.validation.IssueCode;
import io.jingwei.validation.Severity;

/**
 * The codes of the issues the readers raise (读取问题代码), with the severity each is raised with; a standard
 * profile may override the severity. Every issue is located by file and line and, below the record level, by
 * the JSON Pointer of the property.
 *
 * <table>
 *   <caption>Read issues</caption>
 *   <tr><th>Code</th><th>Severity</th><th>Record</th><th>Arguments</th></tr>
 *   <tr><td>{@code read.malformed-json}</td><td>ERROR</td><td>unreadable</td><td>{@code reason} (SYNTAX,
 *       TRUNCATED, TRAILING_CONTENT, ENCODING — not UTF-8), {@code column} when known</td></tr>
 *   <tr><td>{@code read.too-large}</td><td>ERROR</td><td>unreadable</td><td>{@code limit} (NESTING_DEPTH,
 *       STRING_LENGTH, NUMBER_LENGTH, NAME_LENGTH, RECORD_TOKENS, RECORD_BYTES), {@code max}</td></tr>
 *   <tr><td>{@code read.duplicate-key}</td><td>ERROR</td><td>unreadable</td><td>{@code property}</td></tr>
 *   <tr><td>{@code read.wrong-type}</td><td>ERROR</td><td>kept without the property when it can be dropped,
 *       else unreadable</td><td>{@code expected}, {@code actual} (JSON types: object, array, string, integer,
 *       number, boolean, null)</td></tr>
 *   <tr><td>{@code read.invalid-value}</td><td>ERROR</td><td>kept without the property when it can be dropped,
 *       else unreadable</td><td>{@code type} (the value type), {@code reason} when the parser gave one,
 *       {@code value} (masked when personal data)</td></tr>
 *   <tr><td>{@code read.missing-required}</td><td>ERROR</td><td>unreadable (or the enclosing optional property
 *       dropped)</td><td>{@code property}</td></tr>
 *   <tr><td>{@code read.unknown-property}</td><td>WARNING</td><td>kept</td><td>{@code property}</td></tr>
 *   <tr><td>{@code read.unknown-file}</td><td>WARNING</td><td>—</td><td>{@code file}</td></tr>
 *   <tr><td>{@code read.missing-file}</td><td>ERROR</td><td>—</td><td>{@code file}, {@code reason}
 *       (NOT_A_FILE, CANNOT_OPEN) when the file is there but cannot be read</td></tr>
 * </table>
 */
public final class ReadIssueCodes {

  /** A line or element is not JSON: a syntax error, a truncated value or content after the value. */
  public static final IssueCode MALFORMED_JSON = IssueCode.of("read.malformed-json");
  /** A line or element breaks a hardening limit. */
  public static final IssueCode TOO_LARGE = IssueCode.of("read.too-large");
  /** An object has the same property twice. */
  public static final IssueCode DUPLICATE_KEY = IssueCode.of("read.duplicate-key");
  /** A property (or the whole record) has the wrong JSON type. */
  public static final IssueCode WRONG_TYPE = IssueCode.of("read.wrong-type");
  /** A property has the right JSON type but a value that is not valid (an ID number with a bad check character). */
  public static final IssueCode INVALID_VALUE = IssueCode.of("read.invalid-value");
  /** A required property is absent or null. */
  public static final IssueCode MISSING_REQUIRED = IssueCode.of("read.missing-required");
  /** A property the record type does not have. */
  public static final IssueCode UNKNOWN_PROPERTY = IssueCode.of("read.unknown-property");
  /** A file in a dataset directory that is not part of the dataset. */
  public static final IssueCode UNKNOWN_FILE = IssueCode.of("read.unknown-file");
  /** A file the dataset needs (its manifest, or a file the manifest lists) is absent. */
  public static final IssueCode MISSING_FILE = IssueCode.of("read.missing-file");

  private ReadIssueCodes() {}

  /** The severity the readers raise an issue of the code with. */
  public static Severity severityOf(IssueCode code) {
    return code.equals(UNKNOWN_PROPERTY) || code.equals(UNKNOWN_FILE) ? Severity.WARNING : Severity.ERROR;
  }
}
