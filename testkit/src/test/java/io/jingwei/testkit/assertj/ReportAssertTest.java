package io.jingwei.testkit.assertj;

import static io.jingwei.testkit.assertj.JingweiAssertions.assertThatReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.testkit.TestReports;
import io.jingwei.testkit.gate.QualityGate;
import io.jingwei.validation.Severity;
import io.jingwei.validation.ValidationReport;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReportAssertTest {

  private static final String FULL_ID = "450103199003071234";

  private static ValidationReport sample() {
    return TestReports.report()
        .member("member.activist-period", Severity.ERROR, "M1", "/timeline/candidateOn", 3, Map.of("minMonths", 12))
        .member("duplicate.resident-id", Severity.ERROR, "M2", "/idNumber", 9, Map.of("value", FULL_ID, "first", "M1"))
        .grid("grid.worker-count", Severity.WARNING, "G1")
        .compliance("branch.min-full-members", 9, 10)
        .build();
  }

  @Test
  void passesChecksTheReportMeets() {
    assertThatReport(sample())
        .hasNoIssues("member.probation-overdue", "reference.*")
        .hasAtMostIssues(1, "member.activist-period")
        .hasAtMostIssues(3, "*")
        .hasIssueCount(2, "member.*", "duplicate.*")
        .hasIssue("member.activist-period", "members/M1", "/timeline/candidateOn")
        .hasComplianceAtLeast("branch.min-full-members", 0.9);
    assertThatReport(TestReports.report().build()).hasNoIssues().hasNoErrors();
    assertThatReport(TestReports.report().grid("grid.worker-count", Severity.WARNING, "G1").build())
        .hasNoErrors()
        .hasNoIssuesAtLeast(Severity.ERROR);
  }

  @Test
  @DisplayName("失败信息列出问题的代码、记录、字段、位置和说明")
  void failureListsTheIssuesWithEntityPathLocationAndMessage() {
    assertThatThrownBy(() -> assertThatReport(sample()).hasNoIssues("member.activist-period"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("member.activist-period")
        .hasMessageContaining("members/M1")
        .hasMessageContaining("/timeline/candidateOn")
        .hasMessageContaining("members.jsonl:3")
        .hasMessageContaining("nanning-2021")
        .hasMessageContaining("2026-06-30")
        .hasMessageNotContaining("grids/G1");
  }

  @Test
  void failureRendersMessagesInTheChosenLocale() {
    String zh = failure(() -> assertThatReport(sample()).hasNoIssues("grid.*"));
    String en = failure(() -> assertThatReport(sample()).inLocale(Locale.ENGLISH).hasNoIssues("grid.*"));
    assertThat(zh).isNotEqualTo(en).contains("G1");
    assertThat(en).contains("G1");
  }

  @Test
  void failureCountsIssuesByCode() {
    String text = failure(() -> assertThatReport(sample()).hasNoErrors());
    assertThat(text).containsPattern("1\\s+grid\\.worker-count").containsPattern("1\\s+duplicate\\.resident-id");
  }

  @Test
  @DisplayName("失败信息中不出现完整的身份证号")
  void failureNeverShowsAFullIdNumber() {
    String text = failure(() -> assertThatReport(sample()).hasNoIssues("duplicate.*"));
    assertThat(text).contains("members/M2").doesNotContain(FULL_ID).contains("450103********1234");
  }

  @Test
  void failureListsAtMostTheTopIssues() {
    TestReports.Builder b = TestReports.report();
    for (int i = 1; i <= 15; i++) {
      b.member("member.activist-period", Severity.ERROR, "M" + (100 + i), "/timeline/candidateOn", i, Map.of("minMonths", 12));
    }
    String text = failure(() -> assertThatReport(b.build()).listingAtMost(3).hasNoErrors());
    assertThat(text).contains("members/M101", "members/M103").doesNotContain("members/M104").contains("12 more");
  }

  @Test
  void failsEachCheckTheReportDoesNotMeet() {
    ValidationReport r = sample();
    assertThatThrownBy(() -> assertThatReport(r).hasNoIssues()).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThatReport(r).hasAtMostIssues(2, "*")).hasMessageContaining("found 3");
    assertThatThrownBy(() -> assertThatReport(r).hasIssueCount(2, "member.*")).hasMessageContaining("found 1");
    assertThatThrownBy(() -> assertThatReport(r).hasIssue("member.activist-period", "members/M9"))
        .hasMessageContaining("members/M1");
    assertThatThrownBy(() -> assertThatReport(r).hasIssue("member.activist-period", "members/M1", "/status"))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThatReport(r).hasNoIssuesAtLeast(Severity.WARNING)).hasMessageContaining("found 3");
  }

  @Test
  @DisplayName("达标率低于期望或未测量时失败")
  void failsWhenComplianceIsBelowOrNotMeasured() {
    assertThatThrownBy(() -> assertThatReport(sample()).hasComplianceAtLeast("branch.min-full-members", 0.95))
        .hasMessageContaining("0.9000")
        .hasMessageContaining("9/10");
    assertThatThrownBy(() -> assertThatReport(sample()).hasComplianceAtLeast("branch.max-members", 0.5))
        .hasMessageContaining("not measured")
        .hasMessageContaining("branch.min-full-members");
  }

  @Test
  void passesOrFailsAQualityGate() {
    QualityGate tolerant = QualityGate.builder("tolerant").maxIssues("*", Severity.ERROR, 2).build();
    QualityGate strict = QualityGate.builder("strict").maxIssues("duplicate.*", 0).build();
    assertThatReport(sample()).passes(tolerant);
    assertThatThrownBy(() -> assertThatReport(sample()).passes(strict))
        .hasMessageContaining("strict")
        .hasMessageContaining("duplicate.*")
        .hasMessageContaining("members/M2")
        .hasMessageNotContaining(FULL_ID);
  }

  private static String failure(Runnable check) {
    try {
      check.run();
    } catch (AssertionError e) {
      return e.getMessage();
    }
    throw new AssertionError("the check passed");
  }
}
