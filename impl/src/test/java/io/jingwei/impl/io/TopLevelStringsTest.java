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
}
