package io.jingwei.impl.standard;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.standard.Standard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input corpus for the profile loader (标准文件恶意输入): every broken file is an {@link
 * InvalidProfileException} naming the file — never a {@link NullPointerException}, {@link ClassCastException},
 * {@link StackOverflowError} or {@link OutOfMemoryError} — and a file that cannot be read at all is an {@link
 * UncheckedIOException}, as {@code Standards.load} documents.
 */
class ProfileHostileInputTest {

  private static final String VALID =
      "format: jingwei-standard/1\nname: city-x\nversion: \"1\"\nextends: national\ntitle: {zh: 某市, en: City X}\n"
          + "rules:\n  - id: branch.max-members\n    params: {max: 40}\n";

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  static Stream<Arguments> brokenProfiles() {
    byte[] garbage = new byte[4096];
    new Random(11).nextBytes(garbage);
    return Stream.of(
        Arguments.of("truncated", VALID.substring(0, 60).getBytes(UTF_8)),
        Arguments.of("binary garbage", garbage),
        Arguments.of("line beyond 1 MiB", ("name: \"" + "x".repeat(2 << 20) + "\"\n").getBytes(UTF_8)),
        Arguments.of("line number beyond long", VALID.replace("{max: 40}", "{max: 40}\n    examples:\n      - valid: false\n"
            + "        data: \"{}\"\n        expected: [{code: a.b, line: 99999999999999999999999}]").getBytes(UTF_8)),
        Arguments.of("example file outside its directory", VALID.replace("{max: 40}", "{max: 40}\n    examples:\n      - valid: true\n"
            + "        files: {\"../../etc/passwd\": \"x\"}").getBytes(UTF_8)),
        Arguments.of("example file not text", VALID.replace("{max: 40}", "{max: 40}\n    examples:\n      - valid: true\n"
            + "        files: {\"党员.csv\": [1, 2]}").getBytes(UTF_8)),
        Arguments.of("example with two forms", VALID.replace("{max: 40}", "{max: 40}\n    examples:\n      - valid: true\n"
            + "        data: \"{}\"\n        files: {\"党员.csv\": \"x\"}").getBytes(UTF_8)),
        Arguments.of("nesting beyond 64", (VALID + "description: " + "[".repeat(5000) + "]".repeat(5000) + "\n").getBytes(UTF_8)),
        Arguments.of("block nesting beyond 64", nestedBlocks(3000)),
        Arguments.of("huge number", VALID.replace("{max: 40}", "{max: " + "9".repeat(5000) + "}").getBytes(UTF_8)),
        Arguments.of("huge exponent", VALID.replace("{max: 40}", "{max: 1e999999999}").getBytes(UTF_8)),
        Arguments.of("invalid UTF-8", concat(VALID.getBytes(UTF_8), new byte[] {'x', ':', ' ', (byte) 0xC3, 0x28, '\n'})),
        Arguments.of("duplicate keys", (VALID + "name: again\n").getBytes(UTF_8)),
        Arguments.of("NUL bytes", VALID.replace("City X", "City\u0000X").getBytes(UTF_8)),
        Arguments.of("alias bomb", aliasBomb()),
        Arguments.of("empty", new byte[0]),
        Arguments.of("a list, not a mapping", "- a\n- b\n".getBytes(UTF_8)),
        Arguments.of("wrong types everywhere", "name: [1]\nversion: {a: 1}\ntitle: 7\nrules: {x: 1}\n".getBytes(UTF_8)),
        Arguments.of("rules of the wrong shape", (VALID + "  - 7\n  - [1]\n  - id: {a: b}\n").getBytes(UTF_8)));
  }

  private static byte[] nestedBlocks(int depth) {
    StringBuilder sb = new StringBuilder(VALID).append("description:\n");
    for (int i = 1; i <= depth; i++) {
      sb.append(" ".repeat(i)).append("k:\n");
    }
    return sb.toString().getBytes(UTF_8);
  }

  private static byte[] aliasBomb() {
    StringBuilder sb = new StringBuilder(VALID).append("description: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 12; i++) {
      sb.append("k").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        sb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      sb.append("]\n");
    }
    return sb.toString().getBytes(UTF_8);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenProfiles")
  @DisplayName("损坏的标准文件给出指明文件的异常")
  void aBrokenProfileIsAnInvalidProfileExceptionNamingTheFile(String name, byte[] bytes, @TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("city-x.yaml");
    Files.write(file, bytes);
    assertThatThrownBy(() -> DefaultStandards.shipped().load(file))
        .isInstanceOf(InvalidProfileException.class)
        .satisfies(e -> assertThat(((InvalidProfileException) e).origin()).isEqualTo(file.toAbsolutePath().toString()));
  }

  @Test
  void aSpreadsheetExampleLoadsAndTheBrokenOnesFailOnTheirExample(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("city-x.yaml");
    String example = "{max: 40}\n    examples:\n      - valid: true\n        files: {\"党员.csv\": \"党员编号,姓名\\nM001,张三\\n\"}";
    Files.write(file, VALID.replace("{max: 40}", example).getBytes(UTF_8));
    Standard s = DefaultStandards.shipped().load(file);
    assertThat(s.rules()).flatExtracting(r -> r.examples())
        .anyMatch(e -> e.files().equals(java.util.Map.of("党员.csv", "党员编号,姓名\nM001,张三\n")));
    Files.write(file, VALID.replace("{max: 40}", example.replace("党员.csv", "../党员.csv")).getBytes(UTF_8));
    assertThatThrownBy(() -> DefaultStandards.shipped().load(file))
        .isInstanceOf(InvalidProfileException.class)
        .hasMessageContaining("examples[0]");
  }

  @Test
  void aByteOrderMarkAndCrLfLineEndsAreAccepted(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("city-x.yaml");
    Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, VALID.replace("\n", "\r\n").getBytes(UTF_8)));
    Standard s = DefaultStandards.shipped().load(file);
    assertThat(s.name()).isEqualTo("city-x");
  }

  @Test
  void aJsonProfileThatLooksLikeUtf32IsAnInvalidProfileException(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("city-x.json");
    Files.write(file, concat(new byte[] {0, 0, 0, '{'}, "\"name\":\"x\"}".getBytes(UTF_8)));
    assertThatThrownBy(() -> DefaultStandards.shipped().load(file)).isInstanceOf(InvalidProfileException.class);
  }

  @Test
  void aDirectoryOrADanglingLinkIsAnUncheckedIoException(@TempDir Path dir) throws IOException {
    Path directory = Files.createDirectory(dir.resolve("dir.yaml"));
    assertThatThrownBy(() -> DefaultStandards.shipped().load(directory)).isInstanceOf(UncheckedIOException.class);
    Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), dir.resolve("nowhere.yaml"));
    assertThatThrownBy(() -> DefaultStandards.shipped().load(link)).isInstanceOf(UncheckedIOException.class);
  }
}
