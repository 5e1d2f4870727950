package io.jingwei.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.member.MembershipStatus;
import io.jingwei.member.PartyMember;
import io.jingwei.person.Sex;
import io.jingwei.ref.EntityKind;
import io.jingwei.time.PartialDate;
import io.jingwei.validation.Issue;
import io.jingwei.validation.Location;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetReadingTest {

  @TempDir Path dir;

  static final String HEADER = "党员编号,姓名,性别,出生年月,公民身份号码,党员类别,所在党支部,入党时间";
  static final String ROW = "M001,张三,男,1980年5月,11010519491231002X,正式党员,O-1,2005/7/1";

  private Path csv(String name, String text, Charset charset, boolean bom) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      if (bom) {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      out.write(text.getBytes(charset));
    }
    return file;
  }

  private static PartyMember only(SpreadsheetRead read) {
    assertThat(read.records(EntityKind.MEMBER)).hasSize(1);
    return (PartyMember) read.records(EntityKind.MEMBER).get(0).record();
  }

  private static void assertZhangSan(PartyMember m) {
    assertThat(m.id().value()).isEqualTo("M001");
    assertThat(m.name().value()).isEqualTo("张三");
    assertThat(m.sex()).isEqualTo(Sex.MALE);
    assertThat(m.birthDate()).isEqualTo(PartialDate.of(1980, 5));
    assertThat(m.status()).isEqualTo(MembershipStatus.FULL);
    assertThat(m.timeline().admittedOn()).isEqualTo(PartialDate.of(2005, 7, 1));
  }

  @Test
  @DisplayName("GBK编码的CSV（Excel“另存为CSV”）被识别并读取")
  void readsAGbkCsv() throws IOException {
    Path file = csv("党员.csv", HEADER + "\r\n" + ROW + "\r\n", Charset.forName("GBK"), false);
    SpreadsheetRead read = Spreadsheets.read(file);
    assertZhangSan(only(read));
    assertThat(read.issues()).isEmpty();
    assertThat(read.records(EntityKind.MEMBER).get(0).location()).isEqualTo(Location.ofLine("党员.csv", 2));
  }

  @Test
  void readsAUtf8CsvWithAndWithoutBom() throws IOException {
    assertZhangSan(only(Spreadsheets.read(csv("members.csv", HEADER + "\n" + ROW + "\n", StandardCharsets.UTF_8, true))));
    assertZhangSan(only(Spreadsheets.read(csv("党员台账.csv", HEADER + "\n" + ROW + "\n", StandardCharsets.UTF_8, false))));
  }

  @Test
  void readsAGb18030CsvWhenDeclared() throws IOException {
    Path file = csv("x.csv", HEADER + "\n" + ROW + "\n", Charset.forName("GB18030"), false);
    SpreadsheetOptions options =
        SpreadsheetOptions.builder().kind(EntityKind.MEMBER).csvCharset(Charset.forName("GB18030")).build();
    assertZhangSan(only(Spreadsheets.read(file, options)));
  }

  @Test
  @DisplayName("未知的列：警告，不影响读取")
  void reportsAnUnknownColumnAndReadsTheRest() throws IOException {
    Path file = csv("党员.csv", HEADER + ",备注\n" + ROW + ",无\n", StandardCharsets.UTF_8, false);
    SpreadsheetRead read = Spreadsheets.read(file);
    assertZhangSan(only(read));
    assertThat(read.issues()).extracting(Issue::code).containsExactly(SpreadsheetIssueCodes.UNKNOWN_COLUMN);
    assertThat(read.issues().get(0).location().column()).isEqualTo("备注");
  }

  @Test
  @DisplayName("缺少必填列：定位到表头的错误，行计为无法读取")
  void aMissingRequiredColumnMakesEveryRowUnreadable() throws IOException {
    Path file = csv("党员.csv", "党员编号,姓名,性别\nM001,张三,男\nM002,李四,女\n", StandardCharsets.UTF_8, false);
    SpreadsheetRead read = Spreadsheets.read(file);
    assertThat(read.issues()).extracting(Issue::code).containsOnly(SpreadsheetIssueCodes.MISSING_COLUMN);
    assertThat(read.issues()).extracting(Issue::path).containsExactlyInAnyOrder("/status", "/organization");
    assertThat(read.issues().get(0).location().line()).isEqualTo(1);
    assertThat(read.unreadable(EntityKind.MEMBER)).isEqualTo(2);
    assertThat(read.rows(EntityKind.MEMBER)).isEqualTo(2);
  }

  @Test
  @DisplayName("XLSX：标题行在表头之上、空行、日期格式单元格、数字存储的编码")
  void readsAWorkbookAsPeopleKeepIt() throws IOException {
    Path file = dir.resolve("青秀区党员台账.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet("Sheet1");
      sheet.createRow(0).createCell(0).setCellValue("青秀区党员花名册（2022年）");
      Row h = sheet.createRow(2);
      String[] headers = HEADER.split(",");
      for (int i = 0; i < headers.length; i++) {
        h.createCell(i).setCellValue(headers[i]);
      }
      Row r = sheet.createRow(3);
      r.createCell(0).setCellValue("M001");
      r.createCell(1).setCellValue("张三");
      r.createCell(2).setCellValue(1); // 男 as the GB/T 2261.1 code, a number
      var dateStyle = wb.createCellStyle();
      dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy年m月"));
      var birth = r.createCell(3);
      birth.setCellValue(java.time.LocalDate.of(1980, 5, 1));
      birth.setCellStyle(dateStyle);
      r.createCell(4).setCellValue(4.50103199001011E17); // an ID number Excel turned into a number
      r.createCell(5).setCellValue("正式党员");
      r.createCell(6).setCellValue("O-1");
      r.createCell(7).setCellValue(20050701);
      sheet.createRow(5); // a blank row
      wb.write(out);
    }
    SpreadsheetRead read = Spreadsheets.read(file);
    PartyMember m = only(read);
    assertThat(m.sex()).isEqualTo(Sex.MALE);
    assertThat(m.birthDate()).isEqualTo(PartialDate.of(1980, 5, 1));
    assertThat(m.idNumber()).isNull();
    assertThat(m.timeline().admittedOn()).isEqualTo(PartialDate.of(2005, 7, 1));
    assertThat(read.issues()).extracting(Issue::code).containsExactly(SpreadsheetIssueCodes.CODE_LOST);
    assertThat(read.issues().get(0).location()).isEqualTo(Location.ofCell("青秀区党员台账.xlsx", "Sheet1", 4, "E"));
    assertThat(read.records(EntityKind.MEMBER).get(0).location().row()).isEqualTo(4);
    assertThat(read.blankRows(EntityKind.MEMBER)).isEqualTo(1);
  }

  @Test
  @DisplayName("无效值与JSON输入同样报告 read.invalid-value，定位到单元格")
  void anInvalidCellGivesTheJsonReadIssueAtItsCell() throws IOException {
    Path file = csv("党员.csv", HEADER + "\n" + ROW.replace("11010519491231002X", "110105194912310021") + "\n",
        StandardCharsets.UTF_8, false);
    SpreadsheetRead read = Spreadsheets.read(file);
    assertThat(only(read).idNumber()).isNull();
    assertThat(read.issues()).extracting(Issue::code, Issue::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(io.jingwei.impl.io.ReadIssueCodes.INVALID_VALUE, "/idNumber"));
    assertThat(read.issues().get(0).location()).isEqualTo(Location.ofLine("党员.csv", 2).withColumn("公民身份号码"));
    assertThat(read.issues().get(0).entity().id()).isEqualTo("M001");
  }

  @Test
  void aRowWithoutARequiredValueIsUnreadable() throws IOException {
    Path file = csv("党员.csv", HEADER + "\n" + ROW + "\nM002,李四,女,,,正式党员,,\n", StandardCharsets.UTF_8, false);
    SpreadsheetRead read = Spreadsheets.read(file);
    assertThat(read.rows(EntityKind.MEMBER)).isEqualTo(2);
    assertThat(read.unreadable(EntityKind.MEMBER)).isEqualTo(1);
    assertThat(read.issues()).extracting(Issue::code).containsExactly(io.jingwei.impl.io.ReadIssueCodes.MISSING_REQUIRED);
  }

  @Test
  void aSynonymOfTheCallerNamesAColumn() throws IOException {
    Path file = csv("党员.csv", HEADER.replace("党员类别", "党员身份") + "\n" + ROW + "\n", StandardCharsets.UTF_8, false);
    SpreadsheetOptions options = SpreadsheetOptions.builder().synonym(EntityKind.MEMBER, "党员身份", "/status").build();
    assertZhangSan(only(Spreadsheets.read(file, options)));
  }

  @Test
  void aRowLimitStopsTheSheet() throws IOException {
    Path file = csv("党员.csv", HEADER + "\n" + ROW + "\n" + ROW.replace("M001", "M002") + "\n", StandardCharsets.UTF_8, false);
    SpreadsheetRead read = Spreadsheets.read(file, SpreadsheetOptions.builder().maxRows(1).build());
    assertThat(read.records(EntityKind.MEMBER)).hasSize(1);
    assertThat(read.issues()).extracting(Issue::code).containsExactly(SpreadsheetIssueCodes.TOO_MANY_ROWS);
  }

  @Test
  void aDirectoryReadsEverySpreadsheetAndReportsOtherFiles() throws IOException {
    csv("党员.csv", HEADER + "\n" + ROW + "\n", StandardCharsets.UTF_8, false);
    Files.writeString(dir.resolve("说明.txt"), "x");
    Files.writeString(dir.resolve("~$党员.xlsx"), "lock");
    SpreadsheetRead read = Spreadsheets.read(dir);
    assertThat(read.records(EntityKind.MEMBER)).hasSize(1);
    assertThat(read.issues()).extracting(i -> i.location().file()).containsExactly("说明.txt");
    assertThat(Spreadsheets.holdsSpreadsheets(dir)).isTrue();
  }

  @Test
  void anUnknownSheetIsReportedAndSkipped() throws IOException {
    Path file = dir.resolve("book.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      wb.createSheet("党员").createRow(0).createCell(0).setCellValue("姓名");
      wb.createSheet("杂项").createRow(0).createCell(0).setCellValue("x");
      wb.write(out);
    }
    List<Issue> issues = Spreadsheets.read(file).issues();
    assertThat(issues).extracting(Issue::code).contains(SpreadsheetIssueCodes.UNKNOWN_SHEET);
  }
}
