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
 * partial tree would give. The byte scan stops at the line's last wanted value once it has found them all, and
 * keeps a value written without escapes as where it lies in the line ({@link Values}), making no string unless
 * asked. On a line that is not sound JSON the scan may find a value the reader would not: the scan is meant for
 * finding candidates (a superset), never for validation.
 *
 * <p>Immutable and thread-safe.
 */
public final class TopLevelStrings {

  /** Receives the values of one line as {@link Values}, which make a string only when asked. */
  @FunctionalInterface
  public interface ValuesSink {
    /**
     * The values of the wanted names on a non-blank line within the size limit.
     *
     * @param number the line number, from 1
     * @param values the line's values, valid until this returns
     */
    void line(long number, Values values) throws IOException;
  }

  /**
   * The values of one line (一行的取值): for each wanted name, in the order of the names, its first top-level string
   * value, if any. A value written without escapes is kept as where it lies in the line's bytes ({@link #plain}), so
   * that a caller may read it from them without making a string; {@link #string} makes the string on demand. Valid
   * until the sink returns; not thread-safe.
   */
  public static final class Values {
    private final int[] starts;
    private final int[] ends;
    private final @Nullable String[] strings;
    private byte[] bytes = new byte[0];
    private int length;

    private Values(int names) {
      this.starts = new int[names];
      this.ends = new int[names];
      this.strings = new String[names];
    }

    private void reset(byte[] line, int length) {
      this.bytes = line;
      this.length = length;
      Arrays.fill(starts, -1);
      Arrays.fill(strings, null);
    }

    /** Whether the line has a value for the name at that index. */
    public boolean has(int name) {
      return starts[name] >= 0 || strings[name] != null;
    }

    /**
     * Whether the value for the name at that index is {@link #bytes()} from {@link #start} to {@link #end} as
     * written: UTF-8 without escapes, its characters exactly.
     */
    public boolean plain(int name) {
      return starts[name] >= 0;
    }

    /** The buffer holding the line (from index 0). */
    public byte[] bytes() {
      return bytes;
    }

    /** The line's length in {@link #bytes()}. */
    public int length() {
      return length;
    }

    /** Where a {@link #plain} value starts in {@link #bytes()}. */
    public int start(int name) {
      return starts[name];
    }

    /** Where a {@link #plain} value ends in {@link #bytes()} (exclusive). */
    public int end(int name) {
      return ends[name];
    }

    /** The value for the name at that index, or null when the line has none. */
    public @Nullable String string(int name) {
      String s = strings[name];
      if (s == null && starts[name] >= 0) {
        s = new String(bytes, starts[name], ends[name] - starts[name], StandardCharsets.UTF_8);
        strings[name] = s;
      }
      return s;
    }

    private @Nullable String[] strings() {
      String[] out = new String[starts.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = string(i);
      }
      return out;
    }
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

  /** Scans the file ({@link #scanValues(InputStream, ValuesSink)}). */
  public void scanValues(Path file, ValuesSink sink) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      scanValues(in, sink);
    }
  }

  /**
   * Scans a stream (not closed), handing each line's values as {@link Values}: a value written without escapes
   * stays bytes of the line until asked for as a string.
   */
  public void scanValues(InputStream in, ValuesSink sink) throws IOException {
    Objects.requireNonNull(sink, "sink");
    Values values = new Values(names.length);
    lines.split(
        in,
        new LineSplitter.Handler() {
          @Override
          public void line(long number, byte[] bytes, int len) throws IOException {
            if (JsonLinesReader.isBlank(bytes, 0, len)) {
              return;
            }
            read(bytes, len, values);
            sink.line(number, values);
          }

          @Override
          public void tooLong(long number, long len) {}
        });
  }

  /** Values of one line held in a buffer: for tests and tools. */
  @Nullable String[] values(byte[] bytes, int length) {
    Values values = new Values(names.length);
    read(bytes, length, values);
    return values.strings();
  }

  /** The values of a line: the byte scan, or the parser when the line needs it (an escape where it matters). */
  private void read(byte[] bytes, int length, Values values) {
    values.reset(bytes, length);
    if (!quick(bytes, length, values.starts, values.ends)) {
      Arrays.fill(values.starts, -1);
      parse(bytes, length, values.strings);
    }
  }

  /** The byte scan; false when the line needs the parser (an escape where it matters). */
  private boolean quick(byte[] b, int length, int[] starts, int[] ends) {
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
            if (starts[pending] < 0) {
              starts[pending] = start;
              ends[pending] = j;
              if (++found == starts.length) {
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
