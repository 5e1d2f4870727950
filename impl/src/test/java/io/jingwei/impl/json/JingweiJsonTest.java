package io.jingwei.impl.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

class JingweiJsonTest {

  enum Kind {
    BRANCH,
    GENERAL_BRANCH
  }

  /** Components deliberately not in alphabetical order. */
  record Sample(
      String zeta,
      @Nullable String alpha,
      String empty,
      List<String> tags,
      Map<String, Integer> counts,
      int grade,
      boolean active,
      @Nullable LocalDate day,
      @Nullable BigDecimal area,
      @Nullable Kind kind,
      @Nullable Double ratio) {}

  /** A record with derived methods that look like bean getters. */
  record Derived(String name, int size) {
    public boolean isLarge() {
      return size > 5;
    }

    public String getLabel() {
      return "label " + name;
    }
  }

  private final JsonMapper mapper = JingweiJson.mapper();

  @Test
  void writesOnlyRecordComponents() {
    String json = mapper.writeValueAsString(new Derived("a", 9));
    assertThat(json).isEqualTo("{\"name\":\"a\",\"size\":9}");
    assertThat(mapper.readValue(json, Derived.class)).isEqualTo(new Derived("a", 9));
  }

  private static Sample sample() {
    return new Sample(
        "组织",
        null,
        "",
        List.of(),
        Map.of("b", 2, "a", 1),
        3,
        false,
        LocalDate.of(2021, 5, 1),
        new BigDecimal("350.00"),
        Kind.BRANCH,
        null);
  }

  @Test
  @DisplayName("输出确定：按记录组件顺序，省略 null 与空集合，保留空字符串")
  void writesDeterministically() {
    assertThat(mapper.writeValueAsString(sample()))
        .isEqualTo(
            "{\"zeta\":\"组织\",\"empty\":\"\",\"counts\":{\"a\":1,\"b\":2},\"grade\":3,\"active\":false,"
                + "\"day\":\"2021-05-01\",\"area\":350.00,\"kind\":\"BRANCH\"}");
  }

  @Test
  void writesTheSameBytesEveryTime() {
    byte[] first = mapper.writeValueAsBytes(sample());
    for (int i = 0; i < 10; i++) {
      assertThat(JingweiJson.mapper(ReadLimits.defaults()).writeValueAsBytes(sample())).isEqualTo(first);
    }
  }

  @Test
  void writesNonAsciiAsUtf8() {
    byte[] bytes = mapper.writeValueAsBytes(sample());
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("组织").doesNotContain("\\u");
  }

  @Test
  void readsBackWhatItWrites() {
    Sample read = mapper.readValue(mapper.writeValueAsString(sample()), Sample.class);
    assertThat(read.counts()).isEqualTo(Map.of("a", 1, "b", 2));
    assertThat(read.area()).isEqualTo(new BigDecimal("350.00"));
    assertThat(read.day()).isEqualTo(LocalDate.of(2021, 5, 1));
    assertThat(read.kind()).isEqualTo(Kind.BRANCH);
  }

  @Test
  void rejectsUnknownProperties() {
    assertThatThrownBy(() -> mapper.readValue("{\"zeta\":\"a\",\"extra\":1}", Sample.class))
        .isInstanceOf(UnrecognizedPropertyException.class);
  }

  @Test
  void rejectsDuplicateKeys() {
    assertThatThrownBy(() -> mapper.readValue("{\"zeta\":\"a\",\"zeta\":\"b\"}", Sample.class))
        .isInstanceOf(StreamReadException.class);
  }

  @Test
  void coercesNoScalars() {
    for (String json :
        List.of(
            "{\"zeta\":5}",
            "{\"grade\":\"5\"}",
            "{\"grade\":5.5}",
            "{\"grade\":null}",
            "{\"active\":\"true\"}",
            "{\"active\":1}",
            "{\"kind\":0}",
            "{\"day\":20210501}",
            "{\"area\":\"12.5\"}",
            "{\"tags\":\"a\"}")) {
      assertThatThrownBy(() -> mapper.readValue(json, Sample.class)).as(json).isInstanceOf(MismatchedInputException.class);
    }
  }

  @Test
  void acceptsAnIntegerForADecimal() {
    assertThat(mapper.readValue("{\"area\":12,\"ratio\":1}", Sample.class).area()).isEqualByComparingTo("12");
  }

  @Test
  void rejectsContentAfterTheDocument() {
    assertThatThrownBy(() -> mapper.readValue("{\"zeta\":\"a\"} {}", Sample.class))
        .isInstanceOf(MismatchedInputException.class);
  }

