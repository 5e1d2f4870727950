package io.jingwei.xlsx.internal;

import io.jingwei.impl.io.RecordBinder;
import io.jingwei.impl.io.EntityTypes;
import io.jingwei.impl.json.ValueMasking;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;
import io.jingwei.validation.Issue;
import io.jingwei.validation.IssueCode;
import io.jingwei.validation.Location;
import io.jingwei.xlsx.Column;
import io.jingwei.xlsx.ColumnCatalogue;
import io.jingwei.xlsx.SheetSpec;
import io.jingwei.xlsx.SpreadsheetIssueCodes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the rows of one sheet or CSV file of a known kind (逐行读取): finds the header row among the first rows,
 * maps its headers to catalogue columns, and turns each data row into a record with the engine's binder, so that a
 * row gives the issues a JSON line would, located at its cell. Blank rows are counted and skipped; rows above the
 * header (a title) are not counted. Not thread-safe: one per sheet.
 */
public final class SheetReading {

  /** How many rows are searched for the header. */
  static final int HEADER_SEARCH_ROWS = 10;

  private final String file;
  private final @Nullable String sheet;
  private final EntityKind kind;
  private final SheetSpec spec;
  private final ColumnCatalogue catalogue;
  private final CellParser parser;
  private final RowSink sink;
  private final long maxRows;
  private final RecordBinder<?> binder;
  private final List<Row> pending = new ArrayList<>();
  private @Nullable SheetLayout layout;
  private boolean unreadableSheet;
  private boolean stopped;
  private long blank;
  private long records;
  private long unreadable;
  private long dataRows;

  /** Receives what the sheet gives. */
  public interface RowSink {
    /** A record read from a row. */
    void record(EntityKind kind, Object record, Location location);

    /** An issue. */
    void issue(Issue issue);
  }

  private record Row(long number, List<CellValue> cells) {}

  /**
   * A reading of a sheet.
   *
   * @param file the file name locations give
   * @param sheet the sheet name, or null for a CSV file
   * @param maxRows the most data rows read (blank rows included)
   */
  public SheetReading(
      String file,
      @Nullable String sheet,
      EntityKind kind,
      ColumnCatalogue catalogue,
      CellParser parser,
      RowSink sink,
      long maxRows) {
    this.file = Objects.requireNonNull(file, "file");
    this.sheet = sheet;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.spec = catalogue.sheet(kind);
    this.parser = Objects.requireNonNull(parser, "parser");
    this.sink = Objects.requireNonNull(sink, "sink");
    this.maxRows = maxRows;
    this.binder = Binders.of(kind);
  }

  /** Takes the next row (rows in order; the number from 1; cells by column index, null for absent cells). */
  public void row(long number, List<@Nullable CellValue> cells) {
    if (stopped) {
      return;
    }
    List<CellValue> row = new ArrayList<>(cells.size());
    boolean allBlank = true;
    for (CellValue c : cells) {
      CellValue v = c == null ? CellValue.text("") : c;
      row.add(v);
      allBlank &= v.isBlank();
    }
    if (layout == null) {
      if (allBlank) {
        return;
      }
      pending.add(new Row(number, row));
      if (isHeader(row) || pending.size() >= HEADER_SEARCH_ROWS) {
        startData();
      }
      return;
    }
    data(new Row(number, row), allBlank);
  }

  /** Ends the sheet: the rows kept while looking for a header are read if none was found. */
  public void end() {
    if (layout == null && !pending.isEmpty()) {
      startData();
    }
  }

  /** The layout, once the header was found. */
  public @Nullable SheetLayout layout() {
    return layout;
  }

  /** Blank rows, records, unreadable rows. */
  public long[] counts() {
    return new long[] {blank, records, unreadable};
  }

  private boolean isHeader(List<CellValue> row) {
    int matched = 0;
    int nonBlank = 0;
    for (CellValue c : row) {
      if (!c.isBlank()) {
        nonBlank++;
        if (catalogue.column(kind, c.text()).isPresent()) {
          matched++;
        }
      }
    }
    return matched >= 2 || (matched == 1 && nonBlank == 1);
  }

  private void startData() {
    int headerAt = 0;
    for (int i = 0; i < pending.size(); i++) {
      if (isHeader(pending.get(i).cells())) {
        headerAt = i;
        break;
      }
    }
    Row header = pending.get(headerAt);
    header(header);
    List<Row> rest = new ArrayList<>(pending.subList(headerAt + 1, pending.size()));
    pending.clear();
    for (Row r : rest) {
      boolean allBlank = r.cells().stream().allMatch(CellValue::isBlank);
      data(r, allBlank);
    }
  }

