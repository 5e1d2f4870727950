package io.jingwei.impl.rules.grid;

import static io.jingwei.impl.rules.structure.CheckSupport.args;

import io.jingwei.grid.Grid;
import io.jingwei.impl.engine.Approvals;
import io.jingwei.impl.engine.Layer;
import io.jingwei.impl.engine.PerRuleCheck;
import io.jingwei.impl.engine.RecordEntry;
import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.structure.CheckSupport;
import io.jingwei.ref.EntityKind;
import java.util.OptionalInt;

/**
 * The grid-households check (网格户数检查, check name {@value #NAME}): a grid's recorded {@code households} lies
 * within the rule's {@code min} and/or {@code max}. No national text fixes households per grid, so the shipped rule
 * is off and has no bounds; a city profile that turns it on gives them. Without either bound nothing is checked.
 * Reported at {@code /households} with arguments {@code households} and {@code range} (such as {@code 300–500},
 * {@code ≥300} or {@code ≤500}).
 */
public final class GridHouseholdsCheck extends PerRuleCheck {

  /** The check's name in profiles. */
  public static final String NAME = "grid-households";

  /** Creates the check. */
  public GridHouseholdsCheck() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Layer layer() {
    return Layer.STRUCTURE;
  }

  @Override
  protected void check(RuleContext rule) {
    OptionalInt min = CheckSupport.optionalInt(rule.rule(), "min");
    OptionalInt max = CheckSupport.optionalInt(rule.rule(), "max");
    if (min.isEmpty() && max.isEmpty()) {
      return;
    }
    String range =
        min.isPresent() && max.isPresent()
            ? min.getAsInt() + "–" + max.getAsInt()
            : min.isPresent() ? "≥" + min.getAsInt() : "≤" + max.getAsInt();
    for (RecordEntry e : rule.input().records(EntityKind.GRID)) {
      Integer households = ((Grid) e.record()).households();
      if (households == null) {
        continue;
      }
      if ((min.isPresent() && households < min.getAsInt()) || (max.isPresent() && households > max.getAsInt())) {
        rule.emitAt(
            e.ref(), "/households", e.location(), args("households", households, "range", range), Approvals.none());
      }
    }
  }
}
