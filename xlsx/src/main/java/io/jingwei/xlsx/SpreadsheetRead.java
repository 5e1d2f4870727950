package io.jingwei.xlsx;

import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.engine.CityDatasetInput;
import io.jingwei.impl.engine.DefaultDatasetValidator;
import io.jingwei.impl.engine.SimpleValidationInput;
import io.jingwei.ref.EntityKind;
import io.jingwei.validation.DatasetValidator;
import io.jingwei.validation.Issue;
import io.jingwei.validation.ValidationReport;
import io.jingwei.xlsx.internal.SheetLayout;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What reading spreadsheets gave (表格读取结果): the records of each kind with their rows, the issues in reading
 * order, and for every kind the rows read — each a record or unreadable, so that a validation's summary accounts
 * for every row ({@code read == valid + invalid + unreadable}). Immutable.
 */
public final class SpreadsheetRead {

  private final Path source;
  private final List<Path> files;
  private final Map<EntityKind, List<SheetRecord>> records;
  private final List<Issue> issues;
  private final Map<EntityKind, long[]> counts;
  private final List<SheetLayout> layouts;
  private final CityDataset dataset;

  SpreadsheetRead(
      Path source,
      List<Path> files,
      Map<EntityKind, List<SheetRecord>> records,
      List<Issue> issues,
      Map<EntityKind, long[]> counts,
      List<SheetLayout> layouts) {
    this.source = source;
    this.files = List.copyOf(files);
    EnumMap<EntityKind, List<SheetRecord>> r = new EnumMap<>(EntityKind.class);
    records.forEach((k, v) -> r.put(k, List.copyOf(v)));
    this.records = Collections.unmodifiableMap(r);
    this.issues = List.copyOf(issues);
    EnumMap<EntityKind, long[]> c = new EnumMap<>(EntityKind.class);
    counts.forEach((k, v) -> c.put(k, v.clone()));
    this.counts = c;
    this.layouts = List.copyOf(layouts);
    CityDataset.Builder b = CityDataset.builder();
    for (List<SheetRecord> list : this.records.values()) {
      for (SheetRecord s : list) {
        b.addAll(List.of(s.record()));
      }
    }
    this.dataset = b.build();
  }

  /** The path read: a workbook, a CSV file or a directory. */
  public Path source() {
    return source;
  }

  /** The spreadsheet files read, in reading order. */
  public List<Path> files() {
    return files;
  }

  /** The records of a kind, in row order; empty when none. */
  public List<SheetRecord> records(EntityKind kind) {
    return records.getOrDefault(Objects.requireNonNull(kind, "kind"), List.of());
  }

  /** The issues found while reading, in reading order. */
  public List<Issue> issues() {
    return issues;
  }

  /** The non-blank data rows of a kind read: {@code records(kind).size() + unreadable(kind)}. */
  public long rows(EntityKind kind) {
    long[] c = counts.get(kind);
    return c == null ? 0 : c[1] + c[2];
  }

  /** The blank rows of a kind skipped. */
  public long blankRows(EntityKind kind) {
    long[] c = counts.get(kind);
    return c == null ? 0 : c[0];
  }

  /** The rows of a kind that gave no record. */
  public long unreadable(EntityKind kind) {
    long[] c = counts.get(kind);
    return c == null ? 0 : c[2];
  }

  /** The records read, as a city dataset (without locations). */
  public CityDataset dataset() {
    return dataset;
  }

  /** The header layouts of the sheets read (for the annotator). */
  List<SheetLayout> layouts() {
    return layouts;
  }

  /**
   * Validates what was read (校验): with the engine's validator, the read issues come with the report, records are
   * located at their rows, and unreadable rows count as unreadable in the summary — as
   * {@link DatasetValidator#validate(Path)} does for JSON. With another implementation, only {@link #dataset()} is
   * validated (no read issues, no locations).
   */
  public ValidationReport validate(DatasetValidator validator) {
    Objects.requireNonNull(validator, "validator");
    if (validator instanceof DefaultDatasetValidator engine) {
      return engine.validate(input());
    }
    return validator.validate(dataset);
  }

  /** The engine's input: records with their rows, the read issues, unreadable counts and regions. */
  SimpleValidationInput input() {
    SimpleValidationInput.Builder input = SimpleValidationInput.builder();
    for (EntityKind kind : EntityKind.values()) {
      for (SheetRecord r : records(kind)) {
        input.record(r.record().ref(), r.record(), r.location());
      }
      input.unreadable(kind, unreadable(kind));
    }
    return input.readIssues(issues).dataset(dataset).regions(CityDatasetInput.of(dataset).regions()).build();
  }

  @Override
  public String toString() {
    long rows = 0;
    for (EntityKind k : EntityKind.values()) {
      rows += rows(k);
    }
    return "SpreadsheetRead[" + source.getFileName() + ", rows=" + rows + ", issues=" + issues.size() + "]";
  }
}
