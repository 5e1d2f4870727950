package io.jingwei.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.cli.Runs.Result;
import io.jingwei.ref.EntityKind;
import io.jingwei.xlsx.SpreadsheetException;
import io.jingwei.xlsx.SpreadsheetRead;
import io.jingwei.xlsx.Spreadsheets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code jingwei validate FILE} on the hostile spreadsheet corpus (恶意表格语料): the xlsx module's fuzz seeds
 * (unbalanced quotes, NUL bytes, invalid UTF-8, a BOM mid-file, mixed line ends, ragged rows, GBK and UTF-16 files;
 * truncated, incomplete, mislabelled workbooks, a DOCTYPE with an external entity, odd row numbers) and, generated
 * here, a CSV line of 2 MB and a zip bomb. Exit status 1 (issues, the JSON report accounting for every row: {@code
 * read = valid + invalid + unreadable}, {@code read} the rows the library reads) or 2 (a workbook that cannot be
 * read, with a message naming it) — 0 only for a workbook of sheets of unknown kinds (warnings {@code
 * read.unknown-sheet}) — never 3, never a stack trace.
 */
class HostileSpreadsheetCommandTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Path SEEDS = Runs.root().resolve("xlsx/src/test/resources/io/jingwei/xlsx/SpreadsheetFuzzTestInputs");

  static Stream<Arguments> corpus() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    for (String kind : List.of("csv", "xlsxBytes")) {
      try (Stream<Path> files = Files.list(SEEDS.resolve(kind))) {
        for (Path f : files.sorted().toList()) {
          cases.add(Arguments.of(kind + "/" + f.getFileName(), kind.equals("csv") ? ".csv" : ".xlsx", Files.readAllBytes(f)));
        }
      }
    }
    String header = "党员编号,姓名,性别,出生年月,公民身份号码,党员类别,所在党支部,入党时间\n";
    cases.add(Arguments.of("generated/long_line", ".csv",
        (header + "M001," + "张".repeat(1 << 20) + ",男,1980,,正式党员,O-1,2005\nM002,李四,女,1985,,正式党员,O-1,2010\n").getBytes(UTF_8)));
    cases.add(Arguments.of("generated/zip_bomb", ".xlsx", zipBomb(Files.readAllBytes(SEEDS.resolve("xlsxBytes/members_valid")))));
    return cases.stream();
  }

  /** The workbook with its sheet replaced by 64 MB of spaces (inflating more than 100 times). */
  private static byte[] zipBomb(byte[] workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          zip.write("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>".getBytes(UTF_8));
          byte[] pad = " ".repeat(1 << 20).getBytes(UTF_8);
          for (int i = 0; i < 64; i++) {
            zip.write(pad);
          }
          zip.write("</sheetData></worksheet>".getBytes(UTF_8));
        } else {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  @DisplayName("jingwei validate 恶意表格：退出码1或2，不是3，没有堆栈，每行都有交代")
  void validateExitsWithOneOrTwoAndAccountsForEveryRow(String name, String extension, byte[] bytes, @TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("党员" + extension);
    Files.write(file, bytes);
    Result r = Runs.run("validate", file.toString(), "--format", "json", "--as-of", "2026-06-30");
    // 0 only for a workbook whose sheets are all of unknown kinds: warnings, nothing silent
    assertThat(r.status()).as("%s: %s", name, r.err()).isIn(0, 1, 2);
    assertThat(r.out() + r.err()).doesNotContain("\tat ").doesNotContain("Exception");
    long rows;
    try {
      SpreadsheetRead read = Spreadsheets.read(file);
      rows = read.rows(EntityKind.MEMBER);
    } catch (SpreadsheetException e) {
      assertThat(r.status()).as(name).isEqualTo(2);
      assertThat(r.err()).contains("党员" + extension);
      return;
    }
    JsonNode json = JSON.readTree(r.out());
    assertThat(json.get("issues")).as(name).isNotEmpty();
    if (r.status() == 0) {
      assertThat(json.get("issues").get(0).get("code").asString()).isEqualTo("read.unknown-sheet");
    }
    JsonNode counts = json.get("summary").get("records").get("MEMBER");
    long read = counts == null ? 0 : counts.get("read").asLong();
    assertThat(read).as(name).isEqualTo(rows);
    if (counts != null) {
      assertThat(read).isEqualTo(counts.get("valid").asLong() + counts.get("invalid").asLong() + counts.get("unreadable").asLong());
    }
  }
}
