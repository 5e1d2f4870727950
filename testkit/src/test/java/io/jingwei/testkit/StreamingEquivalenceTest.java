package io.jingwei.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.Jingwei;
import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.engine.DefaultDatasetValidator;
import io.jingwei.impl.engine.StreamingValidator;
import io.jingwei.impl.json.ReadLimits;
import io.jingwei.ref.EntityKind;
import io.jingwei.validation.Issue;
import io.jingwei.validation.Severity;
import io.jingwei.validation.StreamingProgress;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Streaming and in-memory validation give identical reports (same issues in the same order, same summary, same
 * metrics) on generated cities with injected defects, whatever the chunk size and the order of the members file.
 */
class StreamingEquivalenceTest {

  @TempDir Path dir;

  private static DefaultDatasetValidator validator(CityGenerator generator, int maxIssuesPerCode) {
    return (DefaultDatasetValidator)
        Jingwei.validator(
            ValidationOptions.builder()
                .standard(CityGenerator.STANDARD)
                .asOf(generator.asOf())
                .maxIssuesPerCode(maxIssuesPerCode)
                .build());
  }

  private Path write(CityDataset city, String name) throws IOException {
    Path out = dir.resolve(name);
    CityWriter.writeDirectory(city, out);
    return out;
  }

  /** The two reports are equal: issues in order, summary, metrics, everything. */
  static void assertSame(ValidationReport streamed, ValidationReport inMemory) {
    assertThat(streamed.issues()).isEqualTo(inMemory.issues());
    assertThat(streamed.summary()).isEqualTo(inMemory.summary());
    assertThat(streamed.metrics()).isEqualTo(inMemory.metrics());
    assertThat(streamed).isEqualTo(inMemory);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  @DisplayName("tiny 城市注入缺陷：流式校验与内存校验报告一致（任意分块大小）")
  void tinyWithDefectsGivesTheSameReportInAnyChunkSize(long seed) throws IOException {
    CityGenerator generator = CityGenerator.of(CityPreset.tiny(), seed);
    InjectedCity injected = DefectInjector.of(seed).inject(generator.generate(), generator.asOf(), 1.0);
    Path city = write(injected.dataset(), "tiny-" + seed);
    DefaultDatasetValidator validator = validator(generator, ValidationOptions.UNLIMITED);
    ValidationReport inMemory = validator.validate(city);
    assertThat(inMemory.issues()).isNotEmpty();
    assertSame(validator.validateStreaming(city), inMemory);
    for (int chunk : new int[] {1, 7, 100}) {
      for (int workers : new int[] {1, 3}) {
        assertSame(
            StreamingValidator.of(validator).withChunkSize(chunk).withWorkers(workers).validate(city), inMemory);
      }
    }
  }

  @Test
  void shuffledMembersWithForwardIntroducersGiveTheSameReport() throws IOException {
    CityGenerator generator = CityGenerator.of(CityPreset.tiny(), 4);
    InjectedCity injected = DefectInjector.of(4).inject(generator.generate(), generator.asOf(), 1.0);
    Path city = write(injected.dataset(), "shuffled");
    Path members = city.resolve("members.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(members, StandardCharsets.UTF_8));
    Collections.shuffle(lines, new Random(4));
    lines.add(3, "{\"id\": broken");
    lines.add(5, "");
    lines.add(lines.get(8)); // a duplicate id at the end, after its first record
    lines.add(11, "{\"id\": \"" + "x".repeat(ReadLimits.defaults().maxRecordBytes()) + "\"}"); // over the limit
    lines.add(13, "\t ");
    Files.write(members, lines, StandardCharsets.UTF_8);
    DefaultDatasetValidator validator = validator(generator, ValidationOptions.UNLIMITED);
    ValidationReport inMemory = validator.validate(city);
    assertThat(inMemory.summary().issuesByCode().keySet().stream().map(Object::toString))
        .contains("read.too-large", "read.malformed-json", "duplicate.id");
    for (int chunk : new int[] {3, 50, StreamingValidator.DEFAULT_CHUNK}) {
      for (int workers : new int[] {1, 2, 5}) {
        assertSame(
            StreamingValidator.of(validator).withChunkSize(chunk).withWorkers(workers).validate(city), inMemory);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {8, 9})
  @DisplayName("小排序缓冲（溢写到磁盘）与小介绍人窗口：重复编号、重复身份证号、远距介绍人，报告一致且临时文件删除")
  void spilledSortRunsAndASmallIntroducerWindowGiveTheSameReport(long seed) throws IOException {
    CityGenerator generator = CityGenerator.of(CityPreset.tiny(), seed);
    InjectedCity injected = DefectInjector.of(seed).inject(generator.generate(), generator.asOf(), 1.0);
    Path city = write(injected.dataset(), "spilled-" + seed);
    Path members = city.resolve("members.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(members, StandardCharsets.UTF_8));
    Collections.shuffle(lines, new Random(seed));
    lines.add(lines.get(2)); // the same record again, far from the first
    lines.add(0, lines.get(lines.size() / 2)); // a record before its first place
    lines.add(7, "{\"id\": \"" + lines.get(9).substring(8, 16) + "\", broken");
    Files.write(members, lines, StandardCharsets.UTF_8);
    Path temp = Files.createDirectories(dir.resolve("temp-" + seed));
    DefaultDatasetValidator validator = validator(generator, ValidationOptions.UNLIMITED);
    ValidationReport inMemory = validator.validate(city);
    assertThat(inMemory.summary().issuesByCode().keySet().stream().map(Object::toString))
        .contains("duplicate.id", "duplicate.resident-id");
    for (int chunk : new int[] {1, 5, 64}) {
      for (int window : new int[] {1, 3, 1000}) {
        assertSame(
            StreamingValidator.of(validator)
                .withChunkSize(chunk)
                .withTempDirectory(temp)
                .withBuffers(4, window)
                .validate(city),
            inMemory);
      }
    }
    try (var left = Files.list(temp)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void cappedDetailsAreTheSame() throws IOException {
    CityGenerator generator = CityGenerator.of(CityPreset.tiny(), 5);
    InjectedCity injected = DefectInjector.of(5).inject(generator.generate(), generator.asOf(), 1.0);
    Path city = write(injected.dataset(), "capped");
    DefaultDatasetValidator validator = validator(generator, 2);
    assertSame(StreamingValidator.of(validator).withChunkSize(10).validate(city), validator.validate(city));
  }

  @ParameterizedTest
  @ValueSource(longs = {12, 13})
  @DisplayName("快速失败：成员文件无缺陷、其余数据有缺陷时，停在其余检查中同一处（并行检查按计划顺序回放）")
  void failFastStopsAtTheSameIssueAmongTheOtherKindsChecks(long seed) throws IOException {
    CityGenerator generator = CityGenerator.of(CityPreset.tiny(), seed);
    CityDataset clean = generator.generate();
    InjectedCity injected = DefectInjector.of(seed).inject(clean, generator.asOf(), 1.0);
    Path city = write(injected.dataset(), "fail-fast-" + seed);
    // the clean members: the first error, if any, comes from the checks over the other kinds
    Path cleanCity = write(clean, "clean-" + seed);
    Files.copy(cleanCity.resolve("members.jsonl"), city.resolve("members.jsonl"), StandardCopyOption.REPLACE_EXISTING);
    DefaultDatasetValidator all = validator(generator, ValidationOptions.UNLIMITED);
    DefaultDatasetValidator failFast =
        (DefaultDatasetValidator)
            Jingwei.validator(
                ValidationOptions.builder()
                    .standard(CityGenerator.STANDARD)
                    .asOf(generator.asOf())
                    .failFast(true)
                    .build());
    ValidationReport whole = all.validate(city);
    ValidationReport inMemory = failFast.validate(city);
    List<Issue> stoppedAt =
        inMemory.issues().stream().filter(i -> i.severity() == Severity.ERROR).toList();
    assertThat(stoppedAt).hasSize(1);
    assertThat(stoppedAt.get(0).entity()).isNotNull();
    assertThat(stoppedAt.get(0).entity().kind()).isNotEqualTo(EntityKind.MEMBER);
    assertThat(whole.issues().size()).isGreaterThan(inMemory.issues().size()); // it did stop early
    for (int workers : new int[] {1, 2, 4}) {
      assertSame(StreamingValidator.of(failFast).withWorkers(workers).validate(city), inMemory);
    }
  }

  @Test
  void aCleanCityGivesTheSameReport() throws IOException {
    CityGenerator generator = CityGenerator.of(CityPreset.tiny(), 6);
    Path city = write(generator.generate(), "clean");
    DefaultDatasetValidator validator = validator(generator, ValidationOptions.UNLIMITED);
    assertSame(validator.validateStreaming(city), validator.validate(city));
  }

  @Test
  void aMissingMembersFileGivesTheSameReport() throws IOException {
    CityGenerator generator = CityGenerator.of(CityPreset.tiny(), 7);
    Path city = write(generator.generate(), "no-members");
    Files.delete(city.resolve("members.jsonl"));
    DefaultDatasetValidator validator = validator(generator, ValidationOptions.UNLIMITED);
    assertSame(validator.validateStreaming(city), validator.validate(city));
  }

  @Test
  @DisplayName("南宁 5% 规模注入缺陷：流式校验与内存校验报告一致")
  void nanningAtFivePercentWithDefectsGivesTheSameReport() throws IOException {
    CityGenerator generator = CityGenerator.of(CityPreset.nanning().scaled(0.05), 11);
    InjectedCity injected = DefectInjector.of(11).inject(generator.generate(), generator.asOf(), 0.02);
    Path city = write(injected.dataset(), "nanning");
    DefaultDatasetValidator validator = validator(generator, ValidationOptions.UNLIMITED);
    ValidationReport inMemory = validator.validate(city);
    assertThat(inMemory.issues()).isNotEmpty();
    List<StreamingProgress> progress = new ArrayList<>();
    assertSame(
        StreamingValidator.of(validator).withChunkSize(1000).withWorkers(4).withProgress(progress::add).validate(city),
        inMemory);
    assertThat(progress).isNotEmpty();
    StreamingProgress last = progress.get(progress.size() - 1);
    assertThat(last.done()).isTrue();
    assertThat(last.bytes()).isEqualTo(Files.size(city.resolve("members.jsonl")));
  }
}
