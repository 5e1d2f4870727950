package io.jingwei.impl.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.impl.json.JingweiJson;
import io.jingwei.member.PartyMember;
import io.jingwei.ref.EntityKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JsonParser;

class FastRecordBinderTest {

  private static final String MEMBER =
      "{\"id\":\"M1\",\"name\":\"张三\",\"sex\":\"MALE\",\"birthDate\":\"1971-11-16\",\"ethnicity\":\"ZHUANG\","
          + "\"idNumber\":\"11010519491231002X\",\"phone\":\"13800138000\",\"status\":\"FULL\","
          + "\"standing\":\"NORMAL\",\"onPartyProbation\":false,\"rightsSuspended\":false,\"organization\":\"O-1\","
          + "\"timeline\":{\"admittedOn\":\"2010-06\",\"introducers\":[{\"name\":\"王志\"},{\"member\":\"M2\"}],"
          + "\"extension\":{\"decidedOn\":\"2011-06-30\",\"months\":6},\"convertedOn\":\"2012\"},"
          + "\"mobility\":{\"mobile\":true,\"destination\":\"深圳\",\"fixedPlace\":false},"
          + "\"approvals\":[{\"reference\":\"青组〔2021〕3号\",\"rule\":\"member.x\"}],\"lastDuesPaidOn\":\"2022-05\"}";

  private static @Nullable Object bind(Class<?> type, String json) throws Exception {
    FastRecordBinder binder = FastRecordBinder.of(type);
    assertThat(binder).isNotNull();
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    // as RecordBinder parses for it: without the parser's duplicate detection, the binder's own must hold
    try (JsonParser p =
        JingweiJson.mapper()
            .reader()
            .without(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .createParser(bytes, 0, bytes.length)) {
      p.nextToken();
      return binder.bind(p);
    }
  }

  @Test
  @DisplayName("党员类型可编译快速绑定（否则流式校验退回数据绑定：慢，但结果不变）")
  void theMemberTypeCompiles() {
    assertThat(FastRecordBinder.of(EntityTypes.all().get(EntityKind.MEMBER))).isNotNull();
  }

  @Test
  @DisplayName("快速路径的解析器不做 Jackson 的重复属性检测（每个对象一个集合），严格路径照做")
  void theFastPathParsesWithoutDuplicateDetection() {
    RecordBinder<PartyMember> binder = RecordBinder.of(PartyMember.class, EntityKind.MEMBER);
    assertThat(binder.fastParsers.isEnabled(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION))
        .isFalse();
    assertThat(JingweiJson.mapper().isEnabled(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION))
        .isTrue();
    byte[] repeated = MEMBER.replace("\"id\":\"M1\",", "\"id\":\"M1\",\"id\":\"M1\",").getBytes(StandardCharsets.UTF_8);
    assertThat(binder.bindClean(repeated, repeated.length)).isNull(); // the tree path then reports it
    byte[] clean = MEMBER.getBytes(StandardCharsets.UTF_8);
    assertThat(binder.bindClean(clean, clean.length)).isNotNull();
  }

  @Test
  void aTypeWithAShapeItDoesNotHandleHasNoBinder() {
    record WithSet(java.util.Set<String> values) {}
    assertThat(FastRecordBinder.of(WithSet.class)).isNull();
    assertThat(FastRecordBinder.of(String.class)).isNull();
  }

  @Test
  @DisplayName("快速绑定的党员与数据绑定的完全相同：嵌套记录、列表、值类型、枚举")
  void bindsWhatDataBindingBinds() throws Exception {
    Object fast = bind(PartyMember.class, MEMBER);
    assertThat(fast).isNotNull().isEqualTo(JingweiJson.mapper().readValue(MEMBER, PartyMember.class));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"sex\":\"MALE\"|\"sex\":\"male\"", // not a constant's name
        "\"sex\":\"MALE\"|\"sex\":1", // a number for an enum
        "\"onPartyProbation\":false|\"onPartyProbation\":null", // null for a primitive
        "\"onPartyProbation\":false|\"onPartyProbation\":\"false\"", // text for a boolean
        "\"months\":6|\"months\":6.0", // a float for an int
        "\"months\":6|\"months\":99999999999", // beyond an int
        "\"phone\":\"13800138000\"|\"phone\":\"12345\"", // a value that does not parse
        "\"name\":\"张三\"|\"name\":\" \"", // a factory that refuses
        "\"id\":\"M1\",|\"id\":\"M1\",\"id\":\"M1\",", // a repeated property
        "\"admittedOn\":\"2010-06\",|\"admittedOn\":\"2010-06\",\"admittedOn\":\"2010-07\",", // repeated, nested
        "{\"name\":\"王志\"}|{\"name\":\"王志\",\"name\":\"王志\"}", // repeated in a list element
        "\"id\":\"M1\",|\"id\":\"M1\",\"zz\":1,", // an unknown property
        "\"status\":\"FULL\"|\"status\":[\"FULL\"]", // an array for a scalar
        "\"introducers\":[|\"introducers\":{\"a\":[", // an object for a list
        "\"lastDuesPaidOn\":\"2022-05\"}|\"lastDuesPaidOn\":\"2022-05\"} {}", // trailing content
        "\"sex\":\"MALE\"|\"sex\":\"MAL\"", // a constant's name cut short
        "\"sex\":\"MALE\"|\"sex\":\"MALEE\"", // longer than a constant's name
        "\"sex\":\"MALE\"|\"sex\":\"\"", // empty
        "\"admittedOn\":\"2010-06\"|\"admittedOn\":\"2010-13\"", // no such month
        "\"admittedOn\":\"2010-06\"|\"admittedOn\":\"2010-6\"", // not the form
        "\"admittedOn\":\"2010-06\"|\"admittedOn\":\"２010-06\"", // not an ASCII digit
        "\"lastDuesPaidOn\":\"2022-05\"|\"lastDuesPaidOn\":\"2022-02-30\"" // no such day
      })
  @DisplayName("凡有疑问即放弃（返回 null），交给数据绑定路径判定并报告")
  void givesUpOnAnythingNotPlain(String change) throws Exception {
    String[] parts = change.split("\\|");
    String json = MEMBER.replace(parts[0], parts[1]);
    assertThat(json).isNotEqualTo(MEMBER);
    assertThat(bind(PartyMember.class, json)).isNull();
  }

