package io.jingwei.impl.io;

import io.jingwei.impl.json.JingweiJson;
import io.jingwei.impl.json.ReadLimits;
import io.jingwei.ref.EntityKind;
import io.jingwei.validation.Issue;
import io.jingwei.validation.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a city dataset from disk (数据集读取器), in either form:
 *
 * <ul>
 *   <li><b>Directory</b>: {@code dataset.json} (the {@link DatasetManifest}) and one JSON Lines file per entity
 *       kind, named by {@link EntityKind#collectionName()} ({@code members.jsonl}). A kind without a file is an
 *       empty collection. A file that is neither ({@code read.unknown-file}) is reported and not read; so is a
 *       collection file the manifest's {@code files} list leaves out, when it has one; a listed file that is absent
 *       is {@code read.missing-file}, as is an absent manifest, a directory where a collection file should be
 *       (reason {@code NOT_A_FILE}) and a file that cannot be opened (reason {@code CANNOT_OPEN}: a dangling link,
 *       no permission). Hidden files (names starting with {@code .}) are
 *       ignored. Locations name files relative to the directory.
 *   <li><b>Single document</b>: one JSON object {@code {"dataset": {...}, "divisions": [...], "members": [...]}}
 *       read as a stream, each element located at the line where it starts. An element that cannot be read is
 *       reported and skipped; a syntax error or a parser limit ends the reading of the document. Other top-level
 *       properties are {@code read.unknown-property}.
 * </ul>
 *
 * <p>The record class of each kind is injected ({@code Map<EntityKind, Class<?>>}); a collection of a kind without
 * a class is treated like an unknown file or property. Each record is read as by {@link JsonLinesReader}, with the
 * same issues. Immutable and thread-safe.
 */
public final class DatasetReader {

  /** The manifest's file name in the directory form. */
  public static final String MANIFEST_FILE = "dataset.json";

  /** The extension of collection files. */
  public static final String COLLECTION_EXTENSION = ".jsonl";

  /** The manifest's property in the single-document form. */
  public static final String MANIFEST_PROPERTY = "dataset";

  private final Map<EntityKind, Class<?>> types;
  private final ReadLimits limits;
  private final Map<EntityKind, JsonLinesReader<?>> lineReaders;
  private final Map<EntityKind, RecordBinder<?>> binders;
  private final RecordBinder<DatasetManifest> manifestBinder;
  private final ObjectReader recordParsers;
  private final ObjectReader documentParsers;
  private final TreeReader trees;

  private DatasetReader(Map<EntityKind, Class<?>> types, ReadLimits limits) {
    EnumMap<EntityKind, Class<?>> copy = new EnumMap<>(EntityKind.class);
    types.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "kind"), Objects.requireNonNull(v, "type")));
    this.types = Collections.unmodifiableMap(copy);
    this.limits = Objects.requireNonNull(limits, "limits");
    JsonMapper recordMapper = JingweiJson.mapper(limits);
    JsonMapper documentMapper = JingweiJson.datasetDocumentMapper(limits);
    EnumMap<EntityKind, JsonLinesReader<?>> readers = new EnumMap<>(EntityKind.class);
    EnumMap<EntityKind, RecordBinder<?>> b = new EnumMap<>(EntityKind.class);
    this.types.forEach(
        (kind, type) -> {
          readers.put(kind, JsonLinesReader.of(type, kind).withLimits(limits));
          b.put(kind, new RecordBinder<>(type, kind, recordMapper));
        });
    this.lineReaders = readers;
    this.binders = b;
    this.manifestBinder = new RecordBinder<>(DatasetManifest.class, null, recordMapper);
    this.recordParsers = recordMapper.reader().without(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    this.documentParsers = documentMapper.reader().without(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    this.trees = new TreeReader(limits);
  }

  /** A reader of the kinds given, each as its record class, with the default limits. */
  public static DatasetReader of(Map<EntityKind, Class<?>> types) {
    return new DatasetReader(types, ReadLimits.defaults());
  }

  /** This reader with other limits. */
  public DatasetReader withLimits(ReadLimits newLimits) {
    return new DatasetReader(types, newLimits);
  }

  /** The record class of each kind. */
  public Map<EntityKind, Class<?>> types() {
    return types;
  }

  /**
   * Reads a dataset directory or a single-document file.
   *
   * @throws IOException when the path cannot be read
   */
  public ReadResult read(Path path) throws IOException {
    return Files.isDirectory(path) ? readDirectory(path) : readDocument(path);
  }

  /**
   * Reads a dataset directory into memory.
   *
   * @throws IOException when the directory or a file in it cannot be read
   */
  public ReadResult readDirectory(Path directory) throws IOException {
    return readDirectory(directory, (java.util.concurrent.Executor) null);
  }

  /**
   * Reads a dataset directory into memory, the collection files side by side on the executor (并行读取) when one is
   * given: each file into a buffer of its own, handed on in the order a single thread reads them, so the result
   * equals {@link #readDirectory(Path)}'s.
   *
   * @throws IOException when the directory or a file in it cannot be read
   */
  public ReadResult readDirectory(Path directory, java.util.concurrent.@Nullable Executor executor)
      throws IOException {
    ReadResult.Collector collector = new ReadResult.Collector();
    Map<EntityKind, ReadTally> tallies = readDirectory(directory, collector, executor);
    return collector.result(tallies);
  }

  /**
   * Reads a dataset directory, handing everything to the sink as it goes.
   *
   * @return the tally of each kind that had a file
   * @throws IOException when the directory or a file in it cannot be read
   */
  public Map<EntityKind, ReadTally> readDirectory(Path directory, DatasetSink sink) throws IOException {
    return readDirectory(directory, sink, null);
  }

  private Map<EntityKind, ReadTally> readDirectory(
      Path directory, DatasetSink sink, java.util.concurrent.@Nullable Executor executor) throws IOException {
    Objects.requireNonNull(sink, "sink");
    if (!Files.isDirectory(directory)) {
      throw new NotDirectoryException(directory.toString());
    }
    Set<String> present = new TreeSet<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (!name.startsWith(".")) {
          present.add(Files.isDirectory(entry) ? name + "/" : name);
        }
      }
    }
    DatasetManifest manifest = null;
    if (present.contains(MANIFEST_FILE)) {
      manifest = readManifestFile(directory.resolve(MANIFEST_FILE), sink);
    } else {
      sink.issue(fileIssue(ReadIssueCodes.MISSING_FILE, MANIFEST_FILE, Location.ofFile(MANIFEST_FILE), ""));
    }

    Map<String, EntityKind> byFile = new LinkedHashMap<>();
    for (EntityKind kind : types.keySet()) {
      byFile.put(kind.collectionName() + COLLECTION_EXTENSION, kind);
    }
    Set<String> wanted = new HashSet<>(byFile.keySet());
    if (manifest != null && !manifest.files().isEmpty()) {
      wanted.clear();
      List<String> listed = manifest.files();
      for (int i = 0; i < listed.size(); i++) {
        String file = listed.get(i);
        if (byFile.containsKey(file)) {
          wanted.add(file);
          if (!present.contains(file)) {
            sink.issue(fileIssue(ReadIssueCodes.MISSING_FILE, file, Location.ofFile(MANIFEST_FILE), "/files/" + i));
          }
        }
      }
    }
    for (String name : present) {
      if (name.endsWith("/") && wanted.contains(name.substring(0, name.length() - 1))) {
        String file = name.substring(0, name.length() - 1);
        sink.issue(fileIssue(ReadIssueCodes.MISSING_FILE, file, Location.ofFile(file), "", "NOT_A_FILE"));
      } else if (!name.equals(MANIFEST_FILE) && !wanted.contains(name)) {
        sink.issue(fileIssue(ReadIssueCodes.UNKNOWN_FILE, name, Location.ofFile(name), ""));
      }
    }

    EnumMap<EntityKind, ReadTally> tallies = new EnumMap<>(EntityKind.class);
    List<Map.Entry<String, EntityKind>> toRead = new ArrayList<>();
    for (Map.Entry<String, EntityKind> e : byFile.entrySet()) {
      if (wanted.contains(e.getKey()) && present.contains(e.getKey())) {
        toRead.add(e);
      }
    }
    if (executor == null || toRead.size() < 2) {
      for (Map.Entry<String, EntityKind> e : toRead) {
        ReadTally tally = readCollection(directory, e.getKey(), e.getValue(), sink);
        if (tally != null) {
          tallies.put(e.getValue(), tally);
        }
      }
      return Collections.unmodifiableMap(tallies);
    }
    List<java.util.concurrent.CompletableFuture<ReadTally>> reading = new ArrayList<>();
    List<BufferedSink> buffers = new ArrayList<>();
    for (Map.Entry<String, EntityKind> e : toRead) {
      BufferedSink buffer = new BufferedSink();
      buffers.add(buffer);
      reading.add(
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> {
                try {
                  return readCollection(directory, e.getKey(), e.getValue(), buffer);
                } catch (IOException x) {
                  throw new java.io.UncheckedIOException(x);
                }
              },
              executor));
    }
    for (int i = 0; i < toRead.size(); i++) {
      ReadTally tally = Joins.join(reading.get(i));
      buffers.get(i).replay(sink);
      if (tally != null) {
        tallies.put(toRead.get(i).getValue(), tally);
      }
    }
    return Collections.unmodifiableMap(tallies);
  }

  /** Reads one collection file into the sink; null when it cannot be opened (an issue says so). */
  private @Nullable ReadTally readCollection(Path directory, String file, EntityKind kind, DatasetSink sink)
      throws IOException {
    InputStream opened = open(directory.resolve(file), file, sink);
    if (opened == null) {
      return null;
    }
    try (InputStream in = opened) {
      return lineReaders.get(kind).read(in, file, r -> sink.record(kind, r), sink::issue);
    }
  }

  /** What one file gave, in order, until it is handed to the real sink. */
  private static final class BufferedSink implements DatasetSink {
    private final List<java.util.function.Consumer<DatasetSink>> events = new ArrayList<>();

    @Override
    public void record(EntityKind kind, Located<?> record) {
      events.add(sink -> sink.record(kind, record));
    }

    @Override
    public void issue(Issue issue) {
      events.add(sink -> sink.issue(issue));
    }

    void replay(DatasetSink sink) {
      events.forEach(e -> e.accept(sink));
    }
  }

  private static Issue fileIssue(io.jingwei.validation.IssueCode code, String file, Location location, String path) {
    return ReadProblem.of(code, path, "file", file).toIssue(null, location);
  }

  private static Issue fileIssue(
      io.jingwei.validation.IssueCode code, String file, Location location, String path, String reason) {
    return ReadProblem.of(code, path, "file", file, "reason", reason).toIssue(null, location);
  }

  /**
   * Opens a file of the dataset, or reports it as {@code read.missing-file} (reason {@code CANNOT_OPEN}: a
   * dangling link, no permission) and returns null, so that the other files are still read.
   */
  private static @Nullable InputStream open(Path path, String file, DatasetSink sink) {
    try {
      return Files.newInputStream(path);
    } catch (IOException e) {
      sink.issue(fileIssue(ReadIssueCodes.MISSING_FILE, file, Location.ofFile(file), "", "CANNOT_OPEN"));
      return null;
    }
  }

  private @Nullable DatasetManifest readManifestFile(Path file, DatasetSink sink) throws IOException {
    TreeReader.Outcome tree;
    Location location = Location.ofFile(MANIFEST_FILE);
    InputStream opened = open(file, MANIFEST_FILE, sink);
    if (opened == null) {
      return null;
    }
    try (InputStream in = Utf8Input.markable(opened)) {
      if (Utf8Input.startsForeign(in)) {
        sink.issue(Utf8Input.problem().toIssue(null, Location.ofLine(MANIFEST_FILE, 1)));
        return null;
      }
      try (JsonParser parser = recordParsers.createParser(in)) {
        tree = trees.readDocument(parser);
      }
    } catch (JacksonIOException e) {
      throw e.getCause() != null ? e.getCause() : new IOException(e);
    }
    if (tree.problem() != null || tree.root() == null) {
      sink.issue(Objects.requireNonNull(tree.problem()).toIssue(null, location));
      return null;
    }
    return bindManifest(tree.root(), location, sink);
  }

  private @Nullable DatasetManifest bindManifest(JsonNode root, Location location, DatasetSink sink) {
    RecordBinder.Outcome<DatasetManifest> bound = manifestBinder.bind(root, location);
    bound.issues().forEach(sink::issue);
    if (bound.value() != null) {
      sink.manifest(bound.value());
    }
    return bound.value();
  }

  /**
   * Reads a single-document dataset into memory.
   *
   * @throws IOException when the file cannot be read
   */
  public ReadResult readDocument(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return readDocument(in, file.getFileName().toString());
    }
  }

  /**
   * Reads a single-document dataset from a stream (not closed) into memory.
   *
   * @param fileName the file name locations give
   * @throws IOException when the stream cannot be read
   */
  public ReadResult readDocument(InputStream in, String fileName) throws IOException {
    ReadResult.Collector collector = new ReadResult.Collector();
    Map<EntityKind, ReadTally> tallies = readDocument(in, fileName, collector);
    return collector.result(tallies);
  }

  /**
   * Reads a single-document dataset from a stream (not closed), handing everything to the sink as it goes.
   *
   * @param fileName the file name locations give
   * @return the tally of each kind that had a collection
   * @throws IOException when the stream cannot be read
   */
  public Map<EntityKind, ReadTally> readDocument(InputStream in, String fileName, DatasetSink sink)
      throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(sink, "sink");
    EnumMap<EntityKind, ReadTally> tallies = new EnumMap<>(EntityKind.class);
    InputStream source = Utf8Input.markable(in);
    if (Utf8Input.startsForeign(source)) {
      sink.issue(Utf8Input.problem().toIssue(null, Location.ofLine(fileName, 1)));
      return Collections.unmodifiableMap(tallies);
    }
    try (JsonParser parser = documentParsers.createParser(source)) {
      new DocumentReading(parser, fileName, sink, tallies).run();
    } catch (JacksonIOException e) {
      throw e.getCause() != null ? e.getCause() : new IOException(e);
    }
    return Collections.unmodifiableMap(tallies);
  }

  /** The state of reading one single document. */
  private final class DocumentReading {
    private final JsonParser parser;
    private final String fileName;
    private final DatasetSink sink;
    private final Map<EntityKind, ReadTally> tallies;
    private final Set<String> seen = new HashSet<>();
    private @Nullable TokenStreamContext top;

    DocumentReading(JsonParser parser, String fileName, DatasetSink sink, Map<EntityKind, ReadTally> tallies) {
      this.parser = parser;
      this.fileName = fileName;
      this.sink = sink;
      this.tallies = tallies;
    }

    void run() {
      try {
        JsonToken first = parser.nextToken();
        if (first == null) {
          problem(ReadProblem.of(ReadIssueCodes.MALFORMED_JSON, "", "reason", "TRUNCATED"), 1);
          return;
        }
        if (first != JsonToken.START_OBJECT) {
          problem(
              ReadProblem.of(ReadIssueCodes.WRONG_TYPE, "", "expected", "object", "actual", tokenType(first)),
              line());
          return;
        }
        top = parser.streamReadContext();
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
          String name = parser.currentName();
          long nameLine = line();
          JsonToken value = parser.nextToken();
          if (!seen.add(name)) {
            problem(ReadProblem.of(ReadIssueCodes.DUPLICATE_KEY, JsonPointers.child("", name), "property", name), nameLine);
            parser.skipChildren();
            continue;
          }
          if (!property(name, value, nameLine)) {
            return;
          }
        }
        if (t != JsonToken.END_OBJECT) {
          problem(ReadProblem.of(ReadIssueCodes.MALFORMED_JSON, "", "reason", "SYNTAX"), line());
          return;
        }
        if (parser.nextToken() != null) {
          problem(ReadProblem.of(ReadIssueCodes.MALFORMED_JSON, "", "reason", "TRAILING_CONTENT"), line());
        }
      } catch (JacksonIOException e) {
        throw e;
      } catch (StreamConstraintsException e) {
        String limit = TreeReader.limitOf(e);
        problem(ReadProblem.of(ReadIssueCodes.TOO_LARGE, "", "limit", limit), line());
      } catch (UnexpectedEndOfInputException e) {
        problem(ReadProblem.of(ReadIssueCodes.MALFORMED_JSON, "", "reason", "TRUNCATED"), line());
      } catch (JacksonException e) {
        problem(ReadProblem.of(ReadIssueCodes.MALFORMED_JSON, "", "reason", "SYNTAX"), line());
      }
    }

    /** Reads one top-level property; false when the document cannot be read further. */
    private boolean property(String name, JsonToken value, long nameLine) {
      if (name.equals(MANIFEST_PROPERTY)) {
        long start = line();
        TreeReader.Outcome tree = trees.readCurrent(parser, true);
        Location location = Location.ofLine(fileName, start);
        if (tree.problem() != null || tree.root() == null) {
          sink.issue(Objects.requireNonNull(tree.problem()).toIssue(null, location));
          return tree.streamUsable() && resync(top, tree);
        }
        bindManifest(tree.root(), location, sink);
        return true;
      }
      EntityKind kind = kindOf(name);
      if (kind == null) {
        problem(ReadProblem.of(ReadIssueCodes.UNKNOWN_PROPERTY, JsonPointers.child("", name), "property", name), nameLine);
        parser.skipChildren();
        return true;
      }
      if (value != JsonToken.START_ARRAY) {
        problem(
            ReadProblem.of(
                ReadIssueCodes.WRONG_TYPE, JsonPointers.child("", name), "expected", "array", "actual", tokenType(value)),
            nameLine);
        parser.skipChildren();
        return true;
      }
      return collection(kind);
    }

    private boolean collection(EntityKind kind) {
      RecordBinder<?> binder = binders.get(kind);
      ReadTally.Counter counter = new ReadTally.Counter();
      TokenStreamContext array = parser.streamReadContext();
      try {
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
          if (t == null) {
            throw new UnexpectedEndOfInputException(parser, null, "Unexpected end of input");
          }
          long start = line();
          Location location = Location.ofLine(fileName, start);
          TreeReader.Outcome tree = trees.readCurrent(parser, true);
          if (tree.problem() != null || tree.root() == null) {
            counter.unreadable();
            sink.issue(Objects.requireNonNull(tree.problem()).toIssue(binder.entityOf(tree.root()), location));
            if (!tree.streamUsable() || !resync(array, tree)) {
              return false;
            }
            continue;
          }
          element(kind, binder, tree.root(), location, counter);
        }
        return true;
      } finally {
        tallies.put(kind, counter.tally());
      }
    }

    private <T> void element(
        EntityKind kind, RecordBinder<T> binder, JsonNode root, Location location, ReadTally.Counter counter) {
      RecordBinder.Outcome<T> bound = binder.bind(root, location);
      bound.issues().forEach(sink::issue);
      if (bound.value() == null) {
        counter.unreadable();
      } else {
        counter.record();
        sink.record(kind, Located.of(bound.value(), location));
      }
    }

    /** Skips to the end of the value being read when a per-record limit stopped it; false when that fails. */
    private boolean resync(@Nullable TokenStreamContext container, TreeReader.Outcome tree) {
      if (tree.problem() != null && tree.problem().code().equals(ReadIssueCodes.DUPLICATE_KEY)) {
        return true; // the duplicate was skipped and the value read to its end
      }
      try {
        while (parser.streamReadContext() != container) {
          if (parser.nextToken() == null) {
            return false;
          }
        }
        return true;
      } catch (JacksonException e) {
        return false;
      }
    }

    private void problem(ReadProblem problem, long line) {
      sink.issue(problem.toIssue(null, Location.ofLine(fileName, Math.max(line, 1))));
    }

    private long line() {
      int line = parser.currentTokenLocation().getLineNr();
      return line > 0 ? line : parser.currentLocation().getLineNr();
    }
  }

  private @Nullable EntityKind kindOf(String collectionName) {
    for (EntityKind kind : types.keySet()) {
      if (kind.collectionName().equals(collectionName)) {
        return kind;
      }
    }
    return null;
  }

  private static String tokenType(@Nullable JsonToken t) {
    if (t == null) {
      return "missing";
    }
    switch (t) {
      case START_OBJECT:
        return "object";
      case START_ARRAY:
        return "array";
      case VALUE_STRING:
        return "string";
      case VALUE_NUMBER_INT:
        return "integer";
      case VALUE_NUMBER_FLOAT:
        return "number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "boolean";
      case VALUE_NULL:
        return "null";
      default:
        return "other";
    }
  }

  /** The limits. */
  public ReadLimits limits() {
    return limits;
  }

  /** The names of the collection files this reader reads, in entity-kind order. */
  public List<String> collectionFiles() {
    List<String> files = new ArrayList<>();
    types.keySet().forEach(k -> files.add(k.collectionName() + COLLECTION_EXTENSION));
    return files;
  }
}
