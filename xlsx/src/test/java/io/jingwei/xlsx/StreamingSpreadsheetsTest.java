package io.jingwei.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.Jingwei;
import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.engine.DefaultDatasetValidator;
import io.jingwei.impl.engine.StreamingValidator;
import io.jingwei.impl.json.JingweiJson;
import io.jingwei.impl.io.ReadIssueCodes;
import io.jingwei.ref.EntityKind;
import io.jingwei.testkit.CityGenerator;
import io.jingwei.testkit.CityPreset;
import io.jingwei.testkit.DefectInjector;
import io.jingwei.validation.StreamingProgress;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streaming and in-memory validation of spreadsheets give identical reports (same issues in the same order, same
 * summary, same metrics) on generated cities with injected defects, as a CSV directory and as one workbook,
 * whatever the chunk size and the number of workers.
 */
class StreamingSpreadsheetsTest {

  private static final int[] CHUNKS = {1, 7, 100};
  private static final int[] WORKERS = {1, 3};

  @TempDir Path dir;

  private static DefaultDatasetValidator validator(CityGenerator generator) {
    return (DefaultDatasetValidator)
        Jingwei.validator(
            ValidationOptions.builder()
                .standard(CityGenerator.STANDARD)
                .asOf(generator.asOf())
                .maxIssuesPerCode(ValidationOptions.UNLIMITED)
                .build());
  }

  private static CityDataset injected(long seed, CityGenerator generator) {
    return DefectInjector.of(seed).inject(generator.generate(), generator.asOf(), 1.0).dataset();
  }

  private Path workbook(CityDataset city, String name) throws IOException {
    Path file = dir.resolve(name + ".xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Spreadsheets.write(city, out);
    }
    return file;
  }

  /** The city as a directory of CSV files, one per kind; the members' is {@code members.csv}. */
  private Path csvDirectory(CityDataset city, String name) throws IOException {
    Path out = Files.createDirectories(dir.resolve(name));
    JsonMapper mapper = JingweiJson.mapper();
    for (EntityKind kind : EntityKind.values()) {
      List<?> records = city.records(kind);
      if (records.isEmpty()) {
        continue;
      }
      SheetSpec spec = ColumnCatalogue.standard().sheet(kind);
      List<String> lines = new ArrayList<>();
      lines.add(String.join(",", spec.columns().stream().map(c -> csv(c.header())).toList()));
      for (Object record : records) {
        JsonNode tree = mapper.valueToTree(record);
        List<String> fields = new ArrayList<>();
        for (Column column : spec.columns()) {
          String text = CellText.of(column, tree.at(column.path()));
          fields.add(text == null ? "" : csv(text));
        }
        lines.add(String.join(",", fields));
      }
      String file = kind == EntityKind.MEMBER ? "members.csv" : spec.sheetName() + ".csv";
      Files.write(out.resolve(file), lines, StandardCharsets.UTF_8);
    }
    return out;
  }

  private static String csv(String text) {
    String safe = SafeText.neutralize(text);
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }

  private static void assertSame(ValidationReport streamed, ValidationReport inMemory) {
    assertThat(streamed.issues()).isEqualTo(inMemory.issues());
    assertThat(streamed.summary()).isEqualTo(inMemory.summary());
    assertThat(streamed.metrics()).isEqualTo(inMemory.metrics());
    assertThat(streamed).isEqualTo(inMemory);
  }

