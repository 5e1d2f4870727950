package io.jingwei.impl.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopLevelStringsTest {

  private static final TopLevelStrings SCAN = TopLevelStrings.of("id", "idNumber");

  private static String[] values(String line) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    return SCAN.values(bytes, bytes.length);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "{\"id\":\"M1\",\"idNumber\":\"45010219800101001X\"}|M1|45010219800101001X",
        "{ \"name\" : \"x\" , \"id\" : \"M2\" }|M2|NULL",
        "{\"timeline\":{\"id\":\"inner\",\"x\":[{\"id\":\"deeper\"}]},\"id\":\"M3\"}|M3|NULL",
        "{\"note\":\"\\\"id\\\":\\\"fake\\\"\",\"id\":\"M4\"}|M4|NULL",
        "{\"\\u0069d\":\"M5\"}|M5|NULL",
        "{\"id\":\"M\\u0036\"}|M6|NULL",
        "{\"id\":\"M7\",\"id\":\"M8\"}|M7|NULL",
        "{\"id\":7,\"idNumber\":[\"1\"]}|NULL|NULL",
        "{\"id\":\"M9\", broken|M9|NULL",
        "[\"id\",\"M10\"]|NULL|NULL",
        "{\"id\":\"党员1\"}|党员1|NULL"
      })
  void findsTheFirstTopLevelStringOfEachNameAsTheParserWould(String line, String id, String idNumber) {
    assertThat(values(line)).containsExactly(id, idNumber);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "{\"id\":\"M1\",\"idNumber\":\"45010219800101001X\"}|M1|true|45010219800101001X|true",
        "{\"id\":\"党员1\"}|党员1|true|NULL|false",
        "{\"id\":\"M\\u0036\",\"idNumber\":\"1\"}|M6|false|1|false",
        "{\"idNumber\":\"2\"}|NULL|false|2|true",
        "{\"id\":7}|NULL|false|NULL|false"
      })
  @org.junit.jupiter.api.DisplayName("scanValues: a value written without escapes stays bytes of the line, the rest strings")
  void valuesKeepPlainValuesAsBytes(String line, String id, boolean idPlain, String idNumber, boolean idNumberPlain)
      throws java.io.IOException {
    java.util.List<String> seen = new java.util.ArrayList<>();
    SCAN.scanValues(
        new java.io.ByteArrayInputStream(("\n" + line + "\n").getBytes(StandardCharsets.UTF_8)),
        (number, values) -> {
          assertThat(number).isEqualTo(2);
          assertThat(values.has(0)).isEqualTo(id != null);
          assertThat(values.has(1)).isEqualTo(idNumber != null);
          assertThat(values.plain(0)).isEqualTo(idPlain);
          assertThat(values.plain(1)).isEqualTo(idNumberPlain);
          for (int i = 0; i < 2; i++) {
            if (values.plain(i)) {
              String fromBytes =
                  new String(values.bytes(), values.start(i), values.end(i) - values.start(i), StandardCharsets.UTF_8);
              assertThat(fromBytes).isEqualTo(values.string(i));
            }
          }
          assertThat(new String(values.bytes(), 0, values.length(), StandardCharsets.UTF_8)).isEqualTo(line);
          seen.add(values.string(0) + "|" + values.string(1));
        });
    assertThat(seen).containsExactly(id + "|" + idNumber);
  }
}
