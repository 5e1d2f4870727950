package io.jingwei.xlsx;

import io.jingwei.ref.EntityRef;
import io.jingwei.validation.Issue;
import io.jingwei.validation.Location;
import io.jingwei.validation.Severity;
import io.jingwei.validation.ValidationReport;
import io.jingwei.xlsx.internal.CsvReader;
import io.jingwei.xlsx.internal.SheetLayout;
import io.jingwei.xlsx.internal.SheetReading;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes the annotated workbook of a validated spreadsheet (问题标注工作簿): bad cells filled red (error) or amber
 * (warning, info) with a comment holding the messages, a column "数据存在的问题" per row, and a summary sheet.
 */
final class Annotator {

  /** The header of the column listing each row's problems. */
  static final String PROBLEMS_HEADER = "数据存在的问题";

  /** The name of the summary sheet. */
  static final String SUMMARY_SHEET = "问题汇总";

  private Annotator() {}

  static void annotate(SpreadsheetRead read, ValidationReport report, Path out, Locale locale) {
    Map<String, Path> files = new LinkedHashMap<>();
    for (Path f : read.files()) {
      files.put(f.getFileName().toString(), f);
    }
    Map<EntityRef, Location> rows = new HashMap<>();
    for (var kind : io.jingwei.ref.EntityKind.values()) {
      for (SheetRecord r : read.records(kind)) {
        rows.putIfAbsent(r.record().ref(), r.location());
      }
    }
    boolean many = files.size() > 1 || Files.isDirectory(read.source());
    try {
      if (many) {
        Files.createDirectories(out);
      }
      for (Map.Entry<String, Path> f : files.entrySet()) {
        Path target = many ? out.resolve(stem(f.getKey()) + ".xlsx") : out;
        List<Issue> issues = new ArrayList<>();
        for (Issue i : report.issues()) {
          Location at = locate(i, rows);
          if (f.getKey().equals(at.file())) {
            issues.add(i.withLocation(at));
          }
        }
        List<SheetLayout> layouts = read.layouts().stream().filter(l -> l.file().equals(f.getKey())).toList();
        annotateFile(f.getValue(), f.getKey(), layouts, issues, report, target, locale);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    }
  }

  private static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** The issue's location, or its record's row when the issue names a record but no place. */
  private static Location locate(Issue issue, Map<EntityRef, Location> rows) {
    Location at = issue.location();
    if ((at.isNone() || at.file() == null) && issue.entity() != null) {
      Location row = rows.get(issue.entity());
      if (row != null) {
        return row;
      }
    }
    return at;
  }

  private static void annotateFile(
      Path source,
      String name,
      List<SheetLayout> layouts,
      List<Issue> issues,
      ValidationReport report,
      Path target,
      Locale locale)
      throws IOException {
    try (XSSFWorkbook workbook = open(source, name)) {
      Styles styles = new Styles(workbook);
      Map<String, Map<Integer, List<Issue>>> bySheetRow = new LinkedHashMap<>();
      for (Issue i : issues) {
        String sheet = sheetName(i.location(), workbook);
        long row = i.location().sheet() != null ? i.location().row() : i.location().line();
        bySheetRow.computeIfAbsent(sheet, s -> new TreeMap<>()).computeIfAbsent((int) row, r -> new ArrayList<>()).add(i);
      }
      Map<String, Map<Severity, Long>> bySheet = new LinkedHashMap<>();
      for (Map.Entry<String, Map<Integer, List<Issue>>> s : bySheetRow.entrySet()) {
        Sheet sheet = workbook.getSheet(s.getKey());
        if (sheet == null) {
          continue;
        }
        SheetLayout layout =
            layouts.stream().filter(l -> s.getKey().equals(l.sheet() == null ? sheet.getSheetName() : l.sheet()))
                .findFirst().orElse(null);
        int problemsColumn = Math.max(sheet.getRow(headerIndex(layout)) == null ? 0 : sheet.getRow(headerIndex(layout)).getLastCellNum(), layout == null ? 0 : layout.width());
        Row headerRow = row(sheet, headerIndex(layout));
        Cell h = headerRow.createCell(problemsColumn);
        h.setCellValue(PROBLEMS_HEADER);
        h.setCellStyle(styles.header);
        sheet.setColumnWidth(problemsColumn, 60 * 256);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        for (Map.Entry<Integer, List<Issue>> r : s.getValue().entrySet()) {
          int rowIndex = Math.max(r.getKey() - 1, headerIndex(layout));
          Row row = row(sheet, rowIndex);
          Map<Integer, List<Issue>> byColumn = new TreeMap<>();
          List<String> lines = new ArrayList<>();
          Severity worst = null;
          for (Issue i : r.getValue()) {
            bySheet.computeIfAbsent(s.getKey(), k -> new EnumMap<>(Severity.class)).merge(i.severity(), 1L, Long::sum);
            int column = columnOf(i, layout);
            String header = column >= 0 && layout != null ? layout.headers().getOrDefault(column, "") : "";
            lines.add((header.isEmpty() ? "" : header + "：") + i.message(locale));
            if (column >= 0) {
              byColumn.computeIfAbsent(column, c -> new ArrayList<>()).add(i);
            }
            worst = worse(worst, i.severity());
          }
          for (Map.Entry<Integer, List<Issue>> c : byColumn.entrySet()) {
            Cell cell = row.getCell(c.getKey());
            if (cell == null) {
              cell = row.createCell(c.getKey());
            }
            Severity severity = null;
            StringBuilder text = new StringBuilder();
            for (Issue i : c.getValue()) {
              severity = worse(severity, i.severity());
              if (text.length() > 0) {
                text.append('\n');
              }
              text.append('[').append(i.code().value()).append("] ").append(i.message(locale));
            }
            cell.setCellStyle(styles.fill(cell.getCellStyle(), severity));
            comment(drawing, workbook, cell, text.toString());
          }
          if (rowIndex == headerIndex(layout)) {
            continue; // issues of the header (unknown or missing columns) are on its cells and in the summary
          }
          Cell problems = row.createCell(problemsColumn);
          problems.setCellValue(SafeText.neutralize(String.join("\n", lines)));
          problems.setCellStyle(styles.fill(styles.wrap, worst));
        }
      }
      summary(workbook, styles, report, bySheet, locale);
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream o = Files.newOutputStream(target)) {
        workbook.write(o);
      }
    }
  }

