package io.jingwei.validation;

import io.jingwei.ref.DivisionId;
import io.jingwei.ref.EntityKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The summary of a validation report (校验汇总): records per kind, issue counts by severity, code, district and
 * street. The counts are exact even when the report's detailed issues were capped per code
 * ({@code ValidationOptions.maxIssuesPerCode}); they stop growing only when validation stopped at the first error
 * ({@link #stoppedEarly()}).
 *
 * @param records record counts for every {@link EntityKind}, in the enum's order (kinds without records have
 *     {@link RecordCounts#none()})
 * @param issuesBySeverity issue counts for every {@link Severity}, most severe first
 * @param issuesByCode issue counts by code, in code order; codes without issues are absent
 * @param issuesByDistrict issue counts by the district (城区/县, county-level division) of the record concerned, in id
 *     order; records that no district can be found for are not counted here
 * @param issuesByStreet issue counts by the street (街道/乡镇, township-level division) of the record concerned
 * @param truncatedCodes the codes whose detailed issues were capped (the report holds fewer issues than counted)
 * @param suppressedByApproval the issues that an approval (上级批准) on the record silenced; not counted elsewhere
 * @param stoppedEarly whether validation stopped at the first error (fail-fast), leaving later checks unrun
 */
public record ReportSummary(
    Map<EntityKind, RecordCounts> records,
    Map<Severity, Long> issuesBySeverity,
    SortedMap<IssueCode, Long> issuesByCode,
    SortedMap<DivisionId, Long> issuesByDistrict,
    SortedMap<DivisionId, Long> issuesByStreet,
    SortedSet<IssueCode> truncatedCodes,
    long suppressedByApproval,
    boolean stoppedEarly) {

  /** Fills absent kinds and severities with zero and copies every map into an immutable, ordered one. */
  public ReportSummary {
    EnumMap<EntityKind, RecordCounts> r = new EnumMap<>(EntityKind.class);
    for (EntityKind kind : EntityKind.values()) {
      r.put(kind, Objects.requireNonNullElse(records.get(kind), RecordCounts.none()));
    }
    records = Collections.unmodifiableMap(r);
    EnumMap<Severity, Long> s = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      s.put(severity, Objects.requireNonNullElse(issuesBySeverity.get(severity), 0L));
    }
    issuesBySeverity = Collections.unmodifiableMap(s);
    issuesByCode = Collections.unmodifiableSortedMap(new TreeMap<>(issuesByCode));
    issuesByDistrict = Collections.unmodifiableSortedMap(new TreeMap<>(issuesByDistrict));
    issuesByStreet = Collections.unmodifiableSortedMap(new TreeMap<>(issuesByStreet));
    truncatedCodes = Collections.unmodifiableSortedSet(new TreeSet<>(truncatedCodes));
    if (suppressedByApproval < 0) {
      throw new IllegalArgumentException("suppressedByApproval must not be negative");
    }
  }

  /** An empty summary: nothing read, no issues. */
  public static ReportSummary empty() {
    return new ReportSummary(Map.of(), Map.of(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeSet<>(), 0, false);
  }

  /** The record counts (记录统计) of one kind. */
  public RecordCounts records(EntityKind kind) {
    return records.get(Objects.requireNonNull(kind, "kind"));
  }

  /** The record counts of all kinds added up. */
  public RecordCounts totalRecords() {
    RecordCounts total = RecordCounts.none();
    for (RecordCounts c : records.values()) {
      total = total.plus(c);
    }
    return total;
  }

  /** The records read per kind (读取记录数). */
  public long recordsRead(EntityKind kind) {
    return records(kind).read();
  }

  /** The records, of any kind, with at least one error (有错误的记录). */
  public long recordsWithErrors() {
    return totalRecords().invalid();
  }

  /** The records, of any kind, with at least one warning (有警告的记录). */
  public long recordsWithWarnings() {
    return totalRecords().withWarnings();
  }

  /** The number of issues of the given severity. */
  public long count(Severity severity) {
    return issuesBySeverity.get(Objects.requireNonNull(severity, "severity"));
  }

  /** The exact number of issues with the given code, whether or not their details were kept. */
  public long count(IssueCode code) {
    return issuesByCode.getOrDefault(Objects.requireNonNull(code, "code"), 0L);
  }

  /** The number of issues of all severities. */
  public long issueCount() {
    return issuesBySeverity.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Whether some detailed issues were left out of the report because of the per-code cap (明细已截断). */
  public boolean detailsTruncated() {
    return !truncatedCodes.isEmpty();
  }

  /** The codes of all issues counted, in code order. */
  public Set<IssueCode> codes() {
    return issuesByCode.keySet();
  }
}
