package io.jingwei.impl.rules.structure;

import static io.jingwei.impl.rules.structure.CheckSupport.optionalInt;

import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.engine.Check;
import io.jingwei.impl.engine.CheckContext;
import io.jingwei.impl.engine.Layer;
import io.jingwei.impl.engine.RuleContext;
import io.jingwei.organization.OrganizationType;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.organization.Unit;
import io.jingwei.organization.UnitNature;
import io.jingwei.standard.RuleDefinition;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The organization-size check (党员人数检查, check name {@value #NAME}): the number of members of an organization
 * lies within the bounds of a rule. One check serves every size rule: a 支部 with at least 3 正式党员
 * ({@code branch.min-full-members}), at most 50 members ({@code branch.max-members}), a 党总支 of 50–100
 * ({@code general-branch.size}), a 基层党委 of at least 100 ({@code grassroots-committee.size}).
 *
 * <p>Parameters of each rule: {@code types} (the organization types it applies to); {@code scope}, {@code direct}
 * (default: the members whose {@code organization} is the organization) or {@code subtree} (the members of every
 * branch-level organization below it, see {@link MemberCounts}); {@code count}, {@code active} (default: members
 * of NORMAL standing, probationary ones included) or {@code full} (正式党员 only); {@code min} and/or {@code max};
 * {@code exemptUnitNatures} (optional: organizations whose unit has one of these natures are not checked).
 * Organizations not active on the as-of date (dissolved) are not checked.
 *
 * <p>Reported on the organization, path {@code ""}, with arguments {@code count} and the bounds ({@code min},
 * {@code max}) the rule has; the organization's approvals silence an approvable rule.
 */
public final class OrganizationSizeCheck implements Check {

  /** The check's name in profiles. */
  public static final String NAME = "organization-size";

  /** Creates the check. */
  public OrganizationSizeCheck() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Layer layer() {
    return Layer.STRUCTURE;
  }

  @Override
  public void run(CheckContext context) {
    CityDataset dataset = CheckSupport.dataset(context.input());
    MemberCounts counts = new MemberCounts(dataset, context.input());
    for (RuleContext rule : context.rules()) {
      if (context.isStopped()) {
        return;
      }
      check(rule, counts);
    }
  }

  private static void check(RuleContext rule, MemberCounts counts) {
    RuleDefinition def = rule.rule();
    Set<OrganizationType> types = CheckSupport.enumSet(def, "types", OrganizationType.class);
    boolean subtree = choice(def, "scope", "direct", "subtree");
    boolean fullOnly = choice(def, "count", "active", "full");
    OptionalInt min = optionalInt(def, "min");
    OptionalInt max = optionalInt(def, "max");
    if (min.isEmpty() && max.isEmpty()) {
      throw new IllegalStateException("rule " + def.id() + ": give 'min' or 'max'");
    }
    Set<UnitNature> exempt = CheckSupport.enumSet(def, "exemptUnitNatures", UnitNature.class, Set.of());
    for (PartyOrganization o : counts.organizations()) {
      if (!types.contains(o.type()) || !o.isActiveOn(rule.asOf())) {
        continue;
      }
      Unit unit = o.unit();
      if (unit != null && exempt.contains(unit.nature())) {
        continue;
      }
      MemberCounts.Count c = subtree ? counts.subtree(o.id()) : counts.direct(o.id());
      if (c == null) {
        continue; // on a parent cycle: organization.cycle reports it
      }
      long n = c.get(fullOnly);
      boolean tooFew = min.isPresent() && n < min.getAsInt();
      boolean tooMany = max.isPresent() && n > max.getAsInt();
      if (tooFew || tooMany) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("count", n);
        min.ifPresent(v -> args.put("min", v));
        max.ifPresent(v -> args.put("max", v));
        rule.emit(o.id().toRef(), "", args, CheckSupport.approvals(o.approvals()));
      }
    }
  }

  /** Whether a two-valued text parameter has its second value (the first is the default). */
  private static boolean choice(RuleDefinition def, String name, String first, String second) {
    String v = def.stringParam(name, first).strip().toLowerCase(Locale.ROOT);
    if (v.equals(first)) {
      return false;
    }
    if (v.equals(second)) {
      return true;
    }
    throw new IllegalStateException(
        "rule " + def.id() + ": parameter '" + name + "' must be '" + first + "' or '" + second + "'");
  }
}
