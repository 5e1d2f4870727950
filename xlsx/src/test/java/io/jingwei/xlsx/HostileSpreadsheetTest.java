package io.jingwei.xlsx;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.impl.io.ReadIssueCodes;
import io.jingwei.member.PartyMember;
import io.jingwei.ref.EntityKind;
import io.jingwei.validation.Issue;
import io.jingwei.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile spreadsheet corpus (恶意表格语料): CSV files of members with a hostile row between good ones, and
 * workbooks that are truncated, incomplete, mislabelled or oversized. A CSV problem is located at its line, the
 * rows after it are read where the format allows (an unclosed quote swallows the rest of the file: reported at the
 * line it opens), and every row is accounted for ({@link SheetChecks#assertAccounted}); a workbook that cannot be
 * read at all is a {@link SpreadsheetException} naming the file. The DOCTYPE/external entity and zip-bomb
 * workbooks are in {@link SafetyTest}; {@code jingwei validate} on this corpus is in the CLI's
 * {@code HostileSpreadsheetCommandTest}. Generated here; what each case yields is listed in
 * docs/reliability-spreadsheets.md.
 */
class HostileSpreadsheetTest {

  @TempDir Path dir;

  static final String HEADER = "党员编号,姓名,性别,出生年月,公民身份号码,党员类别,所在党支部,入党时间";

  static String member(String id) {
    return id + ",张三,男,1980年5月,,正式党员,O-1,2005/7/1";
  }

  /** The header (line 1), two good rows (lines 2–3), the hostile text (from line 4), two good rows after it. */
  static byte[] csv(byte[] hostile) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes((HEADER + "\n" + member("M001") + "\n" + member("M002") + "\n").getBytes(UTF_8));
    out.writeBytes(hostile);
    out.writeBytes(("\n" + member("M901") + "\n" + member("M902") + "\n").getBytes(UTF_8));
    return out.toByteArray();
  }

  private SpreadsheetRead readCsv(byte[] bytes, SpreadsheetOptions options) throws IOException {
    Path file = dir.resolve("党员.csv");
    Files.write(file, bytes);
    SpreadsheetRead read = Spreadsheets.read(file, options);
    SheetChecks.assertAccounted(read, "党员.csv");
    return read;
  }

  private static List<String> ids(SpreadsheetRead read) {
    return read.records(EntityKind.MEMBER).stream().map(r -> ((PartyMember) r.record()).id().value()).toList();
  }

  private static void assertIssueAt(SpreadsheetRead read, long line, String code) {
    assertThat(read.issues())
        .as("an issue %s at line %d in %s", code, line, read.issues())
        .anyMatch(i -> i.code().value().equals(code) && i.location().line() == line);
  }

  @Test
  @DisplayName("CSV中间未闭合的引号：在引号所在行报告，前面的行都读入，每行都有交代")
  void anUnclosedQuoteMidFileIsReportedAtItsLine() throws IOException {
    SpreadsheetRead read =
        readCsv(csv("M100,\"王五,男,1990,,正式党员,O-1,2010".getBytes(UTF_8)), SpreadsheetOptions.defaults());
    assertThat(ids(read)).startsWith("M001", "M002");
    assertIssueAt(read, 4, SpreadsheetIssueCodes.MALFORMED_CSV.value());
  }

  @Test
  void anUnclosedQuoteAtTheEndOfTheFileIsReported() throws IOException {
    byte[] bytes = (HEADER + "\n" + member("M001") + "\nM100,王五,男,1990,,正式党员,O-1,\"2010").getBytes(UTF_8);
    SpreadsheetRead read = readCsv(bytes, SpreadsheetOptions.defaults());
    assertThat(ids(read)).startsWith("M001");
    assertIssueAt(read, 3, SpreadsheetIssueCodes.MALFORMED_CSV.value());
  }

  @Test
  @DisplayName("NUL字节：该行的问题被定位，后面的行照常读入")
  void nulBytesAreALocatedProblemAndReadingGoesOn() throws IOException {
    SpreadsheetRead read =
        readCsv(csv("M100,张\0三,\0,1980,,正式党员,O-1,2005".getBytes(UTF_8)), SpreadsheetOptions.defaults());
    assertThat(ids(read)).contains("M001", "M002", "M901", "M902");
    assertIssueAt(read, 4, ReadIssueCodes.INVALID_VALUE.value());
  }

  @Test
  @DisplayName("超长的行（2 MB的单元格）被读入，后面的行照常读入")
  void aVeryLongCellIsReadAndReadingGoesOn() throws IOException {
    String longName = "张".repeat(1 << 20);
    SpreadsheetRead read =
        readCsv(csv(("M100," + longName + ",男,1980,,正式党员,O-1,2005").getBytes(UTF_8)), SpreadsheetOptions.defaults());
    assertThat(ids(read)).contains("M001", "M002", "M901", "M902");
    assertThat(read.issues()).as("the long row is located").anyMatch(i -> i.location().line() == 4);
    for (Issue i : read.issues()) {
      i.args().values().forEach(v -> assertThat(String.valueOf(v)).hasSizeLessThan(1000));
    }
  }

  @Test
  @DisplayName("声明为UTF-8的无效UTF-8：该行的问题被定位，后面的行照常读入")
  void invalidUtf8DeclaredAsUtf8IsALocatedProblem() throws IOException {
    byte[] hostile = concat("M100,张三,".getBytes(UTF_8), new byte[] {(byte) 0xC3, '(', (byte) 0xFF}, ",1980,,正式党员,O-1,2005".getBytes(UTF_8));
    SpreadsheetRead read =
        readCsv(csv(hostile), SpreadsheetOptions.builder().csvCharset(StandardCharsets.UTF_8).build());
    assertThat(ids(read)).contains("M001", "M002", "M901", "M902");
    assertIssueAt(read, 4, ReadIssueCodes.INVALID_VALUE.value());
  }

  @Test
  @DisplayName("未声明编码的无效UTF-8：整个文件按GB18030读，每行仍有交代")
  void invalidUtf8DetectedIsReadAsGb18030AndAccounted() throws IOException {
    byte[] hostile = concat("M100,张三,".getBytes(UTF_8), new byte[] {(byte) 0xC3, '(', (byte) 0xFF}, ",1980,,正式党员,O-1,2005".getBytes(UTF_8));
    SpreadsheetRead read = readCsv(csv(hostile), SpreadsheetOptions.defaults());
    // the UTF-8 headers read as GB18030 are no headers: a located missing column, every row unreadable
    assertThat(read.unreadable(EntityKind.MEMBER)).isEqualTo(read.rows(EntityKind.MEMBER)).isEqualTo(5);
    assertIssueAt(read, 1, SpreadsheetIssueCodes.MISSING_COLUMN.value());
  }

  @Test
  @DisplayName("文件中间的BOM（拼接的文件）被去掉，该行照常读入")
  void aByteOrderMarkMidFileIsDropped() throws IOException {
    SpreadsheetRead read = readCsv(csv(("\uFEFF" + member("M100")).getBytes(UTF_8)), SpreadsheetOptions.defaults());
    assertThat(ids(read)).containsExactly("M001", "M002", "M100", "M901", "M902");
  }

  @Test
  @DisplayName("混用的换行符（CRLF、CR、LF）：每行都读入，行号正确")
  void mixedLineEndsAreReadWithTheirLines() throws IOException {
    byte[] bytes =
        (HEADER + "\r\n" + member("M001") + "\r" + member("M002") + "\n" + member("M003") + "\r\n").getBytes(UTF_8);
    SpreadsheetRead read = readCsv(bytes, SpreadsheetOptions.defaults());
    assertThat(ids(read)).containsExactly("M001", "M002", "M003");
    assertThat(read.records(EntityKind.MEMBER).stream().map(r -> r.location().line()).toList()).containsExactly(2L, 3L, 4L);
  }

  @Test
  @DisplayName("参差不齐的行：少列的行报告缺少必填项，多出的单元格被忽略")
  void raggedRowsAreLocatedAndReadingGoesOn() throws IOException {
    byte[] hostile = ("M100,王五\n" + member("M101") + ",多余,的,单元格").getBytes(UTF_8);
    SpreadsheetRead read = readCsv(csv(hostile), SpreadsheetOptions.defaults());
    assertThat(ids(read)).contains("M001", "M002", "M101", "M901", "M902").doesNotContain("M100");
    assertIssueAt(read, 4, ReadIssueCodes.MISSING_REQUIRED.value());
    assertThat(read.unreadable(EntityKind.MEMBER)).isEqualTo(1);
  }

  // ------------------------------------------------------------------------------------------------- XLSX

  private Path workbook(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  static byte[] membersWorkbook(@Nullable String otherSheet, int otherStrings) throws IOException {
    // the workbook is written by POI: its shared strings part exists, and its sheet may be replaced
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("党员");
      String[][] rows = {HEADER.split(","), member("M001").split(","), member("M002").split(",")};
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      if (otherSheet != null) {
        Sheet other = wb.createSheet(otherSheet);
        for (int i = 0; i < otherStrings; i++) {
          other.createRow(i).createCell(0).setCellValue("不重复的共享字符串 " + i + " " + Integer.toHexString(i * 7919));
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  /** The workbook with one part replaced (null bytes: the part left out). */
  static byte[] replacePart(byte[] workbook, String part, byte @Nullable [] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (e.getName().equals(part)) {
          if (bytes != null) {
            zip.putNextEntry(new ZipEntry(e.getName()));
            zip.write(bytes);
            zip.closeEntry();
          }
          continue;
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        in.transferTo(zip);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private void assertRefused(Path file) {
    assertThatThrownBy(() -> Spreadsheets.read(file))
        .isInstanceOf(SpreadsheetException.class)
        .satisfies(e -> assertThat(((SpreadsheetException) e).location().file()).isEqualTo(file.getFileName().toString()))
        .hasMessageStartingWith(file.getFileName().toString());
  }

  @Test
  @DisplayName("截断的ZIP：定位到文件的SpreadsheetException")
  void aTruncatedZipIsRefused() throws IOException {
    byte[] whole = membersWorkbook(null, 0);
    assertRefused(workbook("党员.xlsx", java.util.Arrays.copyOf(whole, whole.length - 200)));
    assertRefused(workbook("党员2.xlsx", java.util.Arrays.copyOf(whole, 100)));
  }

  @Test
  @DisplayName("没有workbook部件的ZIP被拒绝")
  void aZipWithoutAWorkbookPartIsRefused() throws IOException {
    assertRefused(workbook("党员.xlsx", replacePart(membersWorkbook(null, 0), "xl/workbook.xml", null)));
  }

  @Test
  @DisplayName("错误的内容类型：整个文件被拒绝（不会把行读成空）")
  void wrongContentTypesAreRefused() throws IOException {
    String types =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"text/plain\"/></Types>";
    Path file = workbook("党员.xlsx", replacePart(membersWorkbook(null, 0), "[Content_Types].xml", types.getBytes(UTF_8)));
    assertThatThrownBy(() -> Spreadsheets.read(file))
        .isInstanceOfSatisfying(
            SpreadsheetException.class, e -> assertThat(e.location().file()).isEqualTo("党员.xlsx"));
  }

  @Test
  @DisplayName("巨大的共享字符串部件（20万个不重复的字符串，约6 MB）：照常读入")
  void aHugeSharedStringsPartIsRead() throws IOException {
    StringBuilder sst =
        new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    for (int i = 0; i < 200_000; i++) {
      sst.append("<si><t>不重复的共享字符串 ").append(i).append(' ').append(Integer.toHexString(i * 7919)).append("</t></si>");
    }
    sst.append("</sst>");
    String sheet =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + row(1, HEADER.split(","))
            + row(2, member("M001").split(","))
            + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>199999</v></c><c r=\"B3\" t=\"s\"><v>7</v></c>"
            + "<c r=\"C3\" t=\"s\"><v>999999</v></c></row>"
            + "</sheetData></worksheet>";
    byte[] bytes = replacePart(membersWorkbook(null, 0), "xl/worksheets/sheet1.xml", sheet.getBytes(UTF_8));
    Path file = workbook("党员.xlsx", replacePart(bytes, "xl/sharedStrings.xml", sst.toString().getBytes(UTF_8)));
    SpreadsheetRead read = Spreadsheets.read(file);
    ValidationReport report = SheetChecks.assertAccounted(read, "党员.xlsx");
    // row 3: shared strings by index (the last one, and one past the end read as blank)
    assertThat(ids(read)).containsExactly("M001");
    assertThat(report.summary().records(EntityKind.MEMBER).read()).isEqualTo(2);
    assertThat(read.issues()).anyMatch(i -> i.location().row() == 3);
  }

  @Test
  @DisplayName("一个4万字符的单元格（超过Excel的32767）：照常读入，消息中不会出现全文")
  void aCellOfFortyThousandCharactersIsRead() throws IOException {
    // varied text: a cell of one repeated character compresses past POI's zip-bomb ratio and is refused
    java.util.Random random = new java.util.Random(40_000);
    StringBuilder text = new StringBuilder();
    while (text.length() < 40_000) {
      text.append((char) (0x4E00 + random.nextInt(0x51A5)));
    }
    String huge = text.toString();
    String sheet =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + row(1, HEADER.split(","))
            + row(2, member("M001").split(","))
            + row(3, ("M100," + huge + ",男,1980,,正式党员,O-1,2005").split(","))
            + row(4, ("M101,李四," + huge + ",1980,,正式党员,O-1,2005").split(","))
            + row(5, member("M002").split(","))
            + "</sheetData></worksheet>";
    Path file = workbook("党员.xlsx", replacePart(membersWorkbook(null, 0), "xl/worksheets/sheet1.xml", sheet.getBytes(UTF_8)));
    SpreadsheetRead read = Spreadsheets.read(file);
    SheetChecks.assertAccounted(read, "党员.xlsx");
    assertThat(ids(read)).contains("M001", "M101", "M002");
    assertThat(read.issues()).anyMatch(i -> i.location().row() == 3 && "B".equals(i.location().column()));
    assertThat(read.issues())
        .anyMatch(i -> i.location().row() == 4 && "C".equals(i.location().column()) && i.code().equals(ReadIssueCodes.INVALID_VALUE));
    for (Issue i : read.issues()) {
      i.args().values().forEach(v -> assertThat(String.valueOf(v)).hasSizeLessThan(1000));
    }
  }

  private static String row(int r, String[] cells) {
    StringBuilder sb = new StringBuilder("<row r=\"" + r + "\">");
    for (int c = 0; c < cells.length; c++) {
      sb.append("<c r=\"").append((char) ('A' + c)).append(r).append("\" t=\"inlineStr\"><is><t>")
          .append(cells[c]).append("</t></is></c>");
    }
    return sb.append("</row>").toString();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
