package io.jingwei.impl.rules.structure;

import static io.jingwei.impl.rules.structure.CheckSupport.args;

import io.jingwei.dataset.CityDataset;
import io.jingwei.division.Division;
import io.jingwei.impl.engine.Layer;
import io.jingwei.impl.engine.PerRuleCheck;
import io.jingwei.impl.engine.RuleContext;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.ref.DivisionId;

/**
 * The organization-division check (组织所在区划检查, check name {@value #NAME}): an organization's {@code division}
 * lies inside, or is, its parent organization's division. "Inside" follows the division records' {@code parent}
 * chain in the dataset, not code prefixes: a development zone has no code, and its streets carry the codes of the
 * county they legally belong to.
 *
 * <p>Checked when both divisions are given and resolve (else the reference rules speak); reported at {@code
 * /division} with arguments {@code division} and {@code parentDivision}. Linear: each walk up the division tree is
 * bounded ({@value #MAX_DEPTH} steps) and stops at a cycle.
 */
public final class OrganizationDivisionCheck extends PerRuleCheck {

  /** The check's name in profiles. */
  public static final String NAME = "organization-division";

  private static final int MAX_DEPTH = 32;

  /** Creates the check. */
  public OrganizationDivisionCheck() {}

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
    CityDataset dataset = CheckSupport.dataset(rule.input());
    for (PartyOrganization o : CheckSupport.organizations(dataset)) {
      if (o.division() == null || o.parent() == null) {
        continue;
      }
      PartyOrganization parent = dataset.organization(o.parent()).orElse(null);
      if (parent == null || parent.division() == null) {
        continue;
      }
      if (dataset.division(o.division()).isEmpty() || dataset.division(parent.division()).isEmpty()) {
        continue;
      }
      if (!isInside(dataset, o.division(), parent.division())) {
        rule.emit(
            o.id().toRef(),
            "/division",
            args("division", o.division().value(), "parentDivision", parent.division().value()));
      }
    }
  }

  /** Whether the division is the other one or one of its descendants. */
  static boolean isInside(CityDataset dataset, DivisionId division, DivisionId outer) {
    DivisionId current = division;
    for (int i = 0; current != null && i < MAX_DEPTH; i++) {
      if (current.equals(outer)) {
        return true;
      }
      Division d = dataset.division(current).orElse(null);
      if (d == null) {
        return false;
      }
      current = d.parent();
      if (division.equals(current)) {
        return false; // a cycle back to the start
      }
    }
    return false;
  }
}
