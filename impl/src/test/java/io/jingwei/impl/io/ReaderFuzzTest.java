package io.jingwei.impl.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.jingwei.ref.EntityKind;
import io.jingwei.validation.Issue;
import io.jingwei.validation.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fuzz targets (模糊测试) for the readers of the wire format: whatever the bytes, a reader never throws (a stream
 * of bytes in memory cannot fail to be read), accounts for every entry ({@code lines = blank + records +
 * unreadable}), locates every problem (the file, a line within the input, a JSON Pointer) and never puts a full
 * resident ID number or mobile number into an issue ({@link PersonalDataScan}).
 *
 * <p>Seeds: {@code src/test/resources/io/jingwei/impl/io/ReaderFuzzTestInputs/<method>/}, run by the default
 * build; fuzz with {@code -Pfuzz} (docs/reliability.md).
 */
class ReaderFuzzTest {

  private static final String FILE = "fuzz.jsonl";
  private static final Map<EntityKind, Class<?>> TYPES = EntityTypes.all();
  private static final DatasetReader DATASET = EntityTypes.reader();
  private static final Map<EntityKind, JsonLinesReader<?>> LINES = lineReaders();

  private static Map<EntityKind, JsonLinesReader<?>> lineReaders() {
    Map<EntityKind, JsonLinesReader<?>> readers = new java.util.EnumMap<>(EntityKind.class);
    TYPES.forEach((kind, type) -> readers.put(kind, JsonLinesReader.of(type, kind)));
    return readers;
  }

  /** The bytes as a JSON Lines file of every entity kind in turn. */
  @FuzzTest(maxDuration = "60s")
  void jsonLines(byte[] data) throws IOException {
    long newlines = 0;
    for (byte b : data) {
      if (b == '\n') {
        newlines++;
      }
    }
    for (EntityKind kind : List.of(EntityKind.MEMBER, EntityKind.ORGANIZATION, EntityKind.GRID)) {
      List<Located<?>> records = new ArrayList<>();
      List<Issue> issues = new ArrayList<>();
      ReadTally tally = LINES.get(kind).read(new ByteArrayInputStream(data), FILE, records::add, issues::add);

      assertThat(tally.lines()).isEqualTo(tally.blankLines() + tally.records() + tally.unreadable());
      assertThat(tally.records()).isEqualTo(records.size());
      assertThat(tally.lines()).isBetween(newlines, newlines + 1);
      Set<Long> accounted = new HashSet<>();
      for (Located<?> record : records) {
        assertThat(record.location().file()).isEqualTo(FILE);
        assertThat(record.location().line()).isBetween(1L, tally.lines());
        assertThat(accounted.add(record.location().line())).as("one record per line").isTrue();
      }
      for (Issue issue : issues) {
        assertLocated(issue, FILE, Math.max(tally.lines(), 1));
        accounted.add(issue.location().line());
        PersonalDataScan.assertNoFullPersonalData(issue);
      }
      // every line that is not blank gave a record or an issue located at it
      assertThat(tally.lines() - accounted.size()).isEqualTo(tally.blankLines());
    }
  }

  /** The bytes as a dataset in the single-document form. */
  @FuzzTest(maxDuration = "60s")
  void datasetDocument(byte[] data) throws IOException {
    long lines = 1;
    for (byte b : data) {
      if (b == '\n') {
        lines++;
      }
    }
    List<Issue> issues = new ArrayList<>();
    List<Located<?>> records = new ArrayList<>();
    DatasetSink sink =
        new DatasetSink() {
          @Override
          public void manifest(DatasetManifest manifest) {}

          @Override
          public void record(EntityKind kind, Located<?> record) {
            records.add(record);
          }

          @Override
          public void issue(Issue issue) {
            issues.add(issue);
          }
        };
    Map<EntityKind, ReadTally> tallies = DATASET.readDocument(new ByteArrayInputStream(data), "city.json", sink);
    long recordCount = 0;
    for (ReadTally tally : tallies.values()) {
      assertThat(tally.lines()).isEqualTo(tally.blankLines() + tally.records() + tally.unreadable());
      assertThat(tally.blankLines()).isZero();
      recordCount += tally.records();
      // an unreadable element is reported: at least as many errors as unreadable elements
    }
    long unreadable = tallies.values().stream().mapToLong(ReadTally::unreadable).sum();
    assertThat(recordCount).isEqualTo(records.size());
    assertThat(issues.stream().filter(i -> i.severity() == io.jingwei.validation.Severity.ERROR).count())
        .isGreaterThanOrEqualTo(unreadable);
    for (Located<?> record : records) {
      assertThat(record.location().file()).isEqualTo("city.json");
      assertThat(record.location().line()).isBetween(1L, lines);
    }
    for (Issue issue : issues) {
      assertLocated(issue, "city.json", lines);
      PersonalDataScan.assertNoFullPersonalData(issue);
    }
  }

  private static void assertLocated(Issue issue, String file, long maxLine) {
    Location location = issue.location();
    assertThat(location.file()).as("file of %s", issue.code()).isEqualTo(file);
    assertThat(location.line()).as("line of %s", issue.code()).isBetween(1L, maxLine);
    assertThat(issue.path()).as("pointer of %s", issue.code()).matches("(/.*)?");
  }
}
