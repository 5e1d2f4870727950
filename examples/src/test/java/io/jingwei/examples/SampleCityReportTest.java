package io.jingwei.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.jingwei.Jingwei;
import io.jingwei.standard.Standard;
import io.jingwei.validation.DatasetValidator;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engine's promises on real data, the bundled sample city: the report JSON follows its published schema, a
 * platform's own profile changes the result without Java code, and one validator shared by threads is
 * deterministic.
 */
class SampleCityReportTest {
  private static final Path SAMPLE = Path.of("data", "sample-city");
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static ValidationOptions options() {
    return ValidationOptions.builder().standard("nanning-2021").asOf(AS_OF).build();
  }

  @Test
  void theSampleReportJsonFollowsTheReportSchema() throws IOException {
    ValidationReport report = Jingwei.validator(options()).validate(SAMPLE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Jingwei.writeJson(report, Locale.SIMPLIFIED_CHINESE, out);

    JsonNode schemaJson;
    try (InputStream in =
        Jingwei.class.getResourceAsStream("/io/jingwei/impl/report/report.schema.json")) {
      schemaJson = JSON.readTree(in);
    }
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaJson);
    JsonNode json = JSON.readTree(out.toByteArray());

    assertThat(schema.validate(json)).isEmpty();
    assertThat(json.get("issues").size()).isEqualTo(report.issues().size());
    assertThat(json.get("metrics")).isNotNull();
  }

  @Test
  void aPlatformProfileFileChangesAThresholdAndTheReportFollows(@TempDir Path dir) throws IOException {
    // The sample has one grid with 2 grid workers (below 3); grids with 3 pass. Raising the minimum to 4 makes
    // every grid with 3 workers an issue too, and turning the severity to ERROR changes its severity.
    Path profile = dir.resolve("my-city.yaml");
    Files.writeString(
        profile,
        String.join(
            "\n",
            "format: jingwei-standard/1",
            "name: my-city",
            "version: \"1\"",
            "extends: nanning-2021",
            "title: {zh: 某市标准, en: My city}",
            "rules:",
            "  - id: grid.worker-count",
            "    severity: ERROR",
            "    params: {min: 4}",
            ""),
        StandardCharsets.UTF_8);
    Standard mine = Jingwei.standards().load(profile);

    ValidationReport shipped = Jingwei.validator(options()).validate(SAMPLE);
    ValidationReport custom =
        Jingwei.validator(mine, ValidationOptions.builder().asOf(AS_OF).build()).validate(SAMPLE);

    assertThat(shipped.count("grid.worker-count")).isEqualTo(1);
    assertThat(custom.count("grid.worker-count")).isGreaterThan(1);
    assertThat(custom.issues("grid.worker-count"))
        .allSatisfy(i -> assertThat(i.severity().name()).isEqualTo("ERROR"));
    assertThat(custom.standard().name()).isEqualTo("my-city");
  }

  @Test
  void oneValidatorSharedByEightThreadsGivesIdenticalReports() throws Exception {
    DatasetValidator validator = Jingwei.validator(options());
    ValidationReport first = validator.validate(SAMPLE);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<ValidationReport>> runs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        runs.add(pool.submit(() -> validator.validate(SAMPLE)));
      }
      for (Future<ValidationReport> run : runs) {
        ValidationReport report = run.get();
        assertThat(report).isEqualTo(first);
        assertThat(report.issues()).containsExactlyElementsOf(first.issues());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