  @Test
  @DisplayName("枚举常量在解析器的字符缓冲区中查找：每个常量都能找到，相近的文字都找不到")
  void constantsAreFoundFromCharacters() {
    for (Class<?> type :
        List.of(
            io.jingwei.person.Ethnicity.class,
            io.jingwei.member.MembershipStatus.class,
            io.jingwei.person.Sex.class,
            io.jingwei.organization.OrganizationType.class)) {
      java.util.Map<String, Object> constants = new java.util.HashMap<>();
      for (Object c : type.getEnumConstants()) {
        constants.put(((Enum<?>) c).name(), c);
      }
      FastRecordBinder.ConstantTable table = new FastRecordBinder.ConstantTable(constants);
      constants.forEach(
          (name, value) -> {
            char[] padded = ("xx" + name + "yy").toCharArray();
            assertThat(table.find(padded, 2, name.length())).isSameAs(value);
            assertThat(table.find(padded, 2, name.length() - 1)).isNotSameAs(value);
            assertThat(table.find(padded, 2, name.length() + 1)).isNull();
            assertThat(table.find(name.toLowerCase(java.util.Locale.ROOT).toCharArray(), 0, name.length())).isNull();
          });
      assertThat(table.find(new char[0], 0, 0)).isNull();
    }
  }

  @Test
  @DisplayName("部分日期从字符读取，与 PartialDate.parse 一致：同值，或两者都不接受")
  void partialDatesReadAsParseReadsThem() {
    java.util.Random random = new java.util.Random(7);
    String alphabet = "0123456789-0123456789x ２";
    List<String> texts = new java.util.ArrayList<>();
    for (int y : new int[] {0, 1799, 1800, 1900, 2000, 2024, 2100, 2999, 3000}) {
      for (int m = 0; m <= 13; m++) {
        texts.add(String.format("%04d", y));
        texts.add(String.format("%04d-%02d", y, m));
        for (int d = 0; d <= 32; d++) {
          texts.add(String.format("%04d-%02d-%02d", y, m, d));
        }
      }
    }
    for (int i = 0; i < 20_000; i++) {
      int length = new int[] {3, 4, 5, 7, 8, 10, 11}[random.nextInt(7)];
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < length; k++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(b.toString());
    }
    int accepted =
        assertReadsAsTheParser(
            texts, io.jingwei.time.PartialDate::parse, IllegalArgumentException.class, FastRecordBinder::partialDate);
    assertThat(accepted).isGreaterThan(2000);
  }

