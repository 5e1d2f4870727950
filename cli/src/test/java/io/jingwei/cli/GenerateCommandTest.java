package io.jingwei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.cli.Runs.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code jingwei generate}: the tiny preset only, so that the tests stay fast. */
class GenerateCommandTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path tmp;

  private static Result run(String... args) {
    return Runs.run(args);
  }

  /** Validates as JSON and returns the report. */
  private static JsonNode validate(Path dataset, String asOf) {
    Result r = run("validate", dataset.toString(), "--as-of", asOf, "--format", "json", "--fail-on", "never");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode report = JSON.readTree(r.out());
    assertThat(report.get("summary").get("detailsTruncated").asBoolean()).isFalse();
    return report;
  }

  /** {@code code kind/id path} of every ERROR and WARNING issue of the report. */
  private static List<String> errorsAndWarnings(JsonNode report) {
    List<String> out = new ArrayList<>();
    for (JsonNode issue : report.get("issues")) {
      String severity = issue.get("severity").asString();
      if (severity.equals("ERROR") || severity.equals("WARNING")) {
        out.add(key(issue));
      }
    }
    return out;
  }

  private static String key(JsonNode issueOrFinding) {
    JsonNode entity = issueOrFinding.get("entity");
    String ref = entity == null || entity.isNull() ? "-" : entity.get("kind").asString() + "/" + entity.get("id").asString();
    return issueOrFinding.get("code").asString() + " " + ref + " " + issueOrFinding.get("path").asString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2022-06-30", "2025-03-31"})
  @DisplayName("生成的 tiny 城市在同一截至日期校验：退出码0，无错误和警告")
  void theGeneratedTinyCityIsCleanAsOfItsDate(String asOf) {
    Path out = tmp.resolve("city");
    Result g = run("generate", out.toString(), "--preset", "tiny", "--seed", "7", "--as-of", asOf);
    assertThat(g.status()).as(g.err()).isZero();
    assertThat(out.resolve("dataset.json")).isRegularFile();
    assertThat(out.resolve("members.jsonl")).isRegularFile();
    assertThat(tmp.resolve("city" + GenerateCommand.MANIFEST_SUFFIX)).doesNotExist();

    Result v = run("validate", out.toString(), "--as-of", asOf, "--fail-on", "warning");
    assertThat(v.status()).as(v.out()).isZero();
    JsonNode bySeverity = validate(out, asOf).get("summary").get("issuesBySeverity");
    assertThat(bySeverity.get("ERROR").asInt()).isZero();
    assertThat(bySeverity.get("WARNING").asInt()).isZero();
  }

  @Test
  void theDatasetIsValidatedAsOfItsExtractionDateByDefault() {
    Path out = tmp.resolve("city");
    assertThat(run("generate", out.toString(), "--as-of", "2024-01-15").status()).isZero();
    assertThat(run("validate", out.toString(), "--fail-on", "warning").status()).isZero();
  }

  @Test
  void printsOneLineWithTheRecordsPerKind() {
    Path out = tmp.resolve("city");
    Result g = run("generate", out.toString());
    assertThat(g.status()).isZero();
    assertThat(g.out().strip()).doesNotContain("\n");
    JsonNode records = validate(out, "2022-06-30").get("summary").get("records");
    assertThat(g.out()).contains("members " + records.get("MEMBER").get("read").asInt());
    assertThat(g.out()).contains("grids " + records.get("GRID").get("read").asInt());
    assertThat(records.get("MEMBER").get("read").asInt()).isGreaterThan(100);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.05", "1"})
  @DisplayName("注入缺陷后，清单中的预期问题与校验报告的错误和警告完全一致")
  void theManifestIsExactlyTheReportsErrorsAndWarnings(String rate) {
    Path out = tmp.resolve("city");
    Result g = run("generate", out.toString(), "--seed", "3", "--defect-rate", rate);
    assertThat(g.status()).as(g.err()).isZero();
    Path manifestFile = tmp.resolve("city" + GenerateCommand.MANIFEST_SUFFIX);
    assertThat(manifestFile).isRegularFile();
    assertThat(g.out()).contains(manifestFile.toString());

    JsonNode manifest = JSON.readTree(manifestFile.toFile());
    assertThat(manifest.get("format").asString()).isEqualTo(GenerateCommand.MANIFEST_FORMAT);
    assertThat(manifest.get("defects").asInt()).isPositive();
    List<String> expected = new ArrayList<>();
    for (JsonNode f : manifest.get("findings")) {
      expected.add(key(f));
    }
    assertThat(expected).isNotEmpty();
    JsonNode report = validate(out, manifest.get("asOf").asString());
    assertThat(errorsAndWarnings(report)).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void theDocumentFormIsOneJsonFileWithItsManifestBeside() throws IOException {
    Path out = tmp.resolve("sub").resolve("city.json");
    Result g = run("generate", out.toString(), "--form", "document", "--defect-rate", "0.05");
    assertThat(g.status()).as(g.err()).isZero();
    assertThat(out).isRegularFile();
    Path manifestFile = tmp.resolve("sub").resolve("city" + GenerateCommand.MANIFEST_SUFFIX);
    assertThat(manifestFile).isRegularFile();
    JsonNode manifest = JSON.readTree(manifestFile.toFile());
    List<String> expected = new ArrayList<>();
    for (JsonNode f : manifest.get("findings")) {
      expected.add(key(f));
    }
    assertThat(errorsAndWarnings(validate(out, "2022-06-30"))).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(Files.readString(out)).startsWith("{\"dataset\"");
  }

  @Test
  void anExplicitManifestIsWrittenWhereAskedEvenWithoutDefects() {
    Path out = tmp.resolve("city");
    Path manifestFile = tmp.resolve("truth").resolve("m.json");
    Result g = run("generate", out.toString(), "--manifest", manifestFile.toString());
    assertThat(g.status()).as(g.err()).isZero();
    JsonNode manifest = JSON.readTree(manifestFile.toFile());
    assertThat(manifest.get("defects").asInt()).isZero();
    assertThat(manifest.get("findings").size()).isZero();
  }

  @Test
  void theSameSeedWritesTheSameFiles() throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    assertThat(run("generate", a.toString(), "--seed", "9", "--defect-rate", "0.1").status()).isZero();
    assertThat(run("generate", b.toString(), "--seed", "9", "--defect-rate", "0.1").status()).isZero();
    assertThat(Files.readString(a.resolve("members.jsonl"))).isEqualTo(Files.readString(b.resolve("members.jsonl")));
    assertThat(Files.readString(tmp.resolve("a" + GenerateCommand.MANIFEST_SUFFIX)))
        .isEqualTo(Files.readString(tmp.resolve("b" + GenerateCommand.MANIFEST_SUFFIX)));
  }

  @Test
  @DisplayName("目录非空且未加 --force：退出码2，原有文件不变")
  void refusesANonEmptyDirectoryWithoutForce() throws IOException {
    Path out = tmp.resolve("city");
    Files.createDirectories(out);
    Files.writeString(out.resolve("notes.txt"), "keep me");
    Result g = run("generate", out.toString());
    assertThat(g.status()).isEqualTo(2);
    assertThat(g.out()).isEmpty();
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("notes.txt");
    }
  }

  @Test
  void overwritesANonEmptyDirectoryWithForceAndWarnsAboutOtherFiles() throws IOException {
    Path out = tmp.resolve("city");
    assertThat(run("generate", out.toString(), "--seed", "1").status()).isZero();
    Files.writeString(out.resolve("notes.txt"), "keep me");
    Result g = run("generate", out.toString(), "--seed", "2", "--force");
    assertThat(g.status()).isZero();
    assertThat(g.err()).contains("notes.txt");
    assertThat(out.resolve("notes.txt")).hasContent("keep me");
  }

  @Test
  void anEmptyDirectoryNeedsNoForce() throws IOException {
    Path out = tmp.resolve("city");
    Files.createDirectories(out);
    assertThat(run("generate", out.toString()).status()).isZero();
  }

  @Test
  void refusesAnExistingDocumentOrManifestWithoutForce() throws IOException {
    Path doc = tmp.resolve("city.json");
    Files.writeString(doc, "{}");
    assertThat(run("generate", doc.toString(), "--form", "document").status()).isEqualTo(2);
    assertThat(doc).hasContent("{}");
    assertThat(run("generate", doc.toString(), "--form", "document", "--force").status()).isZero();

    Path out = tmp.resolve("dir");
    Path manifestFile = tmp.resolve("dir" + GenerateCommand.MANIFEST_SUFFIX);
    Files.writeString(manifestFile, "old");
    assertThat(run("generate", out.toString(), "--defect-rate", "0.05").status()).isEqualTo(2);
    assertThat(out).doesNotExist();
    assertThat(manifestFile).hasContent("old");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--preset=atlantis",
        "--preset=nanning@0",
        "--preset=nanning@x",
        "--defect-rate=1.5",
        "--defect-rate=-0.1",
        "--form=zip",
        "--as-of=2022-13-01",
        "--seed=abc",
        "--no-such-option"
      })
  @DisplayName("用法错误：退出码2，不写任何文件")
  void usageErrorsExitWithTwo(String option) {
    Path out = tmp.resolve("city");
    Result r = run("generate", out.toString(), option);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isNotEmpty();
    assertThat(out).doesNotExist();
  }

  @Test
  void outIsRequired() {
    assertThat(run("generate").status()).isEqualTo(2);
  }

  @Test
  void refusesAManifestInsideTheDatasetDirectory() {
    Path out = tmp.resolve("city");
    Result r = run("generate", out.toString(), "--defect-rate", "0.05", "--manifest", out.resolve("m.json").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(out).doesNotExist();
  }

  @Test
  void refusesAFileAsTheDatasetDirectoryAndADirectoryAsTheDocument() throws IOException {
    Path file = tmp.resolve("file");
    Files.writeString(file, "x");
    assertThat(run("generate", file.toString(), "--force").status()).isEqualTo(2);
    Path dir = tmp.resolve("dir");
    Files.createDirectories(dir);
    assertThat(run("generate", dir.toString(), "--form", "document", "--force").status()).isEqualTo(2);
  }

  @Test
  void anUnwritableOutIsExitTwo() throws IOException {
    Path blocker = tmp.resolve("blocker");
    Files.writeString(blocker, "x");
    Result r = run("generate", blocker.resolve("city").toString());
    assertThat(r.status()).isEqualTo(2);
  }

  @Test
  void aRelativeOutIsResolvedAgainstTheWorkingDirectory() {
    Result r = Runs.runIn(tmp, Map.of(), "generate", "rel");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(tmp.resolve("rel").resolve("dataset.json")).isRegularFile();
  }

  @Test
  void theHelpDocumentsGenerate() {
    Result top = run("--help");
    assertThat(top.out()).contains("generate");
    Result help = run("generate", "--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).contains("--preset", "--seed", "--as-of", "--defect-rate", "--form", "--manifest", "--force");
  }
}