  private static int headerIndex(@Nullable SheetLayout layout) {
    return layout == null ? 0 : (int) layout.headerRow() - 1;
  }

  private static String sheetName(Location at, XSSFWorkbook workbook) {
    return at.sheet() != null ? at.sheet() : workbook.getSheetName(0);
  }

  private static int columnOf(Issue i, @Nullable SheetLayout layout) {
    String column = i.location().column();
    if (i.location().sheet() != null && column != null) {
      return SheetLayout.index(column);
    }
    if (layout == null) {
      return -1;
    }
    if (column != null && i.location().sheet() == null) {
      for (Map.Entry<Integer, String> h : layout.headers().entrySet()) {
        if (SheetReading.shownHeader(h.getValue()).equals(column)) {
          return h.getKey();
        }
      }
    }
    return i.path().isEmpty() ? -1 : layout.columnOf(i.path());
  }

  private static Severity worse(@Nullable Severity a, Severity b) {
    if (a == null) {
      return b;
    }
    return a.ordinal() <= b.ordinal() ? a : b;
  }

  private static Row row(Sheet sheet, int index) {
    Row r = sheet.getRow(index);
    return r == null ? sheet.createRow(index) : r;
  }

  private static void comment(Drawing<?> drawing, XSSFWorkbook workbook, Cell cell, String text) {
    ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
    anchor.setCol1(cell.getColumnIndex() + 1);
    anchor.setCol2(cell.getColumnIndex() + 5);
    anchor.setRow1(cell.getRowIndex());
    anchor.setRow2(cell.getRowIndex() + 4);
    Comment comment = drawing.createCellComment(anchor);
    comment.setString(workbook.getCreationHelper().createRichTextString(text));
    comment.setAuthor("经纬");
    cell.setCellComment(comment);
  }

