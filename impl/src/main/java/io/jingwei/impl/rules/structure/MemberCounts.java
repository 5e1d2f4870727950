package io.jingwei.impl.rules.structure;

import io.jingwei.impl.engine.StreamedMembers;
import io.jingwei.impl.engine.ValidationInput;

import io.jingwei.dataset.CityDataset;
import io.jingwei.member.MembershipStatus;
import io.jingwei.member.PartyMember;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.ref.OrganizationId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Member counts per organization (党员人数统计) for the size rules. Only members whose standing is NORMAL count
 * ({@code PartyStanding#isActive()}); "full" members are those whose status is FULL (正式党员). Each member id counts
 * once (its first record).
 *
 * <p>Direct counts are the members whose {@code organization} is the organization. Subtree counts (for 党总支 and
 * 党委) are the members of every branch-level organization in the subtree, the organization itself included when
 * it is branch-level; all of them are computed in one post-order pass over the forest (leaves first, each
 * organization handing its total to its parent once all its children have), so the work is linear. The
 * organizations on a parent cycle, which have no well-defined subtree, get no subtree count.
 */
final class MemberCounts {

  /** A count of members: active (NORMAL standing) and, of them, full. */
  record Count(long active, long full) {
    static final Count ZERO = new Count(0, 0);

    Count plus(Count other) {
      return new Count(active + other.active, full + other.full);
    }

    long get(boolean fullOnly) {
      return fullOnly ? full : active;
    }
  }

  private final Map<OrganizationId, Count> direct;
  private @Nullable Map<OrganizationId, Count> subtree;
  private final CityDataset dataset;
  private final List<PartyOrganization> organizations;

  MemberCounts(CityDataset dataset) {
    this(dataset, null);
  }

  /** The counts of the dataset, or those a streaming validation counted when the input carries them. */
  MemberCounts(CityDataset dataset, @Nullable ValidationInput input) {
    this.dataset = dataset;
    this.organizations = CheckSupport.organizations(dataset);
    StreamedMembers streamed = input == null ? null : input.extension(StreamedMembers.class).orElse(null);
    if (streamed != null) {
      Map<OrganizationId, Count> counts = new HashMap<>();
      for (PartyOrganization o : organizations) {
        long active = streamed.active(o.id());
        if (active > 0) {
          counts.put(o.id(), new Count(active, streamed.full(o.id())));
        }
      }
      this.direct = counts;
      return;
    }
    Map<OrganizationId, Count> counts = new HashMap<>();
    for (PartyMember m : CheckSupport.members(dataset)) {
      if (!m.standing().isActive()) {
        continue;
      }
      Count one = new Count(1, m.status() == MembershipStatus.FULL ? 1 : 0);
      counts.merge(m.organization(), one, Count::plus);
    }
    this.direct = counts;
  }

  /** The organizations, first record of each id, in dataset order. */
  List<PartyOrganization> organizations() {
    return organizations;
  }

  /** The members whose organization is the given one. */
  Count direct(OrganizationId id) {
    return direct.getOrDefault(id, Count.ZERO);
  }

  /** The members of the branch-level organizations of the subtree, or null for an organization on a cycle. */
  @Nullable Count subtree(OrganizationId id) {
    Map<OrganizationId, Count> s = subtree;
    if (s == null) {
      s = computeSubtree();
      subtree = s;
    }
    return s.get(id);
  }

  private Map<OrganizationId, Count> computeSubtree() {
    Map<OrganizationId, Count> totals = new HashMap<>(organizations.size() * 2);
    Map<OrganizationId, Integer> pendingChildren = new HashMap<>(organizations.size() * 2);
    Map<OrganizationId, Count> partial = new HashMap<>(organizations.size() * 2);
    for (PartyOrganization o : organizations) {
      partial.put(o.id(), o.type().isBranchLevel() ? direct(o.id()) : Count.ZERO);
      PartyOrganization p = parentOf(o);
      if (p != null) {
        pendingChildren.merge(p.id(), 1, Integer::sum);
      }
    }
    Deque<PartyOrganization> ready = new ArrayDeque<>();
    for (PartyOrganization o : organizations) {
      if (!pendingChildren.containsKey(o.id())) {
        ready.add(o);
      }
    }
    while (!ready.isEmpty()) {
      PartyOrganization o = ready.poll();
      Count total = partial.get(o.id());
      totals.put(o.id(), total);
      PartyOrganization p = parentOf(o);
      if (p != null) {
        partial.merge(p.id(), total, Count::plus);
        if (pendingChildren.merge(p.id(), -1, Integer::sum) == 0) {
          ready.add(p);
        }
      }
    }
    return totals;
  }

  private @Nullable PartyOrganization parentOf(PartyOrganization o) {
    return o.parent() == null ? null : dataset.organization(o.parent()).orElse(null);
  }
}
