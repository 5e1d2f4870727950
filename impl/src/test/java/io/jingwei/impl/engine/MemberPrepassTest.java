package io.jingwei.impl.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemberPrepassTest {

  @TempDir Path dir;

  private static String idNumber(int n) {
    String body = String.format("45010319800101%03d", n % 1000);
    return body + "X";
  }

  /** A members file with duplicates near and far, blank lines, a broken line, a BOM and no final line end. */
  private Path file(Random random) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      int id = random.nextInt(100) == 0 ? random.nextInt(i + 1) : i; // about 1 % repeated ids
      int number = random.nextInt(150) == 0 ? random.nextInt(i + 1) : 5000 + i;
      lines.add("{\"id\":\"M" + id + "\",\"name\":\"x\",\"idNumber\":\"" + idNumber(number) + "\",\"status\":\"FULL\"}");
      if (random.nextInt(200) == 0) {
        lines.add(random.nextBoolean() ? "" : "{\"id\": broken");
      }
    }
    Path out = dir.resolve("members-" + random.nextInt() + ".jsonl");
    Files.writeString(out, "\uFEFF" + String.join("\n", lines), StandardCharsets.UTF_8);
    return out;
  }

  /** How many distinct values after the prefix occur on more than one line of the file (the truth, by text). */
  private static long repeated(Path file, String prefix, String valueStart) throws IOException {
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int at = line.indexOf(prefix + valueStart);
      if (at >= 0 && line.startsWith("{\"id\":", line.charAt(0) == '\uFEFF' ? 1 : 0)) {
        int from = at + prefix.length();
        counts.merge(line.substring(from, line.indexOf('"', from)), 1, Integer::sum);
      }
    }
    return counts.values().stream().filter(n -> n > 1).count();
  }

  @Test
  @DisplayName("预扫描按行尾切成几段同时扫：重复编号、重复身份证号、行数与单线程一致")
  void partsScannedAtOnceFindTheSameCandidates() throws IOException {
    Random random = new Random(5);
    for (int round = 0; round < 3; round++) {
      Path file = file(random);
      MemberPrepass one = MemberPrepass.scan(file, dir, 64, 1, 0);
      assertThat(one.duplicateIds().size()).isEqualTo(repeated(file, "\"id\":\"", "M"));
      assertThat(one.duplicateIdNumbers().size()).isEqualTo(repeated(file, "\"idNumber\":\"", ""));
      for (int threads = 2; threads <= 5; threads++) {
        MemberPrepass many = MemberPrepass.scan(file, dir, 64, threads, 0);
        assertThat(many.lines()).isEqualTo(one.lines());
        assertThat(many.duplicateIds().size()).isEqualTo(one.duplicateIds().size());
        assertThat(many.duplicateIdNumbers().size()).isEqualTo(one.duplicateIdNumbers().size());
        for (int id = 0; id < 3000; id++) {
          long key = MemberPrepass.memberKey("M" + id);
          assertThat(many.duplicateIds().contains(key)).isEqualTo(one.duplicateIds().contains(key));
        }
        for (int n = 0; n < 8000; n++) {
          long key = MemberPrepass.idNumberKey(idNumber(n));
          assertThat(many.duplicateIdNumbers().contains(key)).isEqualTo(one.duplicateIdNumbers().contains(key));
        }
      }
    }
    try (var left = Files.list(dir)) {
      assertThat(left.filter(p -> p.toString().endsWith(".run"))).isEmpty();
    }
  }

  /** The key of the text's UTF-8 bytes, placed at an offset in a larger buffer. */
  private static long[] keysOfBytes(String text) {
    byte[] content = text.getBytes(StandardCharsets.UTF_8);
    byte[] buffer = new byte[content.length + 7];
    java.util.Arrays.fill(buffer, (byte) '"');
    System.arraycopy(content, 0, buffer, 3, content.length);
    return new long[] {
      MemberPrepass.memberKey(buffer, 3, 3 + content.length), MemberPrepass.idNumberKey(buffer, 3, 3 + content.length)
    };
  }

  @Test
  @DisplayName("编号与身份证号的键从字节算与从字符串算相同：ASCII、NUL、中文、全角数字、各种长度")
  void keysFromBytesEqualKeysFromStrings() {
    List<String> texts =
        new ArrayList<>(
            List.of(
                "", "M", "M0000001", "M00000012", "M000000123", "O-450103001001-B1", "a\u0000b", "\u0000",
                "党员1", "M\u00e91", "450103198001010011", "45010319800101001X", "45010319800101001x",
                "45010319800101001Y", "4501031980010100１1", "45010319800101001１", "4501031980010100111",
                "45010319800101001", "４50103198001010011", "45010319800101001Ｘ"));
    Random random = new Random(11);
    String alphabet = "0123456789XxMO-_ 党员·é\u0000\u007f";
    for (int i = 0; i < 5000; i++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(i % 2 == 0 ? 20 : 19);
      for (int k = 0; k < n; k++) {
        b.append(i % 3 == 0 ? (char) ('0' + random.nextInt(10)) : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(b.toString());
    }
    for (String text : texts) {
      long[] fromBytes = keysOfBytes(text);
      assertThat(fromBytes[0]).as("memberKey of %s", text).isEqualTo(MemberPrepass.memberKey(text));
      assertThat(fromBytes[1]).as("idNumberKey of %s", text).isEqualTo(MemberPrepass.idNumberKey(text));
    }
    assertThat(keysOfBytes("45010319800101001X")[1]).isNotZero(); // the numbers are keyed, not all zero
    assertThat(keysOfBytes("M0000001")[0]).isPositive(); // short ASCII ids are packed
    assertThat(keysOfBytes("党员1")[0]).isNegative(); // others hashed
  }
}
