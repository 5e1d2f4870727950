package io.jingwei.standard;

import io.jingwei.validation.IssueCode;
import io.jingwei.validation.Severity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A rule definition (规则定义) of a standard: what a named check tests, how severe a breach is, where the rule
 * comes from, its parameters and its examples. Rules are data; the check named by {@link #check()} is the code
 * that computes them ("data chooses, code computes").
 *
 * <p>Parameters are JSON-like values, deeply immutable: {@link String}, {@link Boolean}, {@link BigDecimal}
 * (every number), {@code List} and {@code Map<String, Object>} of these. The typed getters
 * ({@link #intParam(String)}, {@link #decimalParam(String)}, {@link #stringListParam(String)} …) throw
 * {@link IllegalStateException} naming the rule when a required parameter is absent or of the wrong type: that is
 * an error of the standard, not of the data.
 *
 * @param id the stable dotted id, also the issue code and the message key ({@code branch.max-members})
 * @param check the name of the check that implements the rule in the engine ({@code reader} for rules raised
 *     while reading)
 * @param severity the severity of a breach: ERROR for 必须/不得, WARNING for 一般 or where approval is possible
 * @param approvable whether an approval (上级批准) on the record whose rule is this id, or any rule, silences the issue
 * @param source where the rule comes from
 * @param effectiveFrom the first day the rule applies, or null when it always has
 * @param params the parameters the check reads (thresholds, code lists)
 * @param title the short title in Chinese and English
 * @param examples valid and invalid example datasets
 * @param enabled whether the rule is checked; a profile may turn off an inherited rule
 * @param population the records the rule judges, for its compliance rate in the dataset metrics (考核对象); null
 *     when the rule declares none
 */
public record RuleDefinition(
    String id,
    String check,
    Severity severity,
    boolean approvable,
    RuleSource source,
    @Nullable LocalDate effectiveFrom,
    Map<String, Object> params,
    LocalizedText title,
    List<RuleExample> examples,
    boolean enabled,
    @Nullable Population population) {

  /** The check name of rules whose issues the reader raises: no check class runs them. */
  public static final String READER_CHECK = "reader";

  /** Checks the parts and copies parameters and examples into immutable values. */
  public RuleDefinition {
    IssueCode.of(Objects.requireNonNull(id, "id"));
    Objects.requireNonNull(check, "check");
    if (check.isBlank()) {
      throw new IllegalArgumentException("rule " + id + ": check must not be blank");
    }
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    params = copyParams(params == null ? Map.of() : params, id);
    examples = examples == null ? List.of() : List.copyOf(examples);
  }

  /** A rule that declares no population (the form before populations were added). */
  public RuleDefinition(
      String id,
      String check,
      Severity severity,
      boolean approvable,
      RuleSource source,
      @Nullable LocalDate effectiveFrom,
      Map<String, Object> params,
      LocalizedText title,
      List<RuleExample> examples,
      boolean enabled) {
    this(id, check, severity, approvable, source, effectiveFrom, params, title, examples, enabled, null);
  }

  /** A builder for a rule with the given id. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** A builder holding this rule's parts. */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.check = check;
    b.severity = severity;
    b.approvable = approvable;
    b.source = source;
    b.effectiveFrom = effectiveFrom;
    b.params.putAll(params);
    b.title = title;
    b.examples.addAll(examples);
    b.enabled = enabled;
    b.population = population;
    return b;
  }

  /** The issue code of the rule: its id. */
  public IssueCode code() {
    return IssueCode.of(id);
  }

  /** Whether the rule's issues are raised while reading rather than by a check. */
  public boolean isReadRule() {
    return READER_CHECK.equals(check);
  }

  /** Whether the rule is enabled and in force on the date (生效). */
  public boolean isEffectiveOn(LocalDate date) {
    return enabled && (effectiveFrom == null || !effectiveFrom.isAfter(date));
  }

  /** This rule with another severity. */
  public RuleDefinition withSeverity(Severity value) {
    return toBuilder().severity(value).build();
  }

  /** This rule turned on or off. */
  public RuleDefinition withEnabled(boolean value) {
    return toBuilder().enabled(value).build();
  }

  /** This rule with another population (null for none). */
  public RuleDefinition withPopulation(@Nullable Population value) {
    return toBuilder().population(value).build();
  }

  /** This rule with another value of one parameter. */
  public RuleDefinition withParam(String name, Object value) {
    return toBuilder().param(name, value).build();
  }

  /** Whether the rule has the parameter. */
  public boolean hasParam(String name) {
    return params.containsKey(name);
  }

  /** The parameter's value, if present. */
  public Optional<Object> param(String name) {
    return Optional.ofNullable(params.get(name));
  }

  /** An integer parameter. */
  public int intParam(String name) {
    BigDecimal d = decimalParam(name);
    try {
      return d.intValueExact();
    } catch (ArithmeticException e) {
      throw wrongType(name, "an integer");
    }
  }

  /** An integer parameter, or the default when absent. */
  public int intParam(String name, int defaultValue) {
    return hasParam(name) ? intParam(name) : defaultValue;
  }

  /** A long integer parameter. */
  public long longParam(String name) {
    BigDecimal d = decimalParam(name);
    try {
      return d.longValueExact();
    } catch (ArithmeticException e) {
      throw wrongType(name, "an integer");
    }
  }

  /** A decimal parameter. */
  public BigDecimal decimalParam(String name) {
    return typed(name, BigDecimal.class, "a number");
  }

  /** A decimal parameter, or the default when absent. */
  public BigDecimal decimalParam(String name, BigDecimal defaultValue) {
    return hasParam(name) ? decimalParam(name) : defaultValue;
  }

  /** A text parameter. */
  public String stringParam(String name) {
    return typed(name, String.class, "a string");
  }

  /** A text parameter, or the default when absent. */
  public String stringParam(String name, String defaultValue) {
    return hasParam(name) ? stringParam(name) : defaultValue;
  }

  /** A boolean parameter. */
  public boolean booleanParam(String name) {
    return typed(name, Boolean.class, "a boolean");
  }

  /** A boolean parameter, or the default when absent. */
  public boolean booleanParam(String name, boolean defaultValue) {
    return hasParam(name) ? booleanParam(name) : defaultValue;
  }

  /** A parameter that is a list of strings. */
  public List<String> stringListParam(String name) {
    return listParam(name, String.class, "a list of strings");
  }

  /** A parameter that is a list of strings, or the default when absent. */
  public List<String> stringListParam(String name, List<String> defaultValue) {
    return hasParam(name) ? stringListParam(name) : defaultValue;
  }

  /** A parameter that is a list of numbers. */
  public List<BigDecimal> decimalListParam(String name) {
    return listParam(name, BigDecimal.class, "a list of numbers");
  }

  /** A parameter that is a list of integers. */
  public List<Integer> intListParam(String name) {
    List<Integer> out = new ArrayList<>();
    for (BigDecimal d : decimalListParam(name)) {
      try {
        out.add(d.intValueExact());
      } catch (ArithmeticException e) {
        throw wrongType(name, "a list of integers");
      }
    }
    return List.copyOf(out);
  }

  /** A parameter that is a map (an object in the profile). */
  @SuppressWarnings("unchecked")
  public Map<String, Object> mapParam(String name) {
    return typed(name, Map.class, "a map");
  }

  private <T> T typed(String name, Class<T> type, String what) {
    Object v = params.get(Objects.requireNonNull(name, "name"));
    if (v == null) {
      throw new IllegalStateException("rule " + id + ": parameter '" + name + "' is missing");
    }
    if (!type.isInstance(v)) {
      throw wrongType(name, what);
    }
    return type.cast(v);
  }

  private <T> List<T> listParam(String name, Class<T> element, String what) {
    List<?> list = typed(name, List.class, what);
    List<T> out = new ArrayList<>(list.size());
    for (Object o : list) {
      if (!element.isInstance(o)) {
        throw wrongType(name, what);
      }
      out.add(element.cast(o));
    }
    return List.copyOf(out);
  }

  private IllegalStateException wrongType(String name, String what) {
    return new IllegalStateException("rule " + id + ": parameter '" + name + "' must be " + what);
  }

  private static Map<String, Object> copyParams(Map<String, ?> params, String id) {
    Map<String, Object> out = new LinkedHashMap<>();
    params.forEach((k, v) -> out.put(Objects.requireNonNull(k, "parameter name"), copyValue(v, id, k)));
    return Collections.unmodifiableMap(out);
  }

  private static Object copyValue(@Nullable Object v, String id, String name) {
    if (v == null) {
      throw new IllegalArgumentException("rule " + id + ": parameter '" + name + "' must not be null");
    }
    if (v instanceof String || v instanceof Boolean || v instanceof BigDecimal) {
      return v;
    }
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      return BigDecimal.valueOf(((Number) v).longValue());
    }
    if (v instanceof BigInteger b) {
      return new BigDecimal(b);
    }
    if (v instanceof Double || v instanceof Float) {
      return new BigDecimal(v.toString());
    }
    if (v instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object o : list) {
        out.add(copyValue(o, id, name));
      }
      return Collections.unmodifiableList(out);
    }
    if (v instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, x) -> out.put(String.valueOf(k), copyValue(x, id, name + "." + k)));
      return Collections.unmodifiableMap(out);
    }
    throw new IllegalArgumentException(
        "rule " + id + ": parameter '" + name + "' has an unsupported type " + v.getClass().getName());
  }

  /** A builder of a {@link RuleDefinition} (规则定义构建器). Not thread-safe. */
  public static final class Builder {
    private final String id;
    private @Nullable String check;
    private Severity severity = Severity.ERROR;
    private boolean approvable;
    private @Nullable RuleSource source;
    private @Nullable LocalDate effectiveFrom;
    private final Map<String, Object> params = new LinkedHashMap<>();
    private @Nullable LocalizedText title;
    private final List<RuleExample> examples = new ArrayList<>();
    private boolean enabled = true;
    private @Nullable Population population;

    private Builder(String id) {
      this.id = Objects.requireNonNull(id, "id");
    }

    /** Sets the name of the implementing check. */
    public Builder check(String value) {
      this.check = Objects.requireNonNull(value, "check");
      return this;
    }

    /** Sets the severity (default ERROR). */
    public Builder severity(Severity value) {
      this.severity = Objects.requireNonNull(value, "severity");
      return this;
    }

    /** Sets whether an approval silences the rule (default false). */
    public Builder approvable(boolean value) {
      this.approvable = value;
      return this;
    }

    /** Sets the source. */
    public Builder source(RuleSource value) {
      this.source = Objects.requireNonNull(value, "source");
      return this;
    }

    /** Sets the first day the rule applies; null for always. */
    public Builder effectiveFrom(@Nullable LocalDate value) {
      this.effectiveFrom = value;
      return this;
    }

    /** Sets one parameter. */
    public Builder param(String name, Object value) {
      params.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Removes one parameter. */
    public Builder removeParam(String name) {
      params.remove(name);
      return this;
    }

    /** Replaces all parameters. */
    public Builder params(Map<String, ?> values) {
      params.clear();
      values.forEach(this::param);
      return this;
    }

    /** Sets the title. */
    public Builder title(LocalizedText value) {
      this.title = Objects.requireNonNull(value, "title");
      return this;
    }

    /** Sets the title in Chinese and English. */
    public Builder title(String zh, @Nullable String en) {
      return title(LocalizedText.of(zh, en));
    }

    /** Adds an example. */
    public Builder example(RuleExample value) {
      examples.add(Objects.requireNonNull(value, "example"));
      return this;
    }

    /** Replaces all examples. */
    public Builder examples(List<RuleExample> values) {
      examples.clear();
      values.forEach(this::example);
      return this;
    }

    /** Turns the rule on or off (default on). */
    public Builder enabled(boolean value) {
      this.enabled = value;
      return this;
    }

    /** Sets the population the rule judges (default none). */
    public Builder population(@Nullable Population value) {
      this.population = value;
      return this;
    }

    /**
     * The rule.
     *
     * @throws NullPointerException when the check, source or title is missing
     */
    public RuleDefinition build() {
      return new RuleDefinition(
          id,
          Objects.requireNonNull(check, () -> "rule " + id + ": check is missing"),
          severity,
          approvable,
          Objects.requireNonNull(source, () -> "rule " + id + ": source is missing"),
          effectiveFrom,
          params,
          Objects.requireNonNull(title, () -> "rule " + id + ": title is missing"),
          examples,
          enabled,
          population);
    }
  }
}
