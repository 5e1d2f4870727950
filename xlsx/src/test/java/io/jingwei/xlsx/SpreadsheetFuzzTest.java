package io.jingwei.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.jingwei.ref.EntityKind;
import io.jingwei.validation.Issue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Fuzz targets (模糊测试) for the spreadsheet readers: whatever the bytes, reading never throws anything but the
 * documented {@link SpreadsheetException} for a workbook that cannot be read at all (a CSV file is always read),
 * every row is accounted for ({@code rows = records + unreadable}, {@code read = valid + invalid + unreadable} in
 * the validation summary), every issue is located in the file and none carries a full ID number or mobile number
 * ({@link SheetChecks}).
 *
 * <p>Seeds: {@code src/test/resources/io/jingwei/xlsx/SpreadsheetFuzzTestInputs/<method>/}, run by the default
 * build; fuzz with {@code -Pfuzz} (docs/reliability-spreadsheets.md).
 */
class SpreadsheetFuzzTest {

  private static final Path DIR = tempDir();
  private static final Charset GB18030 = Charset.forName("GB18030");

  private static Path tempDir() {
    try {
      Path dir = Files.createTempDirectory("jingwei-sheet-fuzz");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path write(String name, byte[] data) throws IOException {
    Path file = DIR.resolve(name);
    Files.write(file, data);
    file.toFile().deleteOnExit();
    return file;
  }

  /**
   * The bytes as a CSV file: of members with the encoding detected, of members declared UTF-8 and of party
   * organizations declared GB18030. A CSV file is never a {@link SpreadsheetException}; every issue is on a line
   * of the file.
   */
  @FuzzTest(maxDuration = "60s")
  void csv(byte[] data) throws IOException {
    long lineEnds = 0;
    for (byte b : data) {
      if (b == '\n' || b == '\r') {
        lineEnds++;
      }
    }
    Path members = write("党员.csv", data);
    check(Spreadsheets.read(members), "党员.csv", lineEnds + 1);
    check(
        Spreadsheets.read(members, SpreadsheetOptions.builder().csvCharset(StandardCharsets.UTF_8).build()),
        "党员.csv",
        lineEnds + 1);
    Path other = write("export.csv", data);
    check(
        Spreadsheets.read(
            other, SpreadsheetOptions.builder().kind(EntityKind.ORGANIZATION).csvCharset(GB18030).build()),
        "export.csv",
        lineEnds + 1);
  }

  private static void check(SpreadsheetRead read, String file, long maxLine) {
    SheetChecks.assertAccounted(read, file);
    for (Issue issue : read.issues()) {
      assertThat(issue.location().sheet()).isNull();
      assertThat(issue.location().line()).as("line of %s", issue.code()).isBetween(1L, maxLine);
    }
  }

  /** The bytes as an XLSX file: read, or refused with a located {@link SpreadsheetException}. */
  @FuzzTest(maxDuration = "60s")
  void xlsxBytes(byte[] data) throws IOException {
    Path file = write("党员.xlsx", data);
    readWorkbook(file, "党员.xlsx");
  }

  /**
   * A valid workbook built from the input (a text: rows by line, cells by tab; a cell {@code #1.5} is stored as a
   * number, {@code #d44317} as a date-formatted number, anything else as text), read as the members sheet:
   * a well-formed workbook is always read (never a {@link SpreadsheetException}).
   */
  @FuzzTest(maxDuration = "60s")
  void xlsxCells(byte[] data) throws IOException {
    String text = new String(data, StandardCharsets.UTF_8);
    Path file = DIR.resolve("党员台账.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      Sheet sheet = wb.createSheet("党员");
      String[] lines = text.split("\n", -1);
      for (int r = 0; r < lines.length && r < 200; r++) {
        Row row = sheet.createRow(r);
        String[] cells = lines[r].split("\t", -1);
        for (int c = 0; c < cells.length && c < 100; c++) {
          String cell = cells[c];
          Double number = cell.startsWith("#d") ? number(cell.substring(2)) : cell.startsWith("#") ? number(cell.substring(1)) : null;
          if (number != null) {
            row.createCell(c).setCellValue(number);
            if (cell.startsWith("#d")) {
              row.getCell(c).setCellStyle(date);
            }
          } else {
            // a cell holds at most 32,767 characters
            row.createCell(c).setCellValue(cell.length() > 32_767 ? cell.substring(0, 32_767) : cell);
          }
        }
      }
      wb.write(out);
    }
    SpreadsheetRead read = Spreadsheets.read(file);
    SheetChecks.assertAccounted(read, "党员台账.xlsx");
    for (Issue issue : read.issues()) {
      assertThat(issue.location().sheet()).isEqualTo("党员");
    }
  }

  private static @Nullable Double number(String text) {
    try {
      return Double.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static void readWorkbook(Path file, String name) {
    SpreadsheetRead read;
    try {
      read = Spreadsheets.read(file);
    } catch (SpreadsheetException e) {
      assertThat(e.location().file()).isEqualTo(name);
      assertThat(e.getMessage()).startsWith(name);
      return;
    }
    SheetChecks.assertAccounted(read, name);
  }
}
