package io.jingwei.impl.rules.structure;

import io.jingwei.impl.engine.StreamedMembers;

import static io.jingwei.impl.rules.structure.CheckSupport.args;

import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.engine.Check;
import io.jingwei.impl.engine.CheckContext;
import io.jingwei.impl.engine.Layer;
import io.jingwei.impl.engine.RuleContext;
import io.jingwei.member.PartyMember;
import io.jingwei.organization.LeadershipTeam;
import io.jingwei.organization.Officer;
import io.jingwei.organization.OrganizationType;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.organization.Selection;
import io.jingwei.ref.OrganizationId;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The temporary-branch check (临时党支部检查, check name {@value #NAME}). A 临时党支部 is set up for a temporary task;
 * its members' organizational relationships are not transferred to it, its officers are appointed (指定), and it
 * generally does not admit members or collect dues (支部条例). Every rule has a {@code types} parameter naming what
 * counts as temporary ({@code [TEMPORARY_BRANCH]}).
 *
 * <ul>
 *   <li>{@value #MEMBERS}: a member whose {@code organization} is a temporary branch → {@code /organization}, or
 *       whose timeline's {@code admittingOrganization} is one → {@code /timeline/admittingOrganization}; argument
 *       {@code organization};
 *   <li>{@value #DUES}: a temporary branch with {@code collectsDues} true → {@code /collectsDues};
 *   <li>{@value #ELECTED}: a temporary branch whose {@code leadership.selection}, or one of whose officers'
 *       {@code selection}, is ELECTED → {@code /leadership/selection} (once per branch).
 * </ul>
 */
public final class TemporaryBranchCheck implements Check {

  /** The check's name in profiles. */
  public static final String NAME = "temporary-branch";

  /** The rule of members held or admitted by a temporary branch. */
  public static final String MEMBERS = "temporary-branch.members";

  /** The rule of temporary branches collecting dues. */
  public static final String DUES = "temporary-branch.dues";

  /** The rule of elected leaderships of temporary branches. */
  public static final String ELECTED = "temporary-branch.elected";

  /** Creates the check. */
  public TemporaryBranchCheck() {}

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
    RuleContext members = context.rule(MEMBERS).orElse(null);
    RuleContext dues = context.rule(DUES).orElse(null);
    RuleContext elected = context.rule(ELECTED).orElse(null);
    if (dues != null || elected != null) {
      Set<OrganizationType> duesTypes = types(dues);
      Set<OrganizationType> electedTypes = types(elected);
      for (PartyOrganization o : CheckSupport.organizations(dataset)) {
        if (context.isStopped()) {
          return;
        }
        if (dues != null && duesTypes.contains(o.type()) && Boolean.TRUE.equals(o.collectsDues())) {
          dues.emit(o.id().toRef(), "/collectsDues", Map.of());
        }
        if (elected != null && electedTypes.contains(o.type()) && isElected(o.leadership())) {
          elected.emit(o.id().toRef(), "/leadership/selection", Map.of());
        }
      }
    }
    if (members != null && context.input().extension(StreamedMembers.class).isEmpty()) {
      Set<OrganizationType> types = memberTypes(members);
      for (PartyMember m : CheckSupport.members(dataset)) {
        if (context.isStopped()) {
          return;
        }
        checkMember(members, types, dataset, m);
      }
    }
  }

  /** The organization types of the {@value #MEMBERS} rule (a streaming validation reads them once). */
  public static Set<OrganizationType> memberTypes(RuleContext members) {
    return types(members);
  }

  /**
   * The {@value #MEMBERS} rule on one member (the first record of its id): run by {@link #run} over the dataset's
   * members, or by a streaming validation as they go by (the dataset then gives the organizations).
   */
  public static void checkMember(
      RuleContext members, Set<OrganizationType> types, CityDataset dataset, PartyMember m) {
    if (isOfType(dataset, m.organization(), types)) {
      members.emit(m.id().toRef(), "/organization", args("organization", m.organization().value()));
    }
    OrganizationId admitting = m.timeline().admittingOrganization();
    if (isOfType(dataset, admitting, types)) {
      members.emit(m.id().toRef(), "/timeline/admittingOrganization", args("organization", admitting.value()));
    }
  }

  private static boolean isElected(@Nullable LeadershipTeam team) {
    if (team == null) {
      return false;
    }
    if (team.selection() == Selection.ELECTED) {
      return true;
    }
    for (Officer o : team.officers()) {
      if (o.selection() == Selection.ELECTED) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOfType(CityDataset dataset, @Nullable OrganizationId id, Set<OrganizationType> types) {
    return id != null && dataset.organization(id).map(o -> types.contains(o.type())).orElse(false);
  }

  private static Set<OrganizationType> types(@Nullable RuleContext rule) {
    return rule == null ? Set.of() : CheckSupport.enumSet(rule.rule(), "types", OrganizationType.class);
  }
}
