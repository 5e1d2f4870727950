package io.jingwei.impl.io;

import io.jingwei.impl.json.JingweiJson;
import io.jingwei.impl.json.ReadLimits;
import io.jingwei.ref.EntityKind;
import io.jingwei.validation.Issue;
import io.jingwei.validation.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * A streaming reader of one kind of record from a JSON Lines file (JSON Lines 流式读取器): UTF-8, one JSON object per
 * line. Lines are read one at a time, so a file of ten million lines is read in the memory of one line.
 *
 * <ul>
 *   <li>A leading byte order mark and {@code \r\n} line ends are accepted; blank lines are skipped and counted.
 *   <li>Each non-blank line gives either one {@link Located} record (file + line) or, when it cannot be read, one
 *       or more issues; reading goes on with the next line either way.
 *   <li>A line that is not JSON ({@code read.malformed-json}; reason {@code ENCODING} when it starts with bytes
 *       that make Jackson guess UTF-16 or UTF-32, see {@link Utf8Input}), breaks a {@link ReadLimits limit}
 *       ({@code read.too-large}), repeats a property ({@code read.duplicate-key}), is not an object or lacks a
 *       required property ({@code read.wrong-type}, {@code read.missing-required}) is unreadable.
 *   <li>An optional property with an invalid value or the wrong JSON type is dropped and the record kept, with a
 *       {@code read.invalid-value} or {@code read.wrong-type} issue at the property's JSON Pointer. Unknown properties
 *       are reported ({@code read.unknown-property}) and ignored.
 *   <li>Issues name the record ({@link io.jingwei.ref.EntityRef}) when its {@code id} could be read, and never hold
 *       full personal data.
 * </ul>
 *
 * <p>Immutable and thread-safe; each call to {@code read} has its own state.
 *
 * @param <T> the record type
 */
public final class JsonLinesReader<T> {

  private final Class<T> type;
  private final @Nullable EntityKind kind;
  private final ReadLimits limits;
  private final ObjectReader parsers;
  private final RecordBinder<T> binder;
  private final TreeReader trees;
  private final LineSplitter lines;
  private final boolean direct;

  private JsonLinesReader(Class<T> type, @Nullable EntityKind kind, ReadLimits limits) {
    this(type, kind, limits, true);
  }

