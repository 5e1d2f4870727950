package io.jingwei.testkit.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.member.PartyStanding;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.MemberId;
import io.jingwei.testkit.MonthlyChanges;
import io.jingwei.testkit.NextMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Two generated months with known changes: every planted change is reported, and nothing else. */
class DriftTest {

  private static final NextMonth M2 = TwoMonths.MONTH_2;
  private static final DriftReport DRIFT =
      Drift.compare(TwoMonths.MONTH_1, M2.dataset(), DriftThresholds.defaults());

  @Test
  @DisplayName("新增、删除的党员与计划一致")
  void addedAndRemovedMembersAreExactlyThePlantedOnes() {
    KindChanges members = DRIFT.records().get(EntityKind.MEMBER);
    assertThat(members.added()).containsExactlyElementsOf(ids(M2.added()));
    assertThat(members.removed()).containsExactlyElementsOf(ids(M2.silentlyRemoved()));
  }

  @Test
  @DisplayName("变更的党员及其字段与计划一致")
  void changedMembersAndTheirFieldsAreExactlyThePlantedOnes() {
    Map<String, List<String>> changed = new TreeMap<>();
    DRIFT.records().get(EntityKind.MEMBER).changed().forEach(c -> changed.put(c.id(), c.fields()));
    Map<String, List<String>> expected = new TreeMap<>();
    M2.expectedChangedMembers().forEach((id, fields) -> expected.put(id.value(), fields));
    assertThat(changed).isEqualTo(expected);
  }

  @Test
  void theDroppedCentreIsRemovedAndTheDegradedOneChangedInItsRooms() {
    KindChanges centres = DRIFT.records().get(EntityKind.SERVICE_CENTER);
    assertThat(centres.added()).isEmpty();
    assertThat(centres.removed()).containsExactly(M2.droppedCentre().value());
    assertThat(centres.changed()).containsExactly(new ChangedRecord(M2.degradedCentre().value(), List.of("/rooms")));
  }

  @Test
  void noOtherKindChanges() {
    for (EntityKind kind : EntityKind.values()) {
      if (kind != EntityKind.MEMBER && kind != EntityKind.SERVICE_CENTER) {
        assertThat(DRIFT.records().get(kind).hasChanges()).as(kind.name()).isFalse();
      }
    }
  }

  @Test
  @DisplayName("转出的党员有记录可查，悄悄消失的党员被找出，别无其他")
  void departuresAreTheTransfersOutAndTheSilentlyLost() {
    Map<String, DepartureReason> reasons = new TreeMap<>();
    DRIFT.departures().forEach(d -> reasons.put(d.member().value(), d.reason()));
    Map<String, DepartureReason> expected = new TreeMap<>();
    M2.transferredOut().forEach(id -> expected.put(id.value(), DepartureReason.EXIT_RECORDED));
    M2.silentlyRemoved().forEach(id -> expected.put(id.value(), DepartureReason.UNEXPLAINED));
    assertThat(reasons).isEqualTo(expected);
    assertThat(DRIFT.departures()).filteredOn(d -> d.reason() == DepartureReason.EXIT_RECORDED)
        .allSatisfy(d -> assertThat(d.standing()).isEqualTo(PartyStanding.TRANSFERRED_OUT));
    assertThat(DRIFT.silentlyLost()).extracting(Departure::member).containsExactlyElementsOf(M2.silentlyRemoved());
  }

  @Test
  @DisplayName("只有接收调入党员的支部党员数突变")
  void onlyTheTargetOfTheMovesJumped() {
    assertThat(DRIFT.memberCountJumps()).extracting(MemberCountJump::organization)
        .containsExactly(M2.jumpedOrganization());
    MemberCountJump jump = DRIFT.memberCountJumps().get(0);
    assertThat(jump.change()).isEqualTo(M2.moved().size());
  }

  @Test
  @DisplayName("下降的指标恰为：小区党群服务中心覆盖率与“4+X”功能室达标率（全市和所在城区）")
  void theDroppedMetricsAreTheCentreCoverageAndTheRoomsCompliance() {
    DivisionId dropped = TwoMonths.districtOf(M2.droppedCentre());
    DivisionId degraded = TwoMonths.districtOf(M2.degradedCentre());
    Set<String> expected = Set.of(
        key(null, MetricKind.COVERAGE, "COMPOUND_SERVICE_CENTER"),
        key(dropped, MetricKind.COVERAGE, "COMPOUND_SERVICE_CENTER"),
        key(null, MetricKind.COMPLIANCE, NextMonth.DEGRADED_RULE),
        key(degraded, MetricKind.COMPLIANCE, NextMonth.DEGRADED_RULE));
    Set<String> found = new HashSet<>();
    DRIFT.metricDrifts().forEach(d -> found.add(key(d.district(), d.metric(), d.key())));
    assertThat(found).isEqualTo(expected);
    assertThat(DRIFT.metricDrifts()).hasSize(expected.size());
  }

  @Test
  void theOnlyIssueCountChangeIsTheDegradedCentresIssue() {
    assertThat(DRIFT.issueCountChanges())
        .containsExactly(new IssueCountChange(NextMonth.DEGRADED_RULE, 0, 1, false));
  }

  @Test
  void recordCountsChangeForMembersAndCentresOnly() {
    assertThat(DRIFT.recordCounts()).extracting(RecordCountChange::kind)
        .containsExactly(EntityKind.MEMBER, EntityKind.SERVICE_CENTER);
  }

  @Test
  void theDriftIsSignificant() {
    assertThat(DRIFT.isSignificant()).isTrue();
    assertThat(DRIFT.mode()).isEqualTo(DriftReport.Mode.FULL);
  }

  @Test
  @DisplayName("没有变化的次月：无任何发现，不显著")
  void aMonthWithoutChangesReportsNothing() {
    NextMonth same = MonthlyChanges.none(TwoMonths.SEED).apply(TwoMonths.MONTH_1);
    DriftReport drift = Drift.compare(TwoMonths.MONTH_1, same.dataset(), DriftThresholds.defaults());
    assertThat(drift.records().values()).noneMatch(KindChanges::hasChanges);
    assertThat(drift.departures()).isEmpty();
    assertThat(drift.memberCountJumps()).isEmpty();
    assertThat(drift.metricDrifts()).isEmpty();
    assertThat(drift.issueCountChanges()).isEmpty();
    assertThat(drift.isSignificant()).isFalse();
  }

  @Test
  void silentlyLostMembersWithinTheAllowanceAreNotSignificantAlone() {
    NextMonth onlyLost = MonthlyChanges.none(TwoMonths.SEED).withSilentlyRemoved(2).apply(TwoMonths.MONTH_1);
    DriftReport strict = Drift.compare(TwoMonths.MONTH_1, onlyLost.dataset(), DriftThresholds.defaults());
    DriftReport lenient =
        Drift.compare(TwoMonths.MONTH_1, onlyLost.dataset(), DriftThresholds.defaults().withMaxSilentlyLost(2));
    assertThat(strict.isSignificant()).isTrue();
    assertThat(lenient.silentlyLost()).hasSize(2);
    assertThat(lenient.isSignificant()).isFalse();
  }

  private static String key(DivisionId district, MetricKind metric, String key) {
    return (district == null ? "city" : district.value()) + " " + metric + " " + key;
  }

  private static List<String> ids(Set<MemberId> ids) {
    return new ArrayList<>(ids.stream().map(MemberId::value).collect(Collectors.toCollection(java.util.TreeSet::new)));
  }
}
