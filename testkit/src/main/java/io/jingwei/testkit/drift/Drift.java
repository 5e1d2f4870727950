package io.jingwei.testkit.drift;

import io.jingwei.dataset.CityDataset;
import io.jingwei.metrics.CoverageItem;
import io.jingwei.metrics.KindCompleteness;
import io.jingwei.metrics.Ratio;
import io.jingwei.metrics.RegionMetrics;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.OrganizationId;
import io.jingwei.standard.Standard;
import io.jingwei.testkit.DatasetValidation;
import io.jingwei.testkit.snapshot.MetricsSnapshot;
import io.jingwei.validation.RecordCounts;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Compares two exports (漂移比较): two datasets with their validation reports (everything), or two metrics
 * snapshots (the figures only).
 *
 * <pre>{@code
 * DriftReport drift = Drift.compare(april, aprilReport, may, mayReport, DriftThresholds.defaults());
 * assertThat(drift.silentlyLost()).isEmpty();
 * }</pre>
 */
public final class Drift {

  private Drift() {}

  /**
   * Compares two datasets with their validation reports: record changes, departures and everything the
   * snapshots of both compare.
   */
  public static DriftReport compare(
      CityDataset oldData,
      ValidationReport oldReport,
      CityDataset newData,
      ValidationReport newReport,
      DriftThresholds thresholds) {
    Objects.requireNonNull(oldData, "oldData");
    Objects.requireNonNull(newData, "newData");
    MetricsSnapshot before = MetricsSnapshot.of(oldData, oldReport);
    MetricsSnapshot after = MetricsSnapshot.of(newData, newReport);
    return build(DriftReport.Mode.FULL, side(before, DriftSide.Source.DATASET), side(after, DriftSide.Source.DATASET),
        before, after, RecordDiff.compare(oldData, newData), Departures.find(oldData, newData), thresholds);
  }

  /**
   * Validates both datasets — against the standard the new one's description names (else the old one's, else
   * {@code national}), each as of its own extraction date (else today) — and compares them.
   */
  public static DriftReport compare(CityDataset oldData, CityDataset newData, DriftThresholds thresholds) {
    String named = newData.info().standard() != null ? newData.info().standard() : oldData.info().standard();
    Standard standard = DatasetValidation.standard(named == null ? ValidationOptions.DEFAULT_STANDARD : named);
    ValidationReport oldReport = DatasetValidation.validate(oldData, standard, null, Locale.ROOT);
    ValidationReport newReport = DatasetValidation.validate(newData, standard, null, Locale.ROOT);
    return compare(oldData, oldReport, newData, newReport, thresholds);
  }

  /** Compares two snapshots: record counts, member-count jumps, metric drops and issue counts. */
  public static DriftReport compare(MetricsSnapshot oldSnapshot, MetricsSnapshot newSnapshot,
      DriftThresholds thresholds) {
    return compare(oldSnapshot, DriftSide.Source.SNAPSHOT, newSnapshot, DriftSide.Source.SNAPSHOT, thresholds);
  }

  /**
   * Compares two snapshots, saying what each side was made from (a tool comparing a dataset with a snapshot takes
   * the dataset's snapshot); the figures only.
   */
  public static DriftReport compare(MetricsSnapshot oldSnapshot, DriftSide.Source oldSource,
      MetricsSnapshot newSnapshot, DriftSide.Source newSource, DriftThresholds thresholds) {
    Objects.requireNonNull(oldSnapshot, "oldSnapshot");
    Objects.requireNonNull(newSnapshot, "newSnapshot");
    return build(DriftReport.Mode.METRICS, side(oldSnapshot, oldSource), side(newSnapshot, newSource), oldSnapshot,
        newSnapshot, Map.of(), List.of(), thresholds);
  }

  private static DriftSide side(MetricsSnapshot s, DriftSide.Source source) {
    return new DriftSide(source, s.dataset().name(), s.dataset().extractedOn(), s.standard(), s.asOf());
  }

  private static DriftReport build(DriftReport.Mode mode, DriftSide oldSide, DriftSide newSide,
      MetricsSnapshot before, MetricsSnapshot after, Map<EntityKind, KindChanges> records,
      List<Departure> departures, DriftThresholds thresholds) {
    Objects.requireNonNull(thresholds, "thresholds");
    List<RecordCountChange> counts = new ArrayList<>();
    for (EntityKind kind : EntityKind.values()) {
      RecordCounts a = before.records(kind);
      RecordCounts b = after.records(kind);
      if (!a.equals(b)) {
        counts.add(new RecordCountChange(kind, a, b));
      }
    }
    return new DriftReport(mode, oldSide, newSide, thresholds, counts, records, departures,
        jumps(before, after, thresholds), metricDrifts(before, after, thresholds), issues(before, after, thresholds));
  }

