package io.jingwei.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the encoding of a CSV file (编码识别): a byte-order mark first (UTF-8, UTF-16), then a strict UTF-8 decode
 * of the whole file, else GB18030 (a superset of GBK and GB2312: what Excel in China writes as "CSV").
 */
public final class Charsets {

  /** GB18030, the fallback. */
  public static final Charset GB18030 = Charset.forName("GB18030");

  private Charsets() {}

  /**
   * The detected encoding and the length of its byte-order mark.
   *
   * @param charset the encoding
   * @param bomLength the bytes of the mark to skip
   */
  public record Detected(Charset charset, int bomLength) {}

  /** Detects the encoding of the file. */
  public static Detected detect(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(3);
      if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
        return new Detected(StandardCharsets.UTF_8, 3);
      }
      if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
        return new Detected(StandardCharsets.UTF_16LE, 2);
      }
      if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
        return new Detected(StandardCharsets.UTF_16BE, 2);
      }
    }
    return new Detected(isUtf8(file) ? StandardCharsets.UTF_8 : GB18030, 0);
  }

  /** Whether the whole file decodes as UTF-8 without an error, read in chunks. */
  static boolean isUtf8(Path file) throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    CharBuffer chars = CharBuffer.allocate(1 << 16);
    try (InputStream in = Files.newInputStream(file)) {
      while (true) {
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        boolean end = n < 0;
        if (n > 0) {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
        chars.clear();
        if (decoder.decode(bytes, chars, end).isError()) {
          return false;
        }
        bytes.compact();
        if (end) {
          chars.clear();
          return !decoder.flush(chars).isError() && bytes.position() == 0;
        }
      }
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
