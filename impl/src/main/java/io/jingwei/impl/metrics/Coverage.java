package io.jingwei.impl.metrics;

import io.jingwei.division.Division;
import io.jingwei.division.DivisionKind;
import io.jingwei.division.DivisionLevel;
import io.jingwei.division.ResidentialCompound;
import io.jingwei.grid.Grid;
import io.jingwei.impl.engine.RecordEntry;
import io.jingwei.impl.engine.ValidationInput;
import io.jingwei.metrics.CoverageItem;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.ref.CompoundId;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;
import io.jingwei.ref.GridId;
import io.jingwei.ref.OrganizationId;
import io.jingwei.servicecenter.CenterLevel;
import io.jingwei.servicecenter.ServiceCenter;
import io.jingwei.time.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Computes the coverage figures (覆盖情况) of a validation input: for each {@link CoverageItem}, every place it
 * counts (street, community, compound or grid record, in input order) and whether it is covered. One linear pass
 * over the organizations, grids and centres, one over the places.
 *
 * <p>An organization known to be dissolved on the as-of date ({@code dissolvedOn} certainly on or before it)
 * covers nothing, also through a grid naming it. Organizations not in the input but named by a grid count (the
 * references layer reports them if they do not resolve).
 */
final class Coverage {

  /** A place counted by a coverage item, and whether it is covered. */
  record Subject(EntityRef ref, boolean covered) {}

  private final Set<DivisionId> orgDivisions = new HashSet<>();
  private final Set<CompoundId> orgCompounds = new HashSet<>();
  private final Set<GridId> orgGrids = new HashSet<>();
  private final Set<CompoundId> gridCompounds = new HashSet<>();
  private final Set<GridId> gridsWithOrganization = new HashSet<>();
  private final Set<DivisionId> centreCommunities = new HashSet<>();
  private final Set<CompoundId> centreCompounds = new HashSet<>();

  private Coverage(ValidationInput input, LocalDate asOf) {
    Map<OrganizationId, PartyOrganization> organizations = new HashMap<>();
    for (RecordEntry e : input.records(EntityKind.ORGANIZATION)) {
      if (e.record() instanceof PartyOrganization o) {
        organizations.putIfAbsent(o.id(), o);
        if (dissolved(o, asOf)) {
          continue;
        }
        if (o.division() != null) {
          orgDivisions.add(o.division());
        }
        if (o.compound() != null) {
          orgCompounds.add(o.compound());
        }
        if (o.grid() != null) {
          orgGrids.add(o.grid());
        }
      }
    }
    for (RecordEntry e : input.records(EntityKind.GRID)) {
      if (e.record() instanceof Grid g && g.partyOrganization() != null) {
        PartyOrganization o = organizations.get(g.partyOrganization());
        if (o == null || !dissolved(o, asOf)) {
          gridsWithOrganization.add(g.id());
          gridCompounds.addAll(g.compounds());
        }
      }
    }
    for (RecordEntry e : input.records(EntityKind.SERVICE_CENTER)) {
      if (e.record() instanceof ServiceCenter c) {
        if (c.level() == CenterLevel.COMMUNITY && c.division() != null) {
          centreCommunities.add(c.division());
        } else if (c.level() == CenterLevel.COMPOUND && c.compound() != null) {
          centreCompounds.add(c.compound());
        }
      }
    }
  }

  /**
   * The places of each item asked for, in item order; each list in input order.
   *
   * @param communityKinds the division kinds the community items count (社区, 村)
   */
  static Map<CoverageItem, List<Subject>> compute(
      ValidationInput input, LocalDate asOf, Set<CoverageItem> items, Set<DivisionKind> communityKinds) {
    Coverage c = new Coverage(input, asOf);
    Map<CoverageItem, List<Subject>> out = new EnumMap<>(CoverageItem.class);
    for (CoverageItem item : items) {
      out.put(item, new ArrayList<>());
    }
    for (RecordEntry e : input.records(EntityKind.DIVISION)) {
      if (!(e.record() instanceof Division d)) {
        continue;
      }
      if (d.kind().level() == DivisionLevel.STREET) {
        add(out, CoverageItem.STREET_PARTY_ORGANIZATION, e.ref(), c.orgDivisions.contains(d.id()));
      }
      if (communityKinds.contains(d.kind())) {
        add(out, CoverageItem.COMMUNITY_PARTY_ORGANIZATION, e.ref(), c.orgDivisions.contains(d.id()));
        add(out, CoverageItem.COMMUNITY_SERVICE_CENTER, e.ref(), c.centreCommunities.contains(d.id()));
      }
    }
    for (RecordEntry e : input.records(EntityKind.COMPOUND)) {
      if (e.record() instanceof ResidentialCompound rc) {
        boolean organized = c.orgCompounds.contains(rc.id()) || c.gridCompounds.contains(rc.id());
        add(out, CoverageItem.COMPOUND_PARTY_ORGANIZATION, e.ref(), organized);
        add(out, CoverageItem.COMPOUND_SERVICE_CENTER, e.ref(), c.centreCompounds.contains(rc.id()));
      }
    }
    for (RecordEntry e : input.records(EntityKind.GRID)) {
      if (e.record() instanceof Grid g) {
        boolean organized = c.gridsWithOrganization.contains(g.id()) || c.orgGrids.contains(g.id());
        add(out, CoverageItem.GRID_PARTY_ORGANIZATION, e.ref(), organized);
      }
    }
    return out;
  }

  private static void add(Map<CoverageItem, List<Subject>> out, CoverageItem item, EntityRef ref, boolean covered) {
    List<Subject> list = out.get(item);
    if (list != null) {
      list.add(new Subject(ref, covered));
    }
  }

  /** Whether the organization is certainly dissolved on the date. */
  static boolean dissolved(PartyOrganization o, LocalDate asOf) {
    @Nullable PartialDate dissolvedOn = o.dissolvedOn();
    return dissolvedOn != null && !dissolvedOn.latest().isAfter(asOf);
  }
}
