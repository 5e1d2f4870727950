package io.jingwei.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.Jingwei;
import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.engine.DefaultDatasetValidator;
import io.jingwei.ref.EntityKind;
import io.jingwei.validation.Issue;
import io.jingwei.validation.Severity;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An in-memory validation with its checks side by side gives the report of one thread (检查并行): the same issues
 * in the same order, summary and metrics, whatever the number of workers; fail-fast stops at the same issue.
 */
class InMemorySideBySideTest {

  private static DefaultDatasetValidator validator(CityGenerator generator, ValidationOptions.Builder options) {
    return (DefaultDatasetValidator)
        Jingwei.validator(options.standard(CityGenerator.STANDARD).asOf(generator.asOf()).build());
  }

  private static void assertSame(ValidationReport sideBySide, ValidationReport oneThread) {
    StreamingEquivalenceTest.assertSame(sideBySide, oneThread);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  @DisplayName("tiny 城市注入缺陷：任意线程数的内存校验报告与单线程一致")
  void injectedDefectsGiveTheSameReportOnAnyNumberOfThreads(long seed) {
    CityGenerator generator = CityGenerator.of(CityPreset.tiny(), seed);
    CityDataset city = DefectInjector.of(seed).inject(generator.generate(), generator.asOf(), 1.0).dataset();
    DefaultDatasetValidator validator = validator(generator, ValidationOptions.builder());
    ValidationReport oneThread = validator.withWorkers(1).validate(city);
    assertThat(oneThread.issues()).hasSizeGreaterThan(10);
    assertThat(oneThread.metrics().isEmpty()).isFalse();
    for (int workers : new int[] {2, 3, 8}) {
      assertSame(validator.withWorkers(workers).validate(city), oneThread);
    }
    assertSame(validator.validate(city), oneThread); // below the threshold: one thread
  }

  @Test
  @DisplayName("预热线程与校验同时运行：报告不变")
  void aWarmUpBesideTheValidationChangesNothing() throws InterruptedException {
    CityGenerator generator = CityGenerator.of(CityPreset.tiny(), 4);
    CityDataset city = DefectInjector.of(4).inject(generator.generate(), generator.asOf(), 1.0).dataset();
    DefaultDatasetValidator validator = validator(generator, ValidationOptions.builder());
    ValidationReport alone = validator.withWorkers(1).validate(city);
    Thread[] warmUps = new Thread[3];
    for (int i = 0; i < warmUps.length; i++) {
      warmUps[i] = new Thread(Jingwei::warmUp);
      warmUps[i].start();
    }
    ValidationReport beside = validator.withWorkers(2).validate(city);
    for (Thread t : warmUps) {
      t.join();
    }
    assertSame(beside, alone);
  }

  @Test
  void cappedDetailsAreTheSame() {
    CityGenerator generator = CityGenerator.of(CityPreset.tiny(), 5);
    CityDataset city = DefectInjector.of(5).inject(generator.generate(), generator.asOf(), 1.0).dataset();
    DefaultDatasetValidator validator = validator(generator, ValidationOptions.builder().maxIssuesPerCode(2));
    ValidationReport oneThread = validator.withWorkers(1).validate(city);
    assertThat(oneThread.summary().truncatedCodes()).isNotEmpty();
    assertSame(validator.withWorkers(4).validate(city), oneThread);
  }

  @ParameterizedTest
  @ValueSource(longs = {12, 13})
  @DisplayName("快速失败：并行检查按计划顺序回放，停在与单线程同一处")
  void failFastStopsAtTheSameIssue(long seed) {
    CityGenerator generator = CityGenerator.of(CityPreset.tiny(), seed);
    CityDataset city = DefectInjector.of(seed).inject(generator.generate(), generator.asOf(), 1.0).dataset();
    DefaultDatasetValidator failFast = validator(generator, ValidationOptions.builder().failFast(true));
    ValidationReport oneThread = failFast.withWorkers(1).validate(city);
    List<Issue> errors = oneThread.issues().stream().filter(i -> i.severity() == Severity.ERROR).toList();
    assertThat(errors).hasSize(1);
    assertThat(oneThread.summary().stoppedEarly()).isTrue();
    for (int workers : new int[] {2, 4}) {
      assertSame(failFast.withWorkers(workers).validate(city), oneThread);
    }
  }

  @Test
  @DisplayName("超过阈值的城市默认并行，报告与单线程一致")
  void aCityAboveTheThresholdRunsSideBySideByDefaultWithTheSameReport() {
    CityGenerator generator = CityGenerator.of(CityPreset.tiny().withMembers(DefaultDatasetValidator.SIDE_BY_SIDE_FROM), 7);
    CityDataset city = DefectInjector.of(7).inject(generator.generate(), generator.asOf(), 0.05).dataset();
    assertThat(city.members().size()).isGreaterThanOrEqualTo(DefaultDatasetValidator.SIDE_BY_SIDE_FROM);
    DefaultDatasetValidator validator = validator(generator, ValidationOptions.builder());
    ValidationReport oneThread = validator.withWorkers(1).validate(city);
    assertThat(oneThread.summary().issuesByCode()).isNotEmpty();
    assertThat(oneThread.summary().records().get(EntityKind.MEMBER).read())
        .isGreaterThanOrEqualTo(DefaultDatasetValidator.SIDE_BY_SIDE_FROM);
    assertSame(validator.validate(city), oneThread);
    assertSame(validator.withWorkers(2).validate(city), oneThread);
  }

  @Test
  void workersBelowOneAreRefused() {
    DefaultDatasetValidator validator = validator(CityGenerator.of(CityPreset.tiny(), 1), ValidationOptions.builder());
    assertThatThrownBy(() -> validator.withWorkers(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