  private static List<MemberCountJump> jumps(MetricsSnapshot before, MetricsSnapshot after, DriftThresholds t) {
    Set<OrganizationId> ids = new TreeSet<>(before.activeMembers().keySet());
    ids.addAll(after.activeMembers().keySet());
    List<MemberCountJump> out = new ArrayList<>();
    for (OrganizationId id : ids) {
      long a = before.activeMembers().getOrDefault(id, 0L);
      long b = after.activeMembers().getOrDefault(id, 0L);
      if (t.isJump(a, b)) {
        out.add(new MemberCountJump(id, a, b));
      }
    }
    return out;
  }

  private static List<IssueCountChange> issues(MetricsSnapshot before, MetricsSnapshot after, DriftThresholds t) {
    Set<String> codes = new TreeSet<>(before.issuesByCode().keySet());
    codes.addAll(after.issuesByCode().keySet());
    List<IssueCountChange> out = new ArrayList<>();
    for (String code : codes) {
      long a = before.issuesByCode().getOrDefault(code, 0L);
      long b = after.issuesByCode().getOrDefault(code, 0L);
      if (a != b) {
        boolean significant = t.maxIssueIncrease() != null && b - a > t.maxIssueIncrease();
        out.add(new IssueCountChange(code, a, b, significant));
      }
    }
    return out;
  }

  private static List<MetricDrift> metricDrifts(MetricsSnapshot before, MetricsSnapshot after, DriftThresholds t) {
    List<MetricDrift> out = new ArrayList<>();
    region(null, before.city(), after.city(), t, out);
    for (Map.Entry<DivisionId, RegionMetrics> e : before.districts().entrySet()) {
      RegionMetrics now = after.districts().get(e.getKey());
      if (now != null) {
        region(e.getKey(), e.getValue(), now, t, out);
      }
    }
    return out;
  }

  private static void region(@Nullable DivisionId district, RegionMetrics a, RegionMetrics b, DriftThresholds t,
      List<MetricDrift> out) {
    for (Map.Entry<String, Ratio> e : a.compliance().entrySet()) {
      Ratio now = b.compliance().get(e.getKey());
      if (dropped(e.getValue(), now, t.complianceDrop())) {
        out.add(new MetricDrift(district, MetricKind.COMPLIANCE, null, e.getKey(), e.getValue(), now));
      }
    }
    for (Map.Entry<CoverageItem, Ratio> e : a.coverage().entrySet()) {
      Ratio now = b.coverage().get(e.getKey());
      if (dropped(e.getValue(), now, t.coverageDrop())) {
        out.add(new MetricDrift(district, MetricKind.COVERAGE, null, e.getKey().name(), e.getValue(), now));
      }
    }
    for (Map.Entry<EntityKind, KindCompleteness> e : a.completeness().entrySet()) {
      KindCompleteness now = b.completeness().get(e.getKey());
      if (now == null) {
        continue;
      }
      TreeMap<String, Ratio> before = new TreeMap<>(e.getValue().ratios());
      for (Map.Entry<String, Ratio> p : before.entrySet()) {
        Ratio r = now.ratio(p.getKey()).orElse(null);
        if (dropped(p.getValue(), r, t.completenessDrop())) {
          out.add(new MetricDrift(district, MetricKind.COMPLETENESS, e.getKey(), p.getKey(), p.getValue(), r));
        }
      }
    }
  }

  /** Whether a rate fell by more than zero and by at least the threshold; rates out of nothing never drop. */
  private static boolean dropped(Ratio before, @Nullable Ratio after, BigDecimal threshold) {
    if (after == null || before.total() == 0 || after.total() == 0) {
      return false;
    }
    // old − new = (a·d − c·b) / (b·d) for a/b and c/d, compared exactly
    BigDecimal numerator =
        BigDecimal.valueOf(before.count()).multiply(BigDecimal.valueOf(after.total()))
            .subtract(BigDecimal.valueOf(after.count()).multiply(BigDecimal.valueOf(before.total())));
    BigDecimal denominator = BigDecimal.valueOf(before.total()).multiply(BigDecimal.valueOf(after.total()));
    return numerator.signum() > 0 && numerator.compareTo(threshold.multiply(denominator)) >= 0;
  }
}
