package io.jingwei.impl.engine;

import io.jingwei.impl.mask.PersonalDataMask;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.EntityRef;
import io.jingwei.standard.RuleDefinition;
import io.jingwei.standard.Standard;
import io.jingwei.validation.Issue;
import io.jingwei.validation.IssueCode;
import io.jingwei.validation.Severity;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Collects the issues of one validation (问题收集器) and applies, in this order:
 *
 * <ol>
 *   <li>rules turned off — in the standard ({@code enabled: false}, or not in force on the as-of date) or in the
 *       options — drop the issue, uncounted;
 *   <li>the severity: the options' override for the rule, else the rule's severity in the standard, else the
 *       issue's own (for codes the standard does not define);
 *   <li>approval silencing: an approvable rule's issue on a record with an approval covering the rule is not
 *       reported, only counted in {@code suppressedByApproval};
 *   <li>masking: argument values that are personal data become their masked text unless the options show personal
 *       data; all arguments take their normal form ({@link PersonalDataMask}) and are put in name order, so that
 *       reports do not depend on the iteration order of the map a check passed;
 *   <li>counting, always exact: by code, severity, district and street, and the records with errors or warnings;
 *   <li>the cap per code: only the first {@code maxIssuesPerCode} issues in report order are kept in detail, the
 *       codes capped are noted;
 *   <li>fail-fast: after the first error counted, {@link #isStopped()} is true and later issues are ignored.
 * </ol>
 *
 * <p>One collector serves one validation on one thread; it is not thread-safe.
 */
public final class IssueCollector implements IssueSink {

  private final Standard standard;
  private final ValidationOptions options;
  private final LocalDate asOf;
  private final RegionResolver regions;
  private final int cap;

  private final Map<IssueCode, List<Issue>> unlimited = new HashMap<>();
  private final Map<IssueCode, PriorityQueue<Issue>> capped = new HashMap<>();
  private final Map<IssueCode, Long> byCode = new HashMap<>();
  private final EnumMap<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
  private final Map<DivisionId, Long> byDistrict = new HashMap<>();
  private final Map<DivisionId, Long> byStreet = new HashMap<>();
  private final Set<EntityRef> withErrors = new HashSet<>();
  private final Set<EntityRef> withWarnings = new HashSet<>();
  private final Set<EntityRef> withIssues = new HashSet<>();
  private final Map<IssueCode, Set<EntityRef>> recordsByCode = new HashMap<>();
  private long suppressed;
  private boolean stopped;

  /** A collector for one validation against the standard with the options, on the as-of date. */
  public IssueCollector(Standard standard, ValidationOptions options, LocalDate asOf, RegionResolver regions) {
    this.standard = Objects.requireNonNull(standard, "standard");
    this.options = Objects.requireNonNull(options, "options");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.regions = Objects.requireNonNull(regions, "regions");
    this.cap = options.maxIssuesPerCode();
  }

  /**
   * Takes one issue through the policy above.
   *
   * @return whether the issue was counted (not dropped, silenced or ignored after a stop)
   */
  @Override
  public boolean accept(Issue issue, Approvals approvals) {
    Objects.requireNonNull(issue, "issue");
    Objects.requireNonNull(approvals, "approvals");
    if (stopped) {
      return false;
    }
    String id = issue.code().value();
    Optional<RuleDefinition> rule = standard.rule(id);
    if (options.isRuleDisabled(id) || (rule.isPresent() && !rule.get().isEffectiveOn(asOf))) {
      return false;
    }
    Severity severity =
        options.severityOverride(id).orElse(rule.map(RuleDefinition::severity).orElse(issue.severity()));
    if (rule.isPresent() && rule.get().approvable() && approvals.covers(id)) {
      suppressed++;
      return false;
    }
    Issue kept =
        new Issue(
            issue.code(),
            severity,
            issue.entity(),
            issue.path(),
            issue.location(),
            new TreeMap<>(PersonalDataMask.args(issue.args(), options.showPersonalData())));
    count(kept);
    keep(kept);
    if (severity == Severity.ERROR && options.isFailFast()) {
      stopped = true;
    }
    return true;
  }

  /** Takes an issue that no approval can cover. */
  public boolean accept(Issue issue) {
    return accept(issue, Approvals.none());
  }

  /** Whether fail-fast has stopped the validation. */
  @Override
  public boolean isStopped() {
    return stopped;
  }

  /** Whether an error was counted on the record. */
  public boolean hasError(EntityRef ref) {
    return withErrors.contains(ref);
  }

  /** Whether an issue of any severity was counted on the record. */
  public boolean hasIssue(EntityRef ref) {
    return withIssues.contains(ref);
  }

  /** Whether a warning was counted on the record. */
  public boolean hasWarning(EntityRef ref) {
    return withWarnings.contains(ref);
  }

  /** The detailed issues kept, in report order. */
  public List<Issue> issues() {
    List<Issue> out = new ArrayList<>();
    unlimited.values().forEach(out::addAll);
    capped.values().forEach(out::addAll);
    out.sort(ValidationReport.issueOrder());
    return Collections.unmodifiableList(out);
  }

  /** The detailed issues kept with the code, in report order. */
  public List<Issue> issues(String code) {
    IssueCode c = IssueCode.of(code);
    return issues().stream().filter(i -> i.code().equals(c)).toList();
  }

  /** The exact counts by code. */
  public SortedMap<IssueCode, Long> countsByCode() {
    return Collections.unmodifiableSortedMap(new TreeMap<>(byCode));
  }

  /** The exact counts by severity. */
  public Map<Severity, Long> countsBySeverity() {
    return Collections.unmodifiableMap(new EnumMap<>(bySeverity));
  }

  /** The exact counts by district. */
  public SortedMap<DivisionId, Long> countsByDistrict() {
    return Collections.unmodifiableSortedMap(new TreeMap<>(byDistrict));
  }

  /** The exact counts by street. */
  public SortedMap<DivisionId, Long> countsByStreet() {
    return Collections.unmodifiableSortedMap(new TreeMap<>(byStreet));
  }

  /** The codes whose details were capped. */
  public SortedSet<IssueCode> truncatedCodes() {
    SortedSet<IssueCode> out = new TreeSet<>();
    byCode.forEach(
        (code, n) -> {
          if (n > cap) {
            out.add(code);
          }
        });
    return Collections.unmodifiableSortedSet(out);
  }

  /**
   * The records with at least one issue of the code counted (of any severity, details capped or not); approvals
   * silenced issues are not among them. Unmodifiable, live for the rest of the validation.
   */
  @Override
  public Set<EntityRef> recordsWithIssues(IssueCode code) {
    Set<EntityRef> refs = recordsByCode.get(Objects.requireNonNull(code, "code"));
    return refs == null ? Set.of() : Collections.unmodifiableSet(refs);
  }

  /** The records with an error counted, unmodifiable and live (a streaming validation counts invalid records). */
  public Set<EntityRef> recordsWithErrors() {
    return Collections.unmodifiableSet(withErrors);
  }

  /** The records with a warning counted, unmodifiable and live. */
  public Set<EntityRef> recordsWithWarnings() {
    return Collections.unmodifiableSet(withWarnings);
  }

  /** The issues an approval silenced. */
  public long suppressedByApproval() {
    return suppressed;
  }

  private void count(Issue issue) {
    byCode.merge(issue.code(), 1L, Long::sum);
    bySeverity.merge(issue.severity(), 1L, Long::sum);
    EntityRef ref = issue.entity();
    if (ref != null) {
      recordsByCode.computeIfAbsent(issue.code(), c -> new HashSet<>()).add(ref);
      withIssues.add(ref);
      RegionResolver.Places places = regions.places(ref);
      if (places.district() != null) {
        byDistrict.merge(places.district(), 1L, Long::sum);
      }
      if (places.street() != null) {
        byStreet.merge(places.street(), 1L, Long::sum);
      }
      if (issue.severity() == Severity.ERROR) {
        withErrors.add(ref);
      } else if (issue.severity() == Severity.WARNING) {
        withWarnings.add(ref);
      }
    }
  }

  private void keep(Issue issue) {
    if (cap == ValidationOptions.UNLIMITED) {
      unlimited.computeIfAbsent(issue.code(), c -> new ArrayList<>()).add(issue);
      return;
    }
    PriorityQueue<Issue> q =
        capped.computeIfAbsent(issue.code(), c -> new PriorityQueue<>(ValidationReport.issueOrder().reversed()));
    if (q.size() < cap) {
      q.add(issue);
    } else if (ValidationReport.issueOrder().compare(issue, q.peek()) < 0) {
      q.poll();
      q.add(issue);
    }
  }
}
