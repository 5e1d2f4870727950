package io.jingwei.testkit.assertj;

import io.jingwei.validation.ValidationReport;

/** Assertions on a validation report (校验报告断言); get one from {@link JingweiAssertions#assertThat(ValidationReport)}. */
public final class ReportAssert extends AbstractReportAssert<ReportAssert, ValidationReport> {

  ReportAssert(ValidationReport actual) {
    super(actual, ReportAssert.class);
  }

  @Override
  public ValidationReport report() {
    isNotNull();
    return actual;
  }

  @Override
  protected String subject() {
    return "report";
  }
}
