package io.jingwei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.cli.Runs.Result;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JingweiCommandTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path tmp;

  /** A small dataset with no issue: one city division. */
  private Path cleanDataset() throws IOException {
    Path dir = tmp.resolve("clean");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("dataset.json"), "{\"name\":\"clean\",\"extractedOn\":\"2026-06-30\"}");
    Files.writeString(
        dir.resolve("divisions.jsonl"), "{\"id\":\"450100\",\"kind\":\"CITY\",\"name\":\"南宁市\",\"code\":\"450100\"}\n");
    return dir;
  }

  /** A dataset whose names hold markup. */
  private Path hostileDataset() throws IOException {
    Path dir = tmp.resolve("hostile");
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("dataset.json"), "{\"name\":\"<script>alert(1)</script>\",\"extractedOn\":\"2026-06-30\"}");
    Files.writeString(
        dir.resolve("divisions.jsonl"),
        "{\"id\":\"450100\",\"kind\":\"CITY\",\"name\":\"南宁市\",\"code\":\"450100\"}\n"
            + "{\"id\":\"450103\",\"kind\":\"URBAN_DISTRICT\",\"name\":\"<script>alert(2)</script>\","
            + "\"code\":\"450103\",\"parent\":\"450100\"}\n"
            + "{\"id\":\"450103001000\",\"kind\":\"SUBDISTRICT\",\"name\":\"<img src=x onerror=alert(3)>\","
            + "\"parent\":\"450103\",\"code\":\"450103001000\"}\n"
            + "{\"id\":\"450103001001\",\"kind\":\"COMMUNITY\",\"name\":\"社区\",\"parent\":\"450103001000\","
            + "\"households\":-5}\n");
    return dir;
  }

  @Test
  @DisplayName("无参数时校验内置样例城市，有错误则退出码为1")
  void validatesTheSampleCityWithoutArguments() {
    Result r = Runs.run();
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).contains("nanning-2021").contains("read.malformed-json").contains("members/M99999");
    assertThat(r.out()).doesNotContain("\033[");
  }

  @Test
  void validateSubcommandGivesTheSameReportAsTheDefault() {
    assertThat(Runs.run("validate").out()).isEqualTo(Runs.run().out());
  }

  @Test
  void findsTheSampleCityThroughJingweiHome() {
    Result r = Runs.runIn(tmp, Map.of("JINGWEI_HOME", Runs.root().toString()), "--format", "json");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).contains("jingwei-report/1");
  }

  @Test
  void withoutPathOutsideTheRepositoryIsAUsageError() {
    Result r = Runs.runIn(tmp, Map.of(), "validate");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("JINGWEI_HOME");
  }

  @Test
  void cleanDatasetExitsZero() throws IOException {
    Result r = Runs.run("validate", cleanDataset().toString());
    assertThat(r.status()).isZero();
  }

  @Test
  void failOnNeverExitsZeroDespiteErrors() {
    assertThat(Runs.run("validate", "--fail-on", "never").status()).isZero();
  }

  @Test
  void failOnWarningFailsOnWarnings() throws IOException {
    Path dir = cleanDataset();
    // an unknown file is reported; find its severity and check --fail-on against it
    Files.writeString(dir.resolve("notes.txt"), "x");
    Result json = Runs.run("validate", dir.toString(), "--format", "json", "--fail-on", "never");
    JsonNode bySeverity = JSON.readTree(json.out()).get("summary").get("issuesBySeverity");
    int errors = bySeverity.get("ERROR").asInt();
    int warnings = bySeverity.get("WARNING").asInt();
    assertThat(errors + warnings).isPositive();
    assertThat(Runs.run("validate", dir.toString(), "--fail-on", "warning").status()).isEqualTo(1);
    assertThat(Runs.run("validate", dir.toString(), "--fail-on", "error").status()).isEqualTo(errors > 0 ? 1 : 0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "validate --no-such-option",
        "validate --format pdf",
        "validate --as-of 2026-13-40",
        "validate --locale fr",
        "validate --fail-on sometimes",
        "validate --standard no-such-standard",
        "validate --standard /no/such/profile.yaml",
        "validate /no/such/dataset",
        "validate --max-issues -1",
        "stats /no/such/dataset",
        "explain no.such-rule",
        "explain",
        "schema no-such-kind",
        "no-such-subcommand-or-path"
      })
  void usageErrorsExitTwo(String args) {
    Result r = Runs.run(args.split(" "));
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isNotBlank();
  }

  @Test
  void unreadableDatasetFileExitsTwo() throws IOException {
    Path dir = tmp.resolve("not-a-dataset");
    Files.createDirectories(dir);
    Files.createDirectories(dir.resolve("members.jsonl")); // a directory where a file is expected
    Result r = Runs.run("validate", dir.toString());
    assertThat(r.status()).isIn(1, 2);
  }

  @Test
  void helpDocumentsTheExitCodes() {
    Result top = Runs.run("--help");
    assertThat(top.status()).isZero();
    assertThat(top.out()).contains("Exit status").contains("validate").contains("stats").contains("schema");
    Result validate = Runs.run("validate", "--help");
    assertThat(validate.out()).contains("--fail-on").contains("0").contains("1").contains("2");
  }

  @Test
  void versionPrintsAVersion() {
    Result r = Runs.run("--version");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("jingwei ");
  }

  @Test
  void jsonOutputIsTheDocumentedReport() {
    Result r = Runs.run("validate", "--format", "json", "--locale", "en");
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("format").asString()).isEqualTo("jingwei-report/1");
    assertThat(root.get("locale").asString()).isEqualTo("en");
    assertThat(root.get("asOf").asString()).isEqualTo("2026-06-30");
    assertThat(root.get("summary").get("issuesByCode").has("read.malformed-json")).isTrue();
  }

  @Test
  void asOfOptionOverridesTheManifestDate() {
    JsonNode root = JSON.readTree(Runs.run("validate", "--format", "json", "--as-of", "2025-01-01").out());
    assertThat(root.get("asOf").asString()).isEqualTo("2025-01-01");
  }

  @Test
  void standardOptionChoosesTheStandard() {
    JsonNode root = JSON.readTree(Runs.run("validate", "--format", "json", "--standard", "national").out());
    assertThat(root.get("standard").get("name").asString()).isEqualTo("national");
  }

  @Test
  @DisplayName("JUnit XML 格式良好：每条规则一个测试用例，问题为 failure")
  void junitXmlIsWellFormedWithOneTestCasePerRule() throws Exception {
    Result r = Runs.run("validate", "--format", "junit");
    assertThat(r.status()).isEqualTo(1);
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
    NodeList cases = doc.getElementsByTagName("testcase");
    List<String> names = new ArrayList<>();
    Element malformed = null;
    int failed = 0;
    for (int i = 0; i < cases.getLength(); i++) {
      Element e = (Element) cases.item(i);
      names.add(e.getAttribute("name"));
      if (e.getElementsByTagName("failure").getLength() > 0) {
        failed++;
      }
      if (e.getAttribute("name").equals("read.malformed-json")) {
        malformed = e;
      }
    }
    assertThat(names).doesNotHaveDuplicates().contains("read.malformed-json", "read.invalid-value");
    assertThat(malformed).isNotNull();
    assertThat(malformed.getElementsByTagName("failure").getLength()).isEqualTo(1);
    Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
    assertThat(Integer.parseInt(suite.getAttribute("tests"))).isEqualTo(cases.getLength());
    assertThat(Integer.parseInt(suite.getAttribute("failures"))).isEqualTo(failed).isPositive();
  }

  @Test
  void junitWithFailOnNeverHasNoFailures() throws Exception {
    Result r = Runs.run("validate", "--format", "junit", "--fail-on", "never");
    assertThat(r.status()).isZero();
    assertThat(r.out()).doesNotContain("<failure");
  }

  @Test
  @DisplayName("HTML 报告：自包含、离线，数据中的 <script> 作为文本显示")
  void htmlEscapesMarkupInTheData() throws IOException {
    Result r = Runs.run("validate", hostileDataset().toString(), "--format", "html");
    String html = r.out();
    assertThat(html).startsWith("<!DOCTYPE html>");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x");
    assertThat(html.split("<script>", -1)).hasSize(2); // only the report's own script
    assertThat(html).doesNotContain("src=\"http").doesNotContain("href=\"//").doesNotContain("<link");
    assertThat(html).contains("data-jingwei-ready");
  }

  @Test
  void htmlOfTheSampleCityHasChartsTableAndRuleLinks() {
    String html = Runs.run("validate", "--format", "html").out();
    assertThat(html).contains("<svg").contains("id=\"issues\"").contains("id=\"issue-filter\"");
    assertThat(html).contains("<html lang=\"zh-CN\">").contains("问题明细");
    String en = Runs.run("validate", "--format", "html", "--locale", "en").out();
    assertThat(en).contains("<html lang=\"en\">").contains("Issues by rule");
  }

  @Test
  void outWritesTheReportToAFile() throws IOException {
    Path file = tmp.resolve("reports/report.html");
    Result r = Runs.run("validate", "--format", "html", "--out", file.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(file)).startsWith("<!DOCTYPE html>");
  }

  @Test
  void maxIssuesLimitsTheTextListing() {
    Result r = Runs.run("validate", "--max-issues", "1");
    long detailed = r.out().lines().filter(l -> l.matches("    (ERROR|WARNING|INFO) .*")).count();
    assertThat(detailed).isEqualTo(1);
    assertThat(r.out()).contains("--max-issues");
  }

  @Test
  @DisplayName("统计：党员总数、年龄段之和等于总数")
  void statsCountsMembersAndBands() {
    Result r = Runs.run("stats", "--format", "json");
    assertThat(r.status()).isZero();
    JsonNode city = JSON.readTree(r.out()).get("city");
    long total = city.get("members").get("total").asLong();
    assertThat(total).isPositive();
    long bands = 0;
    for (JsonNode n : city.get("members").get("ageBands")) {
      bands += n.asLong();
    }
    long occupations = 0;
    for (JsonNode n : city.get("members").get("occupations")) {
      occupations += n.asLong();
    }
    long periods = 0;
    for (JsonNode n : city.get("members").get("joiningPeriods")) {
      periods += n.asLong();
    }
    assertThat(bands).isEqualTo(total);
    assertThat(occupations).isEqualTo(total);
    assertThat(periods).isEqualTo(total);
    assertThat(JSON.readTree(r.out()).get("districts").size()).isPositive();
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "html"})
  void statsInOtherFormats(String format) {
    Result r = Runs.run("stats", Runs.sampleCity().toString(), "--format", format, "--locale", "en");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains(format.equals("html") ? "Members by age" : "members");
  }

  @Test
  void profilesListsTheShippedStandards() {
    Result r = Runs.run("profiles");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("national").contains("nanning-2021");
  }

  @Test
  void explainShowsSourceSeverityAndParameters() {
    Result r = Runs.run("explain", "branch.max-members", "--locale", "en");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("branch.max-members").contains("severity").contains("source").contains("max");
  }

  @Test
  void explainFindsARuleOnlyACityStandardHas() {
    Result r = Runs.run("explain", "grid.worker-count");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("nanning-2021");
  }

  @Test
  void schemaPrintsAJsonSchema() {
    Result r = Runs.run("schema", "members");
    assertThat(r.status()).isZero();
    assertThat(JSON.readTree(r.out()).get("$id").asString()).contains("members");
    assertThat(JSON.readTree(Runs.run("schema").out()).get("$id").asString()).contains("dataset-document");
    assertThat(Runs.run("schema", "--list").out()).contains("serviceCenters");
  }
}
