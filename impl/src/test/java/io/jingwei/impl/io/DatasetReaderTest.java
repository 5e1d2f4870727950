package io.jingwei.impl.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.jingwei.impl.io.TestRecords.TestMember;
import io.jingwei.impl.io.TestRecords.TestOrganization;
import io.jingwei.impl.json.ReadLimits;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;
import io.jingwei.validation.Issue;
import io.jingwei.validation.Location;
import io.jingwei.validation.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderTest {

  private static final String MANIFEST =
      "{\n  \"name\": \"南宁市示例\",\n  \"city\": \"450100\",\n  \"extractedOn\": \"2022-06-30\",\n"
          + "  \"standard\": \"nanning-2021\",\n  \"source\": \"测试平台\"\n}\n";

  private final DatasetReader reader = DatasetReader.of(TestRecords.TYPES);

  @TempDir Path dir;

  private void write(String file, String text) throws IOException {
    Files.writeString(dir.resolve(file), text, UTF_8);
  }

  private ReadResult document(String text) throws IOException {
    return reader.readDocument(new ByteArrayInputStream(text.getBytes(UTF_8)), "city.json");
  }

  // ---- directory form ----

  @Test
  @DisplayName("读取数据集目录：清单 + 每类一个 JSON Lines 文件")
  void readsADirectory() throws IOException {
    write("dataset.json", MANIFEST);
    write("members.jsonl", "{\"id\":\"m1\",\"name\":\"张三\"}\n\n{\"id\":\"m2\",\"name\":\"李四\"}\n");
    write("organizations.jsonl", "{\"id\":\"o1\",\"name\":\"第一党支部\",\"grade\":1}\n");
    ReadResult result = reader.read(dir);
    assertThat(result.issues()).isEmpty();
    DatasetManifest manifest = result.manifest().orElseThrow();
    assertThat(manifest.name()).isEqualTo("南宁市示例");
    assertThat(manifest.city().value()).isEqualTo("450100");
    assertThat(manifest.extractedOn()).isEqualTo(LocalDate.of(2022, 6, 30));
    assertThat(manifest.standard()).isEqualTo("nanning-2021");
    assertThat(result.records(EntityKind.MEMBER, TestMember.class))
        .extracting(r -> r.value().name(), Located::location)
        .containsExactly(tuple("张三", Location.ofLine("members.jsonl", 1)), tuple("李四", Location.ofLine("members.jsonl", 3)));
    assertThat(result.records(EntityKind.ORGANIZATION)).hasSize(1);
    assertThat(result.tally(EntityKind.MEMBER)).isEqualTo(new ReadTally(3, 1, 2, 0));
    assertThat(result.total()).isEqualTo(new ReadTally(4, 1, 3, 0));
    assertThat(result.hasErrors()).isFalse();
  }

  @Test
  void treatsAMissingCollectionFileAsEmpty() throws IOException {
    write("dataset.json", MANIFEST);
    write("members.jsonl", "{\"id\":\"m1\",\"name\":\"张三\"}\n");
    ReadResult result = reader.readDirectory(dir);
    assertThat(result.issues()).isEmpty();
    assertThat(result.records(EntityKind.ORGANIZATION)).isEmpty();
    assertThat(result.tally(EntityKind.ORGANIZATION)).isEqualTo(ReadTally.ZERO);
    assertThat(result.tallies()).containsOnlyKeys(EntityKind.MEMBER);
  }

  @Test
  @DisplayName("未知文件：警告，不读取")
  void reportsUnknownFilesWithoutReadingThem() throws IOException {
    write("dataset.json", MANIFEST);
    write("members.jsonl", "{\"id\":\"m1\",\"name\":\"张三\"}\n");
    write("notes.txt", "hello");
    write("grids.jsonl", "{\"id\":\"g1\"}\n"); // a kind this reader has no class for
    write(".hidden", "ignored");
    Files.createDirectory(dir.resolve("old"));
    ReadResult result = reader.readDirectory(dir);
    assertThat(result.issues())
        .extracting(Issue::code, Issue::severity, i -> i.args().get("file"), Issue::location)
        .containsExactly(
            tuple(ReadIssueCodes.UNKNOWN_FILE, Severity.WARNING, "grids.jsonl", Location.ofFile("grids.jsonl")),
            tuple(ReadIssueCodes.UNKNOWN_FILE, Severity.WARNING, "notes.txt", Location.ofFile("notes.txt")),
            tuple(ReadIssueCodes.UNKNOWN_FILE, Severity.WARNING, "old/", Location.ofFile("old/")));
    assertThat(result.records(EntityKind.MEMBER)).hasSize(1);
    assertThat(result.hasErrors()).isFalse();
  }

  @Test
  void reportsAMissingManifestAndStillReadsTheCollections() throws IOException {
    write("members.jsonl", "{\"id\":\"m1\",\"name\":\"张三\"}\n");
    ReadResult result = reader.readDirectory(dir);
    assertThat(result.issues())
        .extracting(Issue::code, i -> i.args().get("file"))
        .containsExactly(tuple(ReadIssueCodes.MISSING_FILE, "dataset.json"));
    assertThat(result.manifest()).isEmpty();
    assertThat(result.records(EntityKind.MEMBER)).hasSize(1);
  }

  @Test
  void readsExactlyTheFilesTheManifestLists() throws IOException {
    write("dataset.json", "{\"name\":\"x\",\"files\":[\"organizations.jsonl\",\"members.jsonl\"]}");
    write("organizations.jsonl", "{\"id\":\"o1\",\"name\":\"支部\",\"grade\":1}\n");
    ReadResult result = reader.readDirectory(dir);
    assertThat(result.issues())
        .extracting(Issue::code, Issue::path, Issue::location, i -> i.args().get("file"))
        .containsExactly(tuple(ReadIssueCodes.MISSING_FILE, "/files/1", Location.ofFile("dataset.json"), "members.jsonl"));
    assertThat(result.records(EntityKind.ORGANIZATION)).hasSize(1);
  }

  @Test
  void doesNotReadACollectionFileTheManifestLeavesOut() throws IOException {
    write("dataset.json", "{\"name\":\"x\",\"files\":[\"organizations.jsonl\"]}");
    write("organizations.jsonl", "{\"id\":\"o1\",\"name\":\"支部\",\"grade\":1}\n");
    write("members.jsonl", "{\"id\":\"m1\",\"name\":\"张三\"}\n");
    ReadResult result = reader.readDirectory(dir);
    assertThat(result.issues())
        .extracting(Issue::code, i -> i.args().get("file"))
        .containsExactly(tuple(ReadIssueCodes.UNKNOWN_FILE, "members.jsonl"));
    assertThat(result.records(EntityKind.MEMBER)).isEmpty();
  }

  @Test
  void reportsProblemsOfTheManifest() throws IOException {
    write("dataset.json", "{\"city\":\"450100\",\"extra\":true}");
    ReadResult result = reader.readDirectory(dir);
    assertThat(result.issues())
        .extracting(Issue::code, Issue::path, Issue::location)
        .containsExactly(
            tuple(ReadIssueCodes.UNKNOWN_PROPERTY, "/extra", Location.ofFile("dataset.json")),
            tuple(ReadIssueCodes.MISSING_REQUIRED, "/name", Location.ofFile("dataset.json")));
    assertThat(result.manifest()).isEmpty();
  }

  @Test
  void reportsAMalformedManifestAtItsLine() throws IOException {
    write("dataset.json", "{\n  \"name\": \"x\",\n  \"city\": \n}\n");
    ReadResult result = reader.readDirectory(dir);
    assertThat(result.issues())
        .extracting(Issue::code, Issue::path, Issue::location)
        .containsExactly(tuple(ReadIssueCodes.MALFORMED_JSON, "/city", Location.ofLine("dataset.json", 4)));
  }

  @Test
  void namesTheRecordInIssuesOfItsFile() throws IOException {
    write("dataset.json", MANIFEST);
    write("organizations.jsonl", "{\"id\":\"o1\",\"name\":\"支部\",\"grade\":\"一\"}\n");
    ReadResult result = reader.readDirectory(dir);
    assertThat(result.issues())
        .extracting(Issue::code, Issue::entity, Issue::path, Issue::location)
        .containsExactly(
            tuple(
                ReadIssueCodes.WRONG_TYPE,
                EntityRef.of(EntityKind.ORGANIZATION, "o1"),
                "/grade",
                Location.ofLine("organizations.jsonl", 1)));
    assertThat(result.tally(EntityKind.ORGANIZATION)).isEqualTo(new ReadTally(1, 0, 0, 1));
  }

  @Test
  void refusesAPathThatIsNotADirectory() throws IOException {
    write("members.jsonl", "");
    assertThatThrownBy(() -> reader.readDirectory(dir.resolve("members.jsonl"))).isInstanceOf(NotDirectoryException.class);
  }

  // ---- single-document form ----

  @Test
  @DisplayName("单文档形式：每个元素定位到其起始行")
  void readsASingleDocumentLocatingEachElementAtItsLine() throws IOException {
    String text =
        "{\"dataset\":{\"name\":\"南宁市示例\",\"city\":\"450100\"},\n"
            + "\"organizations\":[\n"
            + "  {\"id\":\"o1\",\"name\":\"支部\",\"grade\":1}\n"
            + "],\n"
            + "\"members\":[\n"
            + "  {\"id\":\"m1\",\"name\":\"张三\"},\n"
            + "  {\"id\":\"m2\",\n"
            + "   \"name\":\"李四\"}\n"
            + "]}\n";
    ReadResult result = document(text);
    assertThat(result.issues()).isEmpty();
    assertThat(result.manifest()).hasValueSatisfying(m -> assertThat(m.name()).isEqualTo("南宁市示例"));
    assertThat(result.records(EntityKind.MEMBER))
        .extracting(Located::location)
        .containsExactly(Location.ofLine("city.json", 6), Location.ofLine("city.json", 7));
    assertThat(result.records(EntityKind.ORGANIZATION)).extracting(r -> r.location().line()).containsExactly(3L);
    assertThat(result.tally(EntityKind.MEMBER)).isEqualTo(new ReadTally(2, 0, 2, 0));
  }

  @Test
  void skipsUnreadableElementsAndGoesOn() throws IOException {
    String text =
        "{\"members\":[\n"
            + "{\"id\":\"m1\",\"name\":\"张三\"},\n"
            + "5,\n"
            + "{\"id\":\"m3\",\"name\":\"a\",\"name\":\"b\"},\n"
            + "{\"id\":\"m4\"},\n"
            + "{\"id\":\"m5\",\"name\":\"王五\",\"tags\":[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\",\"j\",\"k\"]},\n"
            + "{\"id\":\"m6\",\"name\":\"赵六\",\"nick\":\"x\"}\n"
            + "]}";
    ReadResult result = reader.withLimits(ReadLimits.defaults().withMaxRecordTokens(15)).readDocument(
        new ByteArrayInputStream(text.getBytes(UTF_8)), "city.json");
    assertThat(result.issues())
        .extracting(Issue::code, Issue::path, i -> i.location().line(), Issue::entity)
        .containsExactly(
            tuple(ReadIssueCodes.WRONG_TYPE, "", 3L, null),
            tuple(ReadIssueCodes.DUPLICATE_KEY, "/name", 4L, EntityRef.of(EntityKind.MEMBER, "m3")),
            tuple(ReadIssueCodes.MISSING_REQUIRED, "/name", 5L, EntityRef.of(EntityKind.MEMBER, "m4")),
            tuple(ReadIssueCodes.TOO_LARGE, "/tags/8", 6L, EntityRef.of(EntityKind.MEMBER, "m5")),
            tuple(ReadIssueCodes.UNKNOWN_PROPERTY, "/nick", 7L, EntityRef.of(EntityKind.MEMBER, "m6")));
    assertThat(result.records(EntityKind.MEMBER, TestMember.class))
        .extracting(r -> r.value().name())
        .containsExactly("张三", "赵六");
    assertThat(result.tally(EntityKind.MEMBER)).isEqualTo(new ReadTally(6, 0, 2, 4));
    assertThat(result.manifest()).isEmpty();
  }

  @Test
  void stopsAtASyntaxError() throws IOException {
    String text = "{\"members\":[\n{\"id\":\"m1\",\"name\":\"张三\"},\n{\"id\":\"m2\",\"name\": },\n{\"id\":\"m3\",\"name\":\"c\"}\n]}";
    ReadResult result = document(text);
    assertThat(result.issues())
        .extracting(Issue::code, Issue::path, i -> i.location().line(), Issue::entity)
        .containsExactly(tuple(ReadIssueCodes.MALFORMED_JSON, "/name", 3L, EntityRef.of(EntityKind.MEMBER, "m2")));
    assertThat(result.records(EntityKind.MEMBER)).hasSize(1);
    assertThat(result.tally(EntityKind.MEMBER)).isEqualTo(new ReadTally(2, 0, 1, 1));
  }

  @Test
  void stopsAtANestingBomb() throws IOException {
    String text = "{\"members\":[{\"id\":\"m1\",\"name\":\"a\",\"tags\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}]}";
    ReadResult result = document(text);
    assertThat(result.issues())
        .extracting(Issue::code, i -> i.args().get("limit"))
        .containsExactly(tuple(ReadIssueCodes.TOO_LARGE, "NESTING_DEPTH"));
    assertThat(result.tally(EntityKind.MEMBER)).isEqualTo(new ReadTally(1, 0, 0, 1));
  }

  @Test
  void reportsUnknownAndMistypedTopLevelProperties() throws IOException {
    String text =
        "{\"dataset\":{\"name\":\"x\"},\n\"grids\":[{\"id\":\"g1\"}],\n\"organizations\":{},\n\"members\":[{\"id\":\"m1\",\"name\":\"a\"}],\n\"members\":[]}";
    ReadResult result = document(text);
    assertThat(result.issues())
        .extracting(Issue::code, Issue::path, i -> i.location().line())
        .containsExactly(
            tuple(ReadIssueCodes.UNKNOWN_PROPERTY, "/grids", 2L),
            tuple(ReadIssueCodes.WRONG_TYPE, "/organizations", 3L),
            tuple(ReadIssueCodes.DUPLICATE_KEY, "/members", 5L));
    assertThat(result.records(EntityKind.MEMBER)).hasSize(1);
  }

  @Test
  void reportsADocumentThatIsNotAnObject() throws IOException {
    ReadResult result = document("[{\"id\":\"m1\"}]");
    assertThat(result.issues()).extracting(Issue::code, Issue::path).containsExactly(tuple(ReadIssueCodes.WRONG_TYPE, ""));
    assertThat(document("").issues()).extracting(Issue::code).containsExactly(ReadIssueCodes.MALFORMED_JSON);
    assertThat(document("{\"members\":[]} x").issues()).extracting(Issue::code).containsExactly(ReadIssueCodes.MALFORMED_JSON);
  }

  @Test
  void readsADocumentWithAByteOrderMarkFromAFile() throws IOException {
    byte[] body = "{\"members\":[{\"id\":\"m1\",\"name\":\"张三\"}]}".getBytes(UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Path file = dir.resolve("city.json");
    Files.write(file, withBom);
    ReadResult result = reader.read(file);
    assertThat(result.issues()).isEmpty();
    assertThat(result.records(EntityKind.MEMBER)).extracting(Located::location).containsExactly(Location.ofLine("city.json", 1));
  }

  @Test
  void checksTheTypeOfRecordsAskedFor() throws IOException {
    ReadResult result = document("{\"members\":[{\"id\":\"m1\",\"name\":\"张三\"}]}");
    assertThatThrownBy(() -> result.records(EntityKind.MEMBER, TestOrganization.class)).isInstanceOf(ClassCastException.class);
  }

  @Test
  void streamsToASink() throws IOException {
    write("dataset.json", MANIFEST);
    write("members.jsonl", "{\"id\":\"m1\",\"name\":\"张三\"}\n{\"id\":\"m2\"}\n");
    StringBuilder seen = new StringBuilder();
    Map<EntityKind, ReadTally> tallies =
        reader.readDirectory(
            dir,
            new DatasetSink() {
              @Override
              public void manifest(DatasetManifest manifest) {
                seen.append("manifest;");
              }

              @Override
              public void record(EntityKind kind, Located<?> record) {
                seen.append(kind).append(':').append(record.location().line()).append(';');
              }

              @Override
              public void issue(Issue issue) {
                seen.append(issue.code()).append(';');
              }
            });
    assertThat(seen).hasToString("manifest;MEMBER:1;read.missing-required;");
    assertThat(tallies).containsExactly(Map.entry(EntityKind.MEMBER, new ReadTally(2, 0, 1, 1)));
  }

  @Test
  @DisplayName("并行读取各类文件：记录、位置、问题及其顺序、计数与逐个读取完全相同")
  void readingTheFilesSideBySideGivesWhatReadingThemInTurnGives() throws IOException {
    Path module = Path.of("").toAbsolutePath(); // the module's folder when Maven runs the tests
    Path city = (Files.isRegularFile(module.resolve("impl/pom.xml")) ? module : module.getParent())
        .resolve("examples/data/sample-city");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(city), "examples/data/sample-city is not in this tree");
    try (var files = Files.list(city)) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName().toString()));
      }
    }
    // problems in several files: a broken line, an unknown property, an unknown file, a file that is a directory
    Files.writeString(dir.resolve("organizations.jsonl"), "{\"id\": broken\n", UTF_8, java.nio.file.StandardOpenOption.APPEND);
    Files.writeString(dir.resolve("grids.jsonl"), "{\"id\":\"G-x\",\"colour\":\"red\"}\n", UTF_8, java.nio.file.StandardOpenOption.APPEND);
    write("notes.txt", "not a collection");
    Files.delete(dir.resolve("meetings.jsonl"));
    Files.createDirectory(dir.resolve("meetings.jsonl"));
    DatasetReader all = EntityTypes.reader();
    ReadResult inTurn = all.readDirectory(dir);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
    try {
      for (int round = 0; round < 3; round++) {
        ReadResult sideBySide = all.readDirectory(dir, pool);
        assertThat(sideBySide.issues()).isEqualTo(inTurn.issues());
        assertThat(sideBySide.total()).isEqualTo(inTurn.total());
        for (EntityKind kind : EntityKind.values()) {
          assertThat(sideBySide.tally(kind)).as(kind.name()).isEqualTo(inTurn.tally(kind));
          assertThat(sideBySide.records(kind)).as(kind.name()).isEqualTo(inTurn.records(kind));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(inTurn.issues()).extracting(i -> i.code().value())
        .contains("read.malformed-json", "read.unknown-property", "read.unknown-file", "read.missing-file");
    assertThat(inTurn.records(EntityKind.MEMBER)).isNotEmpty();
  }
}
