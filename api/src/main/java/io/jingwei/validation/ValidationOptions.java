package io.jingwei.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The options of a validation (校验选项). Immutable; build with {@link #builder()}.
 *
 * <table>
 *   <caption>Options and defaults</caption>
 *   <tr><th>option</th><th>default</th></tr>
 *   <tr><td>{@link #asOf()} 基准日期</td><td>today, from {@link #clock()} (the system clock in the
 *       {@code Asia/Shanghai} zone) at each validation</td></tr>
 *   <tr><td>{@link #locale()}</td><td>{@code zh-CN}</td></tr>
 *   <tr><td>{@link #isFailFast()}</td><td>false: check everything</td></tr>
 *   <tr><td>{@link #maxIssuesPerCode()}</td><td>unlimited ({@link Integer#MAX_VALUE})</td></tr>
 *   <tr><td>{@link #severityOverrides()}</td><td>none</td></tr>
 *   <tr><td>{@link #disabledRules()}</td><td>none</td></tr>
 *   <tr><td>{@link #showPersonalData()}</td><td>false: personal data in issue arguments is masked</td></tr>
 *   <tr><td>{@link #standard()}</td><td>{@code national}</td></tr>
 * </table>
 */
public final class ValidationOptions {

  /** The name of the default standard (默认标准). */
  public static final String DEFAULT_STANDARD = "national";

  /** The default locale of messages: Simplified Chinese (简体中文). */
  public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

  /** The value of {@link #maxIssuesPerCode()} that means no cap. */
  public static final int UNLIMITED = Integer.MAX_VALUE;

  private static final Clock DEFAULT_CLOCK = Clock.system(java.time.ZoneId.of("Asia/Shanghai"));

  private static final ValidationOptions DEFAULTS = new Builder().build();

  private final @Nullable LocalDate asOf;
  private final Clock clock;
  private final Locale locale;
  private final boolean failFast;
  private final int maxIssuesPerCode;
  private final SortedMap<String, Severity> severityOverrides;
  private final SortedSet<String> disabledRules;
  private final boolean showPersonalData;
  private final String standard;

  private ValidationOptions(Builder b) {
    this.asOf = b.asOf;
    this.clock = b.clock;
    this.locale = b.locale;
    this.failFast = b.failFast;
    this.maxIssuesPerCode = b.maxIssuesPerCode;
    this.severityOverrides = Collections.unmodifiableSortedMap(new TreeMap<>(b.severityOverrides));
    this.disabledRules = Collections.unmodifiableSortedSet(new TreeSet<>(b.disabledRules));
    this.showPersonalData = b.showPersonalData;
    this.standard = b.standard;
  }

  /** The default options. */
  public static ValidationOptions defaults() {
    return DEFAULTS;
  }

  /** A builder with the default options. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.asOf = asOf;
    b.clock = clock;
    b.locale = locale;
    b.failFast = failFast;
    b.maxIssuesPerCode = maxIssuesPerCode;
    b.severityOverrides.putAll(severityOverrides);
    b.disabledRules.addAll(disabledRules);
    b.showPersonalData = showPersonalData;
    b.standard = standard;
    return b;
  }

  /**
   * The as-of date (基准日期) rules are evaluated on (term expiry, probation overdue, age): the fixed date if one
   * was set, otherwise today according to {@link #clock()}. A validator reads it once per validation.
   */
  public LocalDate asOf() {
    return asOf != null ? asOf : LocalDate.now(clock);
  }

  /** The fixed as-of date, if one was set. */
  public Optional<LocalDate> fixedAsOf() {
    return Optional.ofNullable(asOf);
  }

  /** The clock that gives today's date when no as-of date is fixed. */
  public Clock clock() {
    return clock;
  }

  /** The locale of messages (消息语言). */
  public Locale locale() {
    return locale;
  }

  /** Whether validation stops at the first error (遇错即停). */
  public boolean isFailFast() {
    return failFast;
  }

  /**
   * The most detailed issues kept per code (每个代码的明细上限); counts stay exact. {@link #UNLIMITED} means no cap.
   */
  public int maxIssuesPerCode() {
    return maxIssuesPerCode;
  }

  /** Severities that replace the standard's, by rule id (级别覆盖), in id order. */
  public SortedMap<String, Severity> severityOverrides() {
    return severityOverrides;
  }

  /** The severity override of a rule, if any. */
  public Optional<Severity> severityOverride(String ruleId) {
    return Optional.ofNullable(severityOverrides.get(Objects.requireNonNull(ruleId, "ruleId")));
  }

  /** The rules turned off (停用的规则), by id, in id order; their issues are neither reported nor counted. */
  public SortedSet<String> disabledRules() {
    return disabledRules;
  }

  /** Whether the rule with the given id is turned off. */
  public boolean isRuleDisabled(String ruleId) {
    return disabledRules.contains(Objects.requireNonNull(ruleId, "ruleId"));
  }

  /** Whether issue arguments show personal data in full (显示个人信息); false masks them. */
  public boolean showPersonalData() {
    return showPersonalData;
  }

  /** The name of the standard (标准) to validate against. */
  public String standard() {
    return standard;
  }

  /** These options with a fixed as-of date. */
  public ValidationOptions withAsOf(LocalDate date) {
    return toBuilder().asOf(date).build();
  }

  /** These options with another standard. */
  public ValidationOptions withStandard(String name) {
    return toBuilder().standard(name).build();
  }

  /** These options with another locale. */
  public ValidationOptions withLocale(Locale value) {
    return toBuilder().locale(value).build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ValidationOptions v
        && Objects.equals(asOf, v.asOf)
        && clock.equals(v.clock)
        && locale.equals(v.locale)
        && failFast == v.failFast
        && maxIssuesPerCode == v.maxIssuesPerCode
        && severityOverrides.equals(v.severityOverrides)
        && disabledRules.equals(v.disabledRules)
        && showPersonalData == v.showPersonalData
        && standard.equals(v.standard);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        asOf, clock, locale, failFast, maxIssuesPerCode, severityOverrides, disabledRules, showPersonalData, standard);
  }

  @Override
  public String toString() {
    return "ValidationOptions[standard="
        + standard
        + ", asOf="
        + (asOf == null ? "today" : asOf)
        + ", locale="
        + locale.toLanguageTag()
        + ", failFast="
        + failFast
        + ", maxIssuesPerCode="
        + (maxIssuesPerCode == UNLIMITED ? "unlimited" : maxIssuesPerCode)
        + ", severityOverrides="
        + severityOverrides
        + ", disabledRules="
        + disabledRules
        + ", showPersonalData="
        + showPersonalData
        + "]";
  }

  /** A builder of {@link ValidationOptions} (校验选项构建器). Not thread-safe. */
  public static final class Builder {
    private @Nullable LocalDate asOf;
    private Clock clock = DEFAULT_CLOCK;
    private Locale locale = DEFAULT_LOCALE;
    private boolean failFast;
    private int maxIssuesPerCode = UNLIMITED;
    private final Map<String, Severity> severityOverrides = new TreeMap<>();
    private final Set<String> disabledRules = new TreeSet<>();
    private boolean showPersonalData;
    private String standard = DEFAULT_STANDARD;

    private Builder() {}

    /** Fixes the as-of date (基准日期); null returns to today by the clock. */
    public Builder asOf(@Nullable LocalDate value) {
      this.asOf = value;
      return this;
    }

    /** Sets the clock that gives today's date when no as-of date is fixed (tests inject a fixed clock). */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** Sets the locale of messages. */
    public Builder locale(Locale value) {
      this.locale = Objects.requireNonNull(value, "locale");
      return this;
    }

    /** Stops at the first error (遇错即停) when true. */
    public Builder failFast(boolean value) {
      this.failFast = value;
      return this;
    }

    /**
     * Caps the detailed issues kept per code; counts stay exact.
     *
     * @throws IllegalArgumentException when the cap is less than 1
     */
    public Builder maxIssuesPerCode(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxIssuesPerCode must be at least 1: " + value);
      }
      this.maxIssuesPerCode = value;
      return this;
    }

    /** Gives the rule another severity (级别覆盖). */
    public Builder severity(String ruleId, Severity value) {
      severityOverrides.put(requireRuleId(ruleId), Objects.requireNonNull(value, "severity"));
      return this;
    }

    /** Replaces all severity overrides. */
    public Builder severityOverrides(Map<String, Severity> values) {
      severityOverrides.clear();
      values.forEach(this::severity);
      return this;
    }

    /** Turns the rule off (停用规则): its issues are neither reported nor counted. */
    public Builder disable(String ruleId) {
      disabledRules.add(requireRuleId(ruleId));
      return this;
    }

    /** Turns a rule back on that an earlier {@link #disable(String)} turned off. */
    public Builder enable(String ruleId) {
      disabledRules.remove(requireRuleId(ruleId));
      return this;
    }

    /** Shows personal data in issue arguments in full when true (default false: masked). */
    public Builder showPersonalData(boolean value) {
      this.showPersonalData = value;
      return this;
    }

    /** Sets the name of the standard (标准) to validate against. */
    public Builder standard(String name) {
      Objects.requireNonNull(name, "standard");
      if (name.isBlank()) {
        throw new IllegalArgumentException("standard name must not be blank");
      }
      this.standard = name;
      return this;
    }

    /** The options. */
    public ValidationOptions build() {
      return new ValidationOptions(this);
    }

    private static String requireRuleId(String ruleId) {
      return IssueCode.of(Objects.requireNonNull(ruleId, "ruleId")).value();
    }
  }
}
