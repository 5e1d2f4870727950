package io.jingwei.impl.rules.structure;

import static io.jingwei.impl.rules.structure.CheckSupport.args;

import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.engine.Layer;
import io.jingwei.impl.engine.PerRuleCheck;
import io.jingwei.impl.engine.RuleContext;
import io.jingwei.organization.OrganizationType;
import io.jingwei.organization.PartyOrganization;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parent-type check (上级组织类别检查, check name {@value #NAME}): the type of an organization's parent is one
 * the standard allows for the organization's type (a 党小组 belongs to a 支部, a 支部 to a 总支 or a 党委).
 *
 * <p>Parameters: {@code allowedParents}, a table from a child type to the parent types it may have (a type not in
 * the table is not checked); {@code rootTypes}, the types that may have no parent (default
 * {@code [LOCAL_COMMITTEE]}: the 市委 at the top of a city's forest). Reported at {@code /parent} with arguments
 * {@code type}, {@code parentType} ({@code NONE} for an organization without a parent) and {@code allowed}. A
 * parent that names no organization is left to the reference rules.
 */
public final class OrganizationParentTypeCheck extends PerRuleCheck {

  /** The check's name in profiles. */
  public static final String NAME = "organization-parent-type";

  /** The {@code parentType} argument of an organization without a parent. */
  public static final String NONE = "NONE";

  /** Creates the check. */
  public OrganizationParentTypeCheck() {}

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
    Map<OrganizationType, Set<OrganizationType>> allowed =
        CheckSupport.enumTable(rule.rule(), "allowedParents", OrganizationType.class, OrganizationType.class);
    Set<OrganizationType> roots =
        CheckSupport.enumSet(
            rule.rule(), "rootTypes", OrganizationType.class, EnumSet.of(OrganizationType.LOCAL_COMMITTEE));
    CityDataset dataset = CheckSupport.dataset(rule.input());
    for (PartyOrganization o : CheckSupport.organizations(dataset)) {
      if (o.parent() == null) {
        if (!roots.contains(o.type())) {
          rule.emit(
              o.id().toRef(),
              "/parent",
              args("type", o.type(), "parentType", NONE, "allowed", names(allowed.getOrDefault(o.type(), Set.of()))));
        }
        continue;
      }
      Set<OrganizationType> permitted = allowed.get(o.type());
      PartyOrganization parent = dataset.organization(o.parent()).orElse(null);
      if (permitted == null || parent == null || permitted.contains(parent.type())) {
        continue;
      }
      rule.emit(o.id().toRef(), "/parent", args("type", o.type(), "parentType", parent.type(), "allowed", names(permitted)));
    }
  }

  private static List<String> names(Set<OrganizationType> types) {
    List<String> out = new ArrayList<>(types.size());
    for (OrganizationType t : types) {
      out.add(t.name());
    }
    return out;
  }
}
