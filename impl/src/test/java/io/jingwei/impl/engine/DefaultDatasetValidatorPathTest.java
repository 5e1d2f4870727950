package io.jingwei.impl.engine;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.impl.standard.DefaultStandards;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;
import io.jingwei.validation.DatasetValidator;
import io.jingwei.validation.Issue;
import io.jingwei.validation.Location;
import io.jingwei.validation.RecordCounts;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DatasetValidator#validate(Path)}: reading a dataset on disk and validating what was read. */
class DefaultDatasetValidatorPathTest {

  private static final DatasetValidator VALIDATOR =
      DefaultDatasetValidator.create(
          DefaultStandards.shipped().get("national"),
          ValidationOptions.builder().asOf(LocalDate.of(2024, 6, 30)).build());

  private static final String ORGANIZATION = "{\"id\":\"o1\",\"name\":\"第一党支部\",\"type\":\"BRANCH\"}";
  private static final String GOOD_MEMBER =
      "{\"id\":\"m1\",\"name\":\"张三\",\"status\":\"FULL\",\"organization\":\"o1\"}";
  private static final String MALFORMED_MEMBER = "{\"id\":\"m2\",\"name\":\"李四\",";
  /** A wrong check character (the right one is X): the ID number is dropped, the record kept. */
  private static final String MEMBER_WITH_BAD_ID =
      "{\"id\":\"m3\",\"name\":\"王五\",\"status\":\"FULL\",\"organization\":\"o1\",\"idNumber\":\"110105194912310021\"}";

  private static Path directory(Path dir) throws IOException {
    Files.writeString(dir.resolve("dataset.json"), "{\"name\":\"测试数据集\",\"city\":\"450100\"}", UTF_8);
    Files.writeString(dir.resolve("organizations.jsonl"), ORGANIZATION + "\n", UTF_8);
    Files.writeString(
        dir.resolve("members.jsonl"), GOOD_MEMBER + "\n" + MALFORMED_MEMBER + "\n" + MEMBER_WITH_BAD_ID + "\n", UTF_8);
    Files.writeString(dir.resolve("notes.txt"), "not a collection\n", UTF_8);
    return dir;
  }

  private static List<Issue> issues(ValidationReport report, String code) {
    return report.issues(code);
  }

  @Test
  @DisplayName("目录中的坏行按文件和行号报告")
  void reportsAMalformedLineByFileAndLine(@TempDir Path dir) throws IOException {
    ValidationReport report = VALIDATOR.validate(directory(dir));

    assertThat(issues(report, "read.malformed-json"))
        .singleElement()
        .satisfies(i -> assertThat(i.location()).isEqualTo(Location.ofLine("members.jsonl", 2)))
        .satisfies(i -> assertThat(i.entity()).isEqualTo(EntityRef.of(EntityKind.MEMBER, "m2")));
  }

  @Test
  @DisplayName("无效身份证号：字段被丢弃，记录保留")
  void reportsAnInvalidIdNumberAtItsPathAndKeepsTheRecord(@TempDir Path dir) throws IOException {
    ValidationReport report = VALIDATOR.validate(directory(dir));

    assertThat(issues(report, "read.invalid-value"))
        .singleElement()
        .satisfies(i -> assertThat(i.entity()).isEqualTo(EntityRef.of(EntityKind.MEMBER, "m3")))
        .satisfies(i -> assertThat(i.path()).isEqualTo("/idNumber"))
        .satisfies(i -> assertThat(i.location()).isEqualTo(Location.ofLine("members.jsonl", 3)))
        .satisfies(i -> assertThat(i.args()).containsEntry("type", "ResidentIdNumber").containsEntry("reason", "CHECKSUM"));
  }

  @Test
  void reportsAnUnknownFileByName(@TempDir Path dir) throws IOException {
    ValidationReport report = VALIDATOR.validate(directory(dir));

    assertThat(issues(report, "read.unknown-file"))
        .singleElement()
        .satisfies(i -> assertThat(i.location().file()).isEqualTo("notes.txt"))
        .satisfies(i -> assertThat(i.args()).containsEntry("file", "notes.txt"));
  }

  @Test
  @DisplayName("每种实体：读取数 = 有效 + 无效 + 无法读取")
  void accountsForEveryRecordReadPerKind(@TempDir Path dir) throws IOException {
    ValidationReport report = VALIDATOR.validate(directory(dir));

    RecordCounts members = report.summary().records(EntityKind.MEMBER);
    assertThat(members.read()).isEqualTo(3);
    assertThat(members.unreadable()).isEqualTo(1);
    assertThat(members.invalid()).isGreaterThanOrEqualTo(1);
    for (EntityKind kind : EntityKind.values()) {
      RecordCounts c = report.summary().records(kind);
      assertThat(c.read()).as(kind.name()).isEqualTo(c.valid() + c.invalid() + c.unreadable());
    }
    assertThat(report.summary().records(EntityKind.ORGANIZATION).read()).isEqualTo(1);
    assertThat(report.summary().records(EntityKind.GRID).read()).isZero();
  }

  @Test
  void locatesTheIssuesOfRecordsReadFromDisk(@TempDir Path dir) throws IOException {
    ValidationReport report = VALIDATOR.validate(directory(dir));

    assertThat(report.issues())
        .filteredOn(i -> EntityRef.of(EntityKind.MEMBER, "m1").equals(i.entity()))
        .allSatisfy(i -> assertThat(i.location()).isEqualTo(Location.ofLine("members.jsonl", 1)));
    assertThat(report.issues())
        .filteredOn(i -> EntityRef.of(EntityKind.MEMBER, "m3").equals(i.entity()))
        .isNotEmpty()
        .allSatisfy(i -> assertThat(i.location()).isEqualTo(Location.ofLine("members.jsonl", 3)));
  }

  @Test
  void readsASingleDocumentToo(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("city.json");
    Files.writeString(file, "{\"dataset\":{\"name\":\"测试\"},\n\"organizations\":[\n" + ORGANIZATION
        + "\n],\n\"members\":[\n" + GOOD_MEMBER + ",\n" + MEMBER_WITH_BAD_ID + "\n]}\n", UTF_8);

    ValidationReport report = VALIDATOR.validate(file);

    assertThat(issues(report, "read.invalid-value"))
        .singleElement()
        .satisfies(i -> assertThat(i.location()).isEqualTo(Location.ofLine("city.json", 7)));
    assertThat(report.summary().records(EntityKind.MEMBER).read()).isEqualTo(2);
  }

  @Test
  void givesTheSameReportAsValidatingWhatTheReaderRead(@TempDir Path dir) throws IOException {
    Path path = directory(dir);

    assertThat(VALIDATOR.validate(path)).isEqualTo(VALIDATOR.validate(path));
  }

  @Test
  void aPathThatDoesNotExistIsAUsageErrorNamingThePath(@TempDir Path dir) {
    Path missing = dir.resolve("no-such-dataset");

    assertThatThrownBy(() -> VALIDATOR.validate(missing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(missing.toString());
  }

  @Test
  void aNullPathIsRejected() {
    assertThatThrownBy(() -> VALIDATOR.validate((Path) null)).isInstanceOf(NullPointerException.class);
  }
}
