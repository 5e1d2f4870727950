package io.jingwei.testkit.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.member.PartyMember;
import io.jingwei.testkit.DatasetValidation;
import io.jingwei.testkit.NextMonth;
import io.jingwei.testkit.snapshot.MetricsSnapshot;
import io.jingwei.testkit.snapshot.SchemaCheck;
import io.jingwei.validation.ValidationReport;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snapshot-only comparison and the JSON form of drift reports. */
class DriftFormsTest {

  private static final NextMonth M2 = TwoMonths.MONTH_2;
  private static final ValidationReport R1 = DatasetValidation.validate(TwoMonths.MONTH_1, null, null, Locale.ROOT);
  private static final ValidationReport R2 = DatasetValidation.validate(M2.dataset(), null, null, Locale.ROOT);
  private static final DriftReport FULL =
      Drift.compare(TwoMonths.MONTH_1, R1, M2.dataset(), R2, DriftThresholds.defaults());

  @Test
  @DisplayName("两份快照比较：只比较指标部分，结果与数据集比较的指标部分相同")
  void twoSnapshotsCompareTheirFiguresOnly(@TempDir Path dir) {
    MetricsSnapshot.of(TwoMonths.MONTH_1, R1).write(dir.resolve("m1.json"));
    MetricsSnapshot.of(M2.dataset(), R2).write(dir.resolve("m2.json"));
    DriftReport drift = Drift.compare(MetricsSnapshot.read(dir.resolve("m1.json")),
        MetricsSnapshot.read(dir.resolve("m2.json")), DriftThresholds.defaults());

    assertThat(drift.mode()).isEqualTo(DriftReport.Mode.METRICS);
    assertThat(drift.oldSide().source()).isEqualTo(DriftSide.Source.SNAPSHOT);
    assertThat(drift.records()).isEmpty();
    assertThat(drift.departures()).isEmpty();
    assertThat(drift.memberCountJumps()).isEqualTo(FULL.memberCountJumps());
    assertThat(drift.metricDrifts()).isEqualTo(FULL.metricDrifts());
    assertThat(drift.issueCountChanges()).isEqualTo(FULL.issueCountChanges());
    assertThat(drift.recordCounts()).isEqualTo(FULL.recordCounts());
    assertThat(drift.isSignificant()).isTrue();
  }

  @Test
  void theJsonOfADatasetComparisonFollowsThePublishedSchema() {
    assertThat(SchemaCheck.violations(DriftReport.SCHEMA_RESOURCE, FULL.toJson())).isEmpty();
  }

  @Test
  void theJsonOfASnapshotComparisonFollowsThePublishedSchema() {
    DriftReport metrics = Drift.compare(MetricsSnapshot.of(TwoMonths.MONTH_1, R1), MetricsSnapshot.of(M2.dataset(), R2),
        DriftThresholds.defaults().withMaxIssueIncrease(0L));
    assertThat(metrics.significantIssueIncreases()).hasSize(1);
    assertThat(SchemaCheck.violations(DriftReport.SCHEMA_RESOURCE, metrics.toJson())).isEmpty();
  }

  @Test
  @DisplayName("漂移报告JSON中没有完整的身份证号或手机号")
  void theJsonHoldsNoIdOrPhoneNumber() {
    String json = FULL.toJson();
    for (var dataset : java.util.List.of(TwoMonths.MONTH_1, M2.dataset())) {
      for (PartyMember m : dataset.members()) {
        assertThat(json).doesNotContain(m.idNumber().value()).doesNotContain(m.phone().value());
      }
    }
  }
}
