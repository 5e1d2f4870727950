package io.jingwei.impl.rules.grid;

import io.jingwei.grid.Grid;
import io.jingwei.impl.engine.Approvals;
import io.jingwei.impl.engine.Layer;
import io.jingwei.impl.engine.PerRuleCheck;
import io.jingwei.impl.engine.RecordEntry;
import io.jingwei.impl.engine.RuleContext;
import io.jingwei.ref.EntityKind;
import java.util.Map;

/**
 * The grid Party-organization check (网格党组织检查, check name {@value #NAME}): a grid without a Party organization
 * (a 党支部 or 党小组 set up on the grid: {@code partyOrganization}) → {@code /partyOrganization}. That the
 * organization exists and is of a fitting type is for the reference rules.
 */
public final class GridPartyOrganizationCheck extends PerRuleCheck {

  /** The check's name in profiles. */
  public static final String NAME = "grid-party-organization";

  /** Creates the check. */
  public GridPartyOrganizationCheck() {}

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
    for (RecordEntry e : rule.input().records(EntityKind.GRID)) {
      Grid g = (Grid) e.record();
      if (g.partyOrganization() == null) {
        rule.emitAt(e.ref(), "/partyOrganization", e.location(), Map.of(), Approvals.none());
      }
    }
  }
}
