package io.jingwei.impl.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Keeps Jackson to UTF-8 (仅限 UTF-8): a parser made from bytes guesses the encoding from the first four bytes
 * (RFC 4627 §3) and would read a line or document that starts with a NUL byte or a UTF-16 byte order mark as
 * UTF-16 or UTF-32 — and fail with an I/O error, not a syntax error, when the guess does not decode. The wire
 * format is UTF-8 only, so such input is reported as {@code read.malformed-json} with reason {@code ENCODING}
 * before it reaches the parser.
 */
final class Utf8Input {

  private static final int PEEK = 4;

  private Utf8Input() {}

  /**
   * Whether Jackson would not read these bytes as UTF-8: a NUL in the first two bytes (which no JSON text has) or
   * a UTF-16 byte order mark ({@code FE FF}, {@code FF FE}, bytes UTF-8 never uses).
   */
  static boolean looksForeign(byte[] bytes, int length) {
    return looksForeign(bytes, 0, length);
  }

  /** As {@link #looksForeign(byte[], int)} for the bytes from the offset on. */
  static boolean looksForeign(byte[] bytes, int offset, int length) {
    if (length < 1) {
      return false;
    }
    int b0 = bytes[offset] & 0xFF;
    if (b0 == 0) {
      return true;
    }
    if (length < 2) {
      return false;
    }
    int b1 = bytes[offset + 1] & 0xFF;
    return b1 == 0 || (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE);
  }

  /** A stream that can be peeked at: the given one when it supports mark, else a buffered one around it. */
  static InputStream markable(InputStream in) {
    return in.markSupported() ? in : new BufferedInputStream(in);
  }

  /** Whether the stream (which must support mark) starts with bytes Jackson would not read as UTF-8. */
  static boolean startsForeign(InputStream in) throws IOException {
    in.mark(PEEK);
    try {
      byte[] head = new byte[PEEK];
      int n = 0;
      while (n < PEEK) {
        int r = in.read(head, n, PEEK - n);
        if (r < 0) {
          break;
        }
        n += r;
      }
      return looksForeign(head, n);
    } finally {
      in.reset();
    }
  }

  /** The problem to report for such input. */
  static ReadProblem problem() {
    return ReadProblem.of(ReadIssueCodes.MALFORMED_JSON, "", "reason", "ENCODING");
  }
}
