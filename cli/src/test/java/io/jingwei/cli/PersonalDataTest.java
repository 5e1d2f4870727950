package io.jingwei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.cli.Runs.Result;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The personal-data scan (个人信息扫描): the command is run on the sample city in every output format, to stdout and
 * to a file, and no output — nor stderr, nor what SLF4J logged (slf4j-simple writes to {@code System.err}, captured
 * here) — may hold a full resident ID number (18- or 15-digit), a full mobile number or a full person name of the
 * sample's members and workers. With {@code --show-personal-data} they do appear: the opt-in works.
 */
class PersonalDataTest {

  static {
    // log everything Jingwei logs, when this class is the first to touch SLF4J in the JVM
    System.setProperty("org.slf4j.simpleLogger.log.io.jingwei", "debug");
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern ID_OR_PHONE =
      Pattern.compile("\"(idNumber|phone|mobile|contactPhone)\"\\s*:\\s*\"([^\"]+)\"");

  /** Full ID numbers (18 and 15 digits) and mobile numbers, digits only. */
  private static final Set<String> NUMBERS = new LinkedHashSet<>();

  /** Full person names of two characters or more. */
  private static final Set<String> NAMES = new LinkedHashSet<>();

  @BeforeAll
  static void readSecrets() throws IOException {
    try (var files = Files.list(Runs.sampleCity())) {
      for (Path file : files.toList()) {
        String text = Files.readString(file);
        Matcher m = ID_OR_PHONE.matcher(text);
        while (m.find()) {
          String digits = m.group(2).replaceAll("[^0-9Xx]", "");
          if (digits.length() >= 11) {
            NUMBERS.add(digits.toUpperCase(java.util.Locale.ROOT));
          }
        }
      }
    }
    for (String kind : List.of("members.jsonl", "communityWorkers.jsonl", "gridWorkers.jsonl")) {
      for (String line : Files.readAllLines(Runs.sampleCity().resolve(kind))) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode record;
        try {
          record = JSON.readTree(line);
        } catch (RuntimeException e) {
          continue; // the sample's deliberately malformed line
        }
        addName(record.get("name"));
        JsonNode introducers = record.get("introducers");
        if (introducers != null) {
          introducers.forEach(i -> addName(i.get("name")));
        }
      }
    }
    // the shipped standards' examples use a few common names (张三): those are not the sample's personal data
    for (String profile : List.of("national.yaml", "nanning-2021.yaml")) {
      try (var in = PersonalDataTest.class.getResourceAsStream("/io/jingwei/impl/standards/" + profile)) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        NAMES.removeIf(text::contains);
      }
    }
    assertThat(NUMBERS).hasSizeGreaterThan(100);
    assertThat(NUMBERS).anyMatch(n -> n.length() == 18).anyMatch(n -> n.length() == 11);
    assertThat(NAMES).hasSizeGreaterThan(100);
  }

  private static void addName(JsonNode name) {
    if (name != null && name.isString() && name.asString().codePointCount(0, name.asString().length()) >= 2) {
      NAMES.add(name.asString());
    }
  }

  /** The full numbers found in the text, comparing digit runs so that a number inside a longer one does not count. */
  private static List<String> numbersIn(String text) {
    String digits = text.toUpperCase(java.util.Locale.ROOT).replaceAll("[^0-9X]", " ");
    List<String> found = new ArrayList<>();
    for (String secret : NUMBERS) {
      if (digits.contains(secret)) {
        found.add(secret);
      }
    }
    return found;
  }

  private static List<String> namesIn(String text) {
    List<String> found = new ArrayList<>();
    for (String name : NAMES) {
      if (text.contains(name)) {
        found.add(name);
      }
    }
    return found;
  }

  static Stream<String> commands() {
    return Stream.of(
        "validate --format text --max-issues 100000",
        "validate --format text --locale en",
        "validate --format json",
        "validate --format html",
        "validate --format junit",
        "validate --format junit --fail-on never",
        "stats --format text",
        "stats --format json",
        "stats --format html",
        "explain duplicate.resident-id",
        "explain branch.max-members --locale en",
        "profiles");
  }

  /** Runs the command with System.err captured (SLF4J's output); returns stdout, stderr and the log together. */
  private static String runCapturingLog(String... args) {
    PrintStream original = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try {
      Result r = Runs.run(args);
      return r.out() + "\n" + r.err() + "\n" + log.toString(StandardCharsets.UTF_8);
    } finally {
      System.setErr(original);
    }
  }

  @ParameterizedTest
  @MethodSource("commands")
  @DisplayName("任何输出格式都不含完整的身份证号、手机号或姓名")
  void noOutputHoldsAFullIdNumberPhoneNumberOrName(String command) {
    String all = runCapturingLog(command.split(" "));
    assertThat(numbersIn(all)).as("full numbers in the output of %s", command).isEmpty();
    assertThat(namesIn(all)).as("full names in the output of %s", command).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("commands")
  @DisplayName("写入文件的报告也不含完整的个人信息")
  void noReportFileHoldsFullPersonalData(String command, @TempDir Path dir) throws IOException {
    if (!command.startsWith("validate") && !command.startsWith("stats")) {
      return; // explain and profiles write to stdout only
    }
    Path out = dir.resolve("report.out");
    String log = runCapturingLog((command + " --out " + out).split(" "));
    String file = Files.readString(out);
    assertThat(file).isNotBlank();
    assertThat(numbersIn(file + log)).as("full numbers in the file of %s", command).isEmpty();
    assertThat(namesIn(file + log)).as("full names in the file of %s", command).isEmpty();
  }

  /**
   * A column shift puts personal data where none is expected: an ID number in an enum field, a phone number as a
   * number, a name in the status field, an ID number as a property name. The reader's messages must not show them.
   */
  @ParameterizedTest
  @MethodSource("commands")
  @DisplayName("错列的个人信息也不出现在任何输出中")
  void personalDataInTheWrongFieldIsMaskedToo(String command, @TempDir Path dir) throws IOException {
    if (!command.startsWith("validate")) {
      return;
    }
    Path city = dir.resolve("shifted");
    Files.createDirectories(city);
    try (var files = Files.list(Runs.sampleCity())) {
      for (Path f : files.toList()) {
        Files.copy(f, city.resolve(f.getFileName()));
      }
    }
    List<String> lines = new ArrayList<>(Files.readAllLines(city.resolve("members.jsonl")));
    JsonNode first = JSON.readTree(lines.get(0));
    JsonNode second = JSON.readTree(lines.get(1));
    String id = first.get("idNumber").asString();
    String phone = first.get("phone").asString();
    String name = second.get("name").asString();
    lines.set(0, lines.get(0).replaceFirst("\"sex\":\"[A-Z]+\"", "\"sex\":\"" + id + "\"")
        .replaceFirst("\"ethnicity\":\"[A-Z]+\"", "\"ethnicity\":" + phone)
        .replaceFirst("\"education\":\"[A-Z_]+\"", "\"education\":\"" + phone + "\""));
    lines.set(1, lines.get(1).replaceFirst("\"status\":\"[A-Z]+\"", "\"status\":\"" + name + "\"")
        .replaceFirst("\\{", "{\"" + id + "\":1,\"birthDate\":\"" + id + "\","));
    Files.write(city.resolve("members.jsonl"), lines);
    String[] args = command.split(" ");
    String[] withCity = new String[args.length + 1];
    withCity[0] = args[0];
    withCity[1] = city.toString();
    System.arraycopy(args, 1, withCity, 2, args.length - 1);
    String all = runCapturingLog(withCity);
    assertThat(all).as("the shifted values are reported").contains("read.");
    String digits = all.toUpperCase(java.util.Locale.ROOT).replaceAll("[^0-9X]", " ");
    assertThat(digits).as("ID number in %s", command).doesNotContain(id.toUpperCase(java.util.Locale.ROOT));
    assertThat(digits).as("phone number in %s", command).doesNotContain(phone);
    assertThat(all).as("name in %s", command).doesNotContain(name);
  }

  @Test
  @DisplayName("--show-personal-data 显式开启后显示完整信息")
  void theOptInShowsFullValues() {
    String masked = runCapturingLog("validate", "--format", "json");
    String shown = runCapturingLog("validate", "--format", "json", "--show-personal-data");
    assertThat(numbersIn(masked)).isEmpty();
    assertThat(numbersIn(shown)).as("the opt-in shows full numbers").isNotEmpty();
    assertThat(namesIn(masked)).isEmpty();
  }
}
