package io.jingwei.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValidationOptionsTest {

  @Test
  void defaultsAreNationalChineseUnlimitedMaskedAndNotFailFast() {
    ValidationOptions o = ValidationOptions.defaults();

    assertThat(o.standard()).isEqualTo("national");
    assertThat(o.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(o.isFailFast()).isFalse();
    assertThat(o.maxIssuesPerCode()).isEqualTo(ValidationOptions.UNLIMITED);
    assertThat(o.showPersonalData()).isFalse();
    assertThat(o.severityOverrides()).isEmpty();
    assertThat(o.disabledRules()).isEmpty();
    assertThat(o.fixedAsOf()).isEmpty();
  }

  @Test
  void asOfDefaultsToTodayByTheInjectedClock() {
    Clock clock = Clock.fixed(Instant.parse("2024-06-30T20:00:00Z"), ZoneId.of("Asia/Shanghai"));

    ValidationOptions o = ValidationOptions.builder().clock(clock).build();

    assertThat(o.asOf()).isEqualTo(LocalDate.of(2024, 7, 1));
  }

  @Test
  void aFixedAsOfWinsOverTheClock() {
    ValidationOptions o =
        ValidationOptions.builder().clock(Clock.systemUTC()).asOf(LocalDate.of(2021, 1, 1)).build();

    assertThat(o.asOf()).isEqualTo(LocalDate.of(2021, 1, 1));
    assertThat(o.fixedAsOf()).contains(LocalDate.of(2021, 1, 1));
  }

  @Test
  void severityOverridesAndDisabledRulesAreKeptById() {
    ValidationOptions o =
        ValidationOptions.builder()
            .severity("branch.max-members", Severity.ERROR)
            .disable("grid.worker-count")
            .build();

    assertThat(o.severityOverride("branch.max-members")).contains(Severity.ERROR);
    assertThat(o.severityOverride("grid.worker-count")).isEmpty();
    assertThat(o.isRuleDisabled("grid.worker-count")).isTrue();
    assertThat(o.isRuleDisabled("branch.max-members")).isFalse();
  }

  @Test
  void enableUndoesDisable() {
    ValidationOptions o = ValidationOptions.builder().disable("a.b").enable("a.b").build();

    assertThat(o.disabledRules()).isEmpty();
  }

  @Test
  void rejectsRuleIdsThatAreNotIssueCodes() {
    assertThatThrownBy(() -> ValidationOptions.builder().disable("Not A Code"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsACapBelowOne() {
    assertThatThrownBy(() -> ValidationOptions.builder().maxIssuesPerCode(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toBuilderRoundTripsAndWithersCopy() {
    ValidationOptions o =
        ValidationOptions.builder()
            .failFast(true)
            .maxIssuesPerCode(10)
            .showPersonalData(true)
            .severity("a.b", Severity.INFO)
            .disable("c.d")
            .standard("nanning-2021")
            .locale(Locale.ENGLISH)
            .build();

    assertThat(o.toBuilder().build()).isEqualTo(o).hasSameHashCodeAs(o);
    assertThat(o.withStandard("national").standard()).isEqualTo("national");
    assertThat(o.standard()).isEqualTo("nanning-2021");
    assertThat(o.withLocale(Locale.CHINA).locale()).isEqualTo(Locale.CHINA);
  }

  @Test
  void returnedCollectionsAreImmutable() {
    ValidationOptions o = ValidationOptions.builder().disable("a.b").build();

    assertThatThrownBy(() -> o.disabledRules().add("c.d")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> o.severityOverrides().put("c.d", Severity.ERROR))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