  private void header(Row header) {
    Map<Integer, Column> columns = new LinkedHashMap<>();
    Map<Integer, String> headers = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < header.cells().size(); i++) {
      String text = header.cells().get(i).text().strip();
      if (text.isEmpty()) {
        continue;
      }
      headers.put(i, text);
      Location at = cell(header.number(), i, text);
      Column column = catalogue.column(kind, text).orElse(null);
      if (column == null) {
        sink.issue(issue(SpreadsheetIssueCodes.UNKNOWN_COLUMN, null, "", at, "header", shownHeader(text)));
      } else if (seen.putIfAbsent(column.path(), i) != null) {
        sink.issue(issue(SpreadsheetIssueCodes.DUPLICATE_COLUMN, null, column.path(), at, "header", shownHeader(text)));
      } else {
        columns.put(i, column);
      }
    }
    for (Column required : spec.requiredColumns()) {
      if (!seen.containsKey(required.path())) {
        unreadableSheet = true;
        Location at = sheet == null ? Location.ofLine(file, header.number()) : Location.ofCell(file, sheet, header.number(), null);
        sink.issue(issue(SpreadsheetIssueCodes.MISSING_COLUMN, null, required.path(), at, "header", required.header()));
      }
    }
    layout = new SheetLayout(file, sheet, kind, header.number(), columns, headers);
  }

  private void data(Row row, boolean allBlank) {
    if (dataRows >= maxRows) {
      stopped = true;
      sink.issue(issue(SpreadsheetIssueCodes.TOO_MANY_ROWS, null, "", rowLocation(row.number()), "max", maxRows));
      return;
    }
    dataRows++;
    if (allBlank) {
      blank++;
      return;
    }
    if (unreadableSheet) {
      unreadable++;
      return;
    }
    SheetLayout l = Objects.requireNonNull(layout);
    ObjectNode tree = JsonNodeFactory.instance.objectNode();
    List<Issue> cellIssues = new ArrayList<>();
    List<Pending> problems = new ArrayList<>();
    for (Map.Entry<Integer, Column> e : l.columns().entrySet()) {
      int index = e.getKey();
      if (index >= row.cells().size()) {
        continue;
      }
      CellValue cell = row.cells().get(index);
      if (cell.isBlank()) {
        continue;
      }
      Column column = e.getValue();
      CellParser.Parsed parsed = parser.parse(column, cell);
      for (CellParser.Problem p : parsed.problems()) {
        problems.add(new Pending(p, column, index));
      }
      if (parsed.value() != null) {
        put(tree, column.path(), parsed.value());
      }
    }
    EntityRef entity = binder.entityOf(tree);
    for (Pending p : problems) {
      Map<String, Object> args = new LinkedHashMap<>();
      args.put("reason", p.problem().reason());
      if (p.problem().value() != null) {
        args.put("value", p.problem().value());
      }
      cellIssues.add(
          new Issue(
              p.problem().code(),
              SpreadsheetIssueCodes.severityOf(p.problem().code()),
              entity,
              p.column().path(),
              cell(row.number(), p.index(), l.headers().get(p.index())),
              args));
    }
    cellIssues.forEach(sink::issue);
    Location rowAt = rowLocation(row.number());
    RecordBinder.Outcome<?> outcome = binder.bind(tree, rowAt);
    for (Issue i : outcome.issues()) {
      int index = l.columnOf(i.path());
      sink.issue(index < 0 ? i : i.withLocation(cell(row.number(), index, l.headers().get(index))));
    }
    if (outcome.value() == null) {
      unreadable++;
    } else {
      records++;
      sink.record(kind, outcome.value(), rowAt);
    }
  }

  private record Pending(CellParser.Problem problem, Column column, int index) {}

  private static void put(ObjectNode tree, String path, JsonNode value) {
    String[] segments = path.substring(1).split("/");
    ObjectNode at = tree;
    for (int i = 0; i < segments.length - 1; i++) {
      JsonNode child = at.get(segments[i]);
      if (!(child instanceof ObjectNode)) {
        child = at.putObject(segments[i]);
      }
      at = (ObjectNode) child;
    }
    at.set(segments[segments.length - 1], value);
  }

  private Location rowLocation(long row) {
    return sheet == null ? Location.ofLine(file, row) : Location.ofCell(file, sheet, row, null);
  }

  /**
   * A header as issues show it (the argument {@code header}, the column of a CSV location): capped, with
   * identifier-shaped digits masked — when a sheet has no header row its first row is taken for one, and its cells
   * are the data of a person (an ID number, a phone number), not headers.
   */
  public static String shownHeader(String header) {
    // stricter than ValueMasking.scrub, which keeps a run followed by a letter ("11010519491231002X号"): a header
    // is never a long number, so every run of 11 digits or more is masked
    Matcher m = LONG_DIGITS.matcher(header);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(ValueMasking.mask(m.group())));
    }
    m.appendTail(sb);
    return ValueMasking.cap(sb.toString());
  }

  private static final Pattern LONG_DIGITS = Pattern.compile("[0-9]{11,}[Xx]?");

  private Location cell(long row, int index, @Nullable String header) {
    return sheet == null
        ? Location.ofLine(file, row).withColumn(header == null ? null : shownHeader(header))
        : Location.ofCell(file, sheet, row, SheetLayout.letters(index));
  }

  private static Issue issue(
      IssueCode code, @Nullable EntityRef entity, String path, Location at, String key, Object value) {
    return new Issue(code, SpreadsheetIssueCodes.severityOf(code), entity, path, at, Map.of(key, value));
  }

  /** One binder per kind: binders are immutable and thread-safe. */
  private static final class Binders {
    private static final Map<EntityKind, RecordBinder<?>> ALL = new java.util.EnumMap<>(EntityKind.class);

    static {
      for (EntityKind k : EntityKind.values()) {
        ALL.put(k, RecordBinder.of(EntityTypes.of(k), k));
      }
    }

    static RecordBinder<?> of(EntityKind kind) {
      return ALL.get(kind);
    }
  }
}
