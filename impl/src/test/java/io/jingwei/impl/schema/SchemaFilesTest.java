package io.jingwei.impl.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the shipped schema files and the generated part of {@code docs/data-format.md} in step with the record
 * types. Regenerate both with {@code -Djingwei.regenerateDocs=true} (see {@link SchemaGenerator#REGENERATE}).
 */
class SchemaFilesTest {

  private static final boolean REGENERATE = Boolean.getBoolean("jingwei.regenerateDocs");

  static Path projectRoot() {
    Path module = Path.of("").toAbsolutePath();
    return Files.isRegularFile(module.resolve("impl/pom.xml")) ? module : module.getParent();
  }

  @Test
  void committedSchemaFilesAreTheGeneratedOnes() throws IOException {
    Map<String, String> generated = SchemaGenerator.generate();
    Path folder = projectRoot().resolve(SchemaGenerator.SOURCE_FOLDER);
    if (REGENERATE) {
      Files.createDirectories(folder);
      try (Stream<Path> old = Files.list(folder)) {
        for (Path p : old.toList()) {
          if (p.getFileName().toString().endsWith(SchemaGenerator.EXTENSION)) {
            Files.delete(p);
          }
        }
      }
      for (Map.Entry<String, String> e : generated.entrySet()) {
        Files.writeString(folder.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
      }
    }

    TreeSet<String> present = new TreeSet<>();
    try (Stream<Path> files = Files.list(folder)) {
      files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(SchemaGenerator.EXTENSION))
          .forEach(present::add);
    }
    assertThat(present)
        .as("schema files in %s; regenerate with: %s", folder, SchemaGenerator.REGENERATE)
        .isEqualTo(new TreeSet<>(generated.keySet()));
    for (Map.Entry<String, String> e : generated.entrySet()) {
      assertThat(Files.readString(folder.resolve(e.getKey()), StandardCharsets.UTF_8))
          .as("%s is out of date; regenerate with: %s", e.getKey(), SchemaGenerator.REGENERATE)
          .isEqualTo(e.getValue());
    }
  }

  @Test
  void dataFormatDocTablesAreTheGeneratedOnes() throws IOException {
    Path doc = projectRoot().resolve("docs/data-format.md");
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    String updated = SchemaGenerator.updateDataFormat(text);
    if (REGENERATE && !updated.equals(text)) {
      Files.writeString(doc, updated, StandardCharsets.UTF_8);
      text = updated;
    }

    assertThat(text)
        .as("docs/data-format.md §6 is out of date; regenerate with: %s", SchemaGenerator.REGENERATE)
        .isEqualTo(updated);
  }

  @Test
  void theShippedSchemasAreOnTheClassPath() {
    for (Map.Entry<String, String> e : SchemaGenerator.generate().entrySet()) {
      assertThat(SchemaGenerator.bundled(e.getKey())).as(e.getKey()).isPresent();
    }
    assertThat(SchemaGenerator.bundled("nothing.schema.json")).isEmpty();
    assertThat(SchemaGenerator.bundled("../report/report.schema.json")).isEmpty();
  }

  @Test
  void generationIsDeterministic() {
    assertThat(SchemaGenerator.generate()).isEqualTo(SchemaGenerator.generate());
    assertThat(SchemaGenerator.propertyTables()).isEqualTo(SchemaGenerator.propertyTables());
  }
}
