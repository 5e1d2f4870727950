package io.jingwei.impl.json;

/**
 * The hardening limits of reading JSON (读取限制): bounds on the size of one record and its parts, so that a
 * hostile or broken file cannot exhaust memory or stack. A record is one line of a JSON Lines file, one element
 * of a collection in the single-document form, or a whole document read by a mapper from {@link JingweiJson}.
 *
 * @param maxNestingDepth the deepest nesting of arrays and objects (default 64)
 * @param maxStringLength the longest string value, in characters (default 1 MiB = 1,048,576)
 * @param maxNumberLength the longest number, in characters (default 64)
 * @param maxNameLength the longest property name, in characters (default 256)
 * @param maxRecordTokens the most JSON tokens in one record (default 100,000)
 * @param maxRecordBytes the longest record, in bytes of UTF-8 (default 4 MiB = 4,194,304): a longer JSON Lines
 *     line is skipped without being held in memory
 */
public record ReadLimits(
    int maxNestingDepth,
    int maxStringLength,
    int maxNumberLength,
    int maxNameLength,
    long maxRecordTokens,
    int maxRecordBytes) {

  /** The default deepest nesting. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
  /** The default longest string, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1 << 20;
  /** The default longest number, in characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 64;
  /** The default longest property name, in characters. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 256;
  /** The default most tokens per record. */
  public static final long DEFAULT_MAX_RECORD_TOKENS = 100_000;
  /** The default longest record, in bytes. */
  public static final int DEFAULT_MAX_RECORD_BYTES = 4 << 20;

  private static final ReadLimits DEFAULTS =
      new ReadLimits(
          DEFAULT_MAX_NESTING_DEPTH,
          DEFAULT_MAX_STRING_LENGTH,
          DEFAULT_MAX_NUMBER_LENGTH,
          DEFAULT_MAX_NAME_LENGTH,
          DEFAULT_MAX_RECORD_TOKENS,
          DEFAULT_MAX_RECORD_BYTES);

  /**
   * Checks that every limit is positive.
   *
   * @throws IllegalArgumentException when a limit is zero or negative
   */
  public ReadLimits {
    if (maxNestingDepth <= 0
        || maxStringLength <= 0
        || maxNumberLength <= 0
        || maxNameLength <= 0
        || maxRecordTokens <= 0
        || maxRecordBytes <= 0) {
      throw new IllegalArgumentException("read limits must be positive");
    }
  }

  /** The default limits. */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** These limits with another deepest nesting. */
  public ReadLimits withMaxNestingDepth(int value) {
    return new ReadLimits(value, maxStringLength, maxNumberLength, maxNameLength, maxRecordTokens, maxRecordBytes);
  }

  /** These limits with another longest string. */
  public ReadLimits withMaxStringLength(int value) {
    return new ReadLimits(maxNestingDepth, value, maxNumberLength, maxNameLength, maxRecordTokens, maxRecordBytes);
  }

  /** These limits with another longest number. */
  public ReadLimits withMaxNumberLength(int value) {
    return new ReadLimits(maxNestingDepth, maxStringLength, value, maxNameLength, maxRecordTokens, maxRecordBytes);
  }

  /** These limits with another longest property name. */
  public ReadLimits withMaxNameLength(int value) {
    return new ReadLimits(maxNestingDepth, maxStringLength, maxNumberLength, value, maxRecordTokens, maxRecordBytes);
  }

  /** These limits with another most tokens per record. */
  public ReadLimits withMaxRecordTokens(long value) {
    return new ReadLimits(maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, value, maxRecordBytes);
  }

  /** These limits with another longest record. */
  public ReadLimits withMaxRecordBytes(int value) {
    return new ReadLimits(maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, maxRecordTokens, value);
  }
}
