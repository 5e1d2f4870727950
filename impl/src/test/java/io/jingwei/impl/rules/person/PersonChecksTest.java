package io.jingwei.impl.rules.person;

import static io.jingwei.impl.rules.record.RecordRulesTesting.dataset;
import static io.jingwei.impl.rules.record.RecordRulesTesting.date;
import static io.jingwei.impl.rules.record.RecordRulesTesting.issues;
import static io.jingwei.impl.rules.record.RecordRulesTesting.member;
import static io.jingwei.impl.rules.record.RecordRulesTesting.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.id.ResidentIdNumber;
import io.jingwei.person.Sex;
import io.jingwei.ref.DivisionId;
import io.jingwei.validation.Issue;
import io.jingwei.validation.ValidationReport;
import io.jingwei.worker.CommunityWorker;
import io.jingwei.worker.WorkerPost;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PersonChecksTest {

  /** Born 1949-12-31, female (GB 11643-1999's own example). */
  private static final ResidentIdNumber WOMAN_1949 = ResidentIdNumber.parse("11010519491231002X");

  /** Born 1980-01-01, male. */
  private static final ResidentIdNumber MAN_1980 = ResidentIdNumber.parse("450103198001011233");

  private static CommunityWorker.Builder worker(String id) {
    return CommunityWorker.builder()
        .id(id)
        .name("王五")
        .community(DivisionId.of("450103001001"))
        .post(WorkerPost.OTHER)
        .grade(3);
  }

  @Test
  @DisplayName("出生日期与身份证号码不一致时报在 /birthDate")
  void reportsABirthDateThatDisagreesWithTheIdNumber() {
    ValidationReport r =
        validate(dataset(member("m1").idNumber(WOMAN_1949).birthDate(date("1950-01-01")).build()));

    assertThat(issues(r, "person.id-birth-date-mismatch")).containsExactly("members/m1 /birthDate");
  }

  @Test
  void aBirthDateOfMonthOrYearPrecisionAgreesWithEveryDayItCovers() {
    ValidationReport r =
        validate(
            dataset(
                member("m1").idNumber(WOMAN_1949).birthDate(date("1949-12")).build(),
                member("m2").idNumber(WOMAN_1949).birthDate(date("1949")).build(),
                member("m3").idNumber(WOMAN_1949).birthDate(date("1949-12-31")).build()));

    assertThat(issues(r, "person.id-birth-date-mismatch")).isEmpty();
  }

  @Test
  void aMonthThatDoesNotCoverTheIdBirthDateIsReported() {
    ValidationReport r = validate(dataset(member("m1").idNumber(WOMAN_1949).birthDate(date("1949-11")).build()));

    assertThat(issues(r, "person.id-birth-date-mismatch")).containsExactly("members/m1 /birthDate");
  }

  @Test
  void nothingIsComparedWhenEitherSideIsAbsent() {
    ValidationReport r =
        validate(
            dataset(
                member("m1").idNumber(WOMAN_1949).build(),
                member("m2").birthDate(date("1950-01-01")).sex(Sex.MALE).build()));

    assertThat(r.issues()).isEmpty();
  }

  @Test
  @DisplayName("性别与身份证号码第17位不一致：党员和社区工作者都检查")
  void reportsASexThatDisagreesWithTheIdNumberForMembersAndWorkers() {
    ValidationReport r =
        validate(
            dataset(
                member("m1").idNumber(WOMAN_1949).sex(Sex.MALE).build(),
                worker("w1").idNumber(MAN_1980).sex(Sex.FEMALE).build(),
                worker("w2").idNumber(MAN_1980).sex(Sex.MALE).build()));

    assertThat(issues(r, "person.id-sex-mismatch"))
        .containsExactly("members/m1 /sex", "communityWorkers/w1 /sex");
    Issue issue = r.issues().get(0);
    assertThat(issue.args()).containsEntry("sex", "MALE").containsEntry("idSex", "FEMALE");
  }

  @Test
  void anUnknownOrUnstatedSexAssertsNothing() {
    ValidationReport r =
        validate(
            dataset(
                member("m1").idNumber(WOMAN_1949).sex(Sex.UNKNOWN).build(),
                member("m2").idNumber(WOMAN_1949).sex(Sex.NOT_STATED).build()));

    assertThat(issues(r, "person.id-sex-mismatch")).isEmpty();
  }

  @Test
  void aBirthDateCertainlyAfterTheAsOfDateIsReported() {
    ValidationReport r =
        validate(
            dataset(
                member("m1").birthDate(date("2024-07-01")).build(),
                worker("w1").birthDate(date("2025")).build()),
            LocalDate.of(2024, 6, 30));

    assertThat(issues(r, "person.birth-date-in-future"))
        .containsExactly("members/m1 /birthDate", "communityWorkers/w1 /birthDate");
  }

  @Test
  void aBirthDateThatMayBeOnOrBeforeTheAsOfDateIsNot() {
    ValidationReport r =
        validate(
            dataset(
                member("m1").birthDate(date("2024-06-30")).build(),
                member("m2").birthDate(date("2024-06")).build(),
                member("m3").birthDate(date("2024")).build()),
            LocalDate.of(2024, 6, 30));

    assertThat(issues(r, "person.birth-date-in-future")).isEmpty();
  }

  @Test
  void anIdNumberBornAfterTheAsOfDateIsReportedAtTheIdNumber() {
    ResidentIdNumber future = ResidentIdNumber.parse("450103202503010029");

    ValidationReport r = validate(dataset(member("m1").idNumber(future).build()), LocalDate.of(2024, 6, 30));

    assertThat(issues(r, "person.birth-date-in-future")).containsExactly("members/m1 /idNumber");
    assertThat(validate(dataset(member("m1").idNumber(future).build()), LocalDate.of(2025, 3, 1)).issues())
        .isEmpty();
  }

  @Test
  void theIdNumberIsNeverAnArgument() {
    ValidationReport r =
        validate(dataset(member("m1").idNumber(WOMAN_1949).birthDate(date("1950-01-01")).sex(Sex.MALE).build()));

    assertThat(r.issues()).isNotEmpty();
    assertThat(r.issues())
        .allSatisfy(i -> assertThat(i.args().values()).noneMatch(v -> v.toString().contains("19491231")));
  }
}
