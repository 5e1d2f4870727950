package io.jingwei.xlsx;

import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.io.ReadIssueCodes;
import io.jingwei.ref.Entity;
import io.jingwei.ref.EntityKind;
import io.jingwei.validation.DatasetValidator;
import io.jingwei.validation.Issue;
import io.jingwei.validation.Location;
import io.jingwei.validation.ValidationReport;
import io.jingwei.xlsx.internal.CsvReader;
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
import java.util.TreeSet;
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
            true);
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
    read(path, options, sink, false);
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

  private static Reading read(Path path, SpreadsheetOptions options, SpreadsheetSink sink, boolean keepLayouts) {
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
            readFile(p, name, options, options.declaredKind().orElse(null), rows, counts, layouts, keepLayouts);
          } else {
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
            keepLayouts);
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
      boolean keepLayouts)
      throws IOException {
    if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      EntityKind kind = declared != null ? declared : options.catalogue().kindOfName(name).orElse(null);
      if (kind == null) {
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
      SheetLayout layout = CsvReader.read(file, name, kind, options, rows, counts);
      if (layout != null && keepLayouts) {
        layouts.add(layout);
      }
      return;
    }
    List<SheetLayout> l = XlsxReader.read(file, name, declared, options, rows, counts);
    if (keepLayouts) {
      layouts.addAll(l);
    }
  }
}
