package io.jingwei.cli;

import io.jingwei.dataset.CityDataset;
import io.jingwei.dataset.DatasetInfo;
import io.jingwei.impl.engine.CityDatasetInput;
import io.jingwei.impl.engine.SimpleValidationInput;
import io.jingwei.impl.io.DatasetManifest;
import io.jingwei.impl.io.DatasetReader;
import io.jingwei.impl.io.DatasetSink;
import io.jingwei.impl.io.EntityTypes;
import io.jingwei.impl.io.Located;
import io.jingwei.impl.io.ReadTally;
import io.jingwei.ref.Entity;
import io.jingwei.ref.EntityKind;
import io.jingwei.validation.Issue;
import io.jingwei.xlsx.SheetRecord;
import io.jingwei.xlsx.SpreadsheetOptions;
import io.jingwei.xlsx.SpreadsheetRead;
import io.jingwei.xlsx.Spreadsheets;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads a dataset on disk (读取数据集) with the engine's hardened readers, counting records for the progress line,
 * into a {@link LoadedDataset}: the same input {@code DatasetValidator.validate(Path)} builds, so the report is
 * the same, and the typed dataset for statistics.
 */
final class DatasetLoader {

  private static final DatasetReader READER = EntityTypes.reader();

  private DatasetLoader() {}

  /**
   * Reads the directory or single-document file.
   *
   * @throws UncheckedIOException when the path does not exist or cannot be read
   */
  static LoadedDataset load(Path path, Progress progress) {
    return load(path, progress, SpreadsheetOptions::defaults);
  }

