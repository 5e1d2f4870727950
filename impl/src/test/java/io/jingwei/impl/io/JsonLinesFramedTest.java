package io.jingwei.impl.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.impl.json.ReadLimits;
import io.jingwei.member.PartyMember;
import io.jingwei.ref.EntityKind;
import io.jingwei.validation.Issue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Lines cut by {@code frame} and read from one buffer by {@code readFramed} give what {@code read} gives. */
class JsonLinesFramedTest {

  private static final String GOOD =
      "{\"id\":\"M%d\",\"name\":\"张三\",\"status\":\"FULL\",\"standing\":\"NORMAL\",\"organization\":\"O-1\"}";

  @Test
  @DisplayName("切行后在同一缓冲区按偏移读取，与逐行读取的记录、问题、计数一致")
  void framedLinesInOneBufferReadAsTheStreamDoes() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // a BOM before the first line
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      lines.add(String.format(GOOD, i));
    }
    lines.set(3, "{\"id\": broken");
    lines.set(5, "  \t");
    lines.set(7, String.format(GOOD, 7).replace("\"FULL\"", "\"full\""));
    lines.set(9, "\u0000" + String.format(GOOD, 9));
    lines.set(11, String.format(GOOD, 11).replace("}", ",\"zz\":1}"));
    lines.set(13, String.format(GOOD, 13) + " {}");
    lines.set(15, "\"x\":" + "1".repeat(200)); // not an object
    lines.set(17, "{\"id\":\"M17\",\"address\":\"" + "x".repeat(300) + "\"}"); // over the limit below
    for (String line : lines) {
      out.writeBytes((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    byte[] file = out.toByteArray();
    JsonLinesReader<PartyMember> reader =
        JsonLinesReader.of(PartyMember.class, EntityKind.MEMBER).withLimits(ReadLimits.defaults().withMaxRecordBytes(256));

    List<Object> expectedRecords = new ArrayList<>();
    List<Issue> expectedIssues = new ArrayList<>();
    ReadTally expected = reader.read(new ByteArrayInputStream(file), "m.jsonl", expectedRecords::add, expectedIssues::add);

    // a few bytes before the first line: offsets are never 0
    Framed f = Framed.of(reader, file, lines.size(), 7);
    byte[] data = f.data();
    int[] starts = f.starts();
    int[] lengths = f.lengths();
    long[] numbers = f.numbers();
    List<Object> records = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    byte[][] buffers = new byte[lines.size()][];
    byte[] shared = Arrays.copyOf(data, f.used() + 7);
    for (int i = 0; i < f.count(); i++) {
      buffers[i] = i % 3 == 0 ? Arrays.copyOfRange(shared, starts[i], starts[i] + Math.max(0, lengths[i])) : shared;
      if (i % 3 == 0) {
        starts[i] = 0; // a line in an array of its own, the others share one buffer
      }
    }
    ReadTally tally =
        reader.readFramed(buffers, starts, lengths, numbers, f.count(), "m.jsonl", records::add, issues::add);

    assertThat(f.count()).isEqualTo(lines.size());
    assertThat(tally).isEqualTo(expected);
    assertThat(records).isEqualTo(expectedRecords);
    assertThat(issues).isEqualTo(expectedIssues);
    assertThat(expected.unreadable()).isGreaterThanOrEqualTo(6);
    assertThat(expected.blankLines()).isEqualTo(1);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  @DisplayName("同一缓冲区中首尾相接的行共用一个解析器：跨行拼成的对象、尾随内容、空白、断行，结果与逐行读取一致")
  void linesBackToBackInOneBufferReadAsTheStreamDoes(long seed) throws IOException {
    java.util.Random random = new java.util.Random(seed);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String good = String.format(GOOD, i);
      int cut = 1 + random.nextInt(good.length() - 1);
      String line =
          switch (random.nextInt(12)) {
            case 0 -> good.substring(0, cut); // ends inside the object: with the next line it may parse
            case 1 -> good.substring(cut); // the rest of an object begun on the line before
            case 2 -> "  " + good + " \t"; // blanks around it
            case 3 -> good + good; // two objects
            case 4 -> good + "}";
            case 5 -> "";
            case 6 -> good.replace("\"status\"", "\"id\":\"again\",\"status\"");
            case 7 -> "[" + good + "]";
            default -> good;
          };
      lines.add(line);
    }
    // the trap the shared parser must not fall into: two lines that make one object when put together
    lines.set(10, "{\"id\":\"M10\",\"name\":\"张");
    lines.set(11, "三\",\"status\":\"FULL\",\"standing\":\"NORMAL\",\"organization\":\"O-1\"}");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String line : lines) {
      out.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
    byte[] file = out.toByteArray();
    JsonLinesReader<PartyMember> reader = JsonLinesReader.of(PartyMember.class, EntityKind.MEMBER);
    List<Object> expectedRecords = new ArrayList<>();
    List<Issue> expectedIssues = new ArrayList<>();
    ReadTally expected =
        reader.read(new ByteArrayInputStream(file), "m.jsonl", expectedRecords::add, expectedIssues::add);

    Framed f = Framed.of(reader, file, lines.size(), 3); // back to back, no line end between
    byte[] data = f.data();
    int[] starts = f.starts();
    int[] lengths = f.lengths();
    long[] numbers = f.numbers();
    byte[][] buffers = new byte[f.count()][];
    Arrays.fill(buffers, data);
    List<Object> records = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    ReadTally tally = reader.readFramed(buffers, starts, lengths, numbers, f.count(), "m.jsonl", records::add, issues::add);

    assertThat(tally).isEqualTo(expected);
    assertThat(records).isEqualTo(expectedRecords);
    assertThat(issues).isEqualTo(expectedIssues);
    assertThat(issues).anySatisfy(i -> assertThat(i.location().line()).isEqualTo(11)); // the trap's first line
    assertThat(expected.records()).isGreaterThan(100);
  }

  /** The lines of a file as {@code frame} cuts them, copied back to back into one array from an offset. */
  private record Framed(byte[] data, int[] starts, int[] lengths, long[] numbers, int count, int used) {
    static Framed of(JsonLinesReader<?> reader, byte[] file, int lines, int offset) throws IOException {
      byte[] data = new byte[file.length + offset];
      int[] starts = new int[lines];
      int[] lengths = new int[lines];
      long[] numbers = new long[lines];
      int[] n = {0, offset}; // lines, bytes used
      reader.frame(
          new ByteArrayInputStream(file),
          new JsonLinesReader.Lines() {
            @Override
            public void line(long number, byte[] bytes, int length) {
              System.arraycopy(bytes, 0, data, n[1], length);
              starts[n[0]] = n[1];
              lengths[n[0]] = length;
              numbers[n[0]++] = number;
              n[1] += length;
            }

            @Override
            public void tooLong(long number) {
              lengths[n[0]] = -1;
              numbers[n[0]++] = number;
            }
          });
      return new Framed(data, starts, lengths, numbers, n[0], n[1]);
    }
  }
}