  @Test
  @DisplayName("嵌套深度 10000 被拒绝")
  void rejectsANestingBomb() {
    String bomb = "[".repeat(10_000) + "]".repeat(10_000);
    assertThatThrownBy(() -> mapper.readTree(bomb)).isInstanceOf(StreamConstraintsException.class);
  }

  @Test
  void rejectsStringsOverTheLimit() {
    String json = "{\"zeta\":\"" + "x".repeat(ReadLimits.DEFAULT_MAX_STRING_LENGTH + 1) + "\"}";
    assertThatThrownBy(() -> mapper.readValue(json, Sample.class)).isInstanceOf(StreamConstraintsException.class);
  }

  @Test
  void rejectsNumbersOverTheLimit() {
    String json = "{\"grade\":" + "1".repeat(ReadLimits.DEFAULT_MAX_NUMBER_LENGTH + 1) + "}";
    assertThatThrownBy(() -> mapper.readValue(json, Sample.class)).isInstanceOf(StreamConstraintsException.class);
  }

  @Test
  void rejectsDocumentsOverTheRecordSize() {
    JsonMapper small = JingweiJson.mapper(ReadLimits.defaults().withMaxRecordBytes(100));
    String json = "{\"zeta\":\"" + "x".repeat(200) + "\"}";
    assertThatThrownBy(() -> small.readValue(json.getBytes(StandardCharsets.UTF_8), Sample.class))
        .isInstanceOf(StreamConstraintsException.class);
  }

  @Test
  void appliesConfiguredLimits() {
    JsonMapper shallow = JingweiJson.mapper(ReadLimits.defaults().withMaxNestingDepth(3));
    assertThat(shallow.readTree("[[[1]]]").size()).isEqualTo(1);
    assertThatThrownBy(() -> shallow.readTree("[[[[1]]]]")).isInstanceOf(StreamConstraintsException.class);
  }

  @Test
  void theDocumentMapperDoesNotLimitTheDocumentSize() {
    JsonMapper document = JingweiJson.datasetDocumentMapper(ReadLimits.defaults().withMaxRecordBytes(100));
    String json = "[\"" + "x".repeat(80) + "\",\"" + "y".repeat(80) + "\"]";
    assertThat(document.readTree(json.getBytes(StandardCharsets.UTF_8)).size()).isEqualTo(2);
  }

  @Test
  void hasNoPolymorphicDefaultTyping() {
    Object read = mapper.readValue("[\"java.lang.ProcessBuilder\",{\"command\":[\"true\"]}]", Object.class);
    assertThat(read).isInstanceOf(List.class);
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxNestingDepth(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxRecordBytes(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("相同读取限制共用同一映射器（反序列化器只建一次），不同限制各有其映射器")
  void equalLimitsShareOneMapperAndOtherLimitsGetTheirOwn() {
    ReadLimits defaults = ReadLimits.defaults();
    ReadLimits equal =
        new ReadLimits(
            defaults.maxNestingDepth(),
            defaults.maxStringLength(),
            defaults.maxNumberLength(),
            defaults.maxNameLength(),
            defaults.maxRecordTokens(),
            defaults.maxRecordBytes());
    ReadLimits shallow =
        new ReadLimits(
            2,
            defaults.maxStringLength(),
            defaults.maxNumberLength(),
            defaults.maxNameLength(),
            defaults.maxRecordTokens(),
            defaults.maxRecordBytes());
    assertThat(JingweiJson.mapper(equal)).isSameAs(JingweiJson.mapper(defaults)).isSameAs(JingweiJson.mapper());
    assertThat(JingweiJson.mapper(shallow)).isNotSameAs(JingweiJson.mapper(defaults));
    assertThat(JingweiJson.datasetDocumentMapper(equal))
        .isSameAs(JingweiJson.datasetDocumentMapper(defaults))
        .isNotSameAs(JingweiJson.mapper(defaults));
    // each keeps its own limits
    assertThat(JingweiJson.mapper(shallow).tokenStreamFactory().streamReadConstraints().getMaxNestingDepth())
        .isEqualTo(2);
    assertThat(JingweiJson.mapper(defaults).tokenStreamFactory().streamReadConstraints().getMaxNestingDepth())
        .isEqualTo(defaults.maxNestingDepth());
    assertThatThrownBy(() -> JingweiJson.mapper(shallow).readTree("[[[1]]]"))
        .isInstanceOf(StreamConstraintsException.class);
    assertThat(JingweiJson.mapper(defaults).readTree("[[[1]]]").get(0).get(0).get(0).intValue()).isEqualTo(1);
  }
}
