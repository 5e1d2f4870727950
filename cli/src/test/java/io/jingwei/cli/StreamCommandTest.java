package io.jingwei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.cli.Runs.Result;
import io.jingwei.impl.engine.CityDatasetInput;
import io.jingwei.impl.io.EntityTypes;
import io.jingwei.xlsx.Spreadsheets;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jingwei validate --stream}: the same report as without it, and the combinations it refuses. */
class StreamCommandTest {

  @TempDir Path tmp;

  private static final String MEMBERS =
      "党员编号,姓名,性别,党员类别,所在党支部,公民身份号码\n"
          + "M001,张三,男,正式党员,O-404,110105194912310021\n"
          + "M002,李四,女,预备党员,O-404,110105198001010022\n"
          + ",,,,,\n"
          + "M003,王五,X,正式党员,O-404,11010519800101\n"
          + "\n"
          + "M004,赵六,男,正式党员,O-404,110105194912310021\n"
          + "M002,李四,女,预备党员,O-404,110105198001010022\n";

  private static void assertSameJson(String... args) {
    String[] streamed = new String[args.length + 1];
    System.arraycopy(args, 0, streamed, 0, args.length);
    streamed[args.length] = "--stream";
    Result inMemory = Runs.run(args);
    Result stream = Runs.run(streamed);
    assertThat(inMemory.out()).contains("\"issues\"");
    assertThat(stream.err()).isEqualTo(inMemory.err());
    assertThat(stream.out()).isEqualTo(inMemory.out());
    assertThat(stream.status()).isEqualTo(inMemory.status());
  }

  @Test
  @DisplayName("样例城市：--stream 与内存校验的 JSON 报告相同")
  void theSampleCityGivesTheSameJsonReportStreamed() {
    assertSameJson("validate", Runs.sampleCity().toString(), "--format", "json");
  }

  @Test
  @DisplayName("CSV 目录（重复编号、坏行、空行）：--stream 与内存校验的 JSON 报告相同")
  void aCsvDirectoryGivesTheSameJsonReportStreamed() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("台账"));
    Files.writeString(dir.resolve("党员.csv"), MEMBERS, StandardCharsets.UTF_8);
    assertSameJson("validate", dir.toString(), "--format", "json", "--as-of", "2022-06-30");
    Result r = Runs.run("validate", dir.toString(), "--format", "json", "--as-of", "2022-06-30", "--stream");
    assertThat(r.out()).contains("duplicate.id").contains("党员.csv");
  }

  @Test
  @DisplayName("样例城市的工作簿：--stream 与内存校验的 JSON 报告相同")
  void theSampleCityAsAWorkbookGivesTheSameJsonReportStreamed() throws IOException {
    Path workbook = tmp.resolve("样例城市.xlsx");
    try (OutputStream out = Files.newOutputStream(workbook)) {
      Spreadsheets.write(CityDatasetInput.of(EntityTypes.reader().read(Runs.sampleCity())).dataset().orElseThrow(), out);
    }
    assertSameJson("validate", workbook.toString(), "--format", "json", "--as-of", "2022-06-30");
  }

  @Test
  void textAndJunitOutputsWorkStreamed() {
    Result text = Runs.run("validate", Runs.sampleCity().toString(), "--stream");
    assertThat(text.status()).isEqualTo(Runs.run("validate", Runs.sampleCity().toString()).status());
    assertThat(text.out()).isEqualTo(Runs.run("validate", Runs.sampleCity().toString()).out());
    assertSameJunit();
  }

  private static void assertSameJunit() {
    String city = Runs.sampleCity().toString();
    assertThat(Runs.run("validate", city, "--format", "junit", "--stream").out())
        .isEqualTo(Runs.run("validate", city, "--format", "junit").out());
  }

  @Test
  @DisplayName("--stream 不能与 --format html 或 --annotate 同用：退出码2")
  void htmlAndAnnotateAreRefusedStreamed() throws IOException {
    Result html = Runs.run("validate", Runs.sampleCity().toString(), "--stream", "--format", "html");
    assertThat(html.status()).isEqualTo(2);
    assertThat(html.out()).isEmpty();
    Path csv = tmp.resolve("党员.csv");
    Files.writeString(csv, MEMBERS, StandardCharsets.UTF_8);
    Result annotate =
        Runs.run("validate", csv.toString(), "--stream", "--annotate", tmp.resolve("标注.xlsx").toString());
    assertThat(annotate.status()).isEqualTo(2);
    assertThat(tmp.resolve("标注.xlsx")).doesNotExist();
  }
}
