package io.jingwei.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.Jingwei;
import io.jingwei.dataset.CityDataset;
import io.jingwei.ref.EntityKind;
import io.jingwei.testkit.CityGenerator;
import io.jingwei.testkit.CityPreset;
import io.jingwei.testkit.CityWriter;
import io.jingwei.testkit.DefectInjector;
import io.jingwei.validation.DatasetValidator;
import io.jingwei.validation.Issue;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A generated city written as a workbook reads back as the same records and validates with the same issues (codes,
 * entities, paths) as its JSON form, with and without injected defects.
 */
class RoundTripTest {

  @TempDir Path dir;

  private static DatasetValidator validator(CityGenerator generator) {
    return Jingwei.validator(
        ValidationOptions.builder()
            .standard(CityGenerator.STANDARD)
            .asOf(generator.asOf())
            .maxIssuesPerCode(ValidationOptions.UNLIMITED)
            .build());
  }

  private Path workbook(CityDataset city, String name) throws IOException {
    Path file = dir.resolve(name + ".xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Spreadsheets.write(city, out);
    }
    return file;
  }

  /** What must agree between the JSON and the spreadsheet reports: code, severity, entity, path. */
  private static List<String> keys(ValidationReport report) {
    return report.issues().stream().map(RoundTripTest::key).sorted().toList();
  }

  private static String key(Issue i) {
    return i.code().value() + " " + i.severity() + " " + i.entity() + " " + i.path();
  }

  @Test
  @DisplayName("tiny 城市导出为工作簿后读回的记录与原数据相同")
  void aWorkbookReadsBackAsTheSameRecords() throws IOException {
    CityGenerator generator = CityGenerator.of(CityPreset.tiny(), 1);
    CityDataset city = generator.generate();
    SpreadsheetRead read = Spreadsheets.read(workbook(city, "tiny"));
    assertThat(read.issues()).isEmpty();
    for (EntityKind kind : EntityKind.values()) {
      assertThat(read.dataset().records(kind)).as(kind.toString()).isEqualTo(city.records(kind));
      assertThat(read.rows(kind)).isEqualTo(city.records(kind).size());
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  @DisplayName("tiny 城市注入缺陷：工作簿与JSON的校验问题相同（代码、实体、路径）")
  void aWorkbookValidatesWithTheIssuesOfItsJsonForm(long seed) throws IOException {
    CityGenerator generator = CityGenerator.of(CityPreset.tiny(), seed);
    // a spreadsheet reads a cell of only spaces as empty: a blank name there is a missing one, not a blank one
    CityDataset city =
        DefectInjector.of(seed).without("field.not-blank").inject(generator.generate(), generator.asOf(), 1.0).dataset();
    Path json = dir.resolve("json-" + seed);
    CityWriter.writeDirectory(city, json);
    DatasetValidator validator = validator(generator);
    ValidationReport fromJson = validator.validate(json);
    SpreadsheetRead read = Spreadsheets.read(workbook(city, "city-" + seed));
    ValidationReport fromXlsx = read.validate(validator);
    assertThat(fromJson.issues()).isNotEmpty();
    assertThat(keys(fromXlsx)).isEqualTo(keys(fromJson));
    assertThat(fromXlsx.summary().records()).isEqualTo(fromJson.summary().records());
  }

  @Test
  @DisplayName("记录的位置是工作表的行，问题的位置是单元格")
  void issuesAreLocatedAtTheirRow() throws IOException {
    CityGenerator generator = CityGenerator.of(CityPreset.tiny(), 2);
    CityDataset city = DefectInjector.of(2).inject(generator.generate(), generator.asOf(), 1.0).dataset();
    SpreadsheetRead read = Spreadsheets.read(workbook(city, "located"));
    ValidationReport report = read.validate(validator(generator));
    Issue withEntity =
        report.issues().stream().filter(i -> i.entity() != null && !i.location().isNone()).findFirst().orElseThrow();
    assertThat(withEntity.location().file()).isEqualTo("located.xlsx");
    assertThat(withEntity.location().sheet()).isEqualTo(ColumnCatalogue.standard().sheet(withEntity.entity().kind()).sheetName());
    assertThat(withEntity.location().row()).isGreaterThan(1);
  }
}
