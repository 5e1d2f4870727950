package io.jingwei.impl.engine;

import io.jingwei.ref.EntityRef;
import io.jingwei.standard.RuleDefinition;
import io.jingwei.validation.Issue;
import io.jingwei.validation.IssueCode;
import io.jingwei.validation.Location;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a check gets for one rule (规则上下文): the rule definition with its typed parameters, the as-of date, the
 * input, and the sink of issues. Issues emitted here carry the rule's id as code and its severity; the
 * {@link IssueCollector} applies overrides, approvals, caps and masking. Valid for one validation only.
 */
public final class RuleContext {

  private final RuleDefinition rule;
  private final IssueCode code;
  private final LocalDate asOf;
  private final ValidationInput input;
  private final IssueSink collector;

  RuleContext(RuleDefinition rule, LocalDate asOf, ValidationInput input, IssueSink collector) {
    this.rule = rule;
    this.code = rule.code();
    this.asOf = asOf;
    this.input = input;
    this.collector = collector;
  }

  /** The rule definition; its typed getters ({@code intParam} …) read the parameters. */
  public RuleDefinition rule() {
    return rule;
  }

  /** The rule's id. */
  public String id() {
    return rule.id();
  }

  /** The issue code of the rule. */
  public IssueCode code() {
    return code;
  }

  /** The as-of date (基准日期) of this validation. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The input being validated. */
  public ValidationInput input() {
    return input;
  }

  /** Where the record was read. */
  public Location location(EntityRef ref) {
    return input.location(ref);
  }

  /** Whether fail-fast has stopped the validation; long loops may poll it. */
  public boolean isStopped() {
    return collector.isStopped();
  }

  /**
   * Reports a breach on a record that carries no approvals.
   *
   * @param entity the record
   * @param path the JSON Pointer of the field, empty for the whole record
   * @param args the message arguments by name; personal data is masked by the collector
   */
  public void emit(EntityRef entity, String path, Map<String, ?> args) {
    emit(entity, path, args, Approvals.none());
  }

  /** Reports a breach on a record whose approvals may silence an approvable rule. */
  public void emit(EntityRef entity, String path, Map<String, ?> args, Approvals approvals) {
    Objects.requireNonNull(entity, "entity");
    emitAt(entity, path, input.location(entity), args, approvals);
  }

  /**
   * Reports a breach at an explicit location, on a record or (entity null) on input that is not one.
   *
   * @throws StopValidation when fail-fast stops the validation (let it pass)
   */
  public void emitAt(
      @Nullable EntityRef entity, String path, Location location, Map<String, ?> args, Approvals approvals) {
    collector.accept(new Issue(code, rule.severity(), entity, path, location, orderedArgs(args)), approvals);
    if (collector.isStopped()) {
      throw StopValidation.INSTANCE;
    }
  }

  private static Map<String, Object> orderedArgs(Map<String, ?> args) {
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    args.forEach((k, v) -> out.put(Objects.requireNonNull(k, "argument name"), Objects.requireNonNull(v, () -> "argument " + k)));
    return out;
  }
}
