package io.jingwei.impl.io;

/**
 * The count of what a reader saw (读取计数): every non-blank entry is either a record read or an unreadable entry,
 * so {@code lines == blankLines + records + unreadable} always holds. An entry is a line of a JSON Lines file or an
 * element of a collection in the single-document form (which has no blank entries).
 *
 * @param lines the entries seen: lines of the file, or elements of the collection
 * @param blankLines the blank lines skipped (empty or white space only)
 * @param records the records read, including those read with a field dropped
 * @param unreadable the entries that gave no record
 */
public record ReadTally(long lines, long blankLines, long records, long unreadable) {

  /** Nothing read. */
  public static final ReadTally ZERO = new ReadTally(0, 0, 0, 0);

  /**
   * Checks that the counts are not negative and add up.
   *
   * @throws IllegalArgumentException when they do not
   */
  public ReadTally {
    if (lines < 0 || blankLines < 0 || records < 0 || unreadable < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    if (lines != blankLines + records + unreadable) {
      throw new IllegalArgumentException("lines must equal blank lines + records + unreadable");
    }
  }

  /** The sum of this tally and another. */
  public ReadTally plus(ReadTally other) {
    return new ReadTally(
        lines + other.lines,
        blankLines + other.blankLines,
        records + other.records,
        unreadable + other.unreadable);
  }

  /** Whether every non-blank entry gave a record. */
  public boolean isComplete() {
    return unreadable == 0;
  }

  /** A mutable counter that builds a tally. */
  static final class Counter {
    private long blank;
    private long records;
    private long unreadable;

    void blank() {
      blank++;
    }

    void record() {
      records++;
    }

    void unreadable() {
      unreadable++;
    }

    ReadTally tally() {
      return new ReadTally(blank + records + unreadable, blank, records, unreadable);
    }
  }
}
