package io.jingwei.impl.rules.structure;

import static io.jingwei.impl.rules.structure.CheckSupport.args;

import io.jingwei.impl.engine.Layer;
import io.jingwei.impl.engine.PerRuleCheck;
import io.jingwei.impl.engine.RuleContext;
import io.jingwei.organization.OrganizationType;
import io.jingwei.organization.PartyOrganization;
import java.util.Set;

/**
 * The covered-units check (联合党支部覆盖单位检查, check name {@value #NAME}): an organization of one of the rule's
 * {@code types} (联合党支部) covers more units ({@code coveredUnits}) than the rule's {@code max}. Reported at
 * {@code /coveredUnits} with arguments {@code count} and {@code max}; the organization's approvals silence an
 * approvable rule. Organizations not active on the as-of date are not checked.
 */
public final class CoveredUnitsCheck extends PerRuleCheck {

  /** The check's name in profiles. */
  public static final String NAME = "covered-units";

  /** Creates the check. */
  public CoveredUnitsCheck() {}

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
    Set<OrganizationType> types = CheckSupport.enumSet(rule.rule(), "types", OrganizationType.class);
    int max = rule.rule().intParam("max");
    for (PartyOrganization o : CheckSupport.organizations(CheckSupport.dataset(rule.input()))) {
      if (types.contains(o.type()) && o.isActiveOn(rule.asOf()) && o.coveredUnits().size() > max) {
        rule.emit(
            o.id().toRef(),
            "/coveredUnits",
            args("count", o.coveredUnits().size(), "max", max),
            CheckSupport.approvals(o.approvals()));
      }
    }
  }
}
