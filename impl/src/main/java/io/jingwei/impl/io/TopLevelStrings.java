package io.jingwei.impl.io;

import io.jingwei.impl.json.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * A quick scan of a JSON Lines file for a few top-level string properties of each line (顶层字符串扫描), such as a
 * record's {@code id}: the lines are split as {@link JsonLinesReader} splits them, and each line is scanned byte
 * by byte for the first value of each wanted name at the top level of the object, without building anything. A
 * line where a wanted name or its value is written with escapes is read with the Jackson streaming parser
 * instead, which stops at the first syntax error keeping what it read before it — the values the reader's
 * partial tree would give. The byte scan stops at the line's last wanted value once it has found them all. On a
 * line that is not sound JSON the scan may find a value the reader would not: the
 * scan is meant for finding candidates (a superset), never for validation.
 *
 * <p>Immutable and thread-safe.
 */
public final class TopLevelStrings {

  /** Receives the values of one line. */
  @FunctionalInterface
  public interface Sink {
    /**
     * The values of the wanted names on a non-blank line within the size limit.
     *
     * @param number the line number, from 1
     * @param values the first top-level string value of each wanted name, in the order of the names, or null
     */
    void line(long number, @Nullable String[] values) throws IOException;
  }

  /** Receives the values of one line and the line itself. */
  @FunctionalInterface
  public interface LineSink {
    /**
     * The values of the wanted names on a non-blank line within the size limit, and its bytes.
     *
     * @param number the line number, from 1
     * @param values the first top-level string value of each wanted name, in the order of the names, or null
     * @param bytes the buffer holding the line from index 0, valid until this returns
     * @param length the line's length in bytes
     */
    void line(long number, @Nullable String[] values, byte[] bytes, int length) throws IOException;
  }

  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final byte[][] names;
  private final String[] nameStrings;
  private final LineSplitter lines;

  private TopLevelStrings(List<String> names, int maxLineBytes) {
    this.nameStrings = names.toArray(new String[0]);
    this.names = new byte[nameStrings.length][];
    for (int i = 0; i < nameStrings.length; i++) {
      this.names[i] = nameStrings[i].getBytes(StandardCharsets.UTF_8);
    }
    this.lines = new LineSplitter(maxLineBytes);
  }

  /** A scan for the names, splitting lines with the default limits' record size. */
  public static TopLevelStrings of(String... names) {
    return new TopLevelStrings(List.of(names), ReadLimits.defaults().maxRecordBytes());
  }

  /** Scans the file. */
  public void scan(Path file, Sink sink) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      scan(in, sink);
    }
  }

  /** Scans a stream (not closed). */
  public void scan(InputStream in, Sink sink) throws IOException {
    Objects.requireNonNull(sink, "sink");
    scanLines(in, (number, values, bytes, length) -> sink.line(number, values));
  }

  /** Scans the file, handing each line's bytes as well. */
  public void scanLines(Path file, LineSink sink) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      scanLines(in, sink);
    }
  }

  /** Scans a stream (not closed), handing each line's bytes as well. */
  public void scanLines(InputStream in, LineSink sink) throws IOException {
    Objects.requireNonNull(sink, "sink");
    String[] values = new String[names.length];
    lines.split(
        in,
        new LineSplitter.Handler() {
          @Override
          public void line(long number, byte[] bytes, int length) throws IOException {
            Arrays.fill(values, null);
            if (JsonLinesReader.isBlank(bytes, 0, length)) {
              return;
            }
            if (!quick(bytes, length, values)) {
              Arrays.fill(values, null);
              parse(bytes, length, values);
            }
            sink.line(number, values, bytes, length);
          }

          @Override
          public void tooLong(long number, long length) {}
        });
  }

  /** Values of one line held in a buffer: for tests and tools. */
  @Nullable String[] values(byte[] bytes, int length) {
    String[] values = new String[names.length];
    if (!quick(bytes, length, values)) {
      Arrays.fill(values, null);
      parse(bytes, length, values);
    }
    return values;
  }

  /** The byte scan; false when the line needs the parser (an escape where it matters). */
  private boolean quick(byte[] b, int length, String[] values) {
    int depth = 0;
    boolean keyNext = false;
    int pending = -1; // the wanted name whose value comes next, -2 for another name
    int found = 0;
    for (int i = 0; i < length; i++) {
      byte c = b[i];
      switch (c) {
        case '"' -> {
          int start = i + 1;
          int j = start;
          boolean escaped = false;
          while ((j = LineSplitter.indexOfQuoteOrBackslash(b, j, length)) < length && b[j] == '\\') {
            escaped = true;
            j += 2; // the escaped character, whatever it is
          }
          if (j >= length) {
            return true; // unterminated: the line is unreadable, keep what was found
          }
          if (depth == 1 && keyNext) {
            if (escaped) {
              return false;
            }
            pending = match(b, start, j);
            keyNext = false;
          } else if (depth == 1 && pending >= 0) {
            if (escaped) {
              return false;
            }
            if (values[pending] == null) {
              values[pending] = new String(b, start, j - start, StandardCharsets.UTF_8);
              if (++found == values.length) {
                return true; // every name found: later ones would repeat a name (first value kept anyway)
              }
            }
            pending = -1;
          } else if (depth == 1) {
            pending = -1;
          }
          i = j;
        }
        case '{', '[' -> {
          if (depth == 1) {
            pending = -1;
          }
          depth++;
          keyNext = c == '{' && depth == 1;
        }
        case '}', ']' -> {
          depth--;
          if (depth <= 0) {
            return true;
          }
        }
        case ',' -> {
          if (depth == 1) {
            keyNext = true;
            pending = -1;
          }
        }
        case ' ', '\t', '\r', '\n', ':' -> {}
        default -> {
          if (depth == 1) {
            pending = -1;
          }
        }
      }
    }
    return true;
  }

  private int match(byte[] b, int start, int end) {
    for (int n = 0; n < names.length; n++) {
      byte[] name = names[n];
      if (name.length == end - start && Arrays.equals(b, start, end, name, 0, name.length)) {
        return n;
      }
    }
    return -2;
  }

  private void parse(byte[] bytes, int length, String[] values) {
    try (JsonParser p = JSON.createParser(tools.jackson.core.ObjectReadContext.empty(), bytes, 0, length)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return;
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (v == JsonToken.VALUE_STRING) {
          for (int n = 0; n < nameStrings.length; n++) {
            if (nameStrings[n].equals(name) && values[n] == null) {
              values[n] = p.getString();
            }
          }
        } else if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
          p.skipChildren();
        }
      }
    } catch (JacksonException e) {
      // keep what was read before the error
    }
  }
}
