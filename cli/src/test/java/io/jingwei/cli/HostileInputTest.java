package io.jingwei.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.Jingwei;
import io.jingwei.cli.Runs.Result;
import io.jingwei.ref.EntityKind;
import io.jingwei.validation.Issue;
import io.jingwei.validation.RecordCounts;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile-input corpus (恶意输入语料): members files and single documents that are truncated, binary, too long,
 * too deep, badly encoded … Each case is validated through {@code DatasetValidator.validate(Path)} and through
 * {@code jingwei validate --format json}; in every case the problem is located (file, line, pointer where there is
 * one), the good records after it are still read, and the report accounts for every record: {@code read = valid +
 * invalid + unreadable} with {@code read} the number of non-blank lines (elements) the input has. The corpus is
 * generated here (the long lines are megabytes; nothing large is committed). What each case yields is listed in
 * docs/reliability.md.
 */
class HostileInputTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int GOOD_BEFORE = 4;
  private static final int GOOD_AFTER = 4;
  /** Lines of the sample's members file without read problems (line 4 has a bad ID number on purpose). */
  private static final int[] GOOD = {0, 1, 2, 4, 5, 6, 7, 8};

  private static List<String> memberLines;

  @BeforeAll
  static void readSample() throws IOException {
    memberLines = Files.readAllLines(Runs.sampleCity().resolve("members.jsonl"), UTF_8);
  }

  /** A hostile case: the bytes put between the good member lines, and what they must yield. */
  record Case(String name, Function<Random, byte[]> hostile, int hostileLines, int unreadable, @Nullable String code,
      @Nullable String reason) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** A complete member record of the sample city with another id and extra properties. */
  private static String member(String id, String extra) {
    String line = memberLines.get(9);
    return "{\"id\":\"" + id + "\"," + line.substring(line.indexOf(',') + 1, line.length() - 1) + extra + "}";
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("binary garbage", r -> {
          byte[] b = new byte[300];
          r.nextBytes(b);
          for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n') {
              b[i] = 'x';
            }
          }
          b[0] = '{';
          return concat(b, utf8("\n"));
        }, 1, 1, "read.malformed-json", null),
        new Case("string beyond 1 MiB", r -> utf8(member("M-LONG", ",\"nameNote\":\"" + "长".repeat((1 << 20) + 10) + "\"") + "\n"),
            1, 1, "read.too-large", "STRING_LENGTH"),
        new Case("line beyond the 4 MiB line limit", r -> utf8("[" + "1,".repeat(2_200_000) + "1]\n"), 1, 1,
            "read.too-large", "RECORD_BYTES"),
        new Case("nesting deeper than 64", r -> utf8(member("M-DEEP", ",\"x\":" + "[".repeat(100) + "]".repeat(100)) + "\n"),
            1, 1, "read.too-large", "NESTING_DEPTH"),
        new Case("huge number", r -> utf8(member("M-NUM", ",\"x\":" + "9".repeat(1000)) + "\n"), 1, 1, "read.too-large",
            "NUMBER_LENGTH"),
        new Case("huge exponent", r -> utf8("{\"id\":\"M-EXP\",\"sex\":1e999999999}\n"), 1, 1, null, null),
        new Case("invalid UTF-8", r -> concat(utf8("{\"id\":\"M-UTF\",\"name\":\"张"), new byte[] {(byte) 0xC3, (byte) 0x28,
            (byte) 0xFF}, utf8("\"}\n")), 1, 1, "read.malformed-json", "SYNTAX"),
        new Case("BOM at the start of a line", r -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            utf8(member("M-BOM", "") + "\n")), 1, 0, null, null),
        new Case("UTF-16 line", r -> concat(member("M-U16", "").getBytes(java.nio.charset.StandardCharsets.UTF_16LE), utf8("\n")),
            1, 1, "read.malformed-json", "ENCODING"),
        new Case("duplicate keys", r -> utf8("{\"id\":\"M-DUP\",\"id\":\"M-DUP2\",\"name\":\"测试\"}\n"), 1, 1,
            "read.duplicate-key", null),
        new Case("NUL byte at the start", r -> concat(new byte[] {0}, utf8(member("M-NUL", "") + "\n")), 1, 1,
            "read.malformed-json", "ENCODING"),
        new Case("NUL byte in a string", r -> utf8(member("M-NUL2", ",\"x\":\"a\u0000b\"") + "\n"), 1, 1,
            "read.malformed-json", "SYNTAX"),
        new Case("not an object", r -> utf8("[1,2]\n\"text\"\nnull\n"), 3, 3, "read.wrong-type", null),
        new Case("empty and blank lines", r -> utf8("\n\n   \n\t\n\r\n"), 0, 0, null, null),
        new Case("truncated object", r -> utf8("{\"id\":\"M-TRUNC\",\"name\":\"测\n"), 1, 1, "read.malformed-json",
            "TRUNCATED"));
  }

  static Stream<Arguments> casesAndForms() {
    return cases().flatMap(c -> Stream.of(Arguments.of(c, "directory"), Arguments.of(c, "crlf")));
  }

  /** Writes a copy of the sample city whose members file is GOOD_BEFORE good lines, the hostile bytes, GOOD_AFTER good lines. */
  private static Path city(Path dir, Case c, boolean crlf) throws IOException {
    Path city = dir.resolve("city");
    Files.createDirectories(city);
    try (var files = Files.list(Runs.sampleCity())) {
      for (Path f : files.toList()) {
        if (!f.getFileName().toString().equals("members.jsonl")) {
          Files.copy(f, city.resolve(f.getFileName()));
        }
      }
    }
    String eol = crlf ? "\r\n" : "\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < GOOD_BEFORE; i++) {
      out.writeBytes(utf8(memberLines.get(GOOD[i]) + eol));
    }
    out.writeBytes(c.hostile().apply(new Random(42)));
    for (int i = GOOD_BEFORE; i < GOOD_BEFORE + GOOD_AFTER; i++) {
      out.writeBytes(utf8(memberLines.get(GOOD[i]) + eol));
    }
    Files.write(city.resolve("members.jsonl"), out.toByteArray());
    return city;
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("casesAndForms")
  @DisplayName("恶意输入：问题有位置，后续记录照读，记录全部计数")
  void everyRecordIsAccountedForAndTheProblemLocated(Case c, String form, @TempDir Path dir) throws IOException {
    Path city = city(dir, c, form.equals("crlf"));
    long expectedRead = GOOD_BEFORE + GOOD_AFTER + c.hostileLines();
    int firstHostile = GOOD_BEFORE + 1;

    // through the API
    ValidationReport report =
        Jingwei.validator(ValidationOptions.builder().asOf(AS_OF).standard("nanning-2021").build()).validate(city);
    RecordCounts members = report.summary().records(EntityKind.MEMBER);
    assertThat(members.read()).isEqualTo(members.valid() + members.invalid() + members.unreadable());
    assertThat(members.read()).isEqualTo(expectedRead);
    assertThat(members.unreadable()).isEqualTo(c.unreadable());
    List<Issue> readIssues =
        report.issues().stream().filter(i -> i.code().value().startsWith("read.")).filter(i -> "members.jsonl".equals(i.location().file())).toList();
    for (Issue i : readIssues) {
      assertThat(i.location().line()).isBetween((long) firstHostile, (long) firstHostile + c.hostileLines() - 1);
    }
    if (c.code() != null) {
      assertThat(readIssues).extracting(i -> i.code().value()).contains(c.code());
      Issue first = readIssues.stream().filter(i -> i.code().value().equals(c.code())).findFirst().orElseThrow();
      assertThat(first.location().line()).isEqualTo(firstHostile);
      if (c.reason() != null) {
        assertThat(first.args()).containsValue(c.reason());
      }
    }
    // the good records after the hostile lines are read
    assertThat(report.issues()).noneMatch(i -> i.location().line() > firstHostile + c.hostileLines() - 1
        && "members.jsonl".equals(i.location().file()) && i.code().value().startsWith("read."));

    // through the command
    Result r = Runs.run("validate", city.toString(), "--standard", "nanning-2021", "--as-of", AS_OF.toString(),
        "--format", "json", "--fail-on", "never");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode json = JSON.readTree(r.out());
    JsonNode counts = json.get("summary").get("records").get("MEMBER");
    assertThat(counts.get("read").asLong())
        .isEqualTo(counts.get("valid").asLong() + counts.get("invalid").asLong() + counts.get("unreadable").asLong())
        .isEqualTo(expectedRead);
    assertThat(counts.get("unreadable").asLong()).isEqualTo(c.unreadable());
    if (c.code() != null) {
      List<JsonNode> located = new ArrayList<>();
      json.get("issues").forEach(i -> {
        if (i.get("code").asString().equals(c.code())) {
          located.add(i);
        }
      });
      assertThat(located).isNotEmpty();
      assertThat(located.get(0).get("location").get("file").asString()).isEqualTo("members.jsonl");
      assertThat(located.get(0).get("location").get("line").asLong()).isEqualTo(firstHostile);
    }
  }

  // ---- the single-document form ----

  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of("BOM at the start", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            utf8("{\"members\":[" + memberArray(3) + "]}")), 3L, 0L, null),
        Arguments.of("element errors then good elements", utf8("{\"members\":[1,{\"id\":\"M-A\",\"id\":\"M-B\"},"
            + "{\"id\":\"M-D\",\"x\":" + "[".repeat(80) + "]".repeat(80) + "}," + memberArray(3) + "]}"), 6L, 3L,
            "read.too-large"),
        Arguments.of("truncated document", utf8("{\"members\":[" + memberArray(2) + ",{\"id\":\"M-T\""), 3L, 1L,
            "read.malformed-json"),
        Arguments.of("binary garbage", binary(), 0L, 0L, "read.malformed-json"),
        Arguments.of("UTF-32 guess", concat(new byte[] {0, 0, 0, '{'}, utf8("\"members\":[]}")), 0L, 0L,
            "read.malformed-json"),
        Arguments.of("empty file", new byte[0], 0L, 0L, "read.malformed-json"));
  }

  private static String memberArray(int n) {
    return String.join(",", memberLines.subList(0, n + 1).stream().filter(l -> !l.contains("\"M00004\"")).limit(n).toList());
  }

  private static byte[] binary() {
    byte[] b = new byte[2000];
    new Random(7).nextBytes(b);
    b[0] = '{';
    b[1] = '"';
    return b;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  @DisplayName("单文件数据集：问题有位置，记录全部计数")
  void singleDocumentsAccountForEveryElement(String name, byte[] bytes, long read, long unreadable, @Nullable String code,
      @TempDir Path dir) throws IOException {
    Path file = dir.resolve("city.json");
    Files.write(file, bytes);
    ValidationReport report =
        Jingwei.validator(ValidationOptions.builder().asOf(AS_OF).build()).validate(file);
    RecordCounts members = report.summary().records(EntityKind.MEMBER);
    assertThat(members.read()).isEqualTo(members.valid() + members.invalid() + members.unreadable()).isEqualTo(read);
    assertThat(members.unreadable()).isEqualTo(unreadable);
    if (code != null) {
      assertThat(report.issues()).filteredOn(i -> i.code().value().equals(code)).isNotEmpty()
          .allSatisfy(i -> {
            assertThat(i.location().file()).isEqualTo("city.json");
            assertThat(i.location().line()).isPositive();
          });
    }
    Result r = Runs.run("validate", file.toString(), "--as-of", AS_OF.toString(), "--format", "json", "--fail-on", "never");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode counts = JSON.readTree(r.out()).get("summary").get("records").get("MEMBER");
    assertThat(counts.get("read").asLong()).isEqualTo(read)
        .isEqualTo(counts.get("valid").asLong() + counts.get("invalid").asLong() + counts.get("unreadable").asLong());
  }

  // ---- files that cannot be read ----

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadableFiles")
  @DisplayName("无法读取的文件：报告有位置的问题，其他文件照读")
  void aCollectionFileThatCannotBeReadIsALocatedProblem(String name, @TempDir Path dir) throws IOException {
    Path city = city(dir, cases().filter(c -> c.name().equals("empty and blank lines")).findFirst().orElseThrow(), false);
    Path members = city.resolve("members.jsonl");
    Files.delete(members);
    if (name.equals("directory")) {
      Files.createDirectory(members);
    } else {
      Files.createSymbolicLink(members, dir.resolve("nowhere.jsonl"));
    }
    ValidationReport report = Jingwei.validator(ValidationOptions.builder().asOf(AS_OF).build()).validate(city);
    assertThat(report.issues())
        .filteredOn(i -> i.location().file() != null && i.location().file().startsWith("members.jsonl"))
        .isNotEmpty()
        .allSatisfy(i -> assertThat(i.code().value()).startsWith("read."));
    assertThat(report.summary().records(EntityKind.ORGANIZATION).read()).isPositive();
    Result r = Runs.run("validate", city.toString(), "--as-of", AS_OF.toString(), "--format", "json", "--fail-on", "never");
    assertThat(r.status()).as(r.err()).isZero();
  }

  static Stream<String> unreadableFiles() {
    return Stream.of("directory", "dangling link");
  }
}
