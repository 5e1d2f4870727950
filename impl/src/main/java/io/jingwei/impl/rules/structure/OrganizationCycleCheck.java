package io.jingwei.impl.rules.structure;

import static io.jingwei.impl.rules.structure.CheckSupport.args;

import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.engine.Layer;
import io.jingwei.impl.engine.PerRuleCheck;
import io.jingwei.impl.engine.RuleContext;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.ref.OrganizationId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The organization-cycle check (上级组织循环检查, check name {@value #NAME}): a chain of {@code parent} references
 * that comes back to where it started (a 支部 whose 上级 is its own 党小组). Every organization on a cycle is
 * reported once, at {@code /parent}; arguments {@code parent} (the id it names) and {@code length} (the number of
 * organizations on the cycle). Organizations that merely lead into a cycle are not on it and are not reported.
 *
 * <p>An iterative colouring walk (white → on the current path → done) over the first record of each id: every
 * organization is entered once, so the check is linear and needs no recursion (100 000 organizations cannot
 * overflow the stack). A parent that names no organization ends a chain (the reference rules report it).
 */
public final class OrganizationCycleCheck extends PerRuleCheck {

  /** The check's name in profiles. */
  public static final String NAME = "organization-cycle";

  private static final Integer DONE = -1;

  /** Creates the check. */
  public OrganizationCycleCheck() {}

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
    List<PartyOrganization> organizations = CheckSupport.organizations(dataset);
    // state: absent = not visited; DONE = finished; n >= 0 = on the current path at index n
    Map<OrganizationId, Integer> state = new HashMap<>(organizations.size() * 2);
    List<PartyOrganization> path = new ArrayList<>();
    for (PartyOrganization start : organizations) {
      if (state.containsKey(start.id())) {
        continue;
      }
      path.clear();
      PartyOrganization current = start;
      while (current != null) {
        Integer s = state.get(current.id());
        if (DONE.equals(s)) {
          break;
        }
        if (s != null) {
          report(rule, path.subList(s, path.size()));
          break;
        }
        state.put(current.id(), path.size());
        path.add(current);
        current = current.parent() == null ? null : dataset.organization(current.parent()).orElse(null);
      }
      for (PartyOrganization o : path) {
        state.put(o.id(), DONE);
      }
    }
  }

  private static void report(RuleContext rule, List<PartyOrganization> cycle) {
    for (PartyOrganization o : cycle) {
      OrganizationId parent = o.parent();
      rule.emit(
          o.id().toRef(),
          "/parent",
          args("parent", parent == null ? "" : parent.value(), "length", cycle.size()));
    }
  }
}
