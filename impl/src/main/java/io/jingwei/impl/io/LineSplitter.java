package io.jingwei.impl.io;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at {@code \n} (UTF-8 never uses that byte inside a character), dropping a
 * leading UTF-8 byte order mark and a {@code \r} before each {@code \n}. A line longer than the limit is not kept
 * in memory: it is reported by its number and length only. A final line without {@code \n} counts; an empty
 * segment after the last {@code \n} does not.
 */
final class LineSplitter {

  /** Receives the lines. */
  interface Handler {
    /**
     * A line within the limit. The bytes are valid until the handler returns.
     *
     * @param number the line number, from 1
     * @param bytes the buffer holding the line from index 0
     * @param length the line's length in bytes, without {@code \r\n}
     */
    void line(long number, byte[] bytes, int length) throws IOException;

    /**
     * A line over the limit, skipped.
     *
     * @param number the line number, from 1
     * @param length the line's length in bytes
     */
    void tooLong(long number, long length) throws IOException;
  }

  private static final int READ_SIZE = 64 * 1024;

  private final int maxLineBytes;

  LineSplitter(int maxLineBytes) {
    this.maxLineBytes = maxLineBytes;
  }

  void split(InputStream in, Handler handler) throws IOException {
    byte[] read = new byte[READ_SIZE];
    byte[] line = new byte[Math.min(8 * 1024, maxLineBytes + 1)];
    int kept = 0; // bytes held in line
    long length = 0; // bytes of the current line, held or not
    long number = 1;
    boolean first = true;
    int n;
    while ((n = in.read(read)) != -1) {
      int start = 0;
      while (start < n) {
        int nl = indexOfNewline(read, start, n);
        int end = nl < 0 ? n : nl;
        int chunk = end - start;
        length += chunk;
        if (length <= maxLineBytes + 1L) {
          if (kept + chunk > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(Math.max(line.length * 2L, kept + (long) chunk), maxLineBytes + 1L));
          }
          System.arraycopy(read, start, line, kept, chunk);
          kept += chunk;
        }
        if (nl < 0) {
          break;
        }
        emit(handler, number, line, kept, length, first);
        first = false;
        number++;
        kept = 0;
        length = 0;
        start = nl + 1;
      }
    }
    if (length > 0) {
      emit(handler, number, line, kept, length, first);
    }
  }

  private void emit(Handler handler, long number, byte[] line, int kept, long length, boolean first)
      throws IOException {
    int offset = 0;
    int len = kept;
    long total = length;
    if (first && len >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) {
      offset = 3;
      total -= 3;
    }
    if (total <= maxLineBytes + 1L && len > offset && line[len - 1] == '\r') {
      len--;
      total--;
    }
    if (total > maxLineBytes) {
      handler.tooLong(number, total);
      return;
    }
    if (offset > 0) {
      System.arraycopy(line, offset, line, 0, len - offset);
      len -= offset;
    }
    handler.line(number, line, len);
  }

  /** Eight bytes of an array as one little-endian long: the first byte in memory is the lowest. */
  static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
  static final long ONES = 0x0101010101010101L;
  static final long HIGHS = 0x8080808080808080L;

  /**
   * The index of the first {@code \n} in {@code a[from, to)}, or -1. Sixteen bytes at a time while none is found,
   * then eight (SWAR): in
   * {@code x = word ^ NEWLINES} a newline is a zero byte, and {@code (x - ONES) & ~x & HIGHS} sets the high bit of
   * every zero byte and perhaps of bytes above one (a borrow), never below: the lowest bit set marks the first
   * newline of the word. The rest, fewer than eight bytes, one at a time.
   */
  static int indexOfNewline(byte[] a, int from, int to) {
    int i = from;
    for (; i + 2 * Long.BYTES <= to; i += 2 * Long.BYTES) { // two words per test
      long x = (long) WORDS.get(a, i) ^ NEWLINES;
      long y = (long) WORDS.get(a, i + Long.BYTES) ^ NEWLINES;
      if (((((x - ONES) & ~x) | ((y - ONES) & ~y)) & HIGHS) != 0) {
        break; // in one of these two words
      }
    }
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long x = (long) WORDS.get(a, i) ^ NEWLINES;
      long found = (x - ONES) & ~x & HIGHS;
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (a[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static final long QUOTES = 0x2222222222222222L;
  private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;

  /**
   * Marks the quotes and backslashes of a word: the high bit of each such byte is set (once masked with
   * {@code HIGHS}), perhaps also of a byte above one (a borrow), never below — the lowest mark is exact.
   */
  static long quotesOrBackslashes(long w) {
    long q = w ^ QUOTES;
    long b = w ^ BACKSLASHES;
    return ((q - ONES) & ~q) | ((b - ONES) & ~b);
  }

  /**
   * The index of the first {@code "} or {@code \\} in {@code a[from, to)}, or {@code to} (also when {@code from}
   * is past it): the end of a JSON string's plain run. Eight bytes at a time, as {@link #indexOfNewline}; bytes of
   * multi-byte UTF-8 characters (from 0x80) never match.
   */
  static int indexOfQuoteOrBackslash(byte[] a, int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long found = quotesOrBackslashes((long) WORDS.get(a, i)) & HIGHS;
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (a[i] == '"' || a[i] == '\\') {
        return i;
      }
    }
    return Math.max(i, to);
  }
}
