package io.jingwei.xlsx.internal;

import io.jingwei.ref.EntityKind;
import io.jingwei.validation.Issue;
import io.jingwei.validation.Location;
import io.jingwei.xlsx.ColumnCatalogue;
import io.jingwei.xlsx.SpreadsheetException;
import io.jingwei.xlsx.SpreadsheetIssueCodes;
import io.jingwei.xlsx.SpreadsheetOptions;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an XLSX workbook as a stream (流式读取XLSX): each sheet's XML goes through a SAX handler (POI's hardened
 * parser: no DOCTYPE, no external entities) one row at a time, so memory does not grow with the rows (shared
 * strings are held, as POI's read-only table holds them). A sheet is read as the kind its name names, or as the
 * kind the file name or the caller names when the workbook has one data sheet.
 */
public final class XlsxReader {

  /** The content type of a worksheet part (ECMA-376 Part 1; the same in .xlsx and .xlsm). */
  private static final java.util.Set<String> WORKSHEET_TYPES =
      java.util.Set.of("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");

  /** Sheets Jingwei writes beside the data: not data, never reported. */
  static final Set<String> OWN_SHEETS = Set.of("填写说明", "选项", "问题汇总");

  static {
    // POI's zip-bomb guards are JVM-wide; keep them at least this strict
    if (ZipSecureFile.getMinInflateRatio() < 0.01) {
      ZipSecureFile.setMinInflateRatio(0.01);
    }
  }

  /** Excel's columns: A to XFD. */
  static final int MAX_COLUMNS = 16_384;

  private XlsxReader() {}

  /**
   * Reads the workbook.
   *
   * @param fileName the file name locations give
   * @throws SpreadsheetException when the file is not a readable XLSX workbook
   */
  public static List<SheetLayout> read(
      Path path,
      String fileName,
      @Nullable EntityKind declared,
      SpreadsheetOptions options,
      SheetReading.RowSink sink,
      Map<EntityKind, long[]> counts) {
    return read(path, fileName, declared, options, sink, counts, KindFilter.ALL);
  }

  /**
   * Reads the sheets of the workbook the filter names (the others are skipped unread).
   *
   * @param fileName the file name locations give
   * @throws SpreadsheetException when the file is not a readable XLSX workbook
   */
  public static List<SheetLayout> read(
      Path path,
      String fileName,
      @Nullable EntityKind declared,
      SpreadsheetOptions options,
      SheetReading.RowSink sink,
      Map<EntityKind, long[]> counts,
      KindFilter filter) {
    Limits.checkSize(path, fileName, options);
    synchronized (XlsxReader.class) {
      if (ZipSecureFile.getMaxEntrySize() > options.maxEntryBytes()) {
        ZipSecureFile.setMaxEntrySize(options.maxEntryBytes());
      }
    }
    List<SheetLayout> layouts = new ArrayList<>();
    String currentSheet = null;
    try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      boolean date1904 = date1904(reader);
      StylesTable styles = reader.getStylesTable();
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      CellParser parser = CellParser.of(date1904);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      List<String> names = new ArrayList<>();
      List<EntityKind> kinds = new ArrayList<>();
      // first pass over the names only: a workbook of one data sheet may take the file's or the declared kind
      XSSFReader.SheetIterator namesOnly = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (namesOnly.hasNext()) {
        try (InputStream ignored = namesOnly.next()) {
          String name = namesOnly.getSheetName();
          String type = namesOnly.getSheetPart().getContentType();
          if (!WORKSHEET_TYPES.contains(type)) {
            // a sheet part whose declared type is not a worksheet is not read reliably by POI: refuse the file
            // rather than risk reading its rows as nothing
            throw new SpreadsheetException(
                Location.ofCell(fileName, name, 0, null),
                "the sheet's part has the content type '" + type + "', not a worksheet's: a damaged workbook",
                null);
          }
          names.add(name);
          kinds.add(OWN_SHEETS.contains(name) ? null : options.catalogue().kindOfName(name).orElse(null));
        }
      }
      if (names.isEmpty()) {
        // a workbook always has a sheet: none found is a wrong content type or a missing part, not an empty 台账
        throw new SpreadsheetException(
            Location.ofFile(fileName), "no worksheet found (a missing part or a wrong content type)", null);
      }
      long dataSheets = names.stream().filter(n -> !OWN_SHEETS.contains(n)).count();
      EntityKind fallback = declared != null ? declared : options.catalogue().kindOfName(fileName).orElse(null);
      int i = 0;
      while (sheets.hasNext()) {
        try (InputStream in = sheets.next()) {
          String name = sheets.getSheetName();
          currentSheet = name;
          EntityKind kind = kinds.get(i++);
          if (OWN_SHEETS.contains(name)) {
            continue;
          }
          if (kind == null && dataSheets == 1) {
            kind = fallback;
          }
          if (kind == null) {
            if (!filter.reportUnknown()) {
              continue;
            }
            sink.issue(
                new Issue(
                    SpreadsheetIssueCodes.UNKNOWN_SHEET,
                    SpreadsheetIssueCodes.severityOf(SpreadsheetIssueCodes.UNKNOWN_SHEET),
                    null,
                    "",
                    Location.ofCell(fileName, name, 0, null),
                    Map.of("sheet", name)));
            continue;
          }
          if (!filter.reads(kind)) {
            continue;
          }
          SheetReading reading =
              new SheetReading(fileName, name, kind, options.catalogue(), parser, sink, options.maxRows());
          parseSheet(limited(in, options.maxEntryBytes()), styles, strings, reading);
          reading.end();
          if (reading.layout() != null) {
            layouts.add(reading.layout());
          }
          long[] c = reading.counts();
          long[] total = counts.computeIfAbsent(kind, k -> new long[3]);
          for (int j = 0; j < 3; j++) {
            total[j] += c[j];
          }
        }
      }
    } catch (OLE2NotOfficeXmlFileException e) {
      throw new SpreadsheetException(
          Location.ofFile(fileName),
          "an Excel 97-2003 (.xls) workbook, not XLSX: save it as .xlsx (Excel 工作簿) and read it again",
          e);
    } catch (NotOfficeXmlFileException | InvalidFormatException e) {
      throw new SpreadsheetException(Location.ofFile(fileName), "not an XLSX workbook: " + reason(e), e);
    } catch (SAXException e) {
      throw new SpreadsheetException(where(fileName, currentSheet), "the sheet's XML cannot be read: " + reason(e), e);
    } catch (IOException | OpenXML4JException | POIXMLException | IllegalStateException | IllegalArgumentException e) {
      throw new SpreadsheetException(where(fileName, currentSheet), "a corrupt or unsafe workbook: " + reason(e), e);
    }
    return layouts;
  }

  private static Location where(String file, @Nullable String sheet) {
    return sheet == null ? Location.ofFile(file) : Location.ofCell(file, sheet, 0, null);
  }

  private static String reason(Throwable e) {
    String m = e.getMessage();
    if (m != null && m.length() > 300) {
      m = m.substring(0, 300) + "…";
    }
    return m == null ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ");
  }

  private static boolean date1904(XSSFReader reader) {
    try (InputStream in = reader.getWorkbookData()) {
      boolean[] found = {false};
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(
          new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) {
              if ("workbookPr".equals(local(localName, qName))) {
                String v = atts.getValue("date1904");
                found[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
              }
            }
          });
      xml.parse(new InputSource(in));
      return found[0];
    } catch (Exception e) {
      return false;
    }
  }

  private static String local(String localName, String qName) {
    if (localName != null && !localName.isEmpty()) {
      return localName;
    }
    int colon = qName.indexOf(':');
    return colon < 0 ? qName : qName.substring(colon + 1);
  }

  private static void parseSheet(
      InputStream in, StylesTable styles, ReadOnlySharedStringsTable strings, SheetReading reading)
      throws IOException, SAXException {
    XMLReader xml;
    try {
      xml = XMLHelper.newXMLReader();
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new IOException(e);
    }
    xml.setContentHandler(new SheetHandler(styles, strings, reading));
    xml.parse(new InputSource(in));
  }

  /** An input stream that fails past a number of bytes (an inflated sheet larger than allowed). */
  private static InputStream limited(InputStream in, long max) {
    return new FilterInputStream(in) {
      private long count;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          add(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        if (n > 0) {
          add(n);
        }
        return n;
      }

      private void add(long n) throws IOException {
        count += n;
        if (count > max) {
          throw new IOException("a sheet inflates to more than " + max + " bytes (the maximum entry size)");
        }
      }
    };
  }

  /** The SAX handler of one sheet: rows of cells, shared strings resolved, date formats recognized. */
  private static final class SheetHandler extends DefaultHandler {
    private final StylesTable styles;
    private final ReadOnlySharedStringsTable strings;
    private final SheetReading reading;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final StringBuilder text = new StringBuilder();
    private final List<@Nullable CellValue> cells = new ArrayList<>();
    private long rowNumber;
    private long lastRow;
    private int column;
    private int nextColumn;
    private @Nullable String type;
    private int style;
    private boolean inValue;
    private boolean inInlineText;
    private boolean inRow;

    SheetHandler(StylesTable styles, ReadOnlySharedStringsTable strings, SheetReading reading) {
      this.styles = styles;
      this.strings = strings;
      this.reading = reading;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
      switch (local(localName, qName)) {
        case "row" -> {
          long r = number(atts.getValue("r"));
          rowNumber = r < 1 ? lastRow + 1 : r;
          cells.clear();
          nextColumn = 0;
          inRow = true;
        }
        case "c" -> {
          String r = atts.getValue("r");
          column = r == null ? nextColumn : SheetLayout.index(r.replaceAll("[0-9]", ""));
          if (column < 0 || column >= MAX_COLUMNS) {
            column = nextColumn; // no column letters, or past Excel's last column XFD: the next cell
          }
          nextColumn = column + 1;
          type = atts.getValue("t");
          long s = number(atts.getValue("s"));
          style = s < 0 || s > Integer.MAX_VALUE ? -1 : (int) s;
          text.setLength(0);
        }
        case "v" -> {
          inValue = true;
          text.setLength(0);
        }
        case "t" -> inInlineText = "inlineStr".equals(type);
        default -> {}
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      switch (local(localName, qName)) {
        case "v" -> inValue = false;
        case "t" -> inInlineText = false;
        case "c" -> cell();
        case "row" -> {
          if (inRow) {
            reading.row(rowNumber, new ArrayList<>(cells));
            lastRow = rowNumber;
            inRow = false;
          }
        }
        default -> {}
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inValue || inInlineText) {
        text.append(ch, start, length);
      }
    }

    /** A row or style number of the XML; -1 when absent or not a number. */
    private static long number(@Nullable String text) {
      if (text == null || text.isEmpty() || text.length() > 18) {
        return -1;
      }
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        return -1;
      }
    }

    private void cell() {
      if (column >= MAX_COLUMNS) {
        text.setLength(0);
        type = null;
        return; // beyond Excel's 16,384 columns: no cell of a 台账
      }
      String raw = text.toString();
      CellValue value;
      if (type == null || type.equals("n")) {
        value = raw.isEmpty() ? null : CellValue.number(raw, isDate(style));
      } else if (type.equals("s")) {
        value = raw.isEmpty() ? null : CellValue.text(sharedString(raw));
      } else if (type.equals("b")) {
        value = CellValue.text("1".equals(raw) ? "是" : "否");
      } else if (type.equals("e")) {
        value = CellValue.text(raw); // an error value such as #N/A is read as text and reported by the binder
      } else {
        value = CellValue.text(raw); // inlineStr, str (a formula's text), d (an ISO date)
      }
      while (cells.size() <= column) {
        cells.add(null);
      }
      cells.set(column, value);
      text.setLength(0);
      type = null;
    }

    private String sharedString(String index) {
      try {
        return strings.getItemAt(Integer.parseInt(index)).getString();
      } catch (RuntimeException e) {
        return "";
      }
    }

    private boolean isDate(int styleIndex) {
      if (styleIndex < 0 || styles == null) {
        return false;
      }
      return dateStyles.computeIfAbsent(
          styleIndex,
          i -> {
            try {
              XSSFCellStyle s = styles.getStyleAt(i);
              return s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
            } catch (RuntimeException e) {
              return false;
            }
          });
    }
  }
}
