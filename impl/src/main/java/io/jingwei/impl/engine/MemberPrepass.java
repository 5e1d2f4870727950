package io.jingwei.impl.engine;

import io.jingwei.impl.io.TopLevelStrings;
import io.jingwei.member.PartyMember;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * The first, quick pass of a streaming validation over {@code members.jsonl} (党员文件预扫描): it reads only the
 * top-level {@code id} and {@code idNumber} of each line ({@link TopLevelStrings}) and finds, by an external sort
 * of their keys ({@link LongSorter}), the member ids and ID numbers that occur on more than one line. Only those
 * candidates need exact state while the members go by: every other id and ID number is known to occur once, so
 * that memory grows with the duplicates, not with the members.
 *
 * <p>The candidates are a superset of the true duplicates (a hashed id may collide, an unreadable line counts):
 * the streaming pass checks them exactly.
 *
 * @param duplicateIds the keys ({@link #memberKey}) of ids on more than one line
 * @param duplicateIdNumbers the keys ({@link #idNumberKey}) of ID numbers on more than one line
 * @param lines the non-blank lines within the size limit
 * @param runs the sorted runs written to disk
 */
record MemberPrepass(LongSet duplicateIds, LongSet duplicateIdNumbers, long lines, int runs) {

  private static final TopLevelStrings SCAN = TopLevelStrings.of("id", "idNumber");

  /** Files smaller than this are scanned on one thread. */
  static final long PARALLEL_FROM_BYTES = 32L << 20;

  /** The parts a file scanned on several threads is cut into, per thread. */
  static final int PARTS_PER_THREAD = 16;

  /** Scans the file with sort buffers of the given capacity (values), spilling to the directory, on one thread. */
  static MemberPrepass scan(Path file, Path tempDirectory, int capacity) throws IOException {
    return scan(file, tempDirectory, capacity, 1);
  }

  /**
   * Scans the file with sort buffers of the given capacity (values), spilling to the directory; a file of
   * {@value #PARALLEL_FROM_BYTES} bytes or more is cut at line ends into {@value #PARTS_PER_THREAD} parts per
   * thread, which the threads take in turn as they finish (a thread slowed by other work takes fewer).
   * A part's first line is read as a file's first line (a byte order mark before it is dropped): at worst an id
   * more is found, and the candidates may be a superset of the duplicates.
   */
  static MemberPrepass scan(Path file, Path tempDirectory, int capacity, int threads) throws IOException {
    return scan(file, tempDirectory, capacity, threads, PARALLEL_FROM_BYTES);
  }

  /**
   * As {@link #scan(Path, Path, int, int)}, cutting files from the given size on (for tests). Each thread has sort
   * buffers of its own (the capacity shared out among the threads) and sorts them while the others scan; at the end
   * the ids and the ID numbers are merged side by side.
   */
  static MemberPrepass scan(Path file, Path tempDirectory, int capacity, int threads, long parallelFromBytes)
      throws IOException {
    Objects.requireNonNull(file, "file");
    long size = Files.size(file);
    boolean parallel = threads > 1 && size >= parallelFromBytes;
    long[] cuts = parallel ? cuts(file, size, threads * PARTS_PER_THREAD) : new long[] {0, size};
    int parts = cuts.length - 1;
    int scanners = parallel ? threads : 1;
    int share = Math.max(1, capacity / scanners);
    List<LongSorter> ids = new ArrayList<>();
    List<LongSorter> idNumbers = new ArrayList<>();
    for (int t = 0; t < scanners; t++) {
      long[] scratch = new long[share]; // a thread's two sorters share one
      ids.add(new LongSorter(tempDirectory, "jingwei-ids-", share, scratch));
      idNumbers.add(new LongSorter(tempDirectory, "jingwei-idnumbers-", share, scratch));
    }
    java.util.concurrent.atomic.AtomicInteger nextPart = new java.util.concurrent.atomic.AtomicInteger();
    ExecutorService pool = scanners == 1 ? null : StreamingValidator.daemonPool(scanners - 1, "jingwei-members-prepass-");
    try {
      long[] lines = new long[parts];
      List<Future<?>> running = new ArrayList<>();
      for (int t = 1; t < scanners; t++) {
        int thread = t;
        running.add(
            Objects.requireNonNull(pool)
                .submit(
                    () -> {
                      scanParts(file, cuts, nextPart, lines, ids.get(thread), idNumbers.get(thread));
                      return null;
                    }));
      }
      scanParts(file, cuts, nextPart, lines, ids.get(0), idNumbers.get(0));
      for (Future<?> f : running) {
        io.jingwei.impl.io.Joins.get(f);
      }
      int runs = 0;
      for (int t = 0; t < scanners; t++) {
        runs += ids.get(t).runs() + idNumbers.get(t).runs();
      }
      LongSet repeatedIds;
      LongSet repeatedIdNumbers;
      if (pool != null) {
        Future<LongSet> numbers = pool.submit(() -> LongSorter.repeated(idNumbers));
        repeatedIds = LongSorter.repeated(ids);
        repeatedIdNumbers = io.jingwei.impl.io.Joins.get(numbers);
      } else {
        repeatedIds = LongSorter.repeated(ids);
        repeatedIdNumbers = LongSorter.repeated(idNumbers);
      }
      return new MemberPrepass(repeatedIds, repeatedIdNumbers, Arrays.stream(lines).sum(), runs);
    } catch (IOException | RuntimeException | Error e) {
      stop(pool);
      LongSorter.closeAll(ids, e); // deletes the runs written so far
      LongSorter.closeAll(idNumbers, e);
      throw e;
    } finally {
      stop(pool);
    }
  }

  /** Stops the pool's threads (interrupted) and waits for them, so that none writes a run after its sorter closed. */
  private static void stop(@Nullable ExecutorService pool) {
    if (pool != null) {
      pool.shutdownNow();
      try {
        pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES); // at worst a run file is left behind
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Takes the next part not taken and scans it, until none is left; then sorts the sorters' buffers (here, not
   * while merging: the two share this thread's scratch buffer).
   */
  private static void scanParts(
      Path file,
      long[] cuts,
      java.util.concurrent.atomic.AtomicInteger nextPart,
      long[] lines,
      LongSorter ids,
      LongSorter idNumbers)
      throws IOException {
    int part;
    while ((part = nextPart.getAndIncrement()) < cuts.length - 1) {
      if (cuts[part] < cuts[part + 1]) {
        lines[part] = scanPart(file, cuts[part], cuts[part + 1], ids, idNumbers);
      }
    }
    ids.sortBuffer();
    idNumbers.sortBuffer();
  }

  /** Where the parts start: after the first line end at or after each even share of the file; then the size. */
  private static long[] cuts(Path file, long size, int parts) throws IOException {
    long[] out = new long[parts + 1];
    out[parts] = size;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
      for (int i = 1; i < parts; i++) {
        long at = Math.max(out[i - 1], size * i / parts);
        long cut = size;
        search:
        while (at < size) {
          buffer.clear();
          int n = channel.read(buffer, at);
          if (n <= 0) {
            break;
          }
          for (int k = 0; k < n; k++) {
            if (buffer.get(k) == '\n') {
              cut = at + k + 1;
              break search;
            }
          }
          at += n;
        }
        out[i] = cut;
      }
    }
    return out;
  }

  /** Scans the bytes from {@code from} to {@code to} (line starts), adding the keys to the part's sorters. */
  private static long scanPart(Path file, long from, long to, LongSorter ids, LongSorter idNumbers)
      throws IOException {
    long[] lines = {0};
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        InputStream in = new java.io.BufferedInputStream(Channels.newInputStream(channel.position(from)), 1 << 16)) {
      InputStream part = com.google.common.io.ByteStreams.limit(in, to - from);
      SCAN.scanValues(
          part,
          (number, values) -> {
            lines[0]++;
            if (values.has(0)) {
              ids.add(memberKey(values, 0));
            }
            if (values.has(1)) {
              long k = idNumberKey(values, 1);
              if (k != 0) {
                idNumbers.add(k);
              }
            }
          });
    }
    return lines[0];
  }

  /**
   * Scans a member source: the ids and ID numbers of its records, and the member ids its read issues name (an
   * issue about a row whose record comes elsewhere, or never: its region is its id's first record's, known only
   * once that record has gone by).
   */
  static MemberPrepass scan(MemberSource source, Path tempDirectory, int capacity) throws IOException {
    Objects.requireNonNull(source, "source");
    try (LongSorter ids = new LongSorter(tempDirectory, "jingwei-ids-", capacity);
        LongSorter idNumbers = new LongSorter(tempDirectory, "jingwei-idnumbers-", capacity)) {
      long[] lines = {0};
      try {
        source.read(
            located -> {
              PartyMember m = located.value();
              lines[0]++;
              try {
                ids.add(memberKey(m.id().value()));
                if (m.idNumber() != null) {
                  long k = idNumberKey(m.idNumber().value());
                  if (k != 0) {
                    idNumbers.add(k);
                  }
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            issue -> {
              EntityRef ref = issue.entity();
              if (ref != null && ref.kind() == EntityKind.MEMBER) {
                try {
                  ids.add(memberKey(ref.id()));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }
            });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      int runs = ids.runs() + idNumbers.runs();
      return new MemberPrepass(ids.repeated(), idNumbers.repeated(), lines[0], runs);
    }
  }

  /**
   * The key of a member id: an id of one to nine ASCII characters packed exactly (positive), any other a 64-bit
   * hash of its characters with the sign bit set (negative; may collide, so only ever a candidate).
   */
  static long memberKey(String id) {
    int n = id.length();
    if (n > 0 && n <= 9) {
      long k = 0;
      boolean ascii = true;
      for (int i = n - 1; i >= 0 && ascii; i--) {
        char c = id.charAt(i);
        ascii = c != 0 && c <= 0x7F;
        k = (k << 7) | c;
      }
      if (ascii) {
        return k;
      }
    }
    long h = 0xCBF29CE484222325L;
    for (int i = 0; i < n; i++) {
      h ^= id.charAt(i);
      h *= 0x100000001B3L;
    }
    return hashed(h);
  }

  /**
   * {@link #memberKey(String)} of the id written as these UTF-8 bytes (a JSON string's content without escapes),
   * without making the string when they are ASCII: the characters are then the bytes.
   */
  static long memberKey(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] < 0) { // a multi-byte character: by its characters
        return memberKey(new String(b, from, to - from, java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    int n = to - from;
    if (n > 0 && n <= 9) {
      long k = 0;
      boolean packed = true;
      for (int i = to - 1; i >= from && packed; i--) {
        byte c = b[i];
        packed = c != 0;
        k = (k << 7) | c;
      }
      if (packed) {
        return k;
      }
    }
    long h = 0xCBF29CE484222325L;
    for (int i = from; i < to; i++) {
      h ^= b[i];
      h *= 0x100000001B3L;
    }
    return hashed(h);
  }

  /** {@link #memberKey(String)} of a line's value: from its bytes when written without escapes, else its string. */
  private static long memberKey(TopLevelStrings.Values values, int name) {
    return values.plain(name)
        ? memberKey(values.bytes(), values.start(name), values.end(name))
        : memberKey(Objects.requireNonNull(values.string(name)));
  }

  /** {@link #idNumberKey(String)} of a line's value: from its bytes when written without escapes, else its string. */
  private static long idNumberKey(TopLevelStrings.Values values, int name) {
    return values.plain(name)
        ? idNumberKey(values.bytes(), values.start(name), values.end(name))
        : idNumberKey(Objects.requireNonNull(values.string(name)));
  }

  /** The key of an id hashed to {@code h} (FNV-1a over its characters): mixed, with the sign bit set. */
  private static long hashed(long h) {
    h ^= h >>> 31;
    h *= 0x7FB5D329728EA185L;
    h ^= h >>> 27;
    return h | Long.MIN_VALUE;
  }

  /**
   * {@link #idNumberKey(String)} of the value written as these UTF-8 bytes (without escapes): a byte of a
   * multi-byte character is no digit and no {@code X}, as its character is not, and such text is 0 either way.
   */
  static long idNumberKey(byte[] b, int from, int to) {
    if (to - from != 18) {
      return 0;
    }
    long digits = 0;
    for (int i = from; i < from + 17; i++) {
      byte ch = b[i];
      if (ch < '0' || ch > '9') {
        return 0;
      }
      digits = digits * 10 + (ch - '0');
    }
    return withCheck(digits, b[from + 17]);
  }

  /**
   * The key of a resident ID number as {@code ResidentIdNumber} normalizes it: 17 digits and a check character
   * ({@code X} in either case), packed exactly; 0 for text that cannot be a valid number.
   */
  static long idNumberKey(String value) {
    if (value.length() != 18) {
      return 0;
    }
    long digits = 0;
    for (int i = 0; i < 17; i++) {
      char ch = value.charAt(i);
      if (ch < '0' || ch > '9') {
        return 0;
      }
      digits = digits * 10 + (ch - '0');
    }
    return withCheck(digits, value.charAt(17));
  }

  /** The key of 17 digits and a check character ({@code X} in either case), 0 when the character is none. */
  private static long withCheck(long digits, int check) {
    int c;
    if (check >= '0' && check <= '9') {
      c = check - '0';
    } else if (check == 'X' || check == 'x') {
      c = 10;
    } else {
      return 0;
    }
    return digits * 11 + c + 1;
  }
}
