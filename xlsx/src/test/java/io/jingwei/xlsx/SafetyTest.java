package io.jingwei.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.dataset.CityDataset;
import io.jingwei.member.MembershipStatus;
import io.jingwei.member.PartyMember;
import io.jingwei.person.PersonName;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.MemberId;
import io.jingwei.ref.OrganizationId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafetyTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "+86", "-5", "@SUM(A1)", "\tx", "\rx", "＝1"})
  @DisplayName("以公式字符开头的值被中和")
  void neutralizesFormulaStarts(String text) {
    assertThat(SafeText.neutralize(text)).startsWith("'");
    assertThat(SafeText.restore(SafeText.neutralize(text))).isEqualTo(text);
  }

  @Test
  void leavesOrdinaryTextAlone() {
    assertThat(SafeText.neutralize("张三")).isEqualTo("张三");
    assertThat(SafeText.restore("'张三")).isEqualTo("'张三");
  }

  @Test
  @DisplayName("导出的工作簿中没有公式：危险文本带单引号写出，读回原值")
  void aWrittenWorkbookHoldsNoFormula() throws IOException {
    PartyMember m =
        PartyMember.builder()
            .id(MemberId.of("M1"))
            .name(PersonName.of("张三"))
            .status(MembershipStatus.FULL)
            .organization(OrganizationId.of("O-1"))
            .address("=HYPERLINK(\"http://evil\",\"x\")")
            .workUnit("@cmd")
            .build();
    Path file = dir.resolve("党员.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Spreadsheets.write(CityDataset.builder().add(m).build(), out);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
      for (var row : wb.getSheetAt(0)) {
        for (var cell : row) {
          assertThat(cell.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
          if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
            assertThat(SafeText.isDangerous(cell.getStringCellValue())).isFalse();
          }
        }
      }
    }
    PartyMember back = (PartyMember) Spreadsheets.read(file).records(EntityKind.MEMBER).get(0).record();
    assertThat(back).isEqualTo(m);
  }

  @Test
  @DisplayName("损坏的文件：清楚的定位错误，不是堆栈")
  void aCorruptFileIsAClearError() throws IOException {
    Path file = dir.resolve("党员.xlsx");
    Files.writeString(file, "this is not a workbook");
    assertThatThrownBy(() -> Spreadsheets.read(file))
        .isInstanceOf(SpreadsheetException.class)
        .hasMessageStartingWith("党员.xlsx: ")
        .satisfies(e -> assertThat(((SpreadsheetException) e).location().file()).isEqualTo("党员.xlsx"));
  }

  @Test
  void aTruncatedWorkbookIsAClearError() throws IOException {
    byte[] whole = workbookBytes();
    Path file = dir.resolve("党员.xlsx");
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
    assertThatThrownBy(() -> Spreadsheets.read(file)).isInstanceOf(SpreadsheetException.class);
  }

  @Test
  @DisplayName("工作表XML中的DOCTYPE/实体被加固的解析器拒绝")
  void aDoctypeInASheetIsRefused() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "SECRET-VALUE");
    String evil =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>姓名</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"
            + "</sheetData></worksheet>";
    Path file = dir.resolve("党员.xlsx");
    Files.write(file, replaceSheet(workbookBytes(), evil.getBytes(StandardCharsets.UTF_8)));
    assertThatThrownBy(() -> Spreadsheets.read(file))
        .isInstanceOf(SpreadsheetException.class)
        .hasMessageNotContaining("SECRET-VALUE");
  }

  @Test
  @DisplayName("压缩炸弹被拒绝")
  void aZipBombIsRefused() throws IOException {
    StringBuilder sb = new StringBuilder();
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    String pad = " ".repeat(1 << 20);
    for (int i = 0; i < 20; i++) {
      sb.append(pad);
    }
    sb.append("</sheetData></worksheet>");
    Path file = dir.resolve("党员.xlsx");
    Files.write(file, replaceSheet(workbookBytes(), sb.toString().getBytes(StandardCharsets.UTF_8)));
    assertThatThrownBy(() -> Spreadsheets.read(file)).isInstanceOf(SpreadsheetException.class);
  }

  @Test
  void aFileOverTheSizeLimitIsRefused() throws IOException {
    Path file = dir.resolve("党员.xlsx");
    Files.write(file, workbookBytes());
    SpreadsheetOptions options = SpreadsheetOptions.builder().maxFileBytes(100).build();
    assertThatThrownBy(() -> Spreadsheets.read(file, options)).isInstanceOf(SpreadsheetException.class);
  }

  @Test
  void anOldXlsWorkbookIsAClearError() throws IOException {
    Path file = dir.resolve("党员.xlsx");
    try (var wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      wb.createSheet("党员");
      wb.write(out);
    }
    assertThatThrownBy(() -> Spreadsheets.read(file)).isInstanceOf(SpreadsheetException.class).hasMessageContaining(".xls");
  }

  private static byte[] workbookBytes() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.createSheet("党员").createRow(0).createCell(0).setCellValue("姓名");
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] replaceSheet(byte[] workbook, byte[] sheetXml) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(workbook));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          zip.write(sheetXml);
        } else {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static InputStream unused() {
    return InputStream.nullInputStream();
  }
}
