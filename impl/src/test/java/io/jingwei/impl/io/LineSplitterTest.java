package io.jingwei.impl.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LineSplitterTest {

  private static int naive(byte[] a, int from, int to) {
    for (int i = from; i < to; i++) {
      if (a[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  @Test
  @DisplayName("按 16/8 字节查找换行符：与逐字节查找结果相同（任意起止、对齐、尾部、相邻字节值）")
  void newlineSearchAgreesWithAByteLoop() {
    Random random = new Random(1130);
    // bytes around '\n' (0x0A) and those with the high bit set are where a word trick could go wrong
    byte[] alphabet = {0x09, 0x0A, 0x0B, 0x00, 0x01, (byte) 0x8A, (byte) 0xFF, (byte) 0x80, 0x7F, 'a', '{', '"'};
    for (int round = 0; round < 20_000; round++) {
      byte[] a = new byte[random.nextInt(72)]; // past two sixteen-byte steps
      double newlines = random.nextDouble() * 0.2;
      for (int i = 0; i < a.length; i++) {
        a[i] = random.nextDouble() < newlines ? (byte) '\n' : alphabet[random.nextInt(alphabet.length)];
        if (a[i] == '\n' && random.nextDouble() > newlines) {
          a[i] = (byte) random.nextInt(256);
        }
      }
      int from = a.length == 0 ? 0 : random.nextInt(a.length + 1);
      int to = from + random.nextInt(a.length - from + 1);
      assertThat(LineSplitter.indexOfNewline(a, from, to)).as("%s [%d, %d)", java.util.Arrays.toString(a), from, to)
          .isEqualTo(naive(a, from, to));
    }
  }

  @Test
  @DisplayName("每个位置上的唯一换行符都被找到；没有换行符时为 -1")
  void aSingleNewlineIsFoundAtEveryPosition() {
    for (int length = 0; length <= 49; length++) {
      byte[] a = new byte[length];
      java.util.Arrays.fill(a, (byte) 0x0B);
      assertThat(LineSplitter.indexOfNewline(a, 0, length)).isEqualTo(-1);
      for (int at = 0; at < length; at++) {
        a[at] = '\n';
        for (int from = 0; from <= at; from++) {
          assertThat(LineSplitter.indexOfNewline(a, from, length)).isEqualTo(at);
          assertThat(LineSplitter.indexOfNewline(a, from, at)).isEqualTo(-1); // the end excluded
        }
        a[at] = 0x0B;
      }
    }
  }

  @Test
  @DisplayName("按 8 字节查找引号或反斜杠：与逐字节查找结果相同（含多字节 UTF-8 字节、起点越过终点）")
  void quoteOrBackslashSearchAgreesWithAByteLoop() {
    Random random = new Random(1201);
    byte[] alphabet = {'"', '\\', 0x21, 0x23, 0x5B, 0x5D, 0x00, (byte) 0xA2, (byte) 0xDC, (byte) 0xE4, (byte) 0xFF, 'a'};
    for (int round = 0; round < 20_000; round++) {
      byte[] a = new byte[random.nextInt(40)];
      double marks = random.nextDouble() * 0.3;
      for (int i = 0; i < a.length; i++) {
        a[i] = alphabet[random.nextDouble() < marks ? random.nextInt(2) : 2 + random.nextInt(alphabet.length - 2)];
      }
      int from = a.length == 0 ? 0 : random.nextInt(a.length + 1);
      int to = from + random.nextInt(a.length - from + 1);
      int expected = to;
      for (int i = from; i < to; i++) {
        if (a[i] == '"' || a[i] == '\\') {
          expected = i;
          break;
        }
      }
      assertThat(LineSplitter.indexOfQuoteOrBackslash(a, from, to))
          .as("%s [%d, %d)", java.util.Arrays.toString(a), from, to)
          .isEqualTo(expected);
    }
    byte[] a = "ab\\".getBytes(StandardCharsets.UTF_8);
    assertThat(LineSplitter.indexOfQuoteOrBackslash(a, 4, 3)).isEqualTo(4); // past the end: where it starts
  }

  @Test
  @DisplayName("分行：CRLF、行首 BOM、末行无换行、超长行只报行号与长度")
  void splitsLines() throws IOException {
    byte[] text =
        ("\uFEFFfirst\r\nsecond\n\n" + "x".repeat(100) + "\nlast").getBytes(StandardCharsets.UTF_8);
    List<String> seen = new ArrayList<>();
    new LineSplitter(50)
        .split(
            new ByteArrayInputStream(text),
            new LineSplitter.Handler() {
              @Override
              public void line(long number, byte[] bytes, int length) {
                seen.add(number + ":" + new String(bytes, 0, length, StandardCharsets.UTF_8));
              }

              @Override
              public void tooLong(long number, long length) {
                seen.add(number + ":too long " + length);
              }
            });
    assertThat(seen).containsExactly("1:first", "2:second", "3:", "4:too long 100", "5:last");
  }
}
