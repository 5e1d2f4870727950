package io.jingwei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.cli.Runs.Result;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jingwei validate} on spreadsheets, {@code --annotate}, and {@code jingwei template}. */
class SpreadsheetCommandTest {

  @TempDir Path tmp;

  private static final String CSV =
      "党员编号,姓名,性别,党员类别,所在党支部,公民身份号码\n"
          + "M001,张三,男,正式党员,O-404,110105194912310021\n";

  @Test
  @DisplayName("jingwei validate 党员.csv --annotate：GBK的CSV被校验，写出标注工作簿")
  void validatesAGbkCsvAndWritesTheAnnotatedWorkbook() throws IOException {
    Path csv = tmp.resolve("党员.csv");
    Files.write(csv, CSV.getBytes(Charset.forName("GBK")));
    Path out = tmp.resolve("标注.xlsx");
    Result r = Runs.run("validate", csv.toString(), "--format", "json", "--as-of", "2022-06-30", "--annotate", out.toString());
    assertThat(r.status()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).contains("read.invalid-value").contains("reference.unresolved").contains("党员.csv");
    assertThat(out).exists();
  }

  @Test
  @DisplayName("损坏的XLSX：退出码2，清楚的消息，没有堆栈")
  void aCorruptWorkbookExitsWith2() throws IOException {
    Path xlsx = tmp.resolve("党员.xlsx");
    Files.writeString(xlsx, "garbage");
    Result r = Runs.run("validate", xlsx.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("党员.xlsx").doesNotContain("\tat ");
  }

  @Test
  void annotateNeedsSpreadsheetInput() {
    Result r = Runs.run("validate", Runs.sampleCity().toString(), "--annotate", tmp.resolve("x.xlsx").toString());
    assertThat(r.status()).isEqualTo(2);
  }

  @Test
  @DisplayName("jingwei template 党员 --out 文件")
  void writesATemplate() {
    Path out = tmp.resolve("模板.xlsx");
    Result r = Runs.run("template", "党员", "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(out).exists();
    assertThat(Runs.run("template", "members", "--out", out.toString()).status()).isEqualTo(2);
    assertThat(Runs.run("template", "nope", "--out", tmp.resolve("y.xlsx").toString()).status()).isEqualTo(2);
  }

  @Test
  void readsACsvOfADeclaredKindAndEncoding() throws IOException {
    Path csv = tmp.resolve("export.csv");
    Files.write(csv, CSV.getBytes(Charset.forName("GB18030")));
    Result r = Runs.run("validate", csv.toString(), "--kind", "members", "--encoding", "GB18030", "--format", "json",
        "--fail-on", "never", "--as-of", "2022-06-30");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("reference.unresolved");
  }
}