  /**
   * Reads the directory, single-document file or spreadsheets (a workbook, a CSV file, or a directory of them:
   * {@link Spreadsheets#holdsSpreadsheets(Path)}).
   *
   * @throws UncheckedIOException when the path does not exist or cannot be read
   * @throws io.jingwei.xlsx.SpreadsheetException when a spreadsheet cannot be read at all
   */
  static LoadedDataset load(Path path, Progress progress, Supplier<SpreadsheetOptions> spreadsheetOptions) {
    if (Files.exists(path) && Spreadsheets.holdsSpreadsheets(path)) {
      return loadSpreadsheets(path, progress, spreadsheetOptions.get());
    }
    Collector sink = new Collector(progress);
    Map<EntityKind, ReadTally> tallies;
    try {
      if (!Files.exists(path)) {
        throw new NoSuchFileException(path.toString());
      }
      if (Files.isDirectory(path)) {
        tallies = READER.readDirectory(path, sink);
      } else {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
          tallies = READER.readDocument(in, path.getFileName().toString(), sink);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      if (e.getCause() instanceof IOException io) {
        throw new UncheckedIOException("cannot read " + path + ": " + io.getMessage(), io);
      }
      throw e;
    }
    CityDataset.Builder dataset = CityDataset.builder();
    DatasetManifest manifest = sink.manifest;
    if (manifest != null) {
      dataset.info(
          new DatasetInfo(
              manifest.name(), manifest.city(), manifest.extractedOn(), manifest.standard(), manifest.source()));
    }
    for (List<Located<?>> list : sink.records.values()) {
      for (Located<?> located : list) {
        dataset.addAll(List.of(located.value()));
      }
    }
    CityDataset built = dataset.build();
    SimpleValidationInput.Builder input = SimpleValidationInput.builder();
    for (EntityKind kind : EntityKind.values()) {
      for (Located<?> located : sink.records.getOrDefault(kind, List.of())) {
        input.record(((Entity) located.value()).ref(), located.value(), located.location());
      }
      ReadTally tally = tallies.get(kind);
      input.unreadable(kind, tally == null ? 0 : tally.unreadable());
    }
    input
        .readIssues(sink.issues)
        .dataset(built)
        .regions(CityDatasetInput.of(built).regions());
    return new LoadedDataset(
        path,
        input.build(),
        built,
        manifest == null ? null : manifest.standard(),
        manifest == null ? null : manifest.extractedOn(),
        null);
  }

  private static LoadedDataset loadSpreadsheets(Path path, Progress progress, SpreadsheetOptions options) {
    SpreadsheetRead read = Spreadsheets.read(path, options);
    CityDataset built = read.dataset();
    SimpleValidationInput.Builder input = SimpleValidationInput.builder();
    for (EntityKind kind : EntityKind.values()) {
      for (SheetRecord r : read.records(kind)) {
        input.record(r.record().ref(), r.record(), r.location());
        progress.record();
      }
      input.unreadable(kind, read.unreadable(kind));
    }
    input.readIssues(read.issues()).dataset(built).regions(CityDatasetInput.of(built).regions());
    return new LoadedDataset(path, input.build(), built, null, null, read);
  }

  /**
   * What a streaming validation needs besides the report: the manifest of a dataset directory (standard, as-of
   * date) and, when {@code divisions}, the divisions (for region names); nothing of the members or other kinds.
   * A single JSON document or spreadsheets have no manifest.
   *
   * @throws UncheckedIOException when the path cannot be read
   * @throws io.jingwei.xlsx.SpreadsheetException when a spreadsheet cannot be read at all
   */
  static LoadedDataset loadForStreaming(
      Path path, Supplier<SpreadsheetOptions> spreadsheetOptions, boolean divisions) {
    CityDataset.Builder dataset = CityDataset.builder();
    DatasetManifest manifest = null;
    if (Spreadsheets.holdsSpreadsheets(path)) {
      if (divisions) {
        SpreadsheetRead read = Spreadsheets.read(path, spreadsheetOptions.get(), java.util.Set.of(EntityKind.DIVISION));
        dataset.addAll(read.dataset().divisions());
      }
    } else if (Files.isDirectory(path)) {
      Map<EntityKind, Class<?>> types = new EnumMap<>(EntityKind.class);
      if (divisions) {
        types.put(EntityKind.DIVISION, EntityTypes.of(EntityKind.DIVISION));
      }
      try {
        io.jingwei.impl.io.ReadResult read = DatasetReader.of(types).readDirectory(path);
        manifest = read.manifest().orElse(null);
        for (Located<?> located : read.records(EntityKind.DIVISION)) {
          dataset.addAll(List.of(located.value()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
      }
    }
    CityDataset built = dataset.build();
    return new LoadedDataset(
        path,
        CityDatasetInput.of(built),
        built,
        manifest == null ? null : manifest.standard(),
        manifest == null ? null : manifest.extractedOn(),
        null);
  }

  /**
   * The records a dataset is expected to hold, for the progress line: the lines of the collection files of a
   * directory; 0 (unknown) for a single document.
   */
  static long expectedRecords(Path path) {
    if (!Files.isDirectory(path) || Spreadsheets.holdsSpreadsheets(path)) {
      return 0;
    }
    long lines = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(path, "*.jsonl")) {
      byte[] buffer = new byte[1 << 16];
      for (Path file : files) {
        try (InputStream in = Files.newInputStream(file)) {
          int n;
          while ((n = in.read(buffer)) > 0) {
            for (int i = 0; i < n; i++) {
              if (buffer[i] == '\n') {
                lines++;
              }
            }
          }
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return lines;
  }

  private static final class Collector implements DatasetSink {
    private final Progress progress;
    private @Nullable DatasetManifest manifest;
    private final Map<EntityKind, List<Located<?>>> records = new EnumMap<>(EntityKind.class);
    private final List<Issue> issues = new ArrayList<>();

    Collector(Progress progress) {
      this.progress = progress;
    }

    @Override
    public void manifest(DatasetManifest m) {
      manifest = m;
    }

    @Override
    public void record(EntityKind kind, Located<?> record) {
      records.computeIfAbsent(kind, k -> new ArrayList<>()).add(record);
      progress.record();
    }

    @Override
    public void issue(Issue issue) {
      issues.add(issue);
    }
  }
}
