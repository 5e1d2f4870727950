package io.jingwei.testkit.drift;

import io.jingwei.ref.EntityKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two exports (漂移报告). With two datasets ({@link Mode#FULL}) it holds everything: record
 * changes per kind, departures of members, member-count jumps, metric drops and issue-count changes; with a
 * snapshot on either side ({@link Mode#METRICS}) only the parts a snapshot has (record counts, jumps, metric drops,
 * issue counts), and {@link #records()} and {@link #departures()} are empty.
 *
 * <p>Its JSON form is the versioned format {@value #FORMAT} ({@link #toJson()}), described in
 * {@code docs/snapshots-and-drift.md} and by the JSON Schema {@value #SCHEMA_RESOURCE}. It never holds personal
 * data other than masked names.
 *
 * @param mode what was compared
 * @param oldSide the old export
 * @param newSide the new export
 * @param thresholds the thresholds applied
 * @param recordCounts the kinds whose record counts (read, valid, invalid, unreadable, with warnings) differ, in
 *     kind order
 * @param records the record changes of every kind, in kind order ({@link Mode#FULL}; empty otherwise)
 * @param departures the members of the old export who are not active in the new one, by member id
 *     ({@link Mode#FULL}; empty otherwise)
 * @param memberCountJumps the organizations whose active member count jumped, by organization id
 * @param metricDrifts the rates that dropped beyond their thresholds: the city first, then the districts in id
 *     order; within a region compliance, coverage, completeness, each in key order
 * @param issueCountChanges the issue codes whose count changed, in code order
 */
public record DriftReport(
    Mode mode,
    DriftSide oldSide,
    DriftSide newSide,
    DriftThresholds thresholds,
    List<RecordCountChange> recordCounts,
    Map<EntityKind, KindChanges> records,
    List<Departure> departures,
    List<MemberCountJump> memberCountJumps,
    List<MetricDrift> metricDrifts,
    List<IssueCountChange> issueCountChanges) {

  /** The value of the {@code format} property of the JSON form. */
  public static final String FORMAT = "jingwei-drift/1";

  /** The class-path resource of the JSON Schema of the format. */
  public static final String SCHEMA_RESOURCE = "/io/jingwei/testkit/drift/drift.schema.json";

  /** What a report compares (比较方式). */
  public enum Mode {
    /** Two datasets: records, departures and metrics. */
    FULL,
    /** A snapshot on at least one side: metrics only. */
    METRICS
  }

  /** Checks and copies the parts. */
  public DriftReport {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(oldSide, "oldSide");
    Objects.requireNonNull(newSide, "newSide");
    Objects.requireNonNull(thresholds, "thresholds");
    recordCounts = List.copyOf(recordCounts);
    EnumMap<EntityKind, KindChanges> r = new EnumMap<>(EntityKind.class);
    r.putAll(records);
    records = Collections.unmodifiableMap(r);
    departures = List.copyOf(departures);
    memberCountJumps = List.copyOf(memberCountJumps);
    metricDrifts = List.copyOf(metricDrifts);
    issueCountChanges = List.copyOf(issueCountChanges);
  }

  /** The departures nothing explains (silently lost members). */
  public List<Departure> silentlyLost() {
    return departures.stream().filter(Departure::isSilent).toList();
  }

  /** The issue-count rises beyond the thresholds. */
  public List<IssueCountChange> significantIssueIncreases() {
    return issueCountChanges.stream().filter(IssueCountChange::significant).toList();
  }

  /** Whether the two sides were validated against different standards (the figures may not compare). */
  public boolean standardsDiffer() {
    return !oldSide.standard().equals(newSide.standard());
  }

  /**
   * Whether the drift is significant (显著漂移): a member-count jump, a metric drop, more silently lost members than
   * allowed, or an issue-count rise beyond the thresholds.
   */
  public boolean isSignificant() {
    return !memberCountJumps.isEmpty()
        || !metricDrifts.isEmpty()
        || silentlyLost().size() > thresholds.maxSilentlyLost()
        || !significantIssueIncreases().isEmpty();
  }

  /** The JSON form ({@value #FORMAT}): indented, ending with a line break; the same for equal reports. */
  public String toJson() {
    return DriftJson.write(this);
  }

  /** The mode, the sides' names and the number of findings; never personal data. */
  @Override
  public String toString() {
    return "DriftReport[mode=" + mode + ", old=" + oldSide.name() + ", new=" + newSide.name() + ", departures="
        + departures.size() + ", silentlyLost=" + silentlyLost().size() + ", jumps=" + memberCountJumps.size()
        + ", metricDrifts=" + metricDrifts.size() + ", significant=" + isSignificant() + "]";
  }
}
