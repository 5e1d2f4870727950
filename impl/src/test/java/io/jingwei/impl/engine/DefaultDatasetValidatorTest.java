package io.jingwei.impl.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.impl.engine.TestFixtures.FakeIdNumber;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;
import io.jingwei.standard.RuleDefinition;
import io.jingwei.standard.Standard;
import io.jingwei.validation.Issue;
import io.jingwei.validation.Location;
import io.jingwei.validation.RecordCounts;
import io.jingwei.validation.Severity;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DefaultDatasetValidatorTest {

  private static final Standard STANDARD = TestFixtures.testStandard();
  private static final ValidationOptions OPTIONS = ValidationOptions.builder().asOf(LocalDate.of(2024, 6, 30)).build();

  /** A record of the fake input: a member with a number that the fake checks judge. */
  record FakeMember(String id, int size, FakeIdNumber idNumber) {}

  /** Emits test.record-error for size < 0 and test.record-warning for size > max (approved when id ends in 'a'). */
  static final Check RECORD =
      TestFixtures.check(
          "fake-record",
          Layer.RECORD,
          ctx -> {
            for (RecordEntry e : ctx.input().records(EntityKind.MEMBER)) {
              FakeMember m = (FakeMember) e.record();
              ctx.rule("test.record-error")
                  .filter(r -> m.size() < 0)
                  .ifPresent(r -> r.emit(e.ref(), "/size", Map.of("size", m.size(), "idNumber", m.idNumber())));
              ctx.rule("test.record-warning")
                  .ifPresent(
                      r -> {
                        int max = r.rule().intParam("max");
                        if (m.size() > max) {
                          Approvals approvals =
                              m.id().endsWith("a") ? Approvals.of(List.of("test.record-warning")) : Approvals.none();
                          r.emit(e.ref(), "/size", Map.of("size", m.size(), "max", max), approvals);
                        }
                      });
            }
          });

  /** Emits one test.structure-warning per member whose size is exactly 0. */
  static final Check STRUCTURE =
      TestFixtures.check(
          "fake-structure",
          Layer.STRUCTURE,
          ctx -> {
            for (RuleContext r : ctx.rules()) {
              for (RecordEntry e : ctx.input().records(EntityKind.MEMBER)) {
                if (((FakeMember) e.record()).size() == 0) {
                  r.emit(e.ref(), "", Map.of());
                }
              }
            }
          });

  static final CheckRegistry CHECKS = CheckRegistry.of(RECORD, STRUCTURE);

  static SimpleValidationInput input(int members) {
    SimpleValidationInput.Builder b = SimpleValidationInput.builder();
    for (int i = 0; i < members; i++) {
      String id = "m" + i + (i % 7 == 0 ? "a" : "");
      int size = i % 5 == 0 ? -1 : i % 3 == 0 ? 60 : i % 4 == 0 ? 0 : 10;
      b.record(
          EntityRef.of(EntityKind.MEMBER, id),
          new FakeMember(id, size, new FakeIdNumber("4501031990010" + String.format("%05d", i))),
          Location.ofLine("members.jsonl", i + 1));
    }
    b.readIssue(Issue.builder("read.malformed-json").location(Location.ofLine("members.jsonl", members + 1)).build());
    b.unreadable(EntityKind.MEMBER, 1);
    return b.build();
  }

  @Test
  @DisplayName("每条记录都有归属：读取 = 有效 + 无效 + 无法读取")
  void accountsForEveryRecord() {
    ValidationReport r = DefaultDatasetValidator.create(STANDARD, OPTIONS, CHECKS).validate(input(30));

    RecordCounts members = r.summary().records(EntityKind.MEMBER);
    assertThat(members.read()).isEqualTo(31);
    assertThat(members.unreadable()).isEqualTo(1);
    assertThat(members.invalid()).isEqualTo(6);
    assertThat(members.valid()).isEqualTo(24);
    assertThat(members.valid() + members.invalid() + members.unreadable()).isEqualTo(members.read());
    assertThat(r.summary().records(EntityKind.DIVISION)).isEqualTo(RecordCounts.none());
  }

  @Test
  void reportsReadIssuesAndCheckIssuesWithTheStandardsSeverities() {
    ValidationReport r = DefaultDatasetValidator.create(STANDARD, OPTIONS, CHECKS).validate(input(30));

    assertThat(r.count("read.malformed-json")).isEqualTo(1);
    assertThat(r.count("test.record-error")).isEqualTo(6);
    assertThat(r.issues("test.record-error")).allMatch(i -> i.severity() == Severity.ERROR);
    assertThat(r.issues("test.record-warning")).allMatch(i -> i.severity() == Severity.WARNING);
    assertThat(r.issues("test.record-error").get(0).location().file()).isEqualTo("members.jsonl");
    assertThat(r.isValid()).isFalse();
    assertThat(r.asOf()).isEqualTo(LocalDate.of(2024, 6, 30));
    assertThat(r.standard().name()).isEqualTo("test");
  }

  @Test
  void approvalsOnARecordSilenceItsApprovableIssues() {
    ValidationReport r = DefaultDatasetValidator.create(STANDARD, OPTIONS, CHECKS).validate(input(30));

    assertThat(r.issues("test.record-warning")).noneMatch(i -> i.entity().id().endsWith("a"));
    assertThat(r.summary().suppressedByApproval()).isPositive();
  }

  @Test
  void passesTheRuleParametersToTheCheck() {
    Standard lowered =
        STANDARD.withRule(STANDARD.rule("test.record-warning").orElseThrow().withParam("max", 5));

    ValidationReport base = DefaultDatasetValidator.create(STANDARD, OPTIONS, CHECKS).validate(input(30));
    ValidationReport more = DefaultDatasetValidator.create(lowered, OPTIONS, CHECKS).validate(input(30));

    assertThat(more.count("test.record-warning")).isGreaterThan(base.count("test.record-warning"));
  }

  @Test
  void runsOnlyTheLayersAsked() {
    DefaultDatasetValidator v = DefaultDatasetValidator.create(STANDARD, OPTIONS, CHECKS);

    ValidationReport structureOnly = v.validate(input(30), EnumSet.of(Layer.STRUCTURE));

    assertThat(structureOnly.summary().codes())
        .extracting(c -> c.value())
        .containsExactly("test.structure-warning");
    assertThat(structureOnly.summary().records(EntityKind.MEMBER).read()).isEqualTo(31);
  }

  @Test
  void runsChecksInLayerOrder() {
    DefaultDatasetValidator v =
        DefaultDatasetValidator.create(STANDARD, OPTIONS, CheckRegistry.of(STRUCTURE, RECORD));

    assertThat(v.checkOrder()).containsExactly("fake-record", "fake-structure");
  }

  @Test
  void rulesWithoutARegisteredCheckAreUnavailableNotFatal() {
    DefaultDatasetValidator v = DefaultDatasetValidator.create(STANDARD, OPTIONS, CHECKS);

    assertThat(v.unavailableRules()).extracting(RuleDefinition::id).containsExactly("test.unregistered");
  }

  @Test
  void doesNotRunRulesBeforeTheirEffectiveDate() {
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    Check spy = TestFixtures.check("fake-record", Layer.RECORD, ctx -> ctx.rules().forEach(r -> seen.add(r.id())));

    DefaultDatasetValidator.create(STANDARD, OPTIONS, CheckRegistry.of(spy)).validate(input(1));

    assertThat(seen).containsExactly("test.record-error", "test.record-warning");
  }

  @Test
  void aRuleDisabledInTheOptionsIsNotHandedToTheCheck() {
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    Check spy = TestFixtures.check("fake-record", Layer.RECORD, ctx -> ctx.rules().forEach(r -> seen.add(r.id())));
    ValidationOptions off = OPTIONS.toBuilder().disable("test.record-error").build();

    DefaultDatasetValidator.create(STANDARD, off, CheckRegistry.of(spy)).validate(input(1));

    assertThat(seen).containsExactly("test.record-warning");
  }

  @Test
  @DisplayName("遇错即停：后续检查不再运行")
  void failFastStopsBeforeLaterChecks() {
    ValidationOptions failFast = OPTIONS.toBuilder().failFast(true).build();

    ValidationReport r = DefaultDatasetValidator.create(STANDARD, failFast, CHECKS).validate(input(30));

    assertThat(r.summary().stoppedEarly()).isTrue();
    assertThat(r.summary().count(Severity.ERROR)).isEqualTo(1);
    assertThat(r.count("test.structure-warning")).isZero();
  }

  @Test
  void aFailingCheckIsReportedAsABugNamingTheCheck() {
    Check broken =
        TestFixtures.check(
            "fake-record",
            Layer.RECORD,
            ctx -> {
              throw new ArithmeticException("boom");
            });

    assertThatThrownBy(() -> DefaultDatasetValidator.create(STANDARD, OPTIONS, CheckRegistry.of(broken)).validate(input(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("fake-record")
        .hasRootCauseInstanceOf(ArithmeticException.class);
  }

  @Test
  void masksPersonalDataInArguments() {
    ValidationReport r = DefaultDatasetValidator.create(STANDARD, OPTIONS, CHECKS).validate(input(30));

    assertThat(r.issues("test.record-error"))
        .allSatisfy(i -> assertThat((String) i.args().get("idNumber")).contains("********"));
  }

  @Test
  void theSameInputGivesEqualReports() {
    DefaultDatasetValidator v = DefaultDatasetValidator.create(STANDARD, OPTIONS, CHECKS);

    assertThat(v.validate(input(50))).isEqualTo(v.validate(input(50)));
  }

  @Test
  @DisplayName("一个校验器由8个线程共享，报告完全相同")
  void oneValidatorSharedByEightThreadsGivesIdenticalReports() throws Exception {
    DefaultDatasetValidator v = DefaultDatasetValidator.create(STANDARD, OPTIONS, CHECKS);
    SimpleValidationInput in = input(2_000);
    ValidationReport expected = v.validate(in);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<ValidationReport>> tasks = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        tasks.add(() -> v.validate(in));
      }
      for (Future<ValidationReport> f : pool.invokeAll(tasks)) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
