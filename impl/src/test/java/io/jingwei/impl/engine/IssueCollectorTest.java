package io.jingwei.impl.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.impl.engine.TestFixtures.FakeIdNumber;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;
import io.jingwei.standard.Standard;
import io.jingwei.validation.Issue;
import io.jingwei.validation.IssueCode;
import io.jingwei.validation.Severity;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IssueCollectorTest {

  private static final Standard STANDARD = TestFixtures.testStandard();
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  private static IssueCollector collector(ValidationOptions options) {
    return new IssueCollector(STANDARD, options, AS_OF, RegionResolver.none());
  }

  private static Issue issue(String code, String memberId) {
    return Issue.builder(code).entity(EntityRef.of(EntityKind.MEMBER, memberId)).build();
  }

  @Test
  void takesTheSeverityFromTheStandard() {
    IssueCollector c = collector(ValidationOptions.defaults());

    c.accept(Issue.builder("read.unknown-property").severity(Severity.ERROR).build());

    assertThat(c.issues()).extracting(Issue::severity).containsExactly(Severity.WARNING);
  }

  @Test
  void keepsTheIssuesOwnSeverityForACodeTheStandardLacks() {
    IssueCollector c = collector(ValidationOptions.defaults());

    c.accept(Issue.builder("other.code").severity(Severity.INFO).build());

    assertThat(c.issues()).extracting(Issue::severity).containsExactly(Severity.INFO);
  }

  @Test
  void appliesASeverityOverride() {
    IssueCollector c = collector(ValidationOptions.builder().severity("test.record-warning", Severity.ERROR).build());

    c.accept(issue("test.record-warning", "m1"));

    assertThat(c.issues()).extracting(Issue::severity).containsExactly(Severity.ERROR);
    assertThat(c.countsBySeverity()).containsEntry(Severity.ERROR, 1L);
    assertThat(c.hasError(EntityRef.of(EntityKind.MEMBER, "m1"))).isTrue();
  }

  @Test
  void dropsIssuesOfARuleTurnedOffInTheOptions() {
    IssueCollector c = collector(ValidationOptions.builder().disable("test.record-error").build());

    assertThat(c.accept(issue("test.record-error", "m1"))).isFalse();
    assertThat(c.issues()).isEmpty();
    assertThat(c.countsByCode()).isEmpty();
  }

  @Test
  void dropsIssuesOfARuleDisabledOrNotYetInForceInTheStandard() {
    IssueCollector c = collector(ValidationOptions.defaults());

    c.accept(issue("test.off", "m1"));
    c.accept(issue("test.future", "m1"));

    assertThat(c.countsByCode()).isEmpty();
  }

  @Test
  @DisplayName("上级批准使可批准规则的问题静默，仅计入 suppressedByApproval")
  void anApprovalSilencesAnApprovableRule() {
    IssueCollector c = collector(ValidationOptions.defaults());

    boolean counted = c.accept(issue("test.record-warning", "m1"), Approvals.of(List.of("test.record-warning")));

    assertThat(counted).isFalse();
    assertThat(c.issues()).isEmpty();
    assertThat(c.suppressedByApproval()).isEqualTo(1);
    assertThat(c.hasWarning(EntityRef.of(EntityKind.MEMBER, "m1"))).isFalse();
  }

  @Test
  void anApprovalWithoutRuleCoversAnyApprovableRule() {
    IssueCollector c = collector(ValidationOptions.defaults());

    c.accept(issue("test.record-warning", "m1"), Approvals.of(Arrays.asList((String) null)));

    assertThat(c.suppressedByApproval()).isEqualTo(1);
  }

  @Test
  void anApprovalDoesNotSilenceARuleThatIsNotApprovable() {
    IssueCollector c = collector(ValidationOptions.defaults());

    c.accept(issue("test.record-error", "m1"), Approvals.of(Arrays.asList("test.record-error", null)));

    assertThat(c.issues()).hasSize(1);
    assertThat(c.suppressedByApproval()).isZero();
  }

  @Test
  void anApprovalForAnotherRuleDoesNotSilence() {
    IssueCollector c = collector(ValidationOptions.defaults());

    c.accept(issue("test.record-warning", "m1"), Approvals.of(List.of("test.structure-warning")));

    assertThat(c.issues()).hasSize(1);
  }

  @Test
  @DisplayName("每个代码的明细有上限，计数仍然精确")
  void capsDetailsPerCodeButCountsExactly() {
    IssueCollector c = collector(ValidationOptions.builder().maxIssuesPerCode(3).build());

    for (int i = 0; i < 10; i++) {
      c.accept(issue("test.record-error", "m" + i));
    }
    c.accept(issue("test.record-warning", "m0"));

    assertThat(c.issues("test.record-error")).hasSize(3);
    assertThat(c.countsByCode()).containsEntry(IssueCode.of("test.record-error"), 10L);
    assertThat(c.truncatedCodes()).containsExactly(IssueCode.of("test.record-error"));
    assertThat(c.countsBySeverity()).containsEntry(Severity.ERROR, 10L);
    for (int i = 0; i < 10; i++) {
      assertThat(c.hasError(EntityRef.of(EntityKind.MEMBER, "m" + i))).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {7, 11, 2024})
  void theCappedDetailsAreTheFirstInReportOrderWhateverTheEmissionOrder(long seed) {
    List<Issue> issues = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      issues.add(issue("test.record-error", String.format("m%02d", i)));
    }
    Collections.shuffle(issues, new Random(seed));
    IssueCollector c = collector(ValidationOptions.builder().maxIssuesPerCode(4).build());

    issues.forEach(c::accept);

    assertThat(c.issues()).extracting(i -> i.entity().id()).containsExactly("m00", "m01", "m02", "m03");
  }

  @Test
  @DisplayName("遇错即停：第一个错误后不再收集")
  void failFastStopsAfterTheFirstError() {
    IssueCollector c = collector(ValidationOptions.builder().failFast(true).build());

    c.accept(issue("test.record-warning", "m1"));
    assertThat(c.isStopped()).isFalse();
    c.accept(issue("test.record-error", "m2"));
    assertThat(c.isStopped()).isTrue();
    assertThat(c.accept(issue("test.record-error", "m3"))).isFalse();

    assertThat(c.issues()).hasSize(2);
  }

  @Test
  void failFastIsNotTriggeredByAWarningOverriddenFromAnError() {
    IssueCollector c =
        collector(ValidationOptions.builder().failFast(true).severity("test.record-error", Severity.WARNING).build());

    c.accept(issue("test.record-error", "m1"));

    assertThat(c.isStopped()).isFalse();
  }

  @Test
  void issuesComeOutInReportOrder() {
    IssueCollector c = collector(ValidationOptions.defaults());

    c.accept(issue("test.record-warning", "m1"));
    c.accept(issue("test.record-error", "m2"));
    c.accept(issue("test.record-error", "m1"));

    assertThat(c.issues()).isSortedAccordingTo(ValidationReport.issueOrder());
    assertThat(c.issues()).extracting(i -> i.code().value() + "@" + i.entity().id())
        .containsExactly("test.record-error@m1", "test.record-error@m2", "test.record-warning@m1");
  }

  @Test
  @DisplayName("个人信息默认脱敏")
  void masksPersonalDataByDefault() {
    IssueCollector c = collector(ValidationOptions.defaults());

    c.accept(
        Issue.builder("test.record-error").arg("idNumber", new FakeIdNumber("11010519491231002X")).arg("n", 3).build());

    assertThat(c.issues().get(0).args())
        .containsEntry("idNumber", "110105********002X")
        .containsEntry("n", 3L);
    assertThat(c.issues().get(0).args().toString()).doesNotContain("11010519491231002X");
  }

  @Test
  void showsPersonalDataWhenTheCallerOptsIn() {
    IssueCollector c = collector(ValidationOptions.builder().showPersonalData(true).build());

    c.accept(Issue.builder("test.record-error").arg("idNumber", new FakeIdNumber("11010519491231002X")).build());

    assertThat(c.issues().get(0).args()).containsEntry("idNumber", "11010519491231002X");
  }

  @Test
  void countsIssuesByDistrictAndStreet() {
    RegionResolver regions =
        record ->
            new RegionResolver.Places(
                DivisionId.of("450103"), record.id().equals("m1") ? DivisionId.of("450103001") : null);
    IssueCollector c = new IssueCollector(STANDARD, ValidationOptions.defaults(), AS_OF, regions);

    c.accept(issue("test.record-error", "m1"));
    c.accept(issue("test.record-error", "m2"));
    c.accept(Issue.builder("read.malformed-json").build());

    assertThat(c.countsByDistrict()).containsExactly(java.util.Map.entry(DivisionId.of("450103"), 2L));
    assertThat(c.countsByStreet()).containsExactly(java.util.Map.entry(DivisionId.of("450103001"), 1L));
  }
}
