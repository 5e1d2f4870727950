package io.jingwei.validation;

/**
 * How many records of one kind were read and how they fared (记录统计). Every record read is accounted for:
 * {@code read == valid + invalid + unreadable}.
 *
 * <ul>
 *   <li>{@code valid}: read and without any ERROR issue (it may have warnings);
 *   <li>{@code invalid}: read and with at least one ERROR issue;
 *   <li>{@code unreadable}: could not be read as a record at all (malformed line, missing required property);
 *   <li>{@code withWarnings}: read records with at least one WARNING issue (valid or invalid).
 * </ul>
 *
 * @param read the records (lines, elements) read
 * @param valid the records without errors
 * @param invalid the records with errors
 * @param unreadable the records that could not be read
 * @param withWarnings the records with warnings
 */
public record RecordCounts(long read, long valid, long invalid, long unreadable, long withWarnings) {

  private static final RecordCounts NONE = new RecordCounts(0, 0, 0, 0, 0);

  /**
   * Checks that no count is negative, that every record read is accounted for, and that only read records have
   * warnings.
   */
  public RecordCounts {
    if (read < 0 || valid < 0 || invalid < 0 || unreadable < 0 || withWarnings < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    if (read != valid + invalid + unreadable) {
      throw new IllegalArgumentException(
          "read (" + read + ") must equal valid + invalid + unreadable (" + (valid + invalid + unreadable) + ")");
    }
    if (withWarnings > valid + invalid) {
      throw new IllegalArgumentException("withWarnings must not exceed the records read as records");
    }
  }

  /** No records. */
  public static RecordCounts none() {
    return NONE;
  }

  /** The counts of records that were all read: {@code unreadable} is derived. */
  public static RecordCounts of(long valid, long invalid, long unreadable, long withWarnings) {
    return new RecordCounts(valid + invalid + unreadable, valid, invalid, unreadable, withWarnings);
  }

  /** The sum of this and the other counts. */
  public RecordCounts plus(RecordCounts other) {
    return new RecordCounts(
        read + other.read,
        valid + other.valid,
        invalid + other.invalid,
        unreadable + other.unreadable,
        withWarnings + other.withWarnings);
  }
}