  private static void summary(
      XSSFWorkbook workbook, Styles styles, ValidationReport report, Map<String, Map<Severity, Long>> bySheet,
      Locale locale) {
    Sheet sheet = workbook.getSheet(SUMMARY_SHEET);
    if (sheet != null) {
      workbook.removeSheetAt(workbook.getSheetIndex(sheet));
    }
    sheet = workbook.createSheet(SUMMARY_SHEET);
    int r = 0;
    header(sheet.createRow(r++), styles, "规则（问题代码）", "级别", "问题数", "说明");
    Map<String, Severity> severities = new HashMap<>();
    Map<String, String> examples = new HashMap<>();
    for (Issue i : report.issues()) {
      severities.putIfAbsent(i.code().value(), i.severity());
      examples.putIfAbsent(i.code().value(), i.message(locale));
    }
    for (Map.Entry<io.jingwei.validation.IssueCode, Long> e : report.summary().issuesByCode().entrySet()) {
      String code = e.getKey().value();
      Row row = sheet.createRow(r++);
      row.createCell(0).setCellValue(code);
      Severity s = severities.get(code);
      row.createCell(1).setCellValue(s == null ? "" : s.name());
      row.createCell(2).setCellValue(e.getValue());
      row.createCell(3).setCellValue(SafeText.neutralize(examples.getOrDefault(code, "")));
    }
    r++;
    header(sheet.createRow(r++), styles, "工作表", "错误", "警告", "提示");
    for (Map.Entry<String, Map<Severity, Long>> e : bySheet.entrySet()) {
      Row row = sheet.createRow(r++);
      row.createCell(0).setCellValue(SafeText.neutralize(e.getKey()));
      row.createCell(1).setCellValue(e.getValue().getOrDefault(Severity.ERROR, 0L));
      row.createCell(2).setCellValue(e.getValue().getOrDefault(Severity.WARNING, 0L));
      row.createCell(3).setCellValue(e.getValue().getOrDefault(Severity.INFO, 0L));
    }
    sheet.setColumnWidth(0, 36 * 256);
    sheet.setColumnWidth(3, 80 * 256);
  }

  private static void header(Row row, Styles styles, String... titles) {
    for (int i = 0; i < titles.length; i++) {
      Cell c = row.createCell(i);
      c.setCellValue(titles[i]);
      c.setCellStyle(styles.header);
    }
  }

  /** The source as a workbook: the XLSX file itself, or a sheet built from a CSV file. */
  private static XSSFWorkbook open(Path source, String name) throws IOException {
    if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      XSSFWorkbook workbook = new XSSFWorkbook();
      Sheet sheet = workbook.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(stem(name)));
      CsvReader.rows(
          source,
          name,
          null,
          row -> {
            Row r = sheet.createRow((int) row.line() - 1);
            for (int i = 0; i < row.fields().size(); i++) {
              String f = row.fields().get(i);
              if (f != null && !f.isEmpty()) {
                r.createCell(i).setCellValue(SafeText.neutralize(f));
              }
            }
          });
      return workbook;
    }
    try (InputStream in = Files.newInputStream(source)) {
      return new XSSFWorkbook(in);
    } catch (RuntimeException e) {
      throw new SpreadsheetException(Location.ofFile(name), "cannot read the workbook again: " + e.getMessage(), e);
    }
  }

  /** Cell styles made once per workbook: the fills by (original style, severity). */
  private static final class Styles {
    private final XSSFWorkbook workbook;
    private final Map<String, CellStyle> fills = new HashMap<>();
    final CellStyle header;
    final CellStyle wrap;

    Styles(XSSFWorkbook workbook) {
      this.workbook = workbook;
      header = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
      wrap = workbook.createCellStyle();
      wrap.setWrapText(true);
    }

    CellStyle fill(CellStyle original, @Nullable Severity severity) {
      if (severity == null) {
        return original;
      }
      return fills.computeIfAbsent(
          original.getIndex() + "/" + severity,
          k -> {
            CellStyle s = workbook.createCellStyle();
            s.cloneStyleFrom(original);
            s.setFillForegroundColor(
                severity == Severity.ERROR ? IndexedColors.RED.getIndex() : IndexedColors.LIGHT_ORANGE.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return s;
          });
    }
  }
}
