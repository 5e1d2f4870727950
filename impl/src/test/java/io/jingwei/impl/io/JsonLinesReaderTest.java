package io.jingwei.impl.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jingwei.id.ResidentIdNumber;
import io.jingwei.impl.io.TestRecords.TestMember;
import io.jingwei.impl.io.TestRecords.TestOrganization;
import io.jingwei.impl.io.TestRecords.TestWorker;
import io.jingwei.impl.json.ReadLimits;
import io.jingwei.person.Sex;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;
import io.jingwei.time.PartialDate;
import io.jingwei.validation.Issue;
import io.jingwei.validation.Location;
import io.jingwei.validation.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonLinesReaderTest {

  private static final String FILE = "members.jsonl";

  private final JsonLinesReader<TestMember> members = JsonLinesReader.of(TestMember.class, EntityKind.MEMBER);
  private final JsonLinesReader<TestOrganization> organizations =
      JsonLinesReader.of(TestOrganization.class, EntityKind.ORGANIZATION);

  private static <T> JsonLinesResult<T> read(JsonLinesReader<T> reader, String text) throws IOException {
    return read(reader, text.getBytes(UTF_8));
  }

  private static <T> JsonLinesResult<T> read(JsonLinesReader<T> reader, byte[] bytes) throws IOException {
    return reader.readAll(new ByteArrayInputStream(bytes), FILE);
  }

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  private static EntityRef member(String id) {
    return EntityRef.of(EntityKind.MEMBER, id);
  }

  /** Whether the identifier parsers are the real ones (the stubs accept anything). */
  private static boolean realIdentifierParsers() {
    return !ResidentIdNumber.isValid("110105194912310021");
  }

  private static boolean realPartialDateParser() {
    try {
      PartialDate.parse("2021-13-45");
      return false;
    } catch (RuntimeException e) {
      return true;
    }
  }

  // ---- records and locations ----

  @Test
  @DisplayName("每行一条记录，带文件与行号")
  void readsOneRecordPerLineWithItsFileAndLine() throws IOException {
    JsonLinesResult<TestMember> result =
        read(members, lines("{\"id\":\"m1\",\"name\":\"张三\"}", "{\"id\":\"m2\",\"name\":\"李四\",\"tags\":[\"流动\"]}"));
    assertThat(result.issues()).isEmpty();
    assertThat(result.records())
        .extracting(r -> r.value().name(), Located::location)
        .containsExactly(tuple("张三", Location.ofLine(FILE, 1)), tuple("李四", Location.ofLine(FILE, 2)));
    assertThat(result.records().get(1).value().tags()).containsExactly("流动");
    assertThat(result.tally()).isEqualTo(new ReadTally(2, 0, 2, 0));
  }

  @Test
  void readsFromAFileNamedAsGiven(@TempDir Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    Files.writeString(file, lines("{\"id\":\"m1\",\"name\":\"张三\"}"), UTF_8);
    JsonLinesResult<TestMember> result = members.readAll(file);
    assertThat(result.records()).extracting(Located::location).containsExactly(Location.ofLine(file.toString(), 1));
  }

  @Test
  void readsTheLastLineWithoutANewline() throws IOException {
    JsonLinesResult<TestMember> result = read(members, "{\"id\":\"m1\",\"name\":\"a\"}\n{\"id\":\"m2\",\"name\":\"b\"}");
    assertThat(result.tally()).isEqualTo(new ReadTally(2, 0, 2, 0));
  }

  @Test
  void readsNothingFromEmptyInput() throws IOException {
    assertThat(read(members, "").tally()).isEqualTo(ReadTally.ZERO);
  }

  @Test
  @DisplayName("容忍 BOM")
  void toleratesAByteOrderMark() throws IOException {
    byte[] body = lines("{\"id\":\"m1\",\"name\":\"张三\"}", "{\"id\":\"m2\",\"name\":\"李四\"}").getBytes(UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.write(body);
    JsonLinesResult<TestMember> result = read(members, bytes.toByteArray());
    assertThat(result.issues()).isEmpty();
    assertThat(result.values()).extracting(TestMember::name).containsExactly("张三", "李四");
  }

  @Test
  @DisplayName("容忍 CRLF 行尾")
  void toleratesCrLfLineEnds() throws IOException {
    JsonLinesResult<TestMember> result =
        read(members, "{\"id\":\"m1\",\"name\":\"a\"}\r\n\r\n{\"id\":\"m2\",\"name\":\"b\"}\r\n");
    assertThat(result.issues()).isEmpty();
    assertThat(result.records()).extracting(r -> r.location().line()).containsExactly(1L, 3L);
    assertThat(result.tally()).isEqualTo(new ReadTally(3, 1, 2, 0));
  }

  @Test
  @DisplayName("跳过空行但计数")
  void skipsBlankLinesButCountsThem() throws IOException {
    JsonLinesResult<TestMember> result =
        read(members, lines("", "{\"id\":\"m1\",\"name\":\"a\"}", "   ", "\t", "{\"id\":\"m2\",\"name\":\"b\"}", ""));
    assertThat(result.records()).extracting(r -> r.location().line()).containsExactly(2L, 5L);
    assertThat(result.tally()).isEqualTo(new ReadTally(6, 4, 2, 0));
  }

  // ---- unreadable lines ----

  @Test
  @DisplayName("格式错误的行：报告文件、行号与属性指针，继续读下一行")
  void reportsAMalformedLineWithFileLineAndPointerAndGoesOn() throws IOException {
    JsonLinesResult<TestMember> result =
        read(
            members,
            lines("{\"id\":\"m1\",\"name\":\"a\"}", "{\"id\":\"m2\",\"name\": }", "{\"id\":\"m3\",\"name\":\"c\"}"));
    assertThat(result.issues())
        .extracting(Issue::code, Issue::path, Issue::location, Issue::entity, Issue::severity)
        .containsExactly(
            tuple(ReadIssueCodes.MALFORMED_JSON, "/name", Location.ofLine(FILE, 2), member("m2"), Severity.ERROR));
    assertThat(result.issues().get(0).args()).containsEntry("reason", "SYNTAX").containsKey("column");
    assertThat(result.values()).extracting(TestMember::name).containsExactly("a", "c");
    assertThat(result.tally()).isEqualTo(new ReadTally(3, 0, 2, 1));
  }

  @Test
  void reportsATruncatedLine() throws IOException {
    JsonLinesResult<TestMember> result = read(members, lines("{\"id\":\"m3\",\"name\":\"张", "{\"id\":\"m4\",\"name\":\"d\"}"));
    assertThat(result.issues())
        .extracting(Issue::code, Issue::path, i -> i.location().line(), Issue::entity)
        .containsExactly(tuple(ReadIssueCodes.MALFORMED_JSON, "/name", 1L, member("m3")));
    assertThat(result.issues().get(0).args()).containsEntry("reason", "TRUNCATED");
    assertThat(result.tally()).isEqualTo(new ReadTally(2, 0, 1, 1));
  }

  @Test
  void reportsContentAfterTheRecord() throws IOException {
    JsonLinesResult<TestMember> result = read(members, lines("{\"id\":\"m1\",\"name\":\"a\"} {\"id\":\"m2\"}"));
    assertThat(result.issues()).extracting(Issue::code).containsExactly(ReadIssueCodes.MALFORMED_JSON);
    assertThat(result.issues().get(0).args()).containsEntry("reason", "TRAILING_CONTENT");
    assertThat(result.tally().unreadable()).isEqualTo(1);
  }

  @Test
  void reportsBytesThatAreNotUtf8() throws IOException {
    byte[] bytes = "{\"id\":\"m1\",\"name\":\"?\"}\n".getBytes(UTF_8);
    bytes[bytes.length - 4] = (byte) 0xC3; // a lead byte without its continuation
    JsonLinesResult<TestMember> result = read(members, bytes);
    assertThat(result.issues()).extracting(Issue::code).containsExactly(ReadIssueCodes.MALFORMED_JSON);
  }

  @Test
  @DisplayName("整行类型错误（不是对象）")
  void reportsALineThatIsNotAnObject() throws IOException {
    JsonLinesResult<TestMember> result = read(members, lines("[1,2]", "\"m1\"", "42", "null", "true"));
    assertThat(result.issues())
        .extracting(Issue::code, Issue::path, i -> i.args().get("actual"), i -> i.location().line())
        .containsExactly(
            tuple(ReadIssueCodes.WRONG_TYPE, "", "array", 1L),
            tuple(ReadIssueCodes.WRONG_TYPE, "", "string", 2L),
            tuple(ReadIssueCodes.WRONG_TYPE, "", "integer", 3L),
            tuple(ReadIssueCodes.WRONG_TYPE, "", "null", 4L),
            tuple(ReadIssueCodes.WRONG_TYPE, "", "boolean", 5L));
    assertThat(result.issues()).allSatisfy(i -> assertThat(i.args()).containsEntry("expected", "object"));
    assertThat(result.tally()).isEqualTo(new ReadTally(5, 0, 0, 5));
  }

  @Test
  @DisplayName("缺少必填属性：记录不可读")
  void reportsAMissingRequiredProperty() throws IOException {
    JsonLinesResult<TestMember> result = read(members, lines("{\"id\":\"m1\"}", "{\"name\":\"a\"}"));
    assertThat(result.issues())
        .extracting(Issue::code, Issue::path, Issue::entity)
        .containsExactly(
            tuple(ReadIssueCodes.MISSING_REQUIRED, "/name", member("m1")),
            tuple(ReadIssueCodes.MISSING_REQUIRED, "/id", null));
    assertThat(result.tally()).isEqualTo(new ReadTally(2, 0, 0, 2));
  }

  @Test
  void treatsNullForARequiredPropertyAsMissing() throws IOException {
    JsonLinesResult<TestMember> result = read(members, lines("{\"id\":\"m1\",\"name\":null}"));
    assertThat(result.issues()).extracting(Issue::code, Issue::path).containsExactly(tuple(ReadIssueCodes.MISSING_REQUIRED, "/name"));
    assertThat(result.tally().unreadable()).isEqualTo(1);
  }

  @Test
  void findsAMissingRequiredPropertyTheConstructorDoesNotCheck() throws IOException {
    JsonLinesResult<TestOrganization> result = read(organizations, lines("{\"id\":\"o1\",\"grade\":1}"));
    assertThat(result.issues())
        .extracting(Issue::code, Issue::path, Issue::entity)
        .containsExactly(tuple(ReadIssueCodes.MISSING_REQUIRED, "/name", EntityRef.of(EntityKind.ORGANIZATION, "o1")));
    assertThat(result.tally().unreadable()).isEqualTo(1);
  }

  @Test
  void requiresPrimitiveNumbersButNotBooleans() throws IOException {
    JsonLinesResult<TestOrganization> result =
        read(
            organizations,
            lines("{\"id\":\"o1\",\"name\":\"支部\"}", "{\"id\":\"o2\",\"name\":\"支部\",\"grade\":null}", "{\"id\":\"o3\",\"name\":\"支部\",\"grade\":2}"));
    assertThat(result.issues())
        .extracting(Issue::code, Issue::path, i -> i.location().line())
        .containsExactly(
            tuple(ReadIssueCodes.MISSING_REQUIRED, "/grade", 1L), tuple(ReadIssueCodes.MISSING_REQUIRED, "/grade", 2L));
    assertThat(result.values()).singleElement().satisfies(o -> assertThat(o.collectsDues()).isFalse());
  }

  @Test
  void rejectsARecordWhoseRequiredPropertyHasTheWrongType() throws IOException {
    JsonLinesResult<TestMember> result = read(members, lines("{\"id\":\"m1\",\"name\":5}"));
    assertThat(result.issues())
        .extracting(Issue::code, Issue::path, Issue::entity)
        .containsExactly(tuple(ReadIssueCodes.WRONG_TYPE, "/name", member("m1")));
    assertThat(result.issues().get(0).args()).containsEntry("expected", "string").containsEntry("actual", "integer");
    assertThat(result.tally().unreadable()).isEqualTo(1);
  }

  @Test
  void rejectsARecordWhoseRequiredValueIsInvalid() throws IOException {
    JsonLinesResult<TestMember> result = read(members, lines("{\"id\":\"\",\"name\":\"a\"}"));
    assertThat(result.issues())
        .extracting(Issue::code, Issue::path, Issue::entity)
        .containsExactly(tuple(ReadIssueCodes.INVALID_VALUE, "/id", null));
    assertThat(result.issues().get(0).args()).containsEntry("type", "MemberId");
    assertThat(result.tally().unreadable()).isEqualTo(1);
  }

  @Test
  @DisplayName("重复键：记录不可读")
  void reportsADuplicateKey() throws IOException {
    JsonLinesResult<TestMember> result =
        read(members, lines("{\"id\":\"m1\",\"name\":\"a\",\"name\":\"b\"}", "{\"id\":\"m2\",\"name\":\"c\"}"));
    assertThat(result.issues())
        .extracting(Issue::code, Issue::path, Issue::entity, i -> i.args().get("property"))
        .containsExactly(tuple(ReadIssueCodes.DUPLICATE_KEY, "/name", member("m1"), "name"));
    assertThat(result.tally()).isEqualTo(new ReadTally(2, 0, 1, 1));
  }

  @Test
  void reportsADuplicateKeyInANestedObject() throws IOException {
    JsonLinesResult<TestOrganization> result =
        read(
            organizations,
            lines("{\"id\":\"o1\",\"name\":\"x\",\"grade\":1,\"leadership\":{\"termNumber\":1,\"termNumber\":2}}"));
    assertThat(result.issues())
        .extracting(Issue::code, Issue::path)
        .containsExactly(tuple(ReadIssueCodes.DUPLICATE_KEY, "/leadership/termNumber"));
  }

  // ---- hardening ----

  @Test
  @DisplayName("嵌套炸弹（深度 10000）")
  void reportsANestingBombAndGoesOn() throws IOException {
    String bomb = "{\"id\":\"m1\",\"name\":\"a\",\"tags\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    JsonLinesResult<TestMember> result = read(members, lines(bomb, "[".repeat(10_000), "{\"id\":\"m2\",\"name\":\"b\"}"));
    assertThat(result.issues())
        .extracting(Issue::code, i -> i.args().get("limit"), i -> i.location().line(), Issue::entity)
        .containsExactly(
            tuple(ReadIssueCodes.TOO_LARGE, "NESTING_DEPTH", 1L, member("m1")),
            tuple(ReadIssueCodes.TOO_LARGE, "NESTING_DEPTH", 2L, null));
    assertThat(result.issues().get(0).path()).startsWith("/tags/0/0");
    assertThat(result.values()).extracting(TestMember::name).containsExactly("b");
  }

  @Test
  @DisplayName("5 MB 字符串：整行超限，不载入内存")
  void skipsALineOverTheRecordSize() throws IOException {
    String huge = "{\"id\":\"m1\",\"name\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}";
    JsonLinesResult<TestMember> result = read(members, lines(huge, "{\"id\":\"m2\",\"name\":\"b\"}"));
    assertThat(result.issues())
        .extracting(Issue::code, Issue::path, i -> i.args().get("limit"), i -> i.location().line())
        .containsExactly(tuple(ReadIssueCodes.TOO_LARGE, "", "RECORD_BYTES", 1L));
    assertThat(result.tally()).isEqualTo(new ReadTally(2, 0, 1, 1));
  }

  @Test
  void reportsAStringOverTheLimit() throws IOException {
    String big = "{\"id\":\"m1\",\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
    JsonLinesResult<TestMember> result = read(members, lines(big));
    assertThat(result.issues())
        .extracting(Issue::code, Issue::path, i -> i.args().get("limit"), i -> i.args().get("max"))
        .containsExactly(
            tuple(ReadIssueCodes.TOO_LARGE, "/name", "STRING_LENGTH", (long) ReadLimits.DEFAULT_MAX_STRING_LENGTH));
  }

  @Test
  void reportsANumberOverTheLimit() throws IOException {
    JsonLinesResult<TestOrganization> result =
        read(organizations, lines("{\"id\":\"o1\",\"name\":\"x\",\"grade\":" + "9".repeat(100) + "}"));
    assertThat(result.issues())
        .extracting(Issue::code, Issue::path, i -> i.args().get("limit"))
        .containsExactly(tuple(ReadIssueCodes.TOO_LARGE, "/grade", "NUMBER_LENGTH"));
  }

  @Test
  void reportsARecordWithTooManyTokens() throws IOException {
    JsonLinesReader<TestMember> strict = members.withLimits(ReadLimits.defaults().withMaxRecordTokens(20));
    String tags = String.join(",", java.util.Collections.nCopies(30, "\"t\""));
    JsonLinesResult<TestMember> result = read(strict, lines("{\"id\":\"m1\",\"name\":\"a\",\"tags\":[" + tags + "]}"));
    assertThat(result.issues())
        .extracting(Issue::code, i -> i.args().get("limit"))
        .containsExactly(tuple(ReadIssueCodes.TOO_LARGE, "RECORD_TOKENS"));
  }

  // ---- records kept with a property dropped ----

  @Test
  @DisplayName("可选属性类型错误：丢弃该属性，保留记录")
  void dropsAnOptionalPropertyOfTheWrongType() throws IOException {
    JsonLinesResult<TestMember> result =
        read(members, lines("{\"id\":\"m1\",\"name\":\"a\",\"birthDate\":2021,\"tags\":[\"x\"]}"));
    assertThat(result.issues())
        .extracting(Issue::code, Issue::path, Issue::entity)
        .containsExactly(tuple(ReadIssueCodes.WRONG_TYPE, "/birthDate", member("m1")));
    assertThat(result.issues().get(0).args()).containsEntry("expected", "string").containsEntry("actual", "integer");
    TestMember m = result.values().get(0);
    assertThat(m.birthDate()).isNull();
    assertThat(m.tags()).containsExactly("x");
    assertThat(result.tally()).isEqualTo(new ReadTally(1, 0, 1, 0));
  }

  @Test
  void dropsAnInvalidOptionalValueAndKeepsTheRecord() throws IOException {
    JsonLinesResult<TestMember> result =
        read(members, lines("{\"id\":\"m1\",\"name\":\"a\",\"sex\":\"X\",\"organization\":\"\",\"transferredInOn\":\"2021-13-01\"}"));
    assertThat(result.issues())
        .extracting(Issue::code, Issue::path, i -> i.args().get("type"))
        .containsExactly(
            tuple(ReadIssueCodes.INVALID_VALUE, "/sex", "Sex"),
            tuple(ReadIssueCodes.INVALID_VALUE, "/organization", "OrganizationId"),
            tuple(ReadIssueCodes.INVALID_VALUE, "/transferredInOn", "LocalDate"));
    assertThat(result.issues().get(0).args()).containsEntry("value", "X");
    TestMember m = result.values().get(0);
    assertThat(m.sex()).isNull();
    assertThat(m.organization()).isNull();
    assertThat(m.transferredInOn()).isNull();
  }

  @Test
  void treatsAnInvalidValueObjectAsAnInvalidValue() throws IOException {
    JsonLinesReader<TestWorker> workers = JsonLinesReader.of(TestWorker.class, EntityKind.COMMUNITY_WORKER);
    JsonLinesResult<TestWorker> result =
        read(workers, lines("{\"id\":\"w1\",\"name\":\"张三\",\"contact\":\" \"}", "{\"id\":\"w2\",\"name\":\"  \"}"));
    assertThat(result.issues())
        .extracting(Issue::code, Issue::path, i -> i.args().get("type"), i -> i.location().line())
        .containsExactly(
            tuple(ReadIssueCodes.INVALID_VALUE, "/contact", "TestName", 1L),
            tuple(ReadIssueCodes.INVALID_VALUE, "/name", "TestName", 2L));
    assertThat(result.values()).singleElement().satisfies(w -> assertThat(w.contact()).isNull());
  }

  @Test
  void keepsTheRecordWithAValidEnum() throws IOException {
    assertThat(read(members, lines("{\"id\":\"m1\",\"name\":\"a\",\"sex\":\"FEMALE\"}")).values().get(0).sex())
        .isEqualTo(Sex.FEMALE);
  }

  @Test
  void dropsAListWithAnElementOfTheWrongType() throws IOException {
    JsonLinesResult<TestMember> result = read(members, lines("{\"id\":\"m1\",\"name\":\"a\",\"tags\":[\"x\",5]}"));
    assertThat(result.issues()).extracting(Issue::code, Issue::path).containsExactly(tuple(ReadIssueCodes.WRONG_TYPE, "/tags/1"));
    assertThat(result.values().get(0).tags()).isEmpty();
  }

  @Test
  @DisplayName("嵌套必填值无效：丢弃外层可选属性，保留记录")
  void dropsTheEnclosingOptionalPropertyWhenANestedRequiredValueIsBad() throws IOException {
    JsonLinesResult<TestOrganization> result =
        read(
            organizations,
            lines(
                "{\"id\":\"o1\",\"name\":\"x\",\"grade\":1,\"leadership\":{\"termNumber\":3,"
                    + "\"officers\":[{\"member\":\"m1\",\"post\":\"书记\"},{\"member\":\"\",\"post\":\"委员\"}]}}"));
    assertThat(result.issues())
        .extracting(Issue::code, Issue::path)
        .containsExactly(tuple(ReadIssueCodes.INVALID_VALUE, "/leadership/officers/1/member"));
    TestOrganization o = result.values().get(0);
    assertThat(o.leadership().termNumber()).isEqualTo(3);
    assertThat(o.leadership().officers()).isEmpty();
  }

  @Test
  void dropsTheEnclosingOptionalPropertyWhenANestedRequiredPropertyIsMissing() throws IOException {
    JsonLinesResult<TestOrganization> result =
        read(
            organizations,
            lines("{\"id\":\"o1\",\"name\":\"x\",\"grade\":1,\"leadership\":{\"officers\":[{\"member\":\"m1\"}]}}"));
    assertThat(result.issues())
        .extracting(Issue::code, Issue::path)
        .containsExactly(tuple(ReadIssueCodes.MISSING_REQUIRED, "/leadership/officers/0/post"));
    assertThat(result.values().get(0).leadership().officers()).isEmpty();
  }

  @Test
  @DisplayName("未知属性：警告，记录照读")
  void reportsUnknownPropertiesAndKeepsTheRecord() throws IOException {
    JsonLinesResult<TestOrganization> result =
        read(
            organizations,
            lines(
                "{\"id\":\"o1\",\"name\":\"x\",\"grade\":1,\"nickname\":\"y\",\"counts\":{\"a\":1},"
                    + "\"leadership\":{\"foo\":1,\"officers\":[{\"member\":\"m1\",\"post\":\"书记\",\"bar\":2}]}}"));
    assertThat(result.issues())
        .extracting(Issue::code, Issue::path, Issue::severity)
        .containsExactly(
            tuple(ReadIssueCodes.UNKNOWN_PROPERTY, "/nickname", Severity.WARNING),
            tuple(ReadIssueCodes.UNKNOWN_PROPERTY, "/leadership/foo", Severity.WARNING),
            tuple(ReadIssueCodes.UNKNOWN_PROPERTY, "/leadership/officers/0/bar", Severity.WARNING));
    TestOrganization o = result.values().get(0);
    assertThat(o.counts()).isEqualTo(Map.of("a", 1));
    assertThat(o.leadership().officers()).hasSize(1);
    assertThat(result.tally()).isEqualTo(new ReadTally(1, 0, 1, 0));
  }

  @Test
  void escapesPointerTokens() throws IOException {
    JsonLinesResult<TestMember> result = read(members, lines("{\"id\":\"m1\",\"name\":\"a\",\"a/b~c\":1}"));
    assertThat(result.issues()).extracting(Issue::path).containsExactly("/a~1b~0c");
  }

  @Test
  @DisplayName("身份证号无效：丢弃字段，保留记录，问题在 /idNumber，不含完整号码")
  void dropsAnInvalidIdNumberWithoutShowingIt() throws IOException {
    assumeFalse(ResidentIdNumber.isValid("110105194912310021"), "needs the real ResidentIdNumber parser");
    JsonLinesResult<TestMember> result =
        read(members, lines("{\"id\":\"m1\",\"name\":\"张三\",\"idNumber\":\"110105194912310021\"}"));
    assertThat(result.issues())
        .extracting(Issue::code, Issue::path, Issue::entity)
        .containsExactly(tuple(ReadIssueCodes.INVALID_VALUE, "/idNumber", member("m1")));
    Issue issue = result.issues().get(0);
    assertThat(issue.args()).containsEntry("type", "ResidentIdNumber").containsEntry("reason", "CHECKSUM");
    assertThat(issue.args().values()).allSatisfy(v -> assertThat(String.valueOf(v)).doesNotContain("110105194912310021"));
    assertThat(issue.toString()).doesNotContain("110105194912310021");
    assertThat(result.values().get(0).idNumber()).isNull();
    assertThat(result.tally()).isEqualTo(new ReadTally(1, 0, 1, 0));
  }

  @Test
  void dropsAnImpossiblePartialDate() throws IOException {
    assumeTrue(realPartialDateParser(), "needs the real PartialDate parser");
    JsonLinesResult<TestMember> result =
        read(members, lines("{\"id\":\"m1\",\"name\":\"a\",\"birthDate\":\"2021-13-45\"}"));
    assertThat(result.issues())
        .extracting(Issue::code, Issue::path, i -> i.args().get("type"), i -> i.args().get("value"))
        .containsExactly(tuple(ReadIssueCodes.INVALID_VALUE, "/birthDate", "PartialDate", "2021-13-45"));
    assertThat(result.values().get(0).birthDate()).isNull();
  }

  @Test
  void readsValueTypes() throws IOException {
    JsonLinesResult<TestMember> result =
        read(
            members,
            lines(
                "{\"id\":\"m1\",\"name\":\"a\",\"idNumber\":\"11010519491231002X\",\"birthDate\":\"1949-12\","
                    + "\"phone\":\"13812345678\",\"transferredInOn\":\"2021-05-01\"}"));
    assertThat(result.issues()).isEmpty();
    TestMember m = result.values().get(0);
    assertThat(m.idNumber().value()).isEqualTo("11010519491231002X");
    assertThat(m.birthDate()).hasToString("1949-12");
    assertThat(m.phone().value()).isEqualTo("13812345678");
  }

  // ---- accounting and streaming ----

  @ParameterizedTest
  @ValueSource(longs = {1L, 7L, 42L, 2024L})
  @DisplayName("每一行都有去处：行数 = 记录 + 不可读 + 空行")
  void accountsForEveryLine(long seed) throws IOException {
    Random random = new Random(seed);
    JsonLinesReader<TestMember> reader = members.withLimits(ReadLimits.defaults().withMaxRecordBytes(300));
    StringBuilder text = new StringBuilder();
    Set<Long> expectedRecords = new HashSet<>();
    Set<Long> expectedUnreadable = new HashSet<>();
    long blank = 0;
    int count = 400;
    for (long line = 1; line <= count; line++) {
      String id = "m" + line;
      switch (random.nextInt(10)) {
        case 0 -> {
          text.append(random.nextBoolean() ? "" : "  \t");
          blank++;
        }
        case 1 -> {
          text.append("{\"id\":\"").append(id).append("\",\"name\":");
          expectedUnreadable.add(line);
        }
        case 2 -> {
          text.append("[\"").append(id).append("\"]");
          expectedUnreadable.add(line);
        }
        case 3 -> {
          text.append("{\"id\":\"").append(id).append("\"}");
          expectedUnreadable.add(line);
        }
        case 4 -> {
          text.append("{\"id\":\"").append(id).append("\",\"name\":\"").append("长".repeat(200)).append("\"}");
          expectedUnreadable.add(line);
        }
        case 5 -> {
          text.append("{\"id\":\"").append(id).append("\",\"name\":\"a\",\"name\":\"b\"}");
          expectedUnreadable.add(line);
        }
        case 6 -> {
          text.append("{\"id\":\"").append(id).append("\",\"name\":\"a\",\"sex\":\"?\",\"extra\":1}");
          expectedRecords.add(line);
        }
        default -> {
          text.append("{\"id\":\"").append(id).append("\",\"name\":\"姓名").append(line).append("\"}");
          expectedRecords.add(line);
        }
      }
      text.append(random.nextBoolean() ? "\n" : "\r\n");
    }
    JsonLinesResult<TestMember> result = read(reader, text.toString());
    ReadTally tally = result.tally();
    assertThat(tally.lines()).isEqualTo(count);
    assertThat(tally.lines()).isEqualTo(tally.records() + tally.unreadable() + tally.blankLines());
    assertThat(tally.blankLines()).isEqualTo(blank);
    assertThat(result.records()).extracting(r -> r.location().line()).containsExactlyInAnyOrderElementsOf(expectedRecords);
    assertThat(tally.unreadable()).isEqualTo(expectedUnreadable.size());
    Set<Long> errorLines = new HashSet<>();
    for (Issue issue : result.issues()) {
      assertThat(issue.location().file()).isEqualTo(FILE);
      if (issue.severity() == Severity.ERROR && !expectedRecords.contains(issue.location().line())) {
        errorLines.add(issue.location().line());
      }
    }
    assertThat(errorLines).isEqualTo(expectedUnreadable);
  }

  @Test
  @DisplayName("流式读取：逐行回调，不保留整个文件")
  void streamsALargeInputThroughTheCallbacks() throws IOException {
    long lines = 100_000;
    InputStream generated =
        new InputStream() {
          private long line;
          private byte[] current = new byte[0];
          private int pos;

          @Override
          public int read() {
            if (pos == current.length) {
              if (line == lines) {
                return -1;
              }
              line++;
              current = ("{\"id\":\"m" + line + "\",\"name\":\"党员" + line + "\",\"tags\":[\"a\",\"b\"]}\n").getBytes(UTF_8);
              pos = 0;
            }
            return current[pos++] & 0xFF;
          }
        };
    AtomicLong seen = new AtomicLong();
    List<Issue> issues = new ArrayList<>();
    ReadTally tally = members.read(generated, FILE, r -> seen.incrementAndGet(), issues::add);
    assertThat(seen.get()).isEqualTo(lines);
    assertThat(issues).isEmpty();
    assertThat(tally).isEqualTo(new ReadTally(lines, 0, lines, 0));
  }
}
