package io.jingwei.impl.io;

import io.jingwei.impl.json.JingweiJson;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.databind.ObjectWriter;

/**
 * Writes records as JSON Lines (JSON Lines 写入器): UTF-8 without a byte order mark, one record per line, each line
 * ended by {@code \n}, with the deterministic output of {@link JingweiJson} (component order, nulls and empty
 * collections omitted). Not thread-safe.
 *
 * @param <T> the record type
 */
public final class JsonLinesWriter<T> implements Closeable, Flushable {

  private final OutputStream out;
  private final ObjectWriter writer;
  private long count;

  private JsonLinesWriter(OutputStream out) {
    this.out = out instanceof BufferedOutputStream ? out : new BufferedOutputStream(out, 64 * 1024);
    this.writer = JingweiJson.mapper().writer();
  }

  /**
   * A writer to a file, created or truncated.
   *
   * @throws IOException when the file cannot be opened
   */
  public static <T> JsonLinesWriter<T> open(Path file) throws IOException {
    return new JsonLinesWriter<>(Files.newOutputStream(file));
  }

  /** A writer to a stream, which {@link #close()} closes. */
  public static <T> JsonLinesWriter<T> to(OutputStream out) {
    return new JsonLinesWriter<>(Objects.requireNonNull(out, "out"));
  }

  /**
   * Writes one record as one line.
   *
   * @throws IOException when the stream fails
   */
  public void write(T record) throws IOException {
    Objects.requireNonNull(record, "record");
    out.write(writer.writeValueAsBytes(record));
    out.write('\n');
    count++;
  }

  /**
   * Writes records in order.
   *
   * @throws IOException when the stream fails
   */
  public void writeAll(Iterable<? extends T> records) throws IOException {
    for (T r : records) {
      write(r);
    }
  }

  /** The number of records written. */
  public long count() {
    return count;
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
