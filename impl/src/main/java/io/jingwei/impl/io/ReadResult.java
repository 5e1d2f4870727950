package io.jingwei.impl.io;

import io.jingwei.ref.EntityKind;
import io.jingwei.validation.Issue;
import io.jingwei.validation.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything read from a dataset (数据集读取结果): the manifest, the located records of each entity kind in file
 * order, the issues in reading order, and the tally of each kind. Immutable and thread-safe.
 */
public final class ReadResult {

  private final @Nullable DatasetManifest manifest;
  private final Map<EntityKind, List<Located<?>>> records;
  private final List<Issue> issues;
  private final Map<EntityKind, ReadTally> tallies;

  private ReadResult(
      @Nullable DatasetManifest manifest,
      Map<EntityKind, List<Located<?>>> records,
      List<Issue> issues,
      Map<EntityKind, ReadTally> tallies) {
    this.manifest = manifest;
    EnumMap<EntityKind, List<Located<?>>> copy = new EnumMap<>(EntityKind.class);
    records.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.records = Collections.unmodifiableMap(copy);
    this.issues = List.copyOf(issues);
    EnumMap<EntityKind, ReadTally> t = new EnumMap<>(EntityKind.class);
    t.putAll(tallies);
    this.tallies = Collections.unmodifiableMap(t);
  }

  /** The manifest, when it was present and readable. */
  public Optional<DatasetManifest> manifest() {
    return Optional.ofNullable(manifest);
  }

  /** The records of a kind, in file order; empty when none. */
  public List<Located<?>> records(EntityKind kind) {
    return records.getOrDefault(kind, List.of());
  }

  /**
   * The records of a kind as the given type.
   *
   * @throws ClassCastException when a record of the kind is not of the type
   */
  @SuppressWarnings("unchecked")
  public <T> List<Located<T>> records(EntityKind kind, Class<T> type) {
    List<Located<?>> list = records(kind);
    for (Located<?> r : list) {
      type.cast(r.value());
    }
    return (List<Located<T>>) (List<?>) list;
  }

  /** The issues, in reading order: the manifest first, then the files or collections in entity-kind order. */
  public List<Issue> issues() {
    return issues;
  }

  /** Whether any issue is an error. */
  public boolean hasErrors() {
    return issues.stream().anyMatch(i -> i.severity() == Severity.ERROR);
  }

  /** The tally of a kind; zero when the kind had no file or collection. */
  public ReadTally tally(EntityKind kind) {
    return tallies.getOrDefault(kind, ReadTally.ZERO);
  }

  /** The tallies of the kinds that had a file or collection. */
  public Map<EntityKind, ReadTally> tallies() {
    return tallies;
  }

  /** The sum of all tallies. */
  public ReadTally total() {
    return tallies.values().stream().reduce(ReadTally.ZERO, ReadTally::plus);
  }

  @Override
  public String toString() {
    return "ReadResult[" + total() + ", issues=" + issues.size() + "]";
  }

  /** A sink that collects into a result. */
  static final class Collector implements DatasetSink {
    private @Nullable DatasetManifest manifest;
    private final Map<EntityKind, List<Located<?>>> records = new EnumMap<>(EntityKind.class);
    private final List<Issue> issues = new ArrayList<>();

    @Override
    public void manifest(DatasetManifest m) {
      manifest = m;
    }

    @Override
    public void record(EntityKind kind, Located<?> record) {
      records.computeIfAbsent(kind, k -> new ArrayList<>()).add(record);
    }

    @Override
    public void issue(Issue issue) {
      issues.add(issue);
    }

    ReadResult result(Map<EntityKind, ReadTally> tallies) {
      return new ReadResult(manifest, records, issues, tallies);
    }
  }
}
