package io.jingwei.impl.rules.duplicate;

import static io.jingwei.impl.rules.structure.CheckSupport.args;

import io.jingwei.impl.engine.Approvals;
import io.jingwei.impl.engine.Layer;
import io.jingwei.impl.engine.PerRuleCheck;
import io.jingwei.impl.engine.RecordEntry;
import io.jingwei.impl.engine.RuleContext;
import io.jingwei.ref.EntityKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The duplicate-id check (重复编号检查, check name {@value #NAME}): an id used by two records of one kind. Each
 * later record with an id already seen is reported at {@code /id}, located where that later record was read;
 * the first record keeps the id (dataset lookups resolve to it). Argument: {@code id}. Linear: one hash set per
 * kind.
 */
public final class DuplicateIdCheck extends PerRuleCheck {

  /** The check's name in profiles. */
  public static final String NAME = "duplicate-id";

  /** Creates the check. */
  public DuplicateIdCheck() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Layer layer() {
    return Layer.REFERENCE;
  }

  @Override
  protected void check(RuleContext rule) {
    for (EntityKind kind : EntityKind.values()) {
      List<RecordEntry> entries = rule.input().records(kind);
      Set<String> seen = new HashSet<>(entries.size() * 2);
      for (RecordEntry e : entries) {
        if (!seen.add(e.ref().id())) {
          rule.emitAt(e.ref(), "/id", e.location(), args("id", e.ref().id()), Approvals.none());
        }
      }
    }
  }
}