  @Test
  @DisplayName("每类实体都可编译快速绑定；示例城市的每一行快速绑定结果与数据绑定相同")
  void everyKindBindsTheSampleCityAsDataBindingDoes() throws Exception {
    java.nio.file.Path sample = java.nio.file.Path.of("..", "examples", "data", "sample-city");
    for (java.util.Map.Entry<EntityKind, Class<?>> e : EntityTypes.all().entrySet()) {
      Class<?> type = e.getValue();
      assertThat(FastRecordBinder.of(type)).as(e.getKey().name()).isNotNull();
      int fast = 0;
      for (String line :
          java.nio.file.Files.readAllLines(sample.resolve(e.getKey().collectionName() + ".jsonl"))) {
        Object bound = bind(type, line);
        if (bound != null) {
          fast++;
          assertThat(bound).as(line).isEqualTo(JingweiJson.mapper().readValue(line, type));
        }
      }
      assertThat(fast).as(e.getKey().name()).isPositive();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "meetings|\"attendees\":37|\"attendees\":37.5", // a float for an Integer
        "meetings|\"attendees\":37|\"attendees\":\"37\"", // text for an Integer
        "meetings|\"attendees\":37|\"attendees\":99999999999", // beyond an Integer
        "meetings|\"heldOn\":\"2026-05-05\"|\"heldOn\":\"2026-5-05\"", // not YYYY-MM-DD
        "meetings|\"heldOn\":\"2026-05-05\"|\"heldOn\":\"2026-05-05T00:00\"", // a date-time
        "meetings|\"heldOn\":\"2026-05-05\"|\"heldOn\":\"2026-02-30\"", // no such day
        "meetings|\"heldOn\":\"2026-05-05\"|\"heldOn\":[2026,5,5]", // an array for a date
        "serviceCenters|\"floorArea\":260|\"floorArea\":\"260\"", // text for a decimal
        "serviceCenters|\"signs\":[|\"signs\":{\"a\":[", // an object for a set
        "serviceCenters|\"SERVICE_CENTER\",|\"SERVICE_CENTRE\",", // not a constant in a set
        "organizations|\"collectsDues\":false|\"collectsDues\":\"false\"" // text for a Boolean
      })
  @DisplayName("新形状（Integer、Boolean、BigDecimal、Set、LocalDate）凡有疑问即放弃")
  void givesUpOnTheOtherShapesWhenNotPlain(String change) throws Exception {
    String[] parts = change.split("\\|");
    java.nio.file.Path file = java.nio.file.Path.of("..", "examples", "data", "sample-city", parts[0] + ".jsonl");
    String line =
        java.nio.file.Files.readAllLines(file).stream().filter(l -> l.contains(parts[1])).findFirst().orElseThrow();
    Class<?> type =
        EntityTypes.all().entrySet().stream()
            .filter(e -> e.getKey().collectionName().equals(parts[0]))
            .findFirst()
            .orElseThrow()
            .getValue();
    assertThat(bind(type, line)).isNotNull();
    String changed = line.replaceFirst(java.util.regex.Pattern.quote(parts[1]), java.util.regex.Matcher.quoteReplacement(parts[2]));
    assertThat(changed).isNotEqualTo(line);
    assertThat(bind(type, changed)).isNull();
  }

