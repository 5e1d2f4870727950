package io.jingwei.xlsx.internal;

import io.jingwei.ref.EntityKind;
import io.jingwei.validation.Issue;
import io.jingwei.validation.Location;
import io.jingwei.xlsx.SpreadsheetIssueCodes;
import io.jingwei.xlsx.SpreadsheetOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvParser;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads a CSV file of one kind (读取CSV) with Jackson's CSV parser, one record at a time, in the declared encoding or
 * the detected one ({@link Charsets}). Each record is located at the line where it starts.
 */
public final class CsvReader {

  private static final CsvMapper MAPPER = CsvMapper.builder().build();

  private CsvReader() {}

  /**
   * A parsed row: the line it starts on and its fields.
   *
   * @param line the line, from 1
   * @param fields the fields
   */
  public record CsvRow(long line, List<String> fields) {}

  /** Receives rows; false to stop. */
  public interface RowHandler {
    /** A row. */
    void row(CsvRow row);
  }

  /**
   * Reads the rows of the file; a malformed file ends with an issue.
   *
   * @return null, or the issue that ended the reading
   */
  public static @Nullable Issue rows(Path path, String fileName, @Nullable Charset declared, RowHandler handler)
      throws IOException {
    Charset charset;
    int bom = 0;
    if (declared != null) {
      charset = declared;
      Charsets.Detected d = Charsets.detect(path);
      if (d.charset().equals(declared)) {
        bom = d.bomLength();
      }
    } else {
      Charsets.Detected d = Charsets.detect(path);
      charset = d.charset();
      bom = d.bomLength();
    }
    try (InputStream in = Files.newInputStream(path)) {
      in.skipNBytes(bom);
      Reader reader = new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
      try (CsvParser parser = (CsvParser) MAPPER.reader().with(CsvSchema.emptySchema()).createParser(reader)) {
        long line = 1;
        long rowLine = -1;
        try {
          JsonToken t;
          while ((t = parser.nextToken()) != null) {
            if (t != JsonToken.START_ARRAY) {
              continue;
            }
            List<String> fields = new ArrayList<>();
            boolean first = true;
            rowLine = -1;
            while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
              String field = parser.getString();
              if (first) {
                line = parser.currentTokenLocation().getLineNr();
                rowLine = line;
                first = false;
                // a byte-order mark starting a line: files joined together (cat a.csv b.csv), not data
                if (field != null && field.startsWith("\uFEFF")) {
                  field = field.substring(1);
                }
              }
              fields.add(field);
            }
            handler.row(new CsvRow(Math.max(line, 1), fields));
          }
        } catch (JacksonException e) {
          // the line where the row that cannot be parsed starts (an unclosed quote is reported where it opens,
          // not at the end of the file it swallowed)
          long at = rowLine > 0 ? rowLine : e.getLocation() == null ? line : Math.max(e.getLocation().getLineNr(), line);
          return new Issue(
              SpreadsheetIssueCodes.MALFORMED_CSV,
              SpreadsheetIssueCodes.severityOf(SpreadsheetIssueCodes.MALFORMED_CSV),
              null,
              "",
              Location.ofLine(fileName, Math.max(at, 1)),
              Map.of("reason", "SYNTAX"));
        }
      }
    }
    return null;
  }

  /**
   * Reads a CSV file of the kind into the sheet reading.
   *
   * @return the layout, once a header was found
   */
  public static @Nullable SheetLayout read(
      Path path,
      String fileName,
      EntityKind kind,
      SpreadsheetOptions options,
      SheetReading.RowSink sink,
      Map<EntityKind, long[]> counts)
      throws IOException {
    Limits.checkSize(path, fileName, options);
    SheetReading reading =
        new SheetReading(fileName, null, kind, options.catalogue(), CellParser.standard(), sink, options.maxRows());
    Issue malformed =
        rows(
            path,
            fileName,
            options.csvCharset(),
            row -> {
              List<CellValue> cells = new ArrayList<>(row.fields().size());
              for (String f : row.fields()) {
                cells.add(CellValue.text(f == null ? "" : f));
              }
              reading.row(row.line(), cells);
            });
    reading.end();
    if (malformed != null) {
      sink.issue(malformed);
    }
    long[] c = reading.counts();
    long[] total = counts.computeIfAbsent(kind, k -> new long[3]);
    for (int j = 0; j < 3; j++) {
      total[j] += c[j];
    }
    return reading.layout();
  }
}