  private static void assertSameInEveryChunkSize(Path path, DefaultDatasetValidator validator, ValidationReport inMemory) {
    SpreadsheetOptions options = SpreadsheetOptions.defaults();
    assertSame(Spreadsheets.validateStreaming(path, options, validator), inMemory);
    for (int chunk : CHUNKS) {
      for (int workers : WORKERS) {
        assertSame(
            Spreadsheets.validateStreaming(
                path, options, StreamingValidator.of(validator).withChunkSize(chunk).withWorkers(workers)),
            inMemory);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  @DisplayName("tiny 城市注入缺陷（CSV目录）：流式校验与内存校验报告一致（任意分块大小、线程数）")
  void aCsvDirectoryGivesTheSameReportStreamed(long seed) throws IOException {
    CityGenerator generator = CityGenerator.of(CityPreset.tiny(), seed);
    Path csv = csvDirectory(injected(seed, generator), "csv-" + seed);
    DefaultDatasetValidator validator = validator(generator);
    ValidationReport inMemory = Spreadsheets.validate(csv, SpreadsheetOptions.defaults(), validator);
    assertThat(inMemory.issues()).isNotEmpty();
    assertThat(inMemory.summary().records(EntityKind.MEMBER).read()).isPositive();
    assertThat(inMemory.summary().issuesByCode()).doesNotContainKey(ReadIssueCodes.UNKNOWN_FILE);
    assertSameInEveryChunkSize(csv, validator, inMemory);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  @DisplayName("tiny 城市注入缺陷（工作簿）：流式校验与内存校验报告一致（任意分块大小、线程数）")
  void aWorkbookGivesTheSameReportStreamed(long seed) throws IOException {
    CityGenerator generator = CityGenerator.of(CityPreset.tiny(), seed);
    Path workbook = workbook(injected(seed, generator), "city-" + seed);
    DefaultDatasetValidator validator = validator(generator);
    ValidationReport inMemory = Spreadsheets.validate(workbook, SpreadsheetOptions.defaults(), validator);
    assertThat(inMemory.issues()).isNotEmpty();
    assertThat(inMemory.summary().records(EntityKind.MEMBER).read()).isPositive();
    assertSameInEveryChunkSize(workbook, validator, inMemory);
  }

  @Test
  @DisplayName("members.csv 含远距重复编号、坏行、空行、未知列与未知文件：流式报告一致，表级问题只报一次")
  void aMembersCsvWithAFarDuplicateABrokenRowAndABlankRowGivesTheSameReport() throws IOException {
    CityGenerator generator = CityGenerator.of(CityPreset.tiny(), 4);
    Path csv = csvDirectory(injected(4, generator), "edited");
    Path members = csv.resolve("members.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(members, StandardCharsets.UTF_8));
    String header = lines.remove(0);
    Collections.shuffle(lines, new Random(4));
    String later = lines.get(lines.size() - 2);
    lines.add(lines.get(1)); // the same record again, far from the first
    lines.add(3, later.substring(0, later.indexOf(',')) + ",,,,"); // a broken row naming a member read later
    lines.add(5, ",,,,,"); // a blank row
    lines.add(8, "");
    lines.add(0, header + ",备注栏"); // an unknown column
    Files.write(members, lines, StandardCharsets.UTF_8);
    Files.writeString(csv.resolve("notes.txt"), "not a sheet", StandardCharsets.UTF_8);
    DefaultDatasetValidator validator = validator(generator);
    ValidationReport inMemory = Spreadsheets.validate(csv, SpreadsheetOptions.defaults(), validator);
    assertThat(inMemory.summary().issuesByCode().keySet().stream().map(Object::toString))
        .contains("duplicate.id", ReadIssueCodes.UNKNOWN_FILE.value(), SpreadsheetIssueCodes.UNKNOWN_COLUMN.value());
    assertThat(inMemory.count(ReadIssueCodes.UNKNOWN_FILE)).isEqualTo(1);
    assertThat(inMemory.count(SpreadsheetIssueCodes.UNKNOWN_COLUMN)).isEqualTo(1);
    assertThat(inMemory.summary().records(EntityKind.MEMBER).unreadable()).isPositive();
    assertSameInEveryChunkSize(csv, validator, inMemory);
    for (int window : new int[] {1, 3}) {
      assertSame(
          Spreadsheets.validateStreaming(
              csv,
              SpreadsheetOptions.defaults(),
              StreamingValidator.of(validator).withChunkSize(5).withBuffers(4, window)),
          inMemory);
    }
  }

  @Test
  void progressIsReportedUntilTheMembersAreDone() throws IOException {
    CityGenerator generator = CityGenerator.of(CityPreset.tiny(), 5);
    Path csv = csvDirectory(generator.generate(), "progress");
    DefaultDatasetValidator validator = validator(generator);
    List<StreamingProgress> progress = new ArrayList<>();
    ValidationReport streamed =
        Spreadsheets.validateStreaming(csv, SpreadsheetOptions.defaults(), validator, progress::add);
    assertSame(streamed, Spreadsheets.validate(csv, SpreadsheetOptions.defaults(), validator));
    assertThat(progress).isNotEmpty();
    StreamingProgress last = progress.get(progress.size() - 1);
    assertThat(last.done()).isTrue();
    assertThat(last.records()).isEqualTo(streamed.summary().records(EntityKind.MEMBER).read());
    assertThat(last.bytes()).isEqualTo(Files.size(csv.resolve("members.csv")));
  }
}
