package io.jingwei.xlsx;

import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.io.ReadIssueCodes;
import io.jingwei.ref.Entity;
import io.jingwei.ref.EntityKind;
import io.jingwei.validation.DatasetValidator;
import io.jingwei.validation.Issue;
import io.jingwei.validation.Location;
import io.jingwei.validation.ValidationReport;
import io.jingwei.impl.engine.DefaultDatasetValidator;
import io.jingwei.impl.engine.MemberSource;
import io.jingwei.impl.engine.StreamingValidator;
import io.jingwei.impl.io.Located;
import io.jingwei.impl.io.ReadTally;
import io.jingwei.member.PartyMember;
import io.jingwei.validation.StreamingProgress;
import io.jingwei.xlsx.internal.CsvReader;
import io.jingwei.xlsx.internal.KindFilter;
import io.jingwei.xlsx.internal.SheetLayout;
import io.jingwei.xlsx.internal.SheetReading;
import io.jingwei.xlsx.internal.XlsxReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Spreadsheets (台账): the entry of the module. Reads XLSX workbooks (streamed, one sheet per entity kind) and CSV
 * files (one file per kind; UTF-8 with or without BOM, GBK/GB18030 detected or declared) into records located by
 * sheet, row and column; validates them with the engine; writes annotated workbooks, blank templates and workbooks
 * of a dataset.
 *
 * <pre>{@code
 * SpreadsheetRead read = Spreadsheets.read(Path.of("党员台账.xlsx"));
 * ValidationReport report = read.validate(Jingwei.validator("nanning-2021"));
 * Spreadsheets.annotate(read, report, Path.of("党员台账-问题标注.xlsx"), Locale.SIMPLIFIED_CHINESE);
 * }</pre>
 *
 * <p>A path is a workbook ({@code .xlsx}), a CSV file ({@code .csv}) or a directory holding them (other files are
 * {@code read.unknown-file}; hidden files and Excel's {@code ~$} lock files are skipped). Sheet and file names tell
 * the kind ({@code 党员}, {@code 党员台账}, {@code members}); a workbook of one data sheet or a CSV file whose name
 * does not may have it declared ({@link SpreadsheetOptions.Builder#kind(EntityKind)}). Problems in the data are
 * issues; a file that cannot be read at all is a {@link SpreadsheetException}.
 *
 * <p>Thread safety (线程安全): the static methods may be called from many threads at once, sharing one
 * {@link SpreadsheetOptions}, {@link ColumnCatalogue} and validator (each reading has its own parser state);
 * {@link SpreadsheetOptions}, {@link ColumnCatalogue}, {@link SpreadsheetRead}, {@link SheetRecord}, {@link Column},
 * {@link SheetSpec} and {@link SafeText} are immutable and thread-safe. A {@link SpreadsheetSink} is called on the
 * reading thread only. Two things are JVM-wide, as POI keeps them: the zip-bomb inflate ratio (at least 1:100),
 * and the largest inflated part, which a reading with a smaller {@link SpreadsheetOptions#maxEntryBytes()} lowers
 * for every later reading in the JVM (docs/reliability-spreadsheets.md).
 */
public final class Spreadsheets {

  private Spreadsheets() {}

  /** Whether the path is a spreadsheet file by its extension ({@code .xlsx}, {@code .csv}). */
  public static boolean isSpreadsheetFile(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    return (name.endsWith(".xlsx") || name.endsWith(".csv")) && !name.startsWith("~$") && !name.startsWith(".");
  }

  /**
   * Whether the path holds spreadsheets: a spreadsheet file, or a directory with at least one and no JSON dataset
   * ({@code dataset.json} or {@code *.jsonl}).
   */
  public static boolean holdsSpreadsheets(Path path) {
    if (Files.isRegularFile(path)) {
      return isSpreadsheetFile(path);
    }
    if (!Files.isDirectory(path)) {
      return false;
    }
    boolean any = false;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        if (name.equals("dataset.json") || name.endsWith(".jsonl")) {
          return false;
        }
        any |= isSpreadsheetFile(p);
      }
    } catch (IOException e) {
      return false;
    }
    return any;
  }

  /**
   * Reads spreadsheets with the default options.
   *
   * @throws SpreadsheetException when a file cannot be read at all
   * @throws UncheckedIOException when the path does not exist or cannot be read
   */
  public static SpreadsheetRead read(Path path) {
    return read(path, SpreadsheetOptions.defaults());
  }

  /**
   * Reads spreadsheets into memory (读取台账).
   *
   * @throws SpreadsheetException when a file cannot be read at all (corrupt, not XLSX, unsafe, over a limit)
   * @throws UncheckedIOException when the path does not exist or cannot be read
   */
  public static SpreadsheetRead read(Path path, SpreadsheetOptions options) {
    return read(path, options, KindFilter.ALL);
  }

  /**
   * Reads the sheets and CSV files of some kinds only into memory (按类别读取): those of other kinds are skipped
   * unread; files and sheets of no known kind are still reported.
   *
   * @throws SpreadsheetException when a file cannot be read at all
   * @throws UncheckedIOException when the path does not exist or cannot be read
   */
  public static SpreadsheetRead read(Path path, SpreadsheetOptions options, Set<EntityKind> kinds) {
    return read(path, options, new KindFilter(kinds, true));
  }

  private static SpreadsheetRead read(Path path, SpreadsheetOptions options, KindFilter filter) {
    Map<EntityKind, List<SheetRecord>> records = new EnumMap<>(EntityKind.class);
    List<Issue> issues = new ArrayList<>();
    Reading reading =
        read(
            path,
            options,
            new SpreadsheetSink() {
              @Override
              public void record(EntityKind kind, Object record, Location location) {
                records.computeIfAbsent(kind, k -> new ArrayList<>()).add(new SheetRecord(kind, (Entity) record, location));
              }

              @Override
              public void issue(Issue issue) {
                issues.add(issue);
              }
            },
            true,
            filter);
    return new SpreadsheetRead(path, reading.files, records, issues, reading.counts, reading.layouts);
  }

  /**
   * Reads spreadsheets as a stream (流式读取): records and issues go to the sink as rows are read, nothing is held,
   * so a sheet of millions of rows reads in bounded memory.
   *
   * @throws SpreadsheetException when a file cannot be read at all
   * @throws UncheckedIOException when the path does not exist or cannot be read
   */
  public static void read(Path path, SpreadsheetOptions options, SpreadsheetSink sink) {
    read(path, options, sink, false, KindFilter.ALL);
  }

  /**
   * Reads and validates spreadsheets (读取并校验台账): {@code read(path, options).validate(validator)}.
   *
   * @throws SpreadsheetException when a file cannot be read at all
   */
  public static ValidationReport validate(Path path, SpreadsheetOptions options, DatasetValidator validator) {
    return read(path, options).validate(validator);
  }

  /**
   * Validates spreadsheets streaming their members (流式校验台账): every kind but the members is read into memory (as
   * {@link #read(Path, SpreadsheetOptions)} reads it: the same records, locations and issues), the member sheet or
   * {@code members.csv} (or a file the options declare as members) goes by in chunks, read again for each pass the
   * engine's {@link StreamingValidator} makes (a quick one for the duplicate candidates, the stream, rarely one
   * for far introducers), so that memory grows with the organizations and not with the members. The report equals
   * {@link #validate(Path, SpreadsheetOptions, DatasetValidator)}'s (issues, order, summary, metrics), except with
   * fail-fast, where the first error found may differ. With a validator that is not the engine's, the spreadsheets
   * are validated in memory.
   *
   * <p>A workbook is opened once per pass (its shared strings are read each time); nothing of the rows is kept.
   * What needs the rows in memory — {@link #annotate} — needs {@link #read(Path, SpreadsheetOptions)}.
   *
   * @throws SpreadsheetException when a file cannot be read at all
   * @throws UncheckedIOException when the path does not exist or cannot be read
   */
  public static ValidationReport validateStreaming(
      Path path, SpreadsheetOptions options, DatasetValidator validator) {
    return validateStreaming(path, options, validator, null);
  }

  /**
   * Validates spreadsheets streaming their members, reporting the progress of the members to the listener (on the
   * validating thread, about every {@value StreamingProgress#INTERVAL_RECORDS} records and once at the end; the
   * bytes are those of the member CSV files once read, 0 for a workbook).
   *
   * @throws SpreadsheetException when a file cannot be read at all
   * @throws UncheckedIOException when the path does not exist or cannot be read
   */
  public static ValidationReport validateStreaming(
      Path path,
      SpreadsheetOptions options,
      DatasetValidator validator,
      @Nullable Consumer<StreamingProgress> progress) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(validator, "validator");
    if (!(validator instanceof DefaultDatasetValidator engine)) {
      return validate(path, options, validator);
    }
    SpreadsheetRead others = read(path, options, KindFilter.allBut(EntityKind.MEMBER));
    MemberSource members = new MemberSheets(path, options);
    StreamingValidator streaming = StreamingValidator.of(engine);
    if (progress != null) {
      streaming = streaming.withProgress(progress);
    }
    return validateStreaming(others, members, streaming);
  }

  /** Validates with a streaming validator of the caller's (chunk size, workers: for the tests). */
  static ValidationReport validateStreaming(
      Path path, SpreadsheetOptions options, StreamingValidator streaming) {
    return validateStreaming(
        read(path, options, KindFilter.allBut(EntityKind.MEMBER)), new MemberSheets(path, options), streaming);
  }

  private static ValidationReport validateStreaming(
      SpreadsheetRead others, MemberSource members, StreamingValidator streaming) {
    return streaming.validate(others.input(), members);
  }

  /** The member sheets and CSV files of a path as a member source: each reading reads them again. */
  private static final class MemberSheets implements MemberSource {
    private final Path path;
    private final SpreadsheetOptions options;

    MemberSheets(Path path, SpreadsheetOptions options) {
      this.path = path;
      this.options = options;
    }

    @Override
    public ReadTally read(Consumer<Located<PartyMember>> records, Consumer<Issue> issues) {
      Reading reading =
          Spreadsheets.read(
              path,
              options,
              new SpreadsheetSink() {
                @Override
                public void record(EntityKind kind, Object record, Location location) {
                  records.accept(Located.of((PartyMember) record, location));
                }

                @Override
                public void issue(Issue issue) {
                  issues.accept(issue);
                }
              },
              false,
              KindFilter.only(EntityKind.MEMBER));
      long[] c = reading.counts.getOrDefault(EntityKind.MEMBER, new long[3]);
      return new ReadTally(c[0] + c[1] + c[2], c[0], c[1], c[2]);
    }

    @Override
    public long size() {
      try {
        if (Files.isRegularFile(path)) {
          return isCsv(path) ? Files.size(path) : 0;
        }
        long total = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
          for (Path p : entries) {
            String name = p.getFileName().toString();
            if (isCsv(p)
                && !name.startsWith(".")
                && EntityKind.MEMBER
                    .equals(options.declaredKind().orElse(options.catalogue().kindOfName(name).orElse(null)))) {
              total += Files.size(p);
            }
          }
        }
        return total;
      } catch (IOException e) {
        return 0;
      }
    }

    private static boolean isCsv(Path p) {
      return p.getFileName() != null && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }
  }

  /**
   * Writes the annotated workbook (问题标注工作簿) of a spreadsheet that was read and validated: the original rows with
   * every cell that has an issue filled red (error) or amber (warning or info) and commented with the issue's
   * message, a column "数据存在的问题" listing each row's problems, and a sheet "问题汇总" counting issues by rule and by
   * sheet. A CSV file is turned into a workbook of one sheet. Messages are in the locale; their arguments are masked
   * as they are in the report.
   *
   * <p>The workbook is built in memory (the source is read again with POI's user model): annotate 台账 of the size
   * people keep in Excel, not million-row extracts.
   *
   * @param out the workbook to write, or for a directory of several spreadsheets a directory receiving one
   *     annotated workbook per file
   * @throws SpreadsheetException when a source file cannot be read again
   * @throws UncheckedIOException when the output cannot be written
   */
  public static void annotate(SpreadsheetRead read, ValidationReport report, Path out, Locale locale) {
    Annotator.annotate(read, report, out, locale);
  }

  /**
   * Writes a blank 台账 template (空白模板) of the kinds: one sheet per kind with its headers (required ones marked
   * {@code *}), drop-down lists for options and yes/no columns, text format for codes and dates, and a sheet
   * "填写说明" explaining each column and the spellings accepted.
   */
  public static void writeTemplate(List<EntityKind> kinds, OutputStream out) throws IOException {
    TemplateWriter.write(ColumnCatalogue.standard(), kinds, out);
  }

  /**
   * Writes a dataset as a workbook (导出为工作簿), one sheet per kind with the catalogue's columns: what the readers
   * read back as the same records. Written as a stream; text is {@linkplain SafeText neutralized}.
   */
  public static void write(CityDataset dataset, OutputStream out) throws IOException {
    WorkbookWriter.write(dataset, ColumnCatalogue.standard(), out);
  }

  // ------------------------------------------------------------------------------------------------ reading

  private record Reading(List<Path> files, Map<EntityKind, long[]> counts, List<SheetLayout> layouts) {}

  private static Reading read(
      Path path, SpreadsheetOptions options, SpreadsheetSink sink, boolean keepLayouts, KindFilter filter) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(sink, "sink");
    if (!Files.exists(path)) {
      throw new UncheckedIOException(new NoSuchFileException(path.toString()));
    }
    Map<EntityKind, long[]> counts = new EnumMap<>(EntityKind.class);
    List<SheetLayout> layouts = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    SheetReading.RowSink rows =
        new SheetReading.RowSink() {
          @Override
          public void record(EntityKind kind, Object record, Location location) {
            sink.record(kind, record, location);
          }

          @Override
          public void issue(Issue issue) {
            sink.issue(issue);
          }
        };
    try {
      if (Files.isDirectory(path)) {
        TreeSet<String> names = new TreeSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
          for (Path p : entries) {
            names.add(p.getFileName().toString());
          }
        }
        for (String name : names) {
          Path p = path.resolve(name);
          if (name.startsWith(".") || name.startsWith("~$")) {
            continue;
          }
          if (Files.isRegularFile(p) && isSpreadsheetFile(p)) {
            files.add(p);
            readFile(
                p, name, options, options.declaredKind().orElse(null), rows, counts, layouts, keepLayouts, filter);
          } else if (filter.reportUnknown()) {
            String shown = Files.isDirectory(p) ? name + "/" : name;
            sink.issue(
                new Issue(
                    ReadIssueCodes.UNKNOWN_FILE,
                    ReadIssueCodes.severityOf(ReadIssueCodes.UNKNOWN_FILE),
                    null,
                    "",
                    Location.ofFile(shown),
                    Map.of("file", shown)));
          }
        }
      } else {
        files.add(path);
        readFile(
            path,
            path.getFileName().toString(),
            options,
            options.declaredKind().orElse(null),
            rows,
            counts,
            layouts,
            keepLayouts,
            filter);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
    return new Reading(files, counts, layouts);
  }

  private static void readFile(
      Path file,
      String name,
      SpreadsheetOptions options,
      @Nullable EntityKind declared,
      SheetReading.RowSink rows,
      Map<EntityKind, long[]> counts,
      List<SheetLayout> layouts,
      boolean keepLayouts,
      KindFilter filter)
      throws IOException {
    if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      EntityKind kind = declared != null ? declared : options.catalogue().kindOfName(name).orElse(null);
      if (kind == null) {
        if (!filter.reportUnknown()) {
          return;
        }
        rows.issue(
            new Issue(
                ReadIssueCodes.UNKNOWN_FILE,
                ReadIssueCodes.severityOf(ReadIssueCodes.UNKNOWN_FILE),
                null,
                "",
                Location.ofFile(name),
                Map.of("file", name)));
        return;
      }
      if (!filter.reads(kind)) {
        return;
      }
      SheetLayout layout = CsvReader.read(file, name, kind, options, rows, counts);
      if (layout != null && keepLayouts) {
        layouts.add(layout);
      }
      return;
    }
    List<SheetLayout> l = XlsxReader.read(file, name, declared, options, rows, counts, filter);
    if (keepLayouts) {
      layouts.addAll(l);
    }
  }
}