  @Test
  @DisplayName("本地日期只按 YYYY-MM-DD 读取，与 LocalDate.parse 一致：同值，或两者都不接受")
  void localDatesReadAsIsoReadsThem() {
    java.util.Random random = new java.util.Random(11);
    String alphabet = "0123456789-0123456789T:";
    List<String> texts = new java.util.ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      StringBuilder b = new StringBuilder();
      if (i % 2 == 0) {
        b.append(String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14), random.nextInt(33)));
      } else {
        for (int k = 0, n = 8 + random.nextInt(5); k < n; k++) {
          b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      texts.add(b.toString());
    }
    int accepted =
        assertReadsAsTheParser(
            texts, java.time.LocalDate::parse, java.time.DateTimeException.class, FastRecordBinder::localDate);
    assertThat(accepted).isGreaterThan(10_000);
  }

  /** A reader of a value from characters in a buffer, as the fast binder reads dates. */
  private interface CharReader<T> {
    T read(char[] chars, int offset, int length);
  }

  /**
   * Asserts that the fast reader gives, for each text read from inside a larger buffer, the parser's value, or
   * refuses it (any exception: the binder then gives up) exactly when the parser throws {@code refused}; returns
   * how many texts the parser accepted.
   */
  private static <T> int assertReadsAsTheParser(
      List<String> texts,
      java.util.function.Function<String, T> parser,
      Class<? extends RuntimeException> refused,
      CharReader<T> fast) {
    int accepted = 0;
    for (String text : texts) {
      T expected;
      try {
        expected = parser.apply(text);
      } catch (RuntimeException e) {
        assertThat(e).isInstanceOf(refused);
        expected = null;
      }
      T actual;
      try {
        actual = fast.read(("ab" + text).toCharArray(), 2, text.length());
      } catch (RuntimeException e) {
        actual = null;
      }
      assertThat(actual).as(text).isEqualTo(expected);
      accepted += expected == null ? 0 : 1;
    }
    return accepted;
  }

  @Test
  @DisplayName("超过读取上限的字符串不走快速绑定：由严格路径报告")
  void aStringOverTheReadLimitIsLeftToTheStrictPath() {
    RecordBinder<PartyMember> binder =
        new RecordBinder<>(PartyMember.class, EntityKind.MEMBER, JingweiJson.mapper());
    int limit = io.jingwei.impl.json.ReadLimits.defaults().maxStringLength();
    for (int length : new int[] {1000, limit, limit + 1}) {
      String json =
          MEMBER.replace("\"lastDuesPaidOn\"", "\"address\":\"" + "x".repeat(length) + "\",\"lastDuesPaidOn\"");
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      if (length > limit) {
        assertThat(binder.bindClean(bytes, bytes.length)).isNull();
      } else {
        assertThat(binder.bindClean(bytes, bytes.length)).isNotNull();
      }
    }
  }

  // ------------------------------------------------------------------------------------------ from the bytes

  private static final FastRecordBinder.Limits LIMITS =
      FastRecordBinder.Limits.of(JingweiJson.mapper().tokenStreamFactory().streamReadConstraints());

  /** What the compiled binder reads from the line's bytes without a parser, or null. */
  private static @Nullable Object fromBytes(Class<?> type, String json, FastRecordBinder.Limits limits) {
    FastRecordBinder binder = FastRecordBinder.of(type);
    assertThat(binder).isNotNull();
    byte[] line = ("xy" + json + "z").getBytes(StandardCharsets.UTF_8); // read from inside a larger buffer
    return binder.bind(line, 2, line.length - 1, limits);
  }

  private static @Nullable Object fromBytes(Class<?> type, String json) {
    return fromBytes(type, json, LIMITS);
  }

  /** The sample city's lines, by record type. */
  private static java.util.Map<Class<?>, List<String>> sampleLines() throws java.io.IOException {
    java.nio.file.Path sample = java.nio.file.Path.of("..", "examples", "data", "sample-city");
    java.util.Map<Class<?>, List<String>> lines = new java.util.LinkedHashMap<>();
    for (java.util.Map.Entry<EntityKind, Class<?>> e : EntityTypes.all().entrySet()) {
      lines.put(e.getValue(), java.nio.file.Files.readAllLines(sample.resolve(e.getKey().collectionName() + ".jsonl")));
    }
    return lines;
  }

  @Test
  @DisplayName("不经解析器从字节读取：示例城市每一行的结果与数据绑定相同（含小数的行除外，交给解析器）")
  void bytesBindTheSampleCityAsDataBindingDoes() throws Exception {
    int bound = 0;
    int lines = 0;
    for (java.util.Map.Entry<Class<?>, List<String>> e : sampleLines().entrySet()) {
      for (String line : e.getValue()) {
        lines++;
        Object direct = fromBytes(e.getKey(), line);
        if (direct != null) {
          bound++;
          assertThat(direct).as(line).isEqualTo(JingweiJson.mapper().readValue(line, e.getKey()));
        } else if (bind(e.getKey(), line) != null) {
          // only what the byte reader leaves to the parser on purpose: decimals
          assertThat(line).as(line).containsPattern("\":-?[0-9]+[.eE]");
        }
      }
    }
    assertThat(bound).isGreaterThan(lines * 9 / 10);
    assertThat(fromBytes(PartyMember.class, MEMBER)).isNotNull().isEqualTo(JingweiJson.mapper().readValue(MEMBER, PartyMember.class));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"id\":\"M1\"|\"id\" : \"M1\"", // blanks around the colon
        "{\"id\"|{ \t\"id\"", // blanks after the brace
        "\"lastDuesPaidOn\":\"2022-05\"}|\"lastDuesPaidOn\":\"2022-05\" \r }  ", // blanks before and after the end
        "\"introducers\":[{\"name\":\"王志\"},{\"member\":\"M2\"}]|\"introducers\" :[ { \"name\":\"王志\" } , {\"member\":\"M2\"} ]",
        "\"name\":\"张三\"|\"name\":\"张𠀀\"", // four bytes of UTF-8: a surrogate pair
        "\"months\":6|\"months\":-6", // a negative int (the record decides)
        "\"months\":6|\"months\":1",
        "\"months\":6|\"months\":999999999", // nine digits
        "\"introducers\":[{\"name\":\"王志\"},{\"member\":\"M2\"}]|\"introducers\":[]",
        "\"introducers\":[{\"name\":\"王志\"},{\"member\":\"M2\"}]|\"introducers\":null",
        "\"sex\":\"MALE\"|\"sex\":null",
        "\"mobility\":{\"mobile\":true,\"destination\":\"深圳\",\"fixedPlace\":false}|\"mobility\":{}",
        "\"birthDate\":\"1971-11-16\"|\"birthDate\":\"1971\""
      })
  @DisplayName("从字节读取：合法的空白、四字节字符、负数、空数组与 null 都与数据绑定结果相同")
  void bytesBindStrictJsonAsDataBindingDoes(String change) throws Exception {
    String[] parts = change.split("\\|");
    String json = MEMBER.replace(parts[0], parts[1]);
    assertThat(json).isNotEqualTo(MEMBER);
    assertThat(fromBytes(PartyMember.class, json))
        .isNotNull()
        .isEqualTo(JingweiJson.mapper().readValue(json, PartyMember.class));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"name\":\"张三\"|\"name\":\"张\\u4e09\"", // an escape (valid: the parser path reads it)
        "\"address\":\"a\"|\"address\":\"a\\\"b\"",
        "\"name\":\"张三\"|\"name\":\"张\u0001三\"", // a control character
        "\"months\":6|\"months\":06", // a leading zero
        "\"months\":6|\"months\":-0",
        "\"months\":6|\"months\":6e0", // an exponent
        "\"months\":6|\"months\":6.",
        "\"months\":6|\"months\":1234567890", // ten digits
        "\"months\":6|\"months\":-",
        "\"months\":6|\"months\":+6",
        "\"months\":6|\"months\":0", // zero for an int: perhaps absent, not surely complete (the tree decides)
        "\"name\":\"张三\",|", // a required property absent: not surely complete
        "\"onPartyProbation\":false|\"onPartyProbation\":falsey",
        "\"onPartyProbation\":false|\"onPartyProbation\":fals",
        "\"sex\":\"MALE\"|\"sex\":nul",
        "\"sex\":\"MALE\"|\"sex\":\"MALE\\u0020\"",
        "\"lastDuesPaidOn\":\"2022-05\"}|\"lastDuesPaidOn\":\"2022-05\",}", // a trailing comma
        "{\"name\":\"王志\"},{\"member\":\"M2\"}]|{\"name\":\"王志\"},{\"member\":\"M2\"},]",
        "\"id\":\"M1\"|\"id\" \"M1\"", // no colon
        "\"id\":\"M1\",|\"id\":\"M1\"", // no comma
        "\"id\":\"M1\"|'id':\"M1\"", // single quotes
        "\"id\":\"M1\"|id:\"M1\"", // an unquoted name
        "\"id\":\"M1\"|\"i\u00e9\":\"M1\"", // a name out of ASCII
        "\"lastDuesPaidOn\":\"2022-05\"}|\"lastDuesPaidOn\":\"2022-05\"", // cut short
        "\"lastDuesPaidOn\":\"2022-05\"}|\"lastDuesPaidOn\":\"2022-05\"}}", // more after the end
        "\"lastDuesPaidOn\":\"2022-05\"}|\"lastDuesPaidOn\":\"2022-05\"}\n" // a line feed is not a line's blank
      })
  @DisplayName("从字节读取：转义、控制字符、非常规数字与字面量、多余或缺少的标点一律放弃，交给解析器判定")
  void bytesGiveUpOnAnythingButPlainStrictJson(String change) throws Exception {
    String[] parts = change.split("\\|", -1);
    String json = MEMBER.replace("\"organization\":\"O-1\"", "\"organization\":\"O-1\",\"address\":\"a\"").replace(parts[0], parts[1]);
    assertThat(json).isNotEqualTo(MEMBER);
    assertThat(fromBytes(PartyMember.class, json)).isNull();
  }

  @Test
  @DisplayName("从字节读取：畸形 UTF-8（过长编码、代理区、截断、超出 U+10FFFF）一律放弃")
  void bytesGiveUpOnIllFormedUtf8() {
    FastRecordBinder binder = FastRecordBinder.of(PartyMember.class);
    assertThat(binder).isNotNull();
    byte[][] bad = {
      {(byte) 0xC0, (byte) 0x80}, {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xE5, (byte) 0xBC}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0x80}
    };
    String[] halves = MEMBER.split("张三");
    for (byte[] b : bad) {
      byte[] line = join(halves[0].getBytes(StandardCharsets.UTF_8), b, halves[1].getBytes(StandardCharsets.UTF_8));
      assertThat(binder.bind(line, 0, line.length, LIMITS)).isNull();
    }
    byte[] good = join(halves[0].getBytes(StandardCharsets.UTF_8), "张三".getBytes(StandardCharsets.UTF_8), halves[1].getBytes(StandardCharsets.UTF_8));
    assertThat(binder.bind(good, 0, good.length, LIMITS)).isNotNull();
  }

  private static byte[] join(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Test
  @DisplayName("UTF-8 合法性判断与 JDK 严格解码器一致（随机字节与各边界）")
  void wellFormedUtf8AsTheStrictDecoderSays() {
    java.util.Random random = new java.util.Random(5);
    java.nio.charset.CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    int wellFormed = 0;
    for (int n = 0; n < 200_000; n++) {
      byte[] b = new byte[1 + random.nextInt(6)];
      for (int i = 0; i < b.length; i++) {
        // lead bytes and continuation bytes far more often than uniform bytes would give them
        int kind = random.nextInt(4);
        b[i] = (byte) (kind == 0 ? random.nextInt(256) : kind == 1 ? 0x80 + random.nextInt(64) : kind == 2 ? 0xC0 + random.nextInt(64) : random.nextInt(128));
      }
      boolean expected;
      try {
        strict.decode(java.nio.ByteBuffer.wrap(b));
        expected = true;
      } catch (java.nio.charset.CharacterCodingException e) {
        expected = false;
      }
      byte[] padded = join(new byte[] {'a'}, b, new byte[] {'z'});
      assertThat(FastRecordBinder.wellFormed(padded, 1, 1 + b.length)).as(java.util.HexFormat.of().formatHex(b)).isEqualTo(expected);
      wellFormed += expected ? 1 : 0;
    }
    assertThat(wellFormed).isBetween(10_000, 190_000);
  }

  @Test
  @DisplayName("从字节读取遵守解析器的上限：嵌套深度、字符串长度、数字位数、属性名长度，超限即放弃")
  void bytesKeepToTheParsersLimits() {
    assertThat(fromBytes(PartyMember.class, MEMBER, new FastRecordBinder.Limits(4, 1000, 64, 256))).isNotNull();
    // an introducer is an object in an array in the timeline in the member: four deep, as the parser counts
    assertThat(fromBytes(PartyMember.class, MEMBER, new FastRecordBinder.Limits(3, 1000, 64, 256))).isNull();
    assertThat(fromBytes(PartyMember.class, MEMBER, new FastRecordBinder.Limits(4, 19, 64, 256))).isNull(); // 〔2021〕: 20 bytes
    assertThat(fromBytes(PartyMember.class, MEMBER, new FastRecordBinder.Limits(4, 1000, 0, 256))).isNull(); // "months":6
    assertThat(fromBytes(PartyMember.class, MEMBER, new FastRecordBinder.Limits(4, 1000, 64, 15))).isNull(); // "onPartyProbation"
    assertThat(fromBytes(PartyMember.class, MEMBER, new FastRecordBinder.Limits(4, 20, 1, 16))).isNotNull();
  }

  @Test
  @DisplayName("随机改坏的示例城市行：从字节读出的每一条都与数据绑定相同，数据绑定拒绝的一条也读不出")
  void mutatedLinesBindFromBytesOnlyAsDataBindingDoes() throws Exception {
    java.util.Random random = new java.util.Random(13);
    String[] pieces = {" ", "\t", "\\", "\\n", "\"", ",", ":", "{", "}", "[", "]", "0", "-", "1.5", "e", "null", "true", "张", "\u0001", "x", "06", "𠀀"};
    int accepted = 0;
    int changed = 0;
    for (java.util.Map.Entry<Class<?>, List<String>> e : sampleLines().entrySet()) {
      for (String line : e.getValue()) {
        for (int k = 0; k < 12; k++) {
          byte[] bytes = mutate(line.getBytes(StandardCharsets.UTF_8), random, pieces);
          changed++;
          FastRecordBinder binder = FastRecordBinder.of(e.getKey());
          Object direct = binder.bind(bytes, 0, bytes.length, LIMITS);
          if (direct == null) {
            continue;
          }
          accepted++;
          Object expected;
          try {
            expected = JingweiJson.mapper().readerFor(e.getKey()).readValue(bytes);
          } catch (RuntimeException refused) {
            throw new AssertionError("data binding refuses what the bytes gave: " + new String(bytes, StandardCharsets.UTF_8), refused);
          }
          assertThat(direct).as(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(expected);
        }
      }
    }
    assertThat(accepted).as("mutated lines still bound").isBetween(changed / 50, changed * 9 / 10);
  }

  @Test
  @DisplayName("缺属性或整数为 0 的行：快速绑定只在数据绑定的结果“必定完整”时给出记录（完整性在构造时检查）")
  void bindsOnlyRecordsDataBindingGivesSurelyComplete() throws Exception {
    int complete = 0;
    int incomplete = 0;
    for (java.util.Map.Entry<Class<?>, List<String>> e : sampleLines().entrySet()) {
      Class<?> type = e.getKey();
      for (String line : e.getValue().subList(0, Math.min(25, e.getValue().size()))) {
        for (String variant : withOnePropertyLess(line)) {
          Object data;
          try {
            data = JingweiJson.mapper().readValue(variant, type);
          } catch (RuntimeException refused) {
            data = null;
          }
          boolean surely = data != null && RecordBinder.surelyComplete(data);
          Object direct = fromBytes(type, variant);
          Object parsed = bind(type, variant);
          if (surely) {
            complete++;
            assertThat(parsed).as(variant).isEqualTo(data);
            if (!variant.matches(".*\":-?[0-9]+[.eE].*")) { // decimals are the parser's
              assertThat(direct).as(variant).isEqualTo(data);
            }
          } else {
            incomplete += data != null ? 1 : 0;
            assertThat(direct).as(variant).isNull();
            assertThat(parsed).as(variant).isNull();
          }
        }
      }
    }
    assertThat(incomplete).as("variants data binding binds but not surely complete").isGreaterThan(20);
    assertThat(complete).as("variants still surely complete").isGreaterThan(100);
  }

  /** The line with each property of each object (at any depth) left out in turn, and each integer set to 0. */
  private static List<String> withOnePropertyLess(String line) {
    tools.jackson.databind.JsonNode root = JingweiJson.mapper().readTree(line);
    List<String> out = new java.util.ArrayList<>();
    java.util.List<tools.jackson.databind.node.ObjectNode> objects = new java.util.ArrayList<>();
    collectObjects(root, objects);
    for (tools.jackson.databind.node.ObjectNode o : objects) {
      for (String name : List.copyOf(o.propertyNames())) {
        tools.jackson.databind.JsonNode was = o.get(name);
        o.remove(name);
        out.add(JingweiJson.mapper().writeValueAsString(root));
        if (was.isInt()) {
          o.put(name, 0);
          out.add(JingweiJson.mapper().writeValueAsString(root));
        }
        o.set(name, was); // back, now last: the order changes too, which the binder must not mind
      }
    }
    return out;
  }

  private static void collectObjects(
      tools.jackson.databind.JsonNode node, List<tools.jackson.databind.node.ObjectNode> out) {
    if (node instanceof tools.jackson.databind.node.ObjectNode o) {
      out.add(o);
    }
    for (tools.jackson.databind.JsonNode child : node.values()) {
      collectObjects(child, out);
    }
  }

  /** The line with one random change: a byte replaced, removed or repeated, a piece inserted, or cut short. */
  private static byte[] mutate(byte[] line, java.util.Random random, String[] pieces) {
    int at = random.nextInt(line.length);
    byte[] piece = pieces[random.nextInt(pieces.length)].getBytes(StandardCharsets.UTF_8);
    return switch (random.nextInt(6)) {
      case 0 -> {
        byte[] b = line.clone();
        b[at] = (byte) random.nextInt(256);
        yield b;
      }
      case 1 -> join(java.util.Arrays.copyOfRange(line, 0, at), java.util.Arrays.copyOfRange(line, at + 1, line.length));
      case 2 -> join(java.util.Arrays.copyOfRange(line, 0, at + 1), java.util.Arrays.copyOfRange(line, at, line.length));
      case 3 -> java.util.Arrays.copyOfRange(line, 0, at);
      default -> join(java.util.Arrays.copyOfRange(line, 0, at), piece, java.util.Arrays.copyOfRange(line, at, line.length));
    };
  }

  @Test
  @DisplayName("八字节一组查找字符串中第一个非普通 ASCII 字节，与逐字节查找一致（各位置、各对齐）")
  void plainAsciiFindsWhatAByteLoopFinds() {
    java.util.Random random = new java.util.Random(17);
    byte[] specials = {'"', '\\', 0x00, 0x1F, 0x0A, (byte) 0x80, (byte) 0xE5, (byte) 0xFF};
    byte[] plain = {' ', '!', '#', '[', ']', '^', 'a', '0', 0x7F, 0x21, 0x5B, 0x5D, 0x23};
    for (int n = 0; n < 100_000; n++) {
      byte[] a = new byte[1 + random.nextInt(40)];
      for (int i = 0; i < a.length; i++) {
        a[i] = random.nextInt(12) == 0 ? specials[random.nextInt(specials.length)] : plain[random.nextInt(plain.length)];
      }
      int from = random.nextInt(a.length);
      int to = from + random.nextInt(a.length - from + 1);
      int expected = from;
      while (expected < to && !special(a[expected])) {
        expected++;
      }
      int found = FastRecordBinder.plainAscii(a, from, to);
      // exact when it stops at a special byte; else it stopped with fewer than eight bytes left before it
      if (found < to && special(a[found])) {
        assertThat(found).isEqualTo(expected);
      } else {
        assertThat(found).isLessThanOrEqualTo(expected).isGreaterThan(to - Long.BYTES).isGreaterThanOrEqualTo(from);
      }
    }
  }

  private static boolean special(byte b) {
    return b == '"' || b == '\\' || (b >= 0 && b < 0x20) || b < 0;
  }

  @Test
  @DisplayName("重复出现的文字（组织、社区编号）从值缓存取同一实例；槽位冲突、淘汰与少重复时的停用都不改变结果")
  void repeatedTextsGiveTheSameValuesThroughTheCache() {
    FastRecordBinder binder = FastRecordBinder.of(PartyMember.class);
    assertThat(binder).isNotNull();
    java.util.Random random = new java.util.Random(23);
    java.util.Map<String, io.jingwei.ref.OrganizationId> last = new java.util.HashMap<>();
    int same = 0;
    // 5,000 organizations over a 4,096-slot table: collisions and evictions; the member ids never repeat (that
    // node rests after a window), the organizations mostly do (that node keeps its table)
    for (int n = 0; n < 60_000; n++) {
      String org = "O-" + (n < 30_000 ? random.nextInt(5_000) : random.nextInt(40));
      String json = MEMBER.replace("\"id\":\"M1\"", "\"id\":\"M" + n + "\"").replace("\"O-1\"", "\"" + org + "\"");
      byte[] line = json.getBytes(StandardCharsets.UTF_8);
      PartyMember m = (PartyMember) binder.bind(line, 0, line.length, LIMITS);
      assertThat(m).isNotNull();
      assertThat(m.id().value()).isEqualTo("M" + n);
      assertThat(m.organization().value()).isEqualTo(org);
      same += last.put(org, m.organization()) == m.organization() ? 1 : 0;
    }
    assertThat(same).as("values given again from the cache").isGreaterThan(25_000);
  }

  @Test
  @DisplayName("值缓存只存实体编号：姓名、身份证号、电话、普通文字是个人信息，不进进程共享的缓存")
  void personalDataIsNeverCached() {
    FastRecordBinder binder = FastRecordBinder.of(PartyMember.class);
    assertThat(binder).isNotNull();
    byte[] line = MEMBER.getBytes(StandardCharsets.UTF_8);
    PartyMember a = (PartyMember) binder.bind(line, 0, line.length, LIMITS);
    PartyMember b = (PartyMember) binder.bind(line, 0, line.length, LIMITS);
    assertThat(a).isNotNull().isEqualTo(b);
    assertThat(b.organization()).isSameAs(a.organization()); // an entity id: cached
    assertThat(b.name()).isEqualTo(a.name()).isNotSameAs(a.name());
    assertThat(b.idNumber()).isEqualTo(a.idNumber()).isNotSameAs(a.idNumber());
    assertThat(b.phone()).isEqualTo(a.phone()).isNotSameAs(a.phone());
    assertThat(b.mobility().destination()).isEqualTo(a.mobility().destination()).isNotSameAs(a.mobility().destination());
  }
}
