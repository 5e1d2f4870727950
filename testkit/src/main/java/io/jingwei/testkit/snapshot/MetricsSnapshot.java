package io.jingwei.testkit.snapshot;

import io.jingwei.dataset.CityDataset;
import io.jingwei.dataset.DatasetInfo;
import io.jingwei.member.PartyMember;
import io.jingwei.metrics.DatasetMetrics;
import io.jingwei.metrics.RegionMetrics;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.OrganizationId;
import io.jingwei.validation.IssueCode;
import io.jingwei.validation.RecordCounts;
import io.jingwei.validation.StandardRef;
import io.jingwei.validation.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A metrics snapshot (指标快照) of one validated export: what a QA team keeps of each monthly export to compare the
 * next one with, without keeping the personal data. It holds only counts and ids of organizations and divisions
 * (ids are not personal data), never a person's name, ID number or phone.
 *
 * <p>Its JSON form is the versioned format {@value #FORMAT} ({@link #toJson()}, {@link #write(Path)},
 * {@link #read(Path)}), described in {@code docs/snapshots-and-drift.md} and by the JSON Schema
 * {@value #SCHEMA_RESOURCE}.
 *
 * @param dataset the dataset's description (its {@code dataset.json}): name, city, extraction date, the standard
 *     it names, source
 * @param standard the standard the export was validated against
 * @param asOf the as-of date (基准日期) of the validation
 * @param records the record counts of every entity kind (read, valid, invalid, unreadable, with warnings), in
 *     {@link EntityKind} order; kinds without records count zero
 * @param activeMembers the active members (党籍正常, {@link io.jingwei.member.PartyStanding#NORMAL}) whose
 *     relationship each organization holds, by organization id in id order; organizations without active members
 *     are absent
 * @param city the metrics of the whole dataset (completeness, coverage, compliance); empty when the standard
 *     measures nothing
 * @param districts the metrics of each district (城区/县/开发区), by division id in id order
 * @param issuesByCode the issue count of each code with issues, in code order (exact counts, also when the
 *     validation capped the details)
 */
public record MetricsSnapshot(
    DatasetInfo dataset,
    StandardRef standard,
    LocalDate asOf,
    Map<EntityKind, RecordCounts> records,
    SortedMap<OrganizationId, Long> activeMembers,
    RegionMetrics city,
    SortedMap<DivisionId, RegionMetrics> districts,
    SortedMap<String, Long> issuesByCode) {

  /** The value of the {@code format} property of the JSON form. */
  public static final String FORMAT = "jingwei-snapshot/1";

  /** The class-path resource of the JSON Schema of the format. */
  public static final String SCHEMA_RESOURCE = "/io/jingwei/testkit/snapshot/snapshot.schema.json";

  /**
   * Checks the parts and copies the maps into immutable ones in their order; every entity kind gets record
   * counts.
   *
   * @throws IllegalArgumentException when a member or issue count is negative or an issue code is malformed
   */
  public MetricsSnapshot {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(city, "city");
    EnumMap<EntityKind, RecordCounts> r = new EnumMap<>(EntityKind.class);
    for (EntityKind kind : EntityKind.values()) {
      r.put(kind, RecordCounts.none());
    }
    Objects.requireNonNull(records, "records").forEach((k, v) -> r.put(Objects.requireNonNull(k, "kind"),
        Objects.requireNonNull(v, "record counts")));
    records = Collections.unmodifiableMap(r);
    TreeMap<OrganizationId, Long> m = new TreeMap<>();
    Objects.requireNonNull(activeMembers, "activeMembers").forEach((id, n) -> {
      if (n == null || n < 0) {
        throw new IllegalArgumentException("member count of " + id + " must not be negative: " + n);
      }
      if (n > 0) {
        m.put(Objects.requireNonNull(id, "organization id"), n);
      }
    });
    activeMembers = Collections.unmodifiableSortedMap(m);
    districts = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(districts, "districts")));
    TreeMap<String, Long> i = new TreeMap<>();
    Objects.requireNonNull(issuesByCode, "issuesByCode").forEach((code, n) -> {
      IssueCode.of(Objects.requireNonNull(code, "code"));
      if (n == null || n < 0) {
        throw new IllegalArgumentException("issue count of " + code + " must not be negative: " + n);
      }
      if (n > 0) {
        i.put(code, n);
      }
    });
    issuesByCode = Collections.unmodifiableSortedMap(i);
  }

  /**
   * The snapshot of a dataset and its validation report: the report's standard, as-of date, record counts,
   * metrics (city and districts) and issue counts, and the dataset's description and active members.
   */
  public static MetricsSnapshot of(CityDataset dataset, ValidationReport report) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(report, "report");
    EnumMap<EntityKind, RecordCounts> records = new EnumMap<>(EntityKind.class);
    for (EntityKind kind : EntityKind.values()) {
      records.put(kind, report.summary().records(kind));
    }
    TreeMap<String, Long> issues = new TreeMap<>();
    for (IssueCode code : report.summary().codes()) {
      issues.put(code.value(), report.count(code));
    }
    DatasetMetrics metrics = report.metrics();
    return new MetricsSnapshot(dataset.info(), report.standard(), report.asOf(), records,
        activeMembers(dataset), metrics.city(), metrics.districts(), issues);
  }

  /**
   * The active members (党籍正常) of each organization holding member relationships: members whose standing is
   * {@link io.jingwei.member.PartyStanding#NORMAL}, counted at the organization they belong to (not at the
   * committees above it).
   */
  public static SortedMap<OrganizationId, Long> activeMembers(CityDataset dataset) {
    TreeMap<OrganizationId, Long> counts = new TreeMap<>();
    for (PartyMember m : dataset.members()) {
      if (m.standing().isActive()) {
        counts.merge(m.organization(), 1L, Long::sum);
      }
    }
    return Collections.unmodifiableSortedMap(counts);
  }

  /**
   * Reads a snapshot file ({@value #FORMAT}, UTF-8). The reading is strict: an unknown property, a missing one or a
   * value of the wrong type is an error naming the file and the place.
   *
   * @throws IllegalArgumentException when the file is not a valid snapshot
   * @throws UncheckedIOException when the file cannot be read
   */
  public static MetricsSnapshot read(Path file) {
    Objects.requireNonNull(file, "file");
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read snapshot " + file + ": " + e.getMessage(), e);
    }
    return parse(text, file.toString());
  }

  /**
   * Reads a snapshot from its JSON text; {@code source} names it in error messages.
   *
   * @throws IllegalArgumentException when the text is not a valid snapshot
   */
  public static MetricsSnapshot parse(String text, String source) {
    return SnapshotJson.read(Objects.requireNonNull(text, "text"), Objects.requireNonNull(source, "source"));
  }

  /**
   * Whether the start of a file's text announces a snapshot: a JSON object whose first property is
   * {@code "format"} with a value starting {@code jingwei-snapshot/}. Lets a tool tell a snapshot from a
   * single-document dataset without reading the whole file.
   */
  public static boolean looksLikeSnapshot(Path file) {
    return SnapshotJson.looksLikeSnapshot(Objects.requireNonNull(file, "file"));
  }

  /** The JSON form ({@value #FORMAT}): indented, UTF-8 text ending with a line break; the same for equal snapshots. */
  public String toJson() {
    return SnapshotJson.write(this);
  }

  /**
   * Writes the JSON form to the file, creating its directory when absent.
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public void write(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, toJson(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write snapshot " + file + ": " + e.getMessage(), e);
    }
  }

  /** The record counts of a kind. */
  public RecordCounts records(EntityKind kind) {
    return records.get(Objects.requireNonNull(kind, "kind"));
  }

  /** The active members of all organizations. */
  public long activeMemberTotal() {
    return activeMembers.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The issues of all codes. */
  public long issueCount() {
    return issuesByCode.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The dataset's name, standard, as-of date and sizes; never personal data. */
  @Override
  public String toString() {
    return "MetricsSnapshot[dataset=" + dataset.name() + ", standard=" + standard + ", asOf=" + asOf
        + ", organizations=" + activeMembers.size() + ", activeMembers=" + activeMemberTotal() + ", districts="
        + districts.size() + ", issues=" + issueCount() + "]";
  }
}
