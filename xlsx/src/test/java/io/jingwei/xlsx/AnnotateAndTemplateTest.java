package io.jingwei.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.Jingwei;
import io.jingwei.ref.EntityKind;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotateAndTemplateTest {

  @TempDir Path dir;

  private static ValidationReport validate(SpreadsheetRead read) {
    return read.validate(
        Jingwei.validator(ValidationOptions.builder().standard("national").asOf(LocalDate.of(2022, 6, 30)).build()));
  }

  @Test
  @DisplayName("标注工作簿：错误单元格红色并带批注，每行“数据存在的问题”，问题汇总表")
  void annotatesTheBadCellsOfACsv() throws IOException {
    Path file = dir.resolve("党员.csv");
    Files.writeString(
        file,
        SpreadsheetReadingTest.HEADER + ",备注\n"
            + SpreadsheetReadingTest.ROW.replace("11010519491231002X", "110105194912310021") + ",=1+1\n",
        StandardCharsets.UTF_8);
    SpreadsheetRead read = Spreadsheets.read(file);
    ValidationReport report = validate(read);
    Path out = dir.resolve("标注.xlsx");
    Spreadsheets.annotate(read, report, out, Locale.SIMPLIFIED_CHINESE);
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
      Sheet sheet = wb.getSheet("党员");
      var idCell = sheet.getRow(1).getCell(4);
      assertThat(idCell.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
      assertThat(idCell.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.RED.getIndex());
      assertThat(idCell.getCellComment()).isNotNull();
      assertThat(idCell.getCellComment().getString().getString()).contains("read.invalid-value");
      int last = sheet.getRow(0).getLastCellNum() - 1;
      assertThat(sheet.getRow(0).getCell(last).getStringCellValue()).isEqualTo(Annotator.PROBLEMS_HEADER);
      assertThat(sheet.getRow(1).getCell(last).getStringCellValue()).contains("公民身份号码");
      assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("'=1+1");
      Sheet summary = wb.getSheet(Annotator.SUMMARY_SHEET);
      assertThat(summary).isNotNull();
      List<String> codes = new java.util.ArrayList<>();
      summary.forEach(r -> codes.add(r.getCell(0) == null ? "" : r.getCell(0).getStringCellValue()));
      assertThat(codes).contains("read.invalid-value", "read.unknown-column", "党员");
    }
  }

  @Test
  void annotatesAWorkbookInPlaceOfItsRows() throws IOException {
    Path file = dir.resolve("book.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      var sheet = wb.createSheet("党员");
      String[] h = SpreadsheetReadingTest.HEADER.split(",");
      String[] v = SpreadsheetReadingTest.ROW.split(",");
      var hr = sheet.createRow(0);
      var vr = sheet.createRow(1);
      for (int i = 0; i < h.length; i++) {
        hr.createCell(i).setCellValue(h[i]);
        vr.createCell(i).setCellValue(v[i]);
      }
      vr.getCell(6).setCellValue("O-404"); // an organization that does not exist
      wb.write(out);
    }
    SpreadsheetRead read = Spreadsheets.read(file);
    ValidationReport report = validate(read);
    assertThat(report.issues()).isNotEmpty();
    Path out = dir.resolve("out.xlsx");
    Spreadsheets.annotate(read, report, out, Locale.SIMPLIFIED_CHINESE);
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
      var org = wb.getSheet("党员").getRow(1).getCell(6);
      assertThat(org.getCellComment()).isNotNull();
      assertThat(org.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
    }
  }

  @Test
  @DisplayName("空白模板：表头、下拉列表、填写说明，且模板本身能被读取")
  void writesABlankTemplate() throws IOException {
    Path file = dir.resolve("党员台账模板.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Spreadsheets.writeTemplate(List.of(EntityKind.MEMBER, EntityKind.ORGANIZATION), out);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
      Sheet members = wb.getSheet("党员");
      assertThat(members.getRow(0).getCell(1).getStringCellValue()).isEqualTo("姓名*");
      assertThat(members.getDataValidations()).isNotEmpty();
      assertThat(wb.getSheet(TemplateWriter.INSTRUCTIONS_SHEET)).isNotNull();
      assertThat(wb.isSheetHidden(wb.getSheetIndex(TemplateWriter.OPTIONS_SHEET))).isTrue();
      List<String> sexOptions = new java.util.ArrayList<>();
      var options = wb.getSheet(TemplateWriter.OPTIONS_SHEET);
      options.forEach(r -> { if (r.getCell(0) != null) sexOptions.add(r.getCell(0).getStringCellValue()); });
      assertThat(sexOptions).contains("男", "女");
    }
    SpreadsheetRead read = Spreadsheets.read(file);
    assertThat(read.issues()).isEmpty();
    assertThat(read.rows(EntityKind.MEMBER)).isZero();
  }
}
