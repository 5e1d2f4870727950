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

  /** A file of the given size in a new directory of that name (sparse: only its size is looked at). */
  private Path directoryWithFileOf(String name, String file, long bytes) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(name));
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(dir.resolve(file).toFile(), "rw")) {
      f.setLength(bytes);
    }
    return dir;
  }

  /** A dataset directory whose members.jsonl has the given size. */
  private Path datasetWithMembersOf(String name, long bytes) throws IOException {
    return directoryWithFileOf(name, "members.jsonl", bytes);
  }

  @Test
  @DisplayName("自动流式校验：目录的 members.jsonl 达到 8 MiB 即流式；html、--annotate、单个文件、表格与较小的目录在内存中；--stream/--no-stream 优先")
  void largeMemberFilesStreamByThemselves() throws IOException {
    long limit = ValidateCommand.AUTO_STREAM_BYTES;
    Path large = datasetWithMembersOf("large", limit);
    Path small = datasetWithMembersOf("small", limit - 1);
    assertThat(ValidateCommand.streams(null, large, OutputFormat.text, false)).isTrue();
    assertThat(ValidateCommand.streams(null, large, OutputFormat.json, false)).isTrue();
    assertThat(ValidateCommand.streams(null, large, OutputFormat.junit, false)).isTrue();
    assertThat(ValidateCommand.streams(null, small, OutputFormat.text, false)).isFalse();
    assertThat(ValidateCommand.streams(null, large, OutputFormat.html, false)).isFalse();
    assertThat(ValidateCommand.streams(null, large, OutputFormat.text, true)).isFalse();
    assertThat(ValidateCommand.streams(null, large.resolve("members.jsonl"), OutputFormat.text, false)).isFalse();
    assertThat(ValidateCommand.streams(null, Files.createDirectories(tmp.resolve("empty")), OutputFormat.text, false))
        .isFalse();
    assertThat(ValidateCommand.streams(Boolean.TRUE, small, OutputFormat.text, false)).isTrue();
    assertThat(ValidateCommand.streams(Boolean.FALSE, large, OutputFormat.text, false)).isFalse();
    Path sheets = directoryWithFileOf("sheets", "党员.csv", limit * 2); // spreadsheets stream only when asked
    assertThat(ValidateCommand.streams(null, sheets, OutputFormat.text, false)).isFalse();
  }

  @Test
  @DisplayName("自动流式校验的报告与 --no-stream 相同（样例城市的党员行以空白补足 8 MiB）；终端上提示可用 --no-stream")
  void anAutomaticallyStreamedCityGivesTheSameReport() throws IOException {
    Path city = tmp.resolve("large-city");
    Files.createDirectories(city);
    try (java.util.stream.Stream<Path> files = Files.list(Runs.sampleCity())) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, city.resolve(f.getFileName().toString()));
      }
    }
    java.util.List<String> lines = Files.readAllLines(city.resolve("members.jsonl"), StandardCharsets.UTF_8);
    int pad = (int) (ValidateCommand.AUTO_STREAM_BYTES / lines.size()) + 1;
    StringBuilder padded = new StringBuilder();
    for (String line : lines) { // blanks between the JSON tokens change no value and no line number
      padded.append("{").append(" ".repeat(pad)).append(line.substring(1)).append('\n');
    }
    Files.writeString(city.resolve("members.jsonl"), padded, StandardCharsets.UTF_8);
    assertThat(Files.size(city.resolve("members.jsonl"))).isGreaterThanOrEqualTo(ValidateCommand.AUTO_STREAM_BYTES);

    for (String format : new String[] {"json", "text", "junit"}) {
      Result auto = Runs.run("validate", city.toString(), "--format", format);
      Result inMemory = Runs.run("validate", city.toString(), "--format", format, "--no-stream");
      Result streamed = Runs.run("validate", city.toString(), "--format", format, "--stream");
      assertThat(auto.out()).isNotEmpty().isEqualTo(inMemory.out()).isEqualTo(streamed.out());
      assertThat(auto.status()).isEqualTo(inMemory.status()).isEqualTo(1); // the sample city's errors
    }
    Result onTerminal = Runs.runOnTerminal("validate", city.toString(), "--format", "json");
    assertThat(onTerminal.err()).contains("--no-stream");
    assertThat(Runs.runOnTerminal("validate", city.toString(), "--format", "json", "--no-stream").err())
        .doesNotContain("--no-stream");
    assertThat(Runs.runOnTerminal("validate", Runs.sampleCity().toString(), "--format", "json").err())
        .doesNotContain("--no-stream");
  }
}
