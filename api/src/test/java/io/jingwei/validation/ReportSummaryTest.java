package io.jingwei.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.ref.EntityKind;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ReportSummaryTest {

  @Test
  @org.junit.jupiter.api.DisplayName("每条记录都有归属：读取 = 有效 + 无效 + 无法读取")
  void recordCountsAccountForEveryRecordRead() {
    assertThatThrownBy(() -> new RecordCounts(10, 5, 3, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(RecordCounts.of(5, 3, 2, 1).read()).isEqualTo(10);
  }

  @Test
  void recordCountsRejectMoreWarnedRecordsThanReadRecords() {
    assertThatThrownBy(() -> RecordCounts.of(1, 1, 5, 3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fillsEveryKindAndSeverity() {
    ReportSummary s = ReportSummary.empty();

    assertThat(s.records()).containsOnlyKeys(EntityKind.values());
    assertThat(s.issuesBySeverity()).containsOnlyKeys(Severity.values());
    assertThat(s.issueCount()).isZero();
    assertThat(s.detailsTruncated()).isFalse();
  }

  @Test
  void totalsAddUpTheKinds() {
    ReportSummary s =
        new ReportSummary(
            Map.of(EntityKind.MEMBER, RecordCounts.of(5, 2, 1, 1), EntityKind.DIVISION, RecordCounts.of(3, 1, 0, 1)),
            Map.of(Severity.ERROR, 4L, Severity.WARNING, 2L),
            new TreeMap<>(),
            new TreeMap<>(),
            new TreeMap<>(),
            new TreeSet<>(),
            0,
            false);

    assertThat(s.totalRecords()).isEqualTo(new RecordCounts(12, 8, 3, 1, 2));
    assertThat(s.recordsWithErrors()).isEqualTo(3);
    assertThat(s.recordsWithWarnings()).isEqualTo(2);
    assertThat(s.recordsRead(EntityKind.MEMBER)).isEqualTo(8);
    assertThat(s.issueCount()).isEqualTo(6);
  }
}
