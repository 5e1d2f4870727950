package io.jingwei.impl.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jingwei.division.DivisionCode;
import io.jingwei.grid.GridCode;
import io.jingwei.id.CreditCode;
import io.jingwei.id.MobileNumber;
import io.jingwei.id.ResidentIdNumber;
import io.jingwei.time.PartialDate;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class JingweiModuleTest {

  /** A record holding one of each value type. */
  record AllValues(
      @Nullable ResidentIdNumber idNumber,
      @Nullable CreditCode creditCode,
      @Nullable MobileNumber phone,
      @Nullable DivisionCode division,
      @Nullable GridCode grid,
      @Nullable PartialDate year,
      @Nullable PartialDate month,
      @Nullable PartialDate day) {}

  private static final String ALL_JSON =
      "{\"idNumber\":\"11010519491231002X\",\"creditCode\":\"91330100716105852F\",\"phone\":\"13812345678\","
          + "\"division\":\"450103\",\"grid\":\"450103001001001\",\"year\":\"2021\",\"month\":\"2021-05\","
          + "\"day\":\"2021-05-01\"}";

  private final JsonMapper mapper = JingweiJson.mapper();

  /** Whether the identifier parsers are the real ones (the stubs accept anything). */
  static boolean realIdentifierParsers() {
    return !ResidentIdNumber.isValid("110105194912310021");
  }

  /** Whether the partial-date parser is the real one (the stub accepts anything). */
  static boolean realPartialDateParser() {
    try {
      PartialDate.parse("2021-13-45");
      return false;
    } catch (RuntimeException e) {
      return true;
    }
  }

  @Test
  @DisplayName("值类型写为字符串")
  void writesEveryValueTypeAsItsText() {
    AllValues values =
        new AllValues(
            ResidentIdNumber.parse("11010519491231002X"),
            CreditCode.parse("91330100716105852F"),
            MobileNumber.parse("13812345678"),
            DivisionCode.parse("450103"),
            GridCode.parse("450103001001001"),
            PartialDate.parse("2021"),
            PartialDate.parse("2021-05"),
            PartialDate.parse("2021-05-01"));
    assertThat(mapper.writeValueAsString(values)).isEqualTo(ALL_JSON);
  }

  @Test
  void readsEveryValueTypeBackFromItsText() {
    AllValues read = mapper.readValue(ALL_JSON, AllValues.class);
    assertThat(read.idNumber().value()).isEqualTo("11010519491231002X");
    assertThat(read.creditCode().value()).isEqualTo("91330100716105852F");
    assertThat(read.phone().value()).isEqualTo("13812345678");
    assertThat(read.division().value()).isEqualTo("450103");
    assertThat(read.grid().value()).isEqualTo("450103001001001");
    assertThat(read.year()).hasToString("2021");
    assertThat(read.month()).hasToString("2021-05");
    assertThat(read.day()).hasToString("2021-05-01");
    assertThat(mapper.writeValueAsString(read)).isEqualTo(ALL_JSON);
  }

  @Test
  void readsNullAsNull() {
    AllValues read = mapper.readValue("{\"idNumber\":null,\"day\":null}", AllValues.class);
    assertThat(read.idNumber()).isNull();
    assertThat(read.day()).isNull();
  }

  @Test
  void writesMapKeysAsTheFullText() {
    Map<DivisionCode, Integer> byCode = new TreeMap<>();
    byCode.put(DivisionCode.parse("450103"), 2);
    byCode.put(DivisionCode.parse("450102"), 1);
    String json = mapper.writeValueAsString(byCode);
    assertThat(json).isEqualTo("{\"450102\":1,\"450103\":2}");
    Map<ResidentIdNumber, String> byId = Map.of(ResidentIdNumber.parse("11010519491231002X"), "m1");
    assertThat(mapper.writeValueAsString(byId)).isEqualTo("{\"11010519491231002X\":\"m1\"}");
  }

  @Test
  void readsMapKeysThroughTheParser() {
    Map<GridCode, Integer> read =
        mapper.readValue(
            "{\"450103001001001\":3}",
            mapper.getTypeFactory().constructMapType(Map.class, GridCode.class, Integer.class));
    assertThat(read.keySet()).extracting(GridCode::value).containsExactly("450103001001001");
  }

  @Test
  void rejectsValuesThatAreNotStrings() {
    for (String json :
        List.of("{\"idNumber\":110105194912310021}", "{\"year\":2021}", "{\"division\":[\"450103\"]}", "{\"phone\":{}}")) {
      assertThatThrownBy(() -> mapper.readValue(json, AllValues.class))
          .as(json)
          .isInstanceOf(MismatchedInputException.class)
          .isNotInstanceOf(InvalidValueException.class);
    }
  }

  @Test
  void knowsWhichValueTypesArePersonalData() {
    assertThat(JingweiModule.isPersonal(ResidentIdNumber.class)).isTrue();
    assertThat(JingweiModule.isPersonal(MobileNumber.class)).isTrue();
    assertThat(JingweiModule.isPersonal(CreditCode.class)).isFalse();
    assertThat(JingweiModule.isPersonal(PartialDate.class)).isFalse();
    assertThat(JingweiModule.handles(GridCode.class)).isTrue();
    assertThat(JingweiModule.handles(String.class)).isFalse();
  }

  @Test
  void isFoundByTheServiceLoader() {
    assertThat(ServiceLoader.load(JacksonModule.class).stream().map(ServiceLoader.Provider::type))
        .contains(JingweiModule.class);
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertThat(found.writeValueAsString(DivisionCode.parse("450103"))).isEqualTo("\"450103\"");
  }

  @Test
  @DisplayName("身份证号校验位错误：异常带原因且不含完整号码")
  void rejectsAnIdNumberWithAWrongCheckCharacterWithoutShowingIt() {
    assumeTrue(realIdentifierParsers(), "needs the real ResidentIdNumber parser");
    assertThatThrownBy(() -> mapper.readValue("{\"idNumber\":\"110105194912310021\"}", AllValues.class))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.reason()).contains("CHECKSUM");
              assertThat(e.valueTypeName()).isEqualTo("ResidentIdNumber");
              assertThat(e.getMessage()).doesNotContain("110105194912310021");
              assertThat(e.shownValue()).doesNotContain("110105194912310021");
              assertThat(e.getPathReference()).contains("idNumber");
            });
  }

  @Test
  void rejectsAnImpossiblePartialDateShowingIt() {
    assumeTrue(realPartialDateParser(), "needs the real PartialDate parser");
    assertThatThrownBy(() -> mapper.readValue("{\"day\":\"2021-13-45\"}", AllValues.class))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.valueTypeName()).isEqualTo("PartialDate");
              assertThat(e.shownValue()).isEqualTo("2021-13-45");
            });
  }
}
