package io.jingwei.impl.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * Finds the {@code long} values that occur more than once in a stream of any length (外部排序找重复) in a fixed
 * amount of memory: values go into a buffer of a fixed size; a full buffer is sorted and written to a temporary
 * file as a sorted run; at the end the runs (and the last buffer) are merged k ways and the values met twice or
 * more are returned. Memory: the buffer ({@code 8 × capacity} bytes), one read buffer per run while merging, and
 * the repeated values found. The temporary files are deleted by {@link #repeated()} and by {@link #close()}.
 *
 * <p>Not thread-safe.
 */
final class LongSorter implements AutoCloseable {

  /** The default buffer capacity, in values (8 MB). */
  static final int DEFAULT_CAPACITY = 1 << 20;

  private final Path directory;
  private final String prefix;
  private final long[] buffer;
  private int size;
  private final List<Path> runs = new ArrayList<>();
  private long count;

  LongSorter(Path directory, String prefix, int capacity) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.prefix = Objects.requireNonNull(prefix, "prefix");
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.buffer = new long[capacity];
  }

  /** Adds a value. */
  void add(long value) throws IOException {
    if (size == buffer.length) {
      spill();
    }
    buffer[size++] = value;
    count++;
  }

  /** How many values were added. */
  long count() {
    return count;
  }

  /** How many sorted runs were written to disk so far. */
  int runs() {
    return runs.size();
  }

  private void spill() throws IOException {
    Arrays.sort(buffer, 0, size);
    Path run = Files.createTempFile(directory, prefix, ".run");
    runs.add(run);
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
      for (int i = 0; i < size; i++) {
        out.writeLong(buffer[i]);
      }
    }
    size = 0;
  }

  /** The values added more than once; deletes the runs. */
  LongSet repeated() throws IOException {
    Arrays.sort(buffer, 0, size);
    LongSet out = new LongSet(16);
    if (runs.isEmpty()) {
      for (int i = 1; i < size; i++) {
        if (buffer[i] == buffer[i - 1]) {
          out.add(buffer[i]);
        }
      }
      size = 0;
      return out;
    }
    List<Source> sources = new ArrayList<>();
    try {
      for (Path run : runs) {
        sources.add(new FileSource(run));
      }
      sources.add(new ArraySource(buffer, size));
      PriorityQueue<Source> queue = new PriorityQueue<>((a, b) -> Long.compare(a.head, b.head));
      for (Source s : sources) {
        if (s.advance()) {
          queue.add(s);
        }
      }
      boolean any = false;
      long previous = 0;
      while (!queue.isEmpty()) {
        Source s = queue.poll();
        long v = s.head;
        if (any && v == previous) {
          out.add(v);
        }
        any = true;
        previous = v;
        if (s.advance()) {
          queue.add(s);
        }
      }
    } finally {
      for (Source s : sources) {
        s.close();
      }
      close();
    }
    return out;
  }

  /** Deletes the runs written so far. */
  @Override
  public void close() throws IOException {
    IOException failure = null;
    for (Path run : runs) {
      try {
        Files.deleteIfExists(run);
      } catch (IOException e) {
        failure = e;
      }
    }
    runs.clear();
    size = 0;
    if (failure != null) {
      throw failure;
    }
  }

  private abstract static class Source implements AutoCloseable {
    long head;

    abstract boolean advance() throws IOException;

    @Override
    public void close() throws IOException {}
  }

  private static final class ArraySource extends Source {
    private final long[] values;
    private final int size;
    private int next;

    ArraySource(long[] values, int size) {
      this.values = values;
      this.size = size;
    }

    @Override
    boolean advance() {
      if (next == size) {
        return false;
      }
      head = values[next++];
      return true;
    }
  }

  private static final class FileSource extends Source {
    private final DataInputStream in;

    FileSource(Path run) throws IOException {
      InputStream raw = Files.newInputStream(run);
      this.in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
    }

    @Override
    boolean advance() throws IOException {
      try {
        head = in.readLong();
        return true;
      } catch (EOFException e) {
        return false;
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

}
