package io.jingwei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.cli.Runs.Result;
import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.io.EntityTypes;
import io.jingwei.impl.io.Located;
import io.jingwei.impl.io.ReadResult;
import io.jingwei.ref.EntityKind;
import io.jingwei.xlsx.Spreadsheets;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The personal-data scan of {@code jingwei validate FILE.xlsx} (表格输入的个人信息扫描): the sample city written as a
 * workbook is validated in the text, JSON and HTML formats; no output holds a full ID number, mobile number or name
 * of its members and workers. With {@code --show-personal-data} the full numbers appear: the opt-in works.
 */
class SpreadsheetPersonalDataTest {

  private static final Pattern ID_OR_PHONE = Pattern.compile("\"(idNumber|phone|mobile|contactPhone)\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern NAME = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]{2,})\"");
  private static final Set<String> NUMBERS = new LinkedHashSet<>();
  private static final Set<String> NAMES = new LinkedHashSet<>();

  @TempDir static Path dir;
  private static Path workbook;

  @BeforeAll
  static void writeTheSampleAsAWorkbook() throws IOException {
    ReadResult sample = EntityTypes.reader().read(Runs.sampleCity());
    CityDataset.Builder b = CityDataset.builder();
    for (EntityKind kind : EntityKind.values()) {
      b.addAll(sample.records(kind).stream().map(Located::value).toList());
    }
    workbook = dir.resolve("南宁样例.xlsx");
    try (OutputStream out = Files.newOutputStream(workbook)) {
      Spreadsheets.write(b.build(), out);
    }
    for (String file : List.of("members.jsonl", "communityWorkers.jsonl", "gridWorkers.jsonl")) {
      String text = Files.readString(Runs.sampleCity().resolve(file));
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
  }

  private static List<String> numbersIn(String text) {
    String digits = text.toUpperCase(Locale.ROOT).replaceAll("[^0-9X]", " ");
    return NUMBERS.stream().filter(digits::contains).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "html"})
  @DisplayName("jingwei validate 工作簿：任何输出格式都不含完整的身份证号、手机号或姓名")
  void noOutputHoldsFullPersonalData(String format) {
    Result r = Runs.run("validate", workbook.toString(), "--format", format, "--as-of", "2026-06-30", "--max-issues", "100000");
    assertThat(r.status()).as(r.err()).isEqualTo(1);
    String all = r.out() + r.err();
    assertThat(all).contains("duplicate.resident-id");
    assertThat(numbersIn(all)).as("full numbers in %s", format).isEmpty();
    assertThat(NAMES.stream().filter(all::contains).toList()).as("full names in %s", format).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "html"})
  @DisplayName("--show-personal-data：完整的号码出现")
  void theOptInShowsFullNumbers(String format) {
    Result r = Runs.run("validate", workbook.toString(), "--format", format, "--as-of", "2026-06-30", "--show-personal-data");
    assertThat(numbersIn(r.out())).isNotEmpty();
  }
}
