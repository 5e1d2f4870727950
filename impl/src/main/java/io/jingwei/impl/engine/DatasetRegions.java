package io.jingwei.impl.engine;

import io.jingwei.dataset.CityDataset;
import io.jingwei.division.Division;
import io.jingwei.division.DivisionLevel;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.ref.CompoundId;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;
import io.jingwei.ref.GridId;
import io.jingwei.ref.OrganizationId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The region resolver of a dataset (区域归属): finds the division a record sits in (a member through its
 * organization, an organization through its division or its parent, a grid or compound through its community,
 * a centre through its division or compound, a worker through its community or grid) and walks the division
 * parents up to the district (DISTRICT level) and street (STREET level). Cycles in the data end the walk.
 */
final class DatasetRegions implements RegionResolver {
  private final CityDataset dataset;
  private final Map<DivisionId, Places> levels = new HashMap<>();

  @Override
  public Places places(EntityRef record) {
    return divisionOf(record).map(levels::get).orElse(Places.NONE);
  }

  private DatasetRegions(CityDataset dataset) {
    this.dataset = dataset;
    for (Division division : dataset.divisions()) {
      levels.putIfAbsent(division.id(), walk(division.id()));
    }
  }

  static RegionResolver of(CityDataset dataset) {
    return new DatasetRegions(dataset);
  }

  private Places walk(DivisionId start) {
    DivisionId district = null;
    DivisionId street = null;
    Set<DivisionId> seen = new HashSet<>();
    DivisionId current = start;
    while (current != null && seen.add(current)) {
      Division division = dataset.division(current).orElse(null);
      if (division == null) {
        break;
      }
      DivisionLevel level = division.kind().level();
      if (level == DivisionLevel.DISTRICT && district == null) {
        district = division.id();
      } else if (level == DivisionLevel.STREET && street == null) {
        street = division.id();
      }
      current = division.parent();
    }
    return new Places(district, street);
  }

  private Optional<DivisionId> divisionOf(EntityRef ref) {
    String id = ref.id();
    try {
      return Optional.ofNullable(divisionOf(ref.kind(), id, 0));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // an id the typed ids refuse cannot be in the dataset
    }
  }

  private @Nullable DivisionId divisionOf(EntityKind kind, String id, int depth) {
    if (depth > 64) {
      return null;
    }
    return switch (kind) {
      case DIVISION -> DivisionId.of(id);
      case COMPOUND -> dataset.compound(CompoundId.of(id)).map(c -> c.community()).orElse(null);
      case GRID -> dataset.grid(GridId.of(id)).map(g -> g.community()).orElse(null);
      case ORGANIZATION -> organizationDivision(OrganizationId.of(id), depth);
      case MEMBER ->
          dataset
              .member(io.jingwei.ref.MemberId.of(id))
              .map(m -> organizationDivision(m.organization(), depth + 1))
              .orElse(null);
      case COMMUNITY_WORKER ->
          dataset.communityWorker(io.jingwei.ref.WorkerId.of(id)).map(w -> w.community()).orElse(null);
      case GRID_WORKER ->
          dataset
              .gridWorker(io.jingwei.ref.GridWorkerId.of(id))
              .map(w -> divisionOf(EntityKind.GRID, w.grid().value(), depth + 1))
              .orElse(null);
      case SERVICE_CENTER ->
          dataset
              .serviceCenter(io.jingwei.ref.ServiceCenterId.of(id))
              .map(
                  c ->
                      c.division() != null
                          ? c.division()
                          : c.compound() == null
                              ? null
                              : divisionOf(EntityKind.COMPOUND, c.compound().value(), depth + 1))
              .orElse(null);
      case MEETING ->
          dataset
              .meeting(io.jingwei.ref.MeetingId.of(id))
              .map(m -> organizationDivision(m.organization(), depth + 1))
              .orElse(null);
    };
  }

  private @Nullable DivisionId organizationDivision(OrganizationId id, int depth) {
    OrganizationId current = id;
    Set<OrganizationId> seen = new HashSet<>();
    while (current != null && seen.add(current) && seen.size() < 64 + depth) {
      PartyOrganization org = dataset.organization(current).orElse(null);
      if (org == null) {
        return null;
      }
      if (org.division() != null) {
        return org.division();
      }
      if (org.compound() != null) {
        return dataset.compound(org.compound()).map(c -> c.community()).orElse(null);
      }
      if (org.grid() != null) {
        return dataset.grid(org.grid()).map(g -> g.community()).orElse(null);
      }
      current = org.parent();
    }
    return null;
  }
}