  private JsonLinesReader(Class<T> type, @Nullable EntityKind kind, ReadLimits limits, boolean direct) {
    this.direct = direct;
    this.type = Objects.requireNonNull(type, "type");
    this.kind = kind;
    this.limits = Objects.requireNonNull(limits, "limits");
    JsonMapper mapper = JingweiJson.mapper(limits);
    this.parsers = mapper.reader().without(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    this.binder = new RecordBinder<>(type, kind, mapper);
    this.trees = new TreeReader(limits);
    this.lines = new LineSplitter(limits.maxRecordBytes());
  }

  /** A reader of records of the type, naming no entity kind in its issues. */
  public static <T> JsonLinesReader<T> of(Class<T> type) {
    return new JsonLinesReader<>(type, null, ReadLimits.defaults());
  }

  /** A reader of records of the type and entity kind, with the default limits. */
  public static <T> JsonLinesReader<T> of(Class<T> type, @Nullable EntityKind kind) {
    return new JsonLinesReader<>(type, kind, ReadLimits.defaults());
  }

  /** This reader with other limits. */
  public JsonLinesReader<T> withLimits(ReadLimits newLimits) {
    return new JsonLinesReader<>(type, kind, newLimits, direct);
  }

  /**
   * This reader binding every line through a JSON tree (by default a clean line is bound straight from the parser,
   * and only a line with a problem goes through the tree; the records and issues are the same either way).
   */
  JsonLinesReader<T> throughTreesOnly() {
    return new JsonLinesReader<>(type, kind, limits, false);
  }

  /** The record type. */
  public Class<T> type() {
    return type;
  }

  /** The entity kind issues name, if any. */
  public @Nullable EntityKind kind() {
    return kind;
  }

  /** The limits. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a file, handing each record and each issue to the consumers as it goes. Locations name the file as
   * {@code file.toString()} gives it.
   *
   * @return the tally of the file
   * @throws IOException when the file cannot be read
   */
  public ReadTally read(Path file, Consumer<? super Located<T>> records, Consumer<? super Issue> issues)
      throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), records, issues);
    }
  }

  /**
   * Reads a stream (not closed), handing each record and each issue to the consumers as it goes.
   *
   * @param fileName the file name locations give
   * @return the tally of the stream
   * @throws IOException when the stream cannot be read
   */
  public ReadTally read(
      InputStream in, String fileName, Consumer<? super Located<T>> records, Consumer<? super Issue> issues)
      throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(issues, "issues");
    ReadTally.Counter counter = new ReadTally.Counter();
    frame(
        in,
        new Lines() {
          @Override
          public void line(long number, byte[] bytes, int length) throws IOException {
            readLine(fileName, number, bytes, 0, length, counter, records, issues, null, length);
          }

          @Override
          public void tooLong(long number) {
            tooLongLine(fileName, number, counter, issues);
          }
        });
    return counter.tally();
  }

  private void tooLongLine(String fileName, long number, ReadTally.Counter counter, Consumer<? super Issue> issues) {
    counter.unreadable();
    issues.accept(
        ReadProblem.of(ReadIssueCodes.TOO_LARGE, "", "limit", "RECORD_BYTES", "max", limits.maxRecordBytes())
            .toIssue(null, Location.ofLine(fileName, number)));
  }

  /** Receives the lines of a stream as {@link #frame} cuts them, before any parsing (行切分). */
  public interface Lines {
    /**
     * A line within the record limit.
     *
     * @param number the line number, from 1
     * @param bytes the buffer holding the line from index 0, valid until the method returns
     * @param length the line's length in bytes, without its line end
     */
    void line(long number, byte[] bytes, int length) throws IOException;

    /** A line over the record limit: {@link #readFramed} reports it when handed a null line. */
    void tooLong(long number) throws IOException;
  }

  /**
   * Cuts a stream (not closed) into lines as {@link #read} does (UTF-8 byte order mark, {@code \r\n}, the record
   * limit), without parsing them: with {@link #readFramed}, one thread can cut while others parse.
   *
   * @throws IOException when the stream cannot be read
   */
  public void frame(InputStream in, Lines sink) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sink, "sink");
    lines.split(
        in,
        new LineSplitter.Handler() {
          @Override
          public void line(long number, byte[] bytes, int length) throws IOException {
            sink.line(number, bytes, length);
          }

          @Override
          public void tooLong(long number, long length) throws IOException {
            sink.tooLong(number);
          }
        });
  }

  /**
   * Reads lines {@link #frame} cut, as {@link #read} reads them: each record and issue in line order, and their
   * tally. Lines may share buffers (pages of a chunk).
   *
   * @param buffers the buffer holding each line
   * @param starts where each line starts in its buffer
   * @param lengths each line's length in bytes, or -1 for a line over the record limit
   * @param numbers the lines' numbers
   * @param count how many of the lines to read
   * @param fileName the file name locations give
   * @return the tally of these lines
   * @throws IOException when a line cannot be parsed for a reason other than its content
   */
  public ReadTally readFramed(
      byte[][] buffers,
      int[] starts,
      int[] lengths,
      long[] numbers,
      int count,
      String fileName,
      Consumer<? super Located<T>> records,
      Consumer<? super Issue> issues)
      throws IOException {
    ReadTally.Counter counter = new ReadTally.Counter();
    try (RecordBinder<T>.Run run = binder.run()) {
      int regionEnd = -1;
      for (int i = 0; i < count; i++) {
        if (lengths[i] < 0) {
          tooLongLine(fileName, numbers[i], counter, issues);
          continue;
        }
        if (regionEnd < starts[i] + lengths[i] || i == 0 || buffers[i] != buffers[i - 1]) {
          // the lines from here on that follow each other in this buffer without a gap: one parser may read them
          int j = i + 1;
          while (j < count && lengths[j] >= 0 && buffers[j] == buffers[i] && starts[j] == starts[j - 1] + lengths[j - 1]) {
            j++;
          }
          regionEnd = starts[j - 1] + lengths[j - 1];
        }
        readLine(fileName, numbers[i], buffers[i], starts[i], lengths[i], counter, records, issues, run, regionEnd);
      }
    }
    return counter.tally();
  }

  /**
   * Reads a whole file into memory: every record and issue, and the tally.
   *
   * @throws IOException when the file cannot be read
   */
  public JsonLinesResult<T> readAll(Path file) throws IOException {
    List<Located<T>> records = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    ReadTally tally = read(file, records::add, issues::add);
    return new JsonLinesResult<>(records, issues, tally);
  }

  /**
   * Reads a whole stream (not closed) into memory.
   *
   * @param fileName the file name locations give
   * @throws IOException when the stream cannot be read
   */
  public JsonLinesResult<T> readAll(InputStream in, String fileName) throws IOException {
    List<Located<T>> records = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    ReadTally tally = read(in, fileName, records::add, issues::add);
    return new JsonLinesResult<>(records, issues, tally);
  }

  /**
   * Reads one line held in a buffer as {@link #read} reads each line: its record (or none) and its issues.
   *
   * @param bytes the buffer holding the line from index 0, without its line end
   * @param length the line's length in bytes
   * @param number the line's number, from 1
   * @param fileName the file name locations give
   * @return whether the line gave a record (false for a blank or unreadable line)
   */
  public boolean readLine(
      byte[] bytes,
      int length,
      long number,
      String fileName,
      Consumer<? super Located<T>> records,
      Consumer<? super Issue> issues)
      throws IOException {
    ReadTally.Counter counter = new ReadTally.Counter();
    readLine(fileName, number, bytes, 0, length, counter, records, issues, null, length);
    return counter.tally().records() == 1;
  }

  private void readLine(
      String fileName,
      long number,
      byte[] buffer,
      int offset,
      int length,
      ReadTally.Counter counter,
      Consumer<? super Located<T>> records,
      Consumer<? super Issue> issues,
      @Nullable RecordBinder<T>.Run run,
      int regionEnd)
      throws IOException {
    if (isBlank(buffer, offset, length)) {
      counter.blank();
      return;
    }
    Location location = Location.ofLine(fileName, number);
    if (Utf8Input.looksForeign(buffer, offset, length)) {
      counter.unreadable();
      issues.accept(Utf8Input.problem().toIssue(null, location));
      return;
    }
    if (direct && length <= limits.maxRecordTokens() && length <= limits.maxRecordBytes()) {
      // a line of at most that many bytes holds at most that many tokens: the tree's limits cannot fail
      T value =
          run != null
              ? run.bindClean(buffer, offset, length, regionEnd)
              : binder.bindClean(buffer, offset, length);
      if (value != null) {
        counter.record();
        records.accept(Located.of(value, location));
        return;
      }
    }
    // a line with a problem: read from its own array, so that positions in the problems count from its start
    byte[] bytes = offset == 0 ? buffer : java.util.Arrays.copyOfRange(buffer, offset, offset + length);
    TreeReader.Outcome tree;
    try (JsonParser parser = parsers.createParser(bytes, 0, length)) {
      tree = trees.readDocument(parser);
    } catch (JacksonIOException e) {
      throw e.getCause() != null ? e.getCause() : new IOException(e);
    }
    if (tree.problem() != null || tree.root() == null) {
      counter.unreadable();
      ReadProblem problem = Objects.requireNonNull(tree.problem());
      issues.accept(problem.atLine(0).toIssue(binder.entityOf(tree.root()), location));
      return;
    }
    RecordBinder.Outcome<T> bound = binder.bind(tree.root(), location);
    bound.issues().forEach(issues);
    if (bound.value() == null) {
      counter.unreadable();
    } else {
      counter.record();
      records.accept(Located.of(bound.value(), location));
    }
  }

  /** Whether the bytes hold only blanks (space, tab, carriage return): a blank line, or what may follow a record. */
  static boolean isBlank(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
