package io.jingwei.impl.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.division.DivisionCode;
import io.jingwei.grid.GridCode;
import io.jingwei.id.CreditCode;
import io.jingwei.id.MobileNumber;
import io.jingwei.id.ResidentIdNumber;
import io.jingwei.impl.io.TestRecords.TestMember;
import io.jingwei.impl.io.TestRecords.TestOfficer;
import io.jingwei.impl.io.TestRecords.TestOrganization;
import io.jingwei.impl.io.TestRecords.TestTeam;
import io.jingwei.impl.json.JingweiJson;
import io.jingwei.person.Sex;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.MemberId;
import io.jingwei.ref.OrganizationId;
import io.jingwei.time.PartialDate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatasetWriterTest {

  @TempDir Path dir;

  private static final DatasetManifest MANIFEST =
      new DatasetManifest(
          "南宁市示例", DivisionCode.parse("450100"), LocalDate.of(2022, 6, 30), "nanning-2021", "测试", List.of());

  private static List<TestMember> members(long seed, int count) {
    Random random = new Random(seed);
    List<TestMember> list = new ArrayList<>();
    String[] dates = {"1960", "1975-03", "1988-11-02"};
    for (int i = 1; i <= count; i++) {
      list.add(
          new TestMember(
              MemberId.of("m" + i),
              "党员" + i,
              random.nextBoolean() ? ResidentIdNumber.parse("11010519491231002X") : null,
              random.nextBoolean() ? PartialDate.parse(dates[random.nextInt(dates.length)]) : null,
              random.nextBoolean() ? List.of("流动", "老党员") : List.of(),
              random.nextBoolean() ? Sex.FEMALE : null,
              random.nextBoolean() ? MobileNumber.parse("13812345678") : null,
              random.nextBoolean() ? OrganizationId.of("o1") : null,
              random.nextBoolean() ? LocalDate.of(2020, 1 + random.nextInt(12), 1) : null));
    }
    return list;
  }

  private static List<TestOrganization> organizations() {
    return List.of(
        new TestOrganization(
            OrganizationId.of("o1"),
            "第一党支部",
            null,
            CreditCode.parse("91330100716105852F"),
            DivisionCode.parse("450103001001"),
            GridCode.parse("450103001001001"),
            new TestTeam(3, PartialDate.parse("2021-05"), List.of(new TestOfficer(MemberId.of("m1"), "书记"))),
            1,
            true,
            new BigDecimal("120.50"),
            PartialDate.parse("2003-07-01"),
            Map.of("branches", 2)));
  }

  /** Records compared through their JSON: the value-type stubs have no equals. */
  private static List<String> json(List<?> records) {
    return records.stream().map(r -> JingweiJson.mapper().writeValueAsString(r)).toList();
  }

  private static List<String> jsonOfLocated(List<Located<?>> records) {
    return json(records.stream().map(Located::value).toList());
  }

  @ParameterizedTest
  @ValueSource(longs = {3L, 11L})
  @DisplayName("目录形式往返不变")
  void roundTripsTheDirectoryForm(long seed) throws IOException {
    List<TestMember> members = members(seed, 50);
    DatasetManifest written =
        DatasetWriter.writeDirectory(
            dir, MANIFEST, Map.of(EntityKind.MEMBER, members, EntityKind.ORGANIZATION, organizations()));
    assertThat(written.files()).containsExactly("organizations.jsonl", "members.jsonl");
    ReadResult read = DatasetReader.of(TestRecords.TYPES).readDirectory(dir);
    assertThat(read.issues()).isEmpty();
    assertThat(json(List.of(read.manifest().orElseThrow()))).isEqualTo(json(List.of(written)));
    assertThat(jsonOfLocated(read.records(EntityKind.MEMBER))).isEqualTo(json(members));
    assertThat(jsonOfLocated(read.records(EntityKind.ORGANIZATION))).isEqualTo(json(organizations()));
    assertThat(read.tally(EntityKind.MEMBER)).isEqualTo(new ReadTally(50, 0, 50, 0));
  }

  @ParameterizedTest
  @ValueSource(longs = {5L, 13L})
  @DisplayName("单文档形式往返不变，每个元素一行")
  void roundTripsTheDocumentForm(long seed) throws IOException {
    List<TestMember> members = members(seed, 20);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DatasetWriter.writeDocument(out, MANIFEST, Map.of(EntityKind.MEMBER, members, EntityKind.ORGANIZATION, organizations()));
    ReadResult read =
        DatasetReader.of(TestRecords.TYPES).readDocument(new ByteArrayInputStream(out.toByteArray()), "city.json");
    assertThat(read.issues()).isEmpty();
    assertThat(read.manifest().orElseThrow().name()).isEqualTo("南宁市示例");
    assertThat(jsonOfLocated(read.records(EntityKind.MEMBER))).isEqualTo(json(members));
    assertThat(read.records(EntityKind.ORGANIZATION)).extracting(r -> r.location().line()).containsExactly(3L);
    assertThat(read.records(EntityKind.MEMBER)).extracting(r -> r.location().line()).startsWith(6L, 7L, 8L);
  }

  @Test
  void writesOneRecordPerLineInUtf8WithoutAByteOrderMark() throws IOException {
    Path file = dir.resolve("members.jsonl");
    try (JsonLinesWriter<TestMember> writer = JsonLinesWriter.open(file)) {
      writer.write(TestMember.of("m1", "张三"));
      writer.write(TestMember.of("m2", "李四"));
      assertThat(writer.count()).isEqualTo(2);
    }
    byte[] bytes = Files.readAllBytes(file);
    assertThat(bytes[0]).isEqualTo((byte) '{');
    assertThat(new String(bytes, UTF_8))
        .isEqualTo("{\"id\":\"m1\",\"name\":\"张三\"}\n{\"id\":\"m2\",\"name\":\"李四\"}\n");
  }

  @Test
  void writesAnEmptyFileForAnEmptyKindAndAnIndentedManifest() throws IOException {
    Files.writeString(dir.resolve("members.jsonl"), "{\"id\":\"stale\",\"name\":\"x\"}\n");
    DatasetWriter.writeDirectory(dir, DatasetManifest.of("x"), Map.of(EntityKind.MEMBER, List.of()));
    assertThat(Files.size(dir.resolve("members.jsonl"))).isZero();
    String manifest = Files.readString(dir.resolve("dataset.json"));
    assertThat(manifest).contains("\n  \"name\"").endsWith("}\n").contains("members.jsonl");
    assertThat(DatasetReader.of(TestRecords.TYPES).readDirectory(dir).total()).isEqualTo(ReadTally.ZERO);
  }
}
