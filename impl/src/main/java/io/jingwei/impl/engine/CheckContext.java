package io.jingwei.impl.engine;

import io.jingwei.metrics.DatasetMetrics;
import io.jingwei.ref.EntityRef;
import io.jingwei.validation.IssueCode;
import io.jingwei.validation.Location;
import io.jingwei.standard.RuleDefinition;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What a check gets for one validation (检查上下文): the as-of date, the input and the contexts of the rules bound
 * to the check that are in force, in the standard's order. Valid for one validation only.
 */
public final class CheckContext {

  private final LocalDate asOf;
  private final ValidationInput input;
  private final List<RuleContext> rules;
  private final Map<String, RuleContext> byId;
  private final IssueSink collector;
  private final List<RuleDefinition> bound;
  private final List<RuleDefinition> rulesRun;
  private final Consumer<DatasetMetrics> metricsSink;

  CheckContext(
      LocalDate asOf,
      ValidationInput input,
      List<RuleContext> rules,
      List<RuleDefinition> bound,
      IssueSink collector,
      List<RuleDefinition> rulesRun,
      Consumer<DatasetMetrics> metricsSink) {
    this.asOf = asOf;
    this.rulesRun = List.copyOf(rulesRun);
    this.metricsSink = metricsSink;
    this.bound = List.copyOf(bound);
    this.input = input;
    this.rules = List.copyOf(rules);
    Map<String, RuleContext> m = new java.util.LinkedHashMap<>();
    for (RuleContext r : this.rules) {
      m.put(r.id(), r);
    }
    this.byId = java.util.Collections.unmodifiableMap(m);
    this.collector = collector;
  }

  /** The as-of date (基准日期). */
  public LocalDate asOf() {
    return asOf;
  }

  /** The input being validated. */
  public ValidationInput input() {
    return input;
  }

  /** The rules bound to the check and in force, in the standard's order; never empty. */
  public List<RuleContext> rules() {
    return rules;
  }

  /**
   * All rules of the standard that name this check, whether in force or not (turned off, not yet effective). A
   * check that dispatches among its rules (field constraints by annotation) uses them so that a rule turned off
   * still claims what it covers.
   */
  public List<RuleDefinition> boundRules() {
    return bound;
  }

  /** The rule with the id, when it is bound to the check and in force. */
  public Optional<RuleContext> rule(String id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  /** Where the record was read. */
  public Location location(EntityRef ref) {
    return input.location(ref);
  }

  /**
   * The rules that have run in this validation before this check, in the order they ran: the reader's rules when
   * the read layer was run, then the in-force rules of every check run so far. Rules turned off, not yet in
   * force, of a layer not run, or whose check is not registered are not among them.
   */
  public List<RuleDefinition> rulesRun() {
    return rulesRun;
  }

  /**
   * The records with at least one issue of the rule counted so far (any severity; issues silenced by an
   * approval do not count), exactly, even when the report's details are capped. Only a check that
   * {@linkplain Check#summarizesIssues() sums up issues} may ask: the others may run on another thread, into a
   * buffer that cannot answer ({@link UnsupportedOperationException}).
   */
  public Set<EntityRef> recordsWithIssues(String ruleId) {
    return collector.recordsWithIssues(IssueCode.of(ruleId));
  }

  /** Hands the dataset metrics to the report (the metrics layer's check does); a later call replaces them. */
  public void publishMetrics(DatasetMetrics metrics) {
    metricsSink.accept(Objects.requireNonNull(metrics, "metrics"));
  }

  /** Whether fail-fast has stopped the validation. */
  public boolean isStopped() {
    return collector.isStopped();
  }
}
