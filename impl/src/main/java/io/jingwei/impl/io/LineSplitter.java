package io.jingwei.impl.io;

import java.io.IOException;
import java.io.InputStream;
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
        int nl = indexOf(read, start, n, (byte) '\n');
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

  private static int indexOf(byte[] a, int from, int to, byte b) {
    for (int i = from; i < to; i++) {
      if (a[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
