package io.jingwei.impl.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.ref.EntityKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON round trip of every entity kind (往返): the bundled sample city read, written in both dataset forms and
 * read again gives equal records, and writing is byte-for-byte stable.
 */
class EntityRoundTripTest {
  private static final Path SAMPLE = Path.of("..", "examples", "data", "sample-city");
  private static ReadResult sample;

  @BeforeAll
  static void readSample() throws IOException {
    sample = EntityTypes.reader().read(SAMPLE);
  }

  private static Map<EntityKind, List<Object>> values(ReadResult read) {
    Map<EntityKind, List<Object>> values = new EnumMap<>(EntityKind.class);
    for (EntityKind kind : EntityKind.values()) {
      values.put(kind, read.records(kind).stream().map(l -> (Object) l.value()).toList());
    }
    return values;
  }

  @Test
  void theSampleHoldsEveryEntityKind() {
    for (EntityKind kind : EntityKind.values()) {
      assertThat(sample.records(kind)).as(kind.name()).isNotEmpty();
    }
  }

  @Test
  void everyKindSurvivesTheDirectoryForm(@TempDir Path dir) throws IOException {
    Map<EntityKind, List<Object>> before = values(sample);
    DatasetWriter.writeDirectory(dir, sample.manifest().orElseThrow(), before);
    ReadResult again = EntityTypes.reader().read(dir);
    assertThat(again.issues()).isEmpty();
    assertThat(values(again)).isEqualTo(before);
  }

  @Test
  void everyKindSurvivesTheSingleDocumentForm(@TempDir Path dir) throws IOException {
    Map<EntityKind, List<Object>> before = values(sample);
    Path file = dir.resolve("city.json");
    DatasetWriter.writeDocument(file, sample.manifest().orElseThrow(), before);
    ReadResult again = EntityTypes.reader().read(file);
    assertThat(again.issues()).isEmpty();
    assertThat(values(again)).isEqualTo(before);
  }

  @Test
  void writingIsStable(@TempDir Path dir) throws IOException {
    Map<EntityKind, List<Object>> before = values(sample);
    DatasetWriter.writeDirectory(dir.resolve("a"), sample.manifest().orElseThrow(), before);
    DatasetWriter.writeDirectory(
        dir.resolve("b"), sample.manifest().orElseThrow(), values(EntityTypes.reader().read(dir.resolve("a"))));
    for (EntityKind kind : EntityKind.values()) {
      String name = kind.collectionName() + ".jsonl";
      assertThat(Files.readString(dir.resolve("b").resolve(name), StandardCharsets.UTF_8))
          .isEqualTo(Files.readString(dir.resolve("a").resolve(name), StandardCharsets.UTF_8));
    }
  }
}
