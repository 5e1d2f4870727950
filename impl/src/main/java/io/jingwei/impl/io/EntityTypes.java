package io.jingwei.impl.io;

import io.jingwei.division.Division;
import io.jingwei.division.ResidentialCompound;
import io.jingwei.grid.Grid;
import io.jingwei.member.PartyMember;
import io.jingwei.organization.Meeting;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.ref.EntityKind;
import io.jingwei.servicecenter.ServiceCenter;
import io.jingwei.worker.CommunityWorker;
import io.jingwei.worker.GridWorker;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The record class of each entity kind (实体类型表), as the readers bind them. */
public final class EntityTypes {
  private EntityTypes() {}

  private static final Map<EntityKind, Class<?>> ALL;

  static {
    EnumMap<EntityKind, Class<?>> m = new EnumMap<>(EntityKind.class);
    m.put(EntityKind.DIVISION, Division.class);
    m.put(EntityKind.COMPOUND, ResidentialCompound.class);
    m.put(EntityKind.ORGANIZATION, PartyOrganization.class);
    m.put(EntityKind.MEMBER, PartyMember.class);
    m.put(EntityKind.COMMUNITY_WORKER, CommunityWorker.class);
    m.put(EntityKind.GRID_WORKER, GridWorker.class);
    m.put(EntityKind.GRID, Grid.class);
    m.put(EntityKind.SERVICE_CENTER, ServiceCenter.class);
    m.put(EntityKind.MEETING, Meeting.class);
    ALL = Collections.unmodifiableMap(m);
  }

  /** Every kind with its record class. */
  public static Map<EntityKind, Class<?>> all() {
    return ALL;
  }

  /** The record class of the kind. */
  public static Class<?> of(EntityKind kind) {
    return ALL.get(kind);
  }

  /** A dataset reader of every kind. */
  public static DatasetReader reader() {
    return DatasetReader.of(ALL);
  }
}
