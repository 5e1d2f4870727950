package io.jingwei.impl.engine;

import io.jingwei.dataset.CityDataset;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;
import io.jingwei.validation.Issue;
import io.jingwei.validation.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A validation input held in memory (内存输入), built record by record. The adapter of a city dataset and of a
 * reader's result build one; tests build small ones. Immutable once built.
 */
public final class SimpleValidationInput implements ValidationInput {

  private final Map<EntityKind, List<RecordEntry>> records;
  private final List<Issue> readIssues;
  private final Map<EntityKind, Long> unreadable;
  private final Map<EntityRef, Location> locations;
  private final RegionResolver regions;
  private final @Nullable CityDataset dataset;

  private SimpleValidationInput(Builder b) {
    EnumMap<EntityKind, List<RecordEntry>> r = new EnumMap<>(EntityKind.class);
    Map<EntityRef, Location> loc = new HashMap<>();
    for (EntityKind kind : EntityKind.values()) {
      List<RecordEntry> list = List.copyOf(b.records.getOrDefault(kind, List.of()));
      r.put(kind, list);
      for (RecordEntry e : list) {
        loc.putIfAbsent(e.ref(), e.location());
      }
    }
    this.records = Collections.unmodifiableMap(r);
    this.locations = Collections.unmodifiableMap(loc);
    this.readIssues = List.copyOf(b.readIssues);
    this.unreadable = Collections.unmodifiableMap(new EnumMap<>(b.unreadable));
    this.regions = b.regions;
    this.dataset = b.dataset;
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** An input without records or issues. */
  public static SimpleValidationInput empty() {
    return builder().build();
  }

  @Override
  public List<RecordEntry> records(EntityKind kind) {
    return records.get(Objects.requireNonNull(kind, "kind"));
  }

  @Override
  public List<Issue> readIssues() {
    return readIssues;
  }

  @Override
  public long unreadable(EntityKind kind) {
    return unreadable.getOrDefault(kind, 0L);
  }

  @Override
  public Location location(EntityRef ref) {
    return locations.getOrDefault(ref, Location.none());
  }

  @Override
  public RegionResolver regions() {
    return regions;
  }

  @Override
  public Optional<CityDataset> dataset() {
    return Optional.ofNullable(dataset);
  }

  /** A builder of a {@link SimpleValidationInput}. Not thread-safe. */
  public static final class Builder {
    private final Map<EntityKind, List<RecordEntry>> records = new EnumMap<>(EntityKind.class);
    private final List<Issue> readIssues = new ArrayList<>();
    private final Map<EntityKind, Long> unreadable = new EnumMap<>(EntityKind.class);
    private RegionResolver regions = RegionResolver.none();
    private @Nullable CityDataset dataset;

    private Builder() {}

    /** Adds a record read at the location. */
    public Builder record(EntityRef ref, Object record, Location location) {
      return record(new RecordEntry(ref, record, location));
    }

    /** Adds a record built in memory (no location). */
    public Builder record(EntityRef ref, Object record) {
      return record(ref, record, Location.none());
    }

    /** Adds a record entry. */
    public Builder record(RecordEntry entry) {
      records.computeIfAbsent(entry.ref().kind(), k -> new ArrayList<>()).add(entry);
      return this;
    }

    /** Adds an issue raised while reading. */
    public Builder readIssue(Issue issue) {
      readIssues.add(Objects.requireNonNull(issue, "issue"));
      return this;
    }

    /** Adds issues raised while reading. */
    public Builder readIssues(List<Issue> issues) {
      issues.forEach(this::readIssue);
      return this;
    }

    /** Counts records of the kind that could not be read. */
    public Builder unreadable(EntityKind kind, long count) {
      if (count < 0) {
        throw new IllegalArgumentException("count must not be negative");
      }
      unreadable.merge(Objects.requireNonNull(kind, "kind"), count, Long::sum);
      return this;
    }

    /** Sets the region resolver (default: none). */
    public Builder regions(RegionResolver value) {
      this.regions = Objects.requireNonNull(value, "regions");
      return this;
    }

    /** Sets the typed dataset the records come from. */
    public Builder dataset(@Nullable CityDataset value) {
      this.dataset = value;
      return this;
    }

    /** The input. */
    public SimpleValidationInput build() {
      return new SimpleValidationInput(this);
    }
  }
}
