package io.jingwei.xlsx;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.dataset.CityDataset;
import io.jingwei.member.MembershipStatus;
import io.jingwei.member.PartyMember;
import io.jingwei.person.PersonName;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.MemberId;
import io.jingwei.ref.OrganizationId;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Formula injection (公式注入) in every workbook Jingwei writes — the dataset workbook, the blank template (with a
 * caller's synonym) and the annotated workbook of a CSV file (every cell of it is written by Jingwei) and of a
 * workbook (its problems column and summary sheet): no text cell starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return (nor their full-width forms), and no cell is a formula. Jingwei writes no
 * CSV file.
 */
class FormulaInjectionTest {

  /** One dangerous text per start character. */
  static final List<String> DANGEROUS =
      List.of("=HYPERLINK(\"http://evil\",\"点击\")", "+86 771", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1", "＝1+1");

  @TempDir Path dir;

  private static void assertNoFormulaStart(Path workbook, boolean onlyWhatJingweiAdds) throws IOException {
    int checked = 0;
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(workbook))) {
      for (Sheet sheet : wb) {
        int problems = -1;
        boolean added = !onlyWhatJingweiAdds || sheet.getSheetName().equals(Annotator.SUMMARY_SHEET);
        for (Row row : sheet) {
          for (Cell cell : row) {
            assertThat(cell.getCellType()).as("%s!%s", sheet.getSheetName(), cell.getAddress()).isNotEqualTo(CellType.FORMULA);
            if (cell.getCellType() != CellType.STRING) {
              continue;
            }
            String text = cell.getStringCellValue();
            if (text.equals(Annotator.PROBLEMS_HEADER)) {
              problems = cell.getColumnIndex();
            }
            if (added || cell.getColumnIndex() == problems) {
              checked++;
              assertThat(SafeText.isDangerous(text)).as("%s!%s: %s", sheet.getSheetName(), cell.getAddress(), text).isFalse();
            }
          }
        }
      }
    }
    assertThat(checked).isPositive();
  }

  private static PartyMember member(int i, String text) {
    return PartyMember.builder()
        .id(MemberId.of("M" + i))
        .name(PersonName.of("张三"))
        .status(MembershipStatus.FULL)
        .organization(OrganizationId.of("O-1"))
        .address(text)
        .workUnit(text)
        .build();
  }

  @Test
  @DisplayName("导出的数据工作簿：以公式字符开头的文本都被中和")
  void theDatasetWorkbookNeutralizesEveryStart() throws IOException {
    CityDataset.Builder city = CityDataset.builder();
    for (int i = 0; i < DANGEROUS.size(); i++) {
      city.add(member(i, DANGEROUS.get(i)));
    }
    Path file = dir.resolve("党员.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Spreadsheets.write(city.build(), out);
    }
    assertNoFormulaStart(file, false);
    SpreadsheetRead back = Spreadsheets.read(file);
    // the text reads back (a tab or CR start aside: white space at the ends is not kept exactly)
    assertThat(back.records(EntityKind.MEMBER).stream().map(r -> ((PartyMember) r.record()).address().strip()).toList())
        .containsExactlyElementsOf(DANGEROUS.stream().map(String::strip).toList());
  }

  @Test
  @DisplayName("空白模板：调用方的列名同义词也被中和")
  void theTemplateNeutralizesACallersSynonym() throws IOException {
    ColumnCatalogue catalogue = ColumnCatalogue.standard().withSynonym(EntityKind.MEMBER, "=HYPERLINK(\"x\")", "/address");
    Path file = dir.resolve("模板.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      TemplateWriter.write(catalogue, List.of(EntityKind.MEMBER, EntityKind.ORGANIZATION), out);
    }
    assertNoFormulaStart(file, false);
  }

  @Test
  @DisplayName("CSV的标注工作簿：每个单元格（原数据、表头、问题列、汇总表）都被中和")
  void theAnnotatedWorkbookOfACsvNeutralizesEveryCell() throws IOException {
    StringBuilder csv = new StringBuilder("党员编号,姓名,性别,党员类别,所在党支部,地址,=未知列\n");
    for (int i = 0; i < DANGEROUS.size(); i++) {
      String d = "\"" + DANGEROUS.get(i).replace("\"", "\"\"") + "\"";
      csv.append("M").append(i).append(",张三,").append(d).append(",正式党员,").append(d).append(',').append(d).append(',').append(d).append('\n');
    }
    Path source = dir.resolve("党员.csv");
    Files.writeString(source, csv, UTF_8);
    SpreadsheetRead read = Spreadsheets.read(source);
    Path out = dir.resolve("标注.xlsx");
    Spreadsheets.annotate(read, read.validate(SheetChecks.VALIDATOR), out, Locale.SIMPLIFIED_CHINESE);
    assertNoFormulaStart(out, false);
  }

  @Test
  @DisplayName("工作簿的标注：问题列和汇总表被中和")
  void theAnnotatedWorkbookOfAWorkbookNeutralizesWhatItAdds() throws IOException {
    Path source = dir.resolve("党员.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(source)) {
      Sheet sheet = wb.createSheet("党员");
      String[] header = {"党员编号", "姓名", "性别", "党员类别", "所在党支部", "=未知列"};
      Row h = sheet.createRow(0);
      for (int c = 0; c < header.length; c++) {
        h.createCell(c).setCellValue(header[c]);
      }
      for (int i = 0; i < DANGEROUS.size(); i++) {
        Row r = sheet.createRow(i + 1);
        String[] cells = {"M" + i, "张三", DANGEROUS.get(i), DANGEROUS.get(i), "O-1", DANGEROUS.get(i)};
        for (int c = 0; c < cells.length; c++) {
          r.createCell(c).setCellValue(cells[c]);
        }
      }
      wb.write(o);
    }
    SpreadsheetRead read = Spreadsheets.read(source);
    Path out = dir.resolve("标注.xlsx");
    Spreadsheets.annotate(read, read.validate(SheetChecks.VALIDATOR), out, Locale.SIMPLIFIED_CHINESE);
    assertNoFormulaStart(out, true);
  }

}
