package io.jingwei.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.Jingwei;
import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.io.EntityTypes;
import io.jingwei.impl.io.Located;
import io.jingwei.impl.io.ReadResult;
import io.jingwei.ref.EntityKind;
import io.jingwei.validation.DatasetValidator;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Personal data in annotated workbooks (标注工作簿中的个人信息): the sample city, written as a workbook, read, validated
 * and annotated, is scanned for full ID numbers, mobile numbers and person names of its members and workers in
 * everything Jingwei adds — each cell comment, the "数据存在的问题" column and the "问题汇总" sheet. The original data
 * cells naturally still hold the user's own data; only what Jingwei writes must be masked. With {@link
 * ValidationOptions#showPersonalData()} the full values do appear: the opt-in works.
 */
class WorkbookPersonalDataTest {

  private static final Path SAMPLE = Path.of("../examples/data/sample-city").toAbsolutePath().normalize();
  private static final Pattern ID_OR_PHONE = Pattern.compile("\"(idNumber|phone|mobile|contactPhone)\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern NAME = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]{2,})\"");
  private static final Set<String> NUMBERS = new LinkedHashSet<>();
  private static final Set<String> NAMES = new LinkedHashSet<>();
  private static CityDataset city;

  @TempDir static Path dir;
  private static Path workbook;

  @BeforeAll
  static void writeTheSampleAsAWorkbook() throws IOException {
    ReadResult sample = EntityTypes.reader().read(SAMPLE);
    CityDataset.Builder b = CityDataset.builder();
    for (EntityKind kind : EntityKind.values()) {
      b.addAll(sample.records(kind).stream().map(Located::value).toList());
    }
    city = b.build();
    workbook = dir.resolve("南宁样例.xlsx");
    try (OutputStream out = Files.newOutputStream(workbook)) {
      Spreadsheets.write(city, out);
    }
    for (String file : List.of("members.jsonl", "communityWorkers.jsonl", "gridWorkers.jsonl")) {
      String text = Files.readString(SAMPLE.resolve(file));
      Matcher m = ID_OR_PHONE.matcher(text);
      while (m.find()) {
        String digits = m.group(2).replaceAll("[^0-9Xx]", "").toUpperCase(Locale.ROOT);
        if (digits.length() >= 11) {
          NUMBERS.add(digits);
        }
      }
      Matcher n = NAME.matcher(text);
      while (n.find()) {
        NAMES.add(n.group(1));
      }
    }
    assertThat(NUMBERS).hasSizeGreaterThan(50);
    assertThat(NAMES).hasSizeGreaterThan(50);
  }

  private static DatasetValidator validator(boolean showPersonalData) {
    return Jingwei.validator(
        ValidationOptions.builder()
            .asOf(LocalDate.of(2026, 6, 30))
            .standard("nanning-2021")
            .maxIssuesPerCode(ValidationOptions.UNLIMITED)
            .showPersonalData(showPersonalData)
            .build());
  }

  /** What Jingwei added to the annotated workbook: comments, the problems column, the summary sheet. */
  private static String added(boolean showPersonalData, String name) throws IOException {
    SpreadsheetRead read = Spreadsheets.read(workbook);
    ValidationReport report = read.validate(validator(showPersonalData));
    assertThat(report.issues()).hasSizeGreaterThanOrEqualTo(5);
    Path out = dir.resolve(name);
    Spreadsheets.annotate(read, report, out, Locale.SIMPLIFIED_CHINESE);
    StringBuilder text = new StringBuilder();
    DataFormatter format = new DataFormatter();
    int comments = 0;
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
      for (int s = 0; s < wb.getNumberOfSheets(); s++) {
        XSSFSheet sheet = wb.getSheetAt(s);
        if (sheet.getSheetName().equals(Annotator.SUMMARY_SHEET)) {
          for (Row row : sheet) {
            for (Cell cell : row) {
              text.append(format.formatCellValue(cell)).append('\n');
            }
          }
          continue;
        }
        for (XSSFComment comment : sheet.getCellComments().values()) {
          text.append(comment.getString().getString()).append('\n');
          comments++;
        }
        int problems = -1;
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (problems < 0 && Annotator.PROBLEMS_HEADER.equals(format.formatCellValue(cell))) {
              problems = cell.getColumnIndex();
            }
          }
          if (problems >= 0 && row.getCell(problems) != null) {
            text.append(format.formatCellValue(row.getCell(problems))).append('\n');
          }
        }
      }
    }
    assertThat(comments).isPositive();
    return text.toString();
  }

  private static List<String> numbersIn(String text) {
    String digits = text.toUpperCase(Locale.ROOT).replaceAll("[^0-9X]", " ");
    return NUMBERS.stream().filter(digits::contains).toList();
  }

  private static List<String> namesIn(String text) {
    List<String> found = new ArrayList<>();
    for (String name : NAMES) {
      if (text.contains(name)) {
        found.add(name);
      }
    }
    return found;
  }

  @Test
  @DisplayName("标注工作簿的批注、“数据存在的问题”列和“问题汇总”表中没有完整的身份证号、手机号或姓名")
  void nothingJingweiAddsHoldsFullPersonalData() throws IOException {
    String added = added(false, "masked.xlsx");
    assertThat(numbersIn(added)).as("full numbers in what Jingwei added").isEmpty();
    assertThat(namesIn(added)).as("full names in what Jingwei added").isEmpty();
  }

  @Test
  @DisplayName("显式选择显示个人信息时，完整的号码出现在批注中")
  void theOptInShowsFullValues() throws IOException {
    assertThat(numbersIn(added(true, "shown.xlsx"))).isNotEmpty();
  }
}
