package io.jingwei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.Jingwei;
import io.jingwei.cli.Runs.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Output safety of the HTML reports (输出安全, XSS): markup in the data — organization, division and member names,
 * ids, the dataset's name — and in a profile — rule titles, source documents, {@code javascript:} source links — is
 * shown as text in every HTML output ({@code validate --format html}, {@code stats --format html}); the only
 * {@code <script>} and {@code <style>} elements are the report's own, and every link is http(s) or a fragment.
 */
class OutputSafetyTest {

  private static final List<String> PAYLOADS =
      List.of(
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(2)>",
          "</style><script>alert(3)</script>",
          "</script><svg onload=alert(4)>",
          "'><iframe src=javascript:alert(5)>");

  @TempDir static Path tmp;
  private static Path city;
  private static Path profile;

  private static String jsonString(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  @BeforeAll
  static void writeHostileCityAndProfile() throws IOException {
    city = tmp.resolve("city");
    Files.createDirectories(city);
    try (var files = Files.list(Runs.sampleCity())) {
      for (Path f : files.toList()) {
        String text = Files.readString(f);
        String name = f.getFileName().toString();
        int[] n = {0};
        // every name gets a payload appended (names of organizations, divisions, compounds, centres, people)
        Matcher m = Pattern.compile("\"name\":\"([^\"]*)\"").matcher(text);
        text = m.replaceAll(r -> Matcher.quoteReplacement(
            "\"name\":\"" + r.group(1) + jsonString(PAYLOADS.get(n[0]++ % PAYLOADS.size())) + "\""));
        if (name.equals("members.jsonl")) {
          // and a few member ids carry markup too (ids are shown in full)
          text = text.replace("\"id\":\"M00001\"", "\"id\":\"M00001" + jsonString(PAYLOADS.get(1)) + "\"")
              .replace("\"id\":\"M00002\"", "\"id\":\"M00002" + jsonString(PAYLOADS.get(2)) + "\"");
        }
        Files.writeString(city.resolve(name), text);
      }
    }
    StringBuilder yaml = new StringBuilder("format: jingwei-standard/1\nname: hostile\nversion: \"1\"\n")
        .append("extends: nanning-2021\ntitle: {zh: \"").append(jsonString(PAYLOADS.get(2)))
        .append("\", en: \"").append(jsonString(PAYLOADS.get(3))).append("\"}\nrules:\n");
    for (String id : Jingwei.standards().get("nanning-2021").ruleIds()) {
      yaml.append("  - id: ").append(id).append("\n")
          .append("    title: {zh: \"").append(jsonString(PAYLOADS.get(2))).append("\", en: \"")
          .append(jsonString(PAYLOADS.get(0))).append("\"}\n")
          .append("    source: {document: \"").append(jsonString(PAYLOADS.get(3)))
          .append("\", confidence: C, url: \"javascript:alert(6)\"}\n");
    }
    profile = tmp.resolve("hostile.yaml");
    Files.writeString(profile, yaml.toString());
  }

  static Stream<String> htmlOutputs() {
    return Stream.of("validate", "validate --locale en", "validate --standard PROFILE", "stats", "stats --locale en",
        "stats --standard PROFILE");
  }

  @ParameterizedTest
  @MethodSource("htmlOutputs")
  @DisplayName("HTML 输出中数据和标准里的标记都作为文本显示")
  void markupInDataAndProfilesIsTextInEveryHtmlOutput(String command) {
    String[] args = (command.replace("PROFILE", profile.toString()) + " --format html --as-of 2026-06-30").split(" ");
    String[] withCity = new String[args.length + 1];
    withCity[0] = args[0];
    withCity[1] = city.toString();
    System.arraycopy(args, 1, withCity, 2, args.length - 1);
    Result r = Runs.run(withCity);
    assertThat(r.err()).doesNotContain("Exception");
    String html = r.out();
    assertThat(html).startsWith("<!DOCTYPE html>");
    String lower = html.toLowerCase(java.util.Locale.ROOT);
    assertThat(count(lower, "<script")).as("only the report's own script").isLessThanOrEqualTo(1);
    assertThat(count(lower, "</script")).isEqualTo(count(lower, "<script"));
    assertThat(count(lower, "<style")).isEqualTo(1);
    assertThat(count(lower, "</style")).isEqualTo(1);
    assertThat(lower).doesNotContain("<img").doesNotContain("<svg onload").doesNotContain("<iframe");
    assertThat(lower).doesNotContain("javascript:alert(6)\"").doesNotContain("href=\"javascript");
    Matcher hrefs = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
    while (hrefs.find()) {
      assertThat(hrefs.group(1)).as("link").matches("(https?://|#).*");
    }
    // the payloads are there, as text
    assertThat(html).contains("&lt;script&gt;alert(");
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
