package io.jingwei.impl.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Finds the {@code long} values that occur more than once in a stream of any length (外部排序找重复) in a fixed
 * amount of memory: values go into a buffer of a fixed size; a full buffer is sorted and written to a temporary
 * file as a sorted run; at the end the runs (and the last buffer) are merged k ways and the values met twice or
 * more are returned. Several sorters fed on different threads are merged as one ({@link #repeated(List)}).
 * Memory: the buffer ({@code 8 × capacity} bytes), a scratch buffer of the same size for the sort (which the
 * sorters of one thread may share), one read buffer per run while merging, and the repeated values found. The
 * temporary files are deleted by {@link #repeated()} and by {@link #close()}.
 *
 * <p>Values are sorted in unsigned order by a least-significant-digit radix sort, a byte at a time, skipping the
 * bytes every value of the buffer has alike (the leading bytes of packed ids). Not thread-safe.
 */
final class LongSorter implements java.io.Closeable {

  /** The default buffer capacity, in values (8 MB). */
  static final int DEFAULT_CAPACITY = 1 << 20;

  /** Buffers shorter than this are sorted by comparison rather than by digits. */
  static final int RADIX_FROM = 1024;

  private static final int IO_BUFFER = 1 << 16;

  private final Path directory;
  private final String prefix;
  private final long[] buffer;
  private final long[] scratch;
  private int size;
  private boolean sorted;
  private final List<Path> runs = new ArrayList<>();
  private long count;

  /** A sorter with a buffer of the capacity and a scratch buffer of its own. */
  LongSorter(Path directory, String prefix, int capacity) {
    this(directory, prefix, capacity, null);
  }

  /**
   * A sorter with a buffer of the capacity, sorting in the given scratch buffer (of at least the capacity; shared
   * by sorters used on one thread), or in one of its own if null.
   */
  LongSorter(Path directory, String prefix, int capacity, long @Nullable [] scratch) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.prefix = Objects.requireNonNull(prefix, "prefix");
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    if (scratch != null && scratch.length < capacity) {
      throw new IllegalArgumentException("scratch shorter than the capacity: " + scratch.length);
    }
    this.buffer = new long[capacity];
    this.scratch = scratch != null ? scratch : new long[capacity];
  }

  /** Adds a value. */
  void add(long value) throws IOException {
    if (size == buffer.length) {
      spill();
    }
    sorted = false;
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

  /**
   * Sorts the values in the buffer now, on this thread (the scratch buffer is used here, not while merging: sorters
   * sharing one may then be merged on different threads).
   */
  void sortBuffer() {
    if (!sorted) {
      sortUnsigned(buffer, size, scratch);
      sorted = true;
    }
  }

  private void spill() throws IOException {
    sortBuffer();
    Path run = Files.createTempFile(directory, prefix, ".run");
    runs.add(run);
    try (FileChannel out = FileChannel.open(run, StandardOpenOption.WRITE)) {
      ByteBuffer bytes = ByteBuffer.allocate(IO_BUFFER);
      for (int i = 0; i < size; i++) {
        if (!bytes.hasRemaining()) {
          writeFully(out, bytes);
        }
        bytes.putLong(buffer[i]);
      }
      writeFully(out, bytes);
    }
    size = 0;
  }

  private static void writeFully(FileChannel out, ByteBuffer bytes) throws IOException {
    bytes.flip();
    while (bytes.hasRemaining()) {
      out.write(bytes);
    }
    bytes.clear();
  }

  /**
   * Sorts the first {@code n} values in unsigned order: by comparison below {@value #RADIX_FROM} values, else by
   * their bytes from the lowest, one counting pass for all eight byte positions and one distributing pass for each
   * position where the values differ, through {@code scratch} (at least {@code n} long).
   */
  static void sortUnsigned(long[] a, int n, long[] scratch) {
    if (n < RADIX_FROM) {
      for (int i = 0; i < n; i++) {
        a[i] ^= Long.MIN_VALUE;
      }
      Arrays.sort(a, 0, n);
      for (int i = 0; i < n; i++) {
        a[i] ^= Long.MIN_VALUE;
      }
      return;
    }
    int[] counts = new int[8 * 256];
    for (int i = 0; i < n; i++) {
      long v = a[i];
      for (int d = 0; d < 8; d++) {
        counts[(d << 8) | (int) ((v >>> (d << 3)) & 0xFF)]++;
      }
    }
    long[] from = a;
    long[] to = scratch;
    for (int d = 0; d < 8; d++) {
      int base = d << 8;
      int shift = d << 3;
      if (counts[base | (int) ((from[0] >>> shift) & 0xFF)] == n) {
        continue; // every value has this byte alike
      }
      int sum = 0;
      for (int b = 0; b < 256; b++) {
        int c = counts[base | b];
        counts[base | b] = sum;
        sum += c;
      }
      for (int i = 0; i < n; i++) {
        long v = from[i];
        to[counts[base | (int) ((v >>> shift) & 0xFF)]++] = v;
      }
      long[] t = from;
      from = to;
      to = t;
    }
    if (from != a) {
      System.arraycopy(from, 0, a, 0, n);
    }
  }

  /** The values added more than once; deletes the runs. */
  LongSet repeated() throws IOException {
    return repeated(List.of(this));
  }

  /**
   * The values added more than once to any of the sorters together (a value added once to each of two sorters
   * counts as repeated): their runs and buffers merged k ways. Deletes the runs of every sorter. Sorters that share
   * a scratch buffer must have {@linkplain #sortBuffer() sorted their buffers} before they are merged on different
   * threads.
   */
  static LongSet repeated(List<LongSorter> sorters) throws IOException {
    LongSet out = new LongSet(16);
    List<Source> sources = new ArrayList<>();
    try {
      for (LongSorter s : sorters) {
        s.sortBuffer();
        if (s.size > 0) {
          sources.add(new ArraySource(s.buffer, s.size));
        }
        for (Path run : s.runs) {
          sources.add(new FileSource(run));
        }
      }
      Merge merge = new Merge(sources);
      boolean any = false;
      long previous = 0;
      while (merge.hasNext()) {
        long v = merge.next();
        if (any && v == previous) {
          out.add(v);
        }
        any = true;
        previous = v;
      }
    } catch (IOException | RuntimeException | Error e) {
      closeAll(sources, e);
      closeAll(sorters, e);
      throw e;
    }
    IOException failure = closeAll(sources, null);
    IOException sorting = closeAll(sorters, failure);
    if (failure != null || sorting != null) {
      throw failure != null ? failure : sorting;
    }
    return out;
  }

  /**
   * Closes each of them, whatever fails. With a failure already under way, what closing throws is added to it as
   * suppressed and null returned; else the first failure is returned, the later ones suppressed by it.
   */
  static @Nullable IOException closeAll(List<? extends java.io.Closeable> all, @Nullable Throwable failure) {
    IOException first = null;
    for (java.io.Closeable c : all) {
      try {
        c.close();
      } catch (IOException e) {
        if (failure != null) {
          failure.addSuppressed(e);
        } else if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    return first;
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

  /** The k-way merge of sorted sources: a binary heap of source indices ordered by their heads (unsigned). */
  private static final class Merge {
    private final Source[] sources;
    private final int[] heap;
    private int live;

    Merge(List<Source> list) throws IOException {
      sources = list.toArray(new Source[0]);
      heap = new int[sources.length];
      for (int i = 0; i < sources.length; i++) {
        if (sources[i].advance()) {
          heap[live] = i;
          up(live++);
        }
      }
    }

    boolean hasNext() {
      return live > 0;
    }

    long next() throws IOException {
      Source top = sources[heap[0]];
      long v = top.head;
      if (top.advance()) {
        down(0);
      } else {
        heap[0] = heap[--live];
        if (live > 0) {
          down(0);
        }
      }
      return v;
    }

    private boolean less(int a, int b) {
      return Long.compareUnsigned(sources[heap[a]].head, sources[heap[b]].head) < 0;
    }

    private void up(int i) {
      while (i > 0) {
        int parent = (i - 1) >>> 1;
        if (!less(i, parent)) {
          return;
        }
        swap(i, parent);
        i = parent;
      }
    }

    private void down(int i) {
      while (true) {
        int left = 2 * i + 1;
        if (left >= live) {
          return;
        }
        int least = left + 1 < live && less(left + 1, left) ? left + 1 : left;
        if (!less(least, i)) {
          return;
        }
        swap(i, least);
        i = least;
      }
    }

    private void swap(int a, int b) {
      int t = heap[a];
      heap[a] = heap[b];
      heap[b] = t;
    }
  }

  private abstract static class Source implements java.io.Closeable {
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
    private final FileChannel in;
    private final ByteBuffer bytes = ByteBuffer.allocate(IO_BUFFER);

    FileSource(Path run) throws IOException {
      this.in = FileChannel.open(run, StandardOpenOption.READ);
      bytes.flip();
    }

    @Override
    boolean advance() throws IOException {
      if (bytes.remaining() < Long.BYTES) {
        bytes.compact();
        while (bytes.position() < Long.BYTES && in.read(bytes) >= 0) {
          // a short read: read on until a whole value or the end
        }
        bytes.flip();
        if (bytes.remaining() < Long.BYTES) {
          return false;
        }
      }
      head = bytes.getLong();
      return true;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
