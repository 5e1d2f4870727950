package io.jingwei.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.Jingwei;
import io.jingwei.validation.Issue;
import io.jingwei.validation.Severity;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The README's first command: the sample city, its deliberate defects, and the program's exit codes. */
class ValidateSampleCityTest {
  private static final Path SAMPLE = Path.of("data", "sample-city");
  private static final Pattern FULL_ID = Pattern.compile("\\b\\d{17}[\\dX]\\b");
  private static final Pattern FULL_MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

  private record Key(String code, String entity, String path) {}

  @Test
  @DisplayName("样例城市的问题恰好是其故意设置的缺陷")
  void sampleCityHasExactlyItsDeliberateDefects() throws IOException {
    JsonNode expected = JsonMapper.builder().build().readTree(Path.of("data", "sample-city-expected-issues.json").toFile());
    ValidationReport report =
        Jingwei.validator(
                ValidationOptions.builder()
                    .standard(expected.get("standard").asString())
                    .asOf(LocalDate.parse(expected.get("asOf").asString()))
                    .build())
            .validate(SAMPLE);

    List<Key> want = new ArrayList<>();
    for (JsonNode e : expected.get("issues")) {
      JsonNode entity = e.get("entity");
      want.add(new Key(e.get("code").asString(), entity == null || entity.isNull() ? null : entity.asString(),
          e.get("path").asString()));
    }
    List<Key> got = new ArrayList<>();
    for (Issue i : report.issues()) {
      if (i.severity().isAtLeast(Severity.WARNING)) {
        got.add(new Key(i.code().value(), i.entity() == null ? null : i.entity().toString(), i.path()));
      }
    }
    assertThat(got).containsExactlyInAnyOrderElementsOf(want);
  }

  @Test
  void everyRecordOfTheSampleIsAccountedFor() {
    ValidationReport report =
        Jingwei.validator(ValidationOptions.builder().asOf(LocalDate.of(2026, 6, 30)).build()).validate(SAMPLE);
    var total = report.summary().totalRecords();
    assertThat(total.read()).isEqualTo(total.valid() + total.invalid() + total.unreadable());
    assertThat(total.unreadable()).isEqualTo(1);
  }

  @Test
  void exitsWithOneWhenTheSampleHasErrors() {
    Run run = run(SAMPLE.toString(), "--as-of", "2026-06-30");
    assertThat(run.status).isEqualTo(1);
    assertThat(run.out).contains("read.malformed-json").contains("members.jsonl");
  }

  @Test
  void exitsWithZeroOnADatasetWithoutErrors(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("dataset.json"), "{\"name\":\"empty\"}", StandardCharsets.UTF_8);
    assertThat(run(dir.toString()).status).isZero();
  }

  @Test
  void exitsWithTwoOnUsageErrorsAndMissingInput() {
    assertThat(run("--format", "yaml").status).isEqualTo(2);
    assertThat(run("--as-of", "2026-13-01").status).isEqualTo(2);
    assertThat(run("no/such/dir").status).isEqualTo(2);
    assertThat(run("--standard", "no-such-standard", SAMPLE.toString()).status).isEqualTo(2);
  }

  @Test
  void writesTheReportAsJson() throws IOException {
    Run run = run(SAMPLE.toString(), "--as-of", "2026-06-30", "--format", "json");
    JsonNode json = JsonMapper.builder().build().readTree(run.out);
    assertThat(json.get("format").asString()).isEqualTo("jingwei-report/1");
    assertThat(json.get("issues").size()).isGreaterThan(0);
  }

  @Test
  @DisplayName("每种输出都不泄露完整的身份证号和手机号")
  void noOutputShowsAFullIdOrMobileNumber() {
    for (String format : List.of("text", "json")) {
      for (String locale : List.of("zh-CN", "en")) {
        Run run =
            run(SAMPLE.toString(), "--as-of", "2026-06-30", "--format", format, "--locale", locale,
                "--max-issues", "1000");
        assertThat(find(FULL_ID, run.out)).as(format + " " + locale).isEmpty();
        assertThat(find(FULL_MOBILE, run.out)).as(format + " " + locale).isEmpty();
      }
    }
  }

  @Test
  void showsFullValuesOnlyWhenAskedTo() {
    Run run =
        run(SAMPLE.toString(), "--as-of", "2026-06-30", "--format", "json", "--show-personal-data");
    assertThat(find(FULL_ID, run.out)).isNotEmpty();
  }

  private static List<String> find(Pattern p, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        ValidateSampleCity.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
