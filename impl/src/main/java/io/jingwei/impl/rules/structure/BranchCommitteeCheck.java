package io.jingwei.impl.rules.structure;

import static io.jingwei.impl.rules.structure.CheckSupport.args;

import io.jingwei.impl.engine.Approvals;
import io.jingwei.impl.engine.Check;
import io.jingwei.impl.engine.CheckContext;
import io.jingwei.impl.engine.Layer;
import io.jingwei.impl.engine.RuleContext;
import io.jingwei.organization.LeadershipTeam;
import io.jingwei.organization.OrganizationType;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.ref.EntityRef;
import io.jingwei.standard.RuleDefinition;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The branch-committee check (支部委员会检查, check name {@value #NAME}): how a branch's leadership is set up
 * (支部条例 第六章). Every rule has a {@code types} parameter (the branch-level types it applies to); organizations
 * without a recorded {@code leadership}, or not active on the as-of date, are not checked.
 *
 * <ul>
 *   <li>{@value #REQUIRED}: at least {@code minFullMembers} 正式党员 (direct members of NORMAL standing whose status
 *       is FULL) and {@code leadership.hasCommittee} false → {@code /leadership/hasCommittee}; arguments
 *       {@code fullMembers}, {@code min};
 *   <li>{@value #SIZE_LIMIT}: a committee whose size ({@link LeadershipTeam#committeeSize()}: distinct members
 *       holding 书记/副书记/委员 posts) is outside {@code min}..{@code max} → {@code /leadership/officers};
 *       arguments {@code count}, {@code min}, {@code max};
 *   <li>{@value #SIZE}: the same with the usual range (3–5), a warning; not reported where {@value #SIZE_LIMIT}
 *       (when in force) already is;
 *   <li>{@value #WITHOUT_COMMITTEE}: no committee, and the number of 书记 is not {@code secretaries} or more
 *       副书记 than {@code maxDeputies} → {@code /leadership/officers}; arguments {@code secretaries},
 *       {@code deputies} (the numbers found), {@code requiredSecretaries}, {@code maxDeputies}.
 * </ul>
 */
public final class BranchCommitteeCheck implements Check {

  /** The check's name in profiles. */
  public static final String NAME = "branch-committee";

  /** The rule of branches that must set up a committee. */
  public static final String REQUIRED = "branch.committee-required";

  /** The rule of committee sizes outside the usual range. */
  public static final String SIZE = "branch.committee-size";

  /** The rule of committee sizes outside the limits. */
  public static final String SIZE_LIMIT = "branch.committee-size-limit";

  /** The rule of officers of a branch without a committee. */
  public static final String WITHOUT_COMMITTEE = "branch.officers-without-committee";

  /** Creates the check. */
  public BranchCommitteeCheck() {}

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
    RuleContext required = context.rule(REQUIRED).orElse(null);
    RuleContext size = context.rule(SIZE).orElse(null);
    RuleContext limit = context.rule(SIZE_LIMIT).orElse(null);
    RuleContext without = context.rule(WITHOUT_COMMITTEE).orElse(null);
    Set<OrganizationType> requiredTypes = types(required);
    Set<OrganizationType> sizeTypes = types(size);
    Set<OrganizationType> limitTypes = types(limit);
    Set<OrganizationType> withoutTypes = types(without);
    MemberCounts counts = new MemberCounts(CheckSupport.dataset(context.input()), context.input());
    for (PartyOrganization o : counts.organizations()) {
      if (context.isStopped()) {
        return;
      }
      LeadershipTeam team = o.leadership();
      if (team == null || !o.isActiveOn(context.asOf())) {
        continue;
      }
      EntityRef ref = o.id().toRef();
      if (!team.hasCommittee()) {
        if (required != null && requiredTypes.contains(o.type())) {
          long full = counts.direct(o.id()).full();
          int min = required.rule().intParam("minFullMembers");
          if (full >= min) {
            required.emit(ref, "/leadership/hasCommittee", args("fullMembers", full, "min", min));
          }
        }
        if (without != null && withoutTypes.contains(o.type())) {
          int secretaries = without.rule().intParam("secretaries");
          int maxDeputies = without.rule().intParam("maxDeputies");
          int s = team.secretaries().size();
          int d = team.deputies().size();
          if (s != secretaries || d > maxDeputies) {
            without.emit(
                ref,
                "/leadership/officers",
                args(
                    "secretaries", s, "deputies", d, "requiredSecretaries", secretaries, "maxDeputies", maxDeputies));
          }
        }
        continue;
      }
      int n = team.committeeSize();
      boolean limitBroken = false;
      if (limit != null && limitTypes.contains(o.type())) {
        limitBroken = outside(limit, ref, n);
      }
      if (!limitBroken && size != null && sizeTypes.contains(o.type())) {
        outside(size, ref, n);
      }
    }
  }

  /** Reports a committee size outside the rule's range; whether it did. */
  private static boolean outside(RuleContext rule, EntityRef ref, int n) {
    RuleDefinition def = rule.rule();
    int min = def.intParam("min");
    int max = def.intParam("max");
    if (n < min || n > max) {
      rule.emit(ref, "/leadership/officers", args("count", n, "min", min, "max", max), Approvals.none());
      return true;
    }
    return false;
  }

  private static Set<OrganizationType> types(@Nullable RuleContext rule) {
    return rule == null ? Set.of() : CheckSupport.enumSet(rule.rule(), "types", OrganizationType.class);
  }
}
