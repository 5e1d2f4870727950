package io.jingwei.dataset;

import io.jingwei.division.Division;
import io.jingwei.division.DivisionCode;
import io.jingwei.division.ResidentialCompound;
import io.jingwei.grid.Grid;
import io.jingwei.member.PartyMember;
import io.jingwei.organization.Meeting;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.ref.CompoundId;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.GridId;
import io.jingwei.ref.GridWorkerId;
import io.jingwei.ref.MeetingId;
import io.jingwei.ref.MemberId;
import io.jingwei.ref.OrganizationId;
import io.jingwei.ref.ServiceCenterId;
import io.jingwei.ref.WorkerId;
import io.jingwei.servicecenter.ServiceCenter;
import io.jingwei.worker.CommunityWorker;
import io.jingwei.worker.GridWorker;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A city dataset (城市数据集): every record of one city — divisions, compounds, organizations, members, community
 * and grid workers, grids, service centres and meetings — with its description. It is the aggregate a validator
 * checks.
 *
 * <p>Records are kept in the order they were added. Lookups by id and the relations between records are indexed
 * once, when the dataset is built, in time linear in its size. The dataset does not judge the data: duplicate
 * ids, dangling references and cycles are accepted (the validation engine reports them); a lookup by an id that
 * several records share finds the <em>first</em> of them, while relations list every record in dataset order.
 *
 * <p>Instances are immutable and thread-safe; every returned list is unmodifiable. Equality is identity.
 */
public final class CityDataset {

  private final DatasetInfo info;
  private final List<Division> divisions;
  private final List<ResidentialCompound> compounds;
  private final List<PartyOrganization> organizations;
  private final List<PartyMember> members;
  private final List<CommunityWorker> communityWorkers;
  private final List<GridWorker> gridWorkers;
  private final List<Grid> grids;
  private final List<ServiceCenter> serviceCenters;
  private final List<Meeting> meetings;

  private final Map<DivisionId, Division> divisionById;
  private final Map<String, Division> divisionByCode;
  private final Map<CompoundId, ResidentialCompound> compoundById;
  private final Map<OrganizationId, PartyOrganization> organizationById;
  private final Map<MemberId, PartyMember> memberById;
  private final Map<WorkerId, CommunityWorker> communityWorkerById;
  private final Map<GridWorkerId, GridWorker> gridWorkerById;
  private final Map<GridId, Grid> gridById;
  private final Map<ServiceCenterId, ServiceCenter> serviceCenterById;
  private final Map<MeetingId, Meeting> meetingById;

  private final Map<DivisionId, List<Division>> childDivisions;
  private final Map<OrganizationId, List<PartyOrganization>> childOrganizations;
  private final Map<OrganizationId, List<PartyMember>> membersOf;
  private final Map<DivisionId, List<ResidentialCompound>> compoundsOf;
  private final Map<DivisionId, List<Grid>> gridsOf;
  private final Map<GridId, List<GridWorker>> gridWorkersOf;
  private final Map<DivisionId, List<CommunityWorker>> communityWorkersOf;
  private final Map<OrganizationId, List<Meeting>> meetingsOf;

  private CityDataset(Builder b) {
    info = b.info;
    divisions = List.copyOf(b.divisions);
    compounds = List.copyOf(b.compounds);
    organizations = List.copyOf(b.organizations);
    members = List.copyOf(b.members);
    communityWorkers = List.copyOf(b.communityWorkers);
    gridWorkers = List.copyOf(b.gridWorkers);
    grids = List.copyOf(b.grids);
    serviceCenters = List.copyOf(b.serviceCenters);
    meetings = List.copyOf(b.meetings);

    divisionById = index(divisions, Division::id);
    divisionByCode = index(divisions, d -> d.code() == null ? null : codeKey(d.code()));
    compoundById = index(compounds, ResidentialCompound::id);
    organizationById = index(organizations, PartyOrganization::id);
    memberById = index(members, PartyMember::id);
    communityWorkerById = index(communityWorkers, CommunityWorker::id);
    gridWorkerById = index(gridWorkers, GridWorker::id);
    gridById = index(grids, Grid::id);
    serviceCenterById = index(serviceCenters, ServiceCenter::id);
    meetingById = index(meetings, Meeting::id);

    childDivisions = group(divisions, Division::parent);
    childOrganizations = group(organizations, PartyOrganization::parent);
    membersOf = group(members, PartyMember::organization);
    compoundsOf = group(compounds, ResidentialCompound::community);
    gridsOf = group(grids, Grid::community);
    gridWorkersOf = group(gridWorkers, GridWorker::grid);
    communityWorkersOf = group(communityWorkers, CommunityWorker::community);
    meetingsOf = group(meetings, Meeting::organization);
  }

  /** This dataset with more members: every other list and index is shared. */
  private CityDataset(CityDataset base, List<PartyMember> allMembers) {
    info = base.info;
    divisions = base.divisions;
    compounds = base.compounds;
    organizations = base.organizations;
    members = allMembers;
    communityWorkers = base.communityWorkers;
    gridWorkers = base.gridWorkers;
    grids = base.grids;
    serviceCenters = base.serviceCenters;
    meetings = base.meetings;
    divisionById = base.divisionById;
    divisionByCode = base.divisionByCode;
    compoundById = base.compoundById;
    organizationById = base.organizationById;
    memberById = index(members, PartyMember::id);
    communityWorkerById = base.communityWorkerById;
    gridWorkerById = base.gridWorkerById;
    gridById = base.gridById;
    serviceCenterById = base.serviceCenterById;
    meetingById = base.meetingById;
    childDivisions = base.childDivisions;
    childOrganizations = base.childOrganizations;
    membersOf = group(members, PartyMember::organization);
    compoundsOf = base.compoundsOf;
    gridsOf = base.gridsOf;
    gridWorkersOf = base.gridWorkersOf;
    communityWorkersOf = base.communityWorkersOf;
    meetingsOf = base.meetingsOf;
  }

  /** The first record for each key; records without a key are skipped. */
  private static <K, V> Map<K, V> index(List<V> records, Function<V, @Nullable K> key) {
    Map<K, V> map = new HashMap<>(capacity(records.size()));
    for (V v : records) {
      K k = key.apply(v);
      if (k != null) {
        map.putIfAbsent(k, v);
      }
    }
    return Collections.unmodifiableMap(map);
  }

  /** Every record for each key, in dataset order; records without a key are skipped. */
  private static <K, V> Map<K, List<V>> group(List<V> records, Function<V, @Nullable K> key) {
    Map<K, List<V>> map = new HashMap<>();
    for (V v : records) {
      K k = key.apply(v);
      if (k != null) {
        map.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
      }
    }
    map.replaceAll((k, list) -> Collections.unmodifiableList(list));
    return Collections.unmodifiableMap(map);
  }

  private static int capacity(int size) {
    return size < 3 ? 4 : (int) (size / 0.75f) + 1;
  }

  /**
   * The key of a division code: the digits padded with zeros to 12, so that a 6-digit GB/T 2260 code finds the
   * division coded with the 12-digit statistical code of the same county, and the other way round.
   */
  private static String codeKey(DivisionCode code) {
    String digits = code.value();
    return digits.length() >= 12 ? digits : digits + "000000000000".substring(digits.length());
  }

  /** A builder with no records and an {@linkplain DatasetInfo#UNNAMED unnamed} description. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this dataset's description and records, to derive another dataset. */
  public Builder toBuilder() {
    Builder b = new Builder().info(info);
    b.divisions.addAll(divisions);
    b.compounds.addAll(compounds);
    b.organizations.addAll(organizations);
    b.members.addAll(members);
    b.communityWorkers.addAll(communityWorkers);
    b.gridWorkers.addAll(gridWorkers);
    b.grids.addAll(grids);
    b.serviceCenters.addAll(serviceCenters);
    b.meetings.addAll(meetings);
    return b;
  }

  /**
   * This dataset with more member records (党员), after its own: equal to {@code toBuilder().addAll(more).build()},
   * but the other kinds' records and indexes are shared instead of copied, so the cost grows with this dataset's
   * members and the ones added, not with the whole dataset. Lookups of a streaming validation use it.
   */
  public CityDataset withMembers(Collection<PartyMember> more) {
    Objects.requireNonNull(more, "more");
    if (more.isEmpty()) {
      return this;
    }
    List<PartyMember> all = new ArrayList<>(members.size() + more.size());
    all.addAll(members);
    all.addAll(more); // no loop of its own: a streaming validation calls this for each chunk (compiled once)
    return new CityDataset(this, List.copyOf(all)); // a null member: NullPointerException
  }

  /** The description. */
  public DatasetInfo info() {
    return info;
  }

  /** The divisions (行政区划), in dataset order. */
  public List<Division> divisions() {
    return divisions;
  }

  /** The residential compounds (居民小区), in dataset order. */
  public List<ResidentialCompound> compounds() {
    return compounds;
  }

  /** The Party organizations (党组织), in dataset order. */
  public List<PartyOrganization> organizations() {
    return organizations;
  }

  /** The Party members (党员), in dataset order. */
  public List<PartyMember> members() {
    return members;
  }

  /** The full-time community workers (专职社区工作者), in dataset order. */
  public List<CommunityWorker> communityWorkers() {
    return communityWorkers;
  }

  /** The grid workers (网格员), in dataset order. */
  public List<GridWorker> gridWorkers() {
    return gridWorkers;
  }

  /** The grids (网格), in dataset order. */
  public List<Grid> grids() {
    return grids;
  }

  /** The service centres (党群服务中心), in dataset order. */
  public List<ServiceCenter> serviceCenters() {
    return serviceCenters;
  }

  /** The meeting and activity records (会议/活动记录), in dataset order. */
  public List<Meeting> meetings() {
    return meetings;
  }

  /** The records of one kind, in dataset order (a {@code List<PartyMember>} for {@link EntityKind#MEMBER}). */
  public List<?> records(EntityKind kind) {
    Objects.requireNonNull(kind, "kind");
    switch (kind) {
      case DIVISION:
        return divisions;
      case COMPOUND:
        return compounds;
      case ORGANIZATION:
        return organizations;
      case MEMBER:
        return members;
      case COMMUNITY_WORKER:
        return communityWorkers;
      case GRID_WORKER:
        return gridWorkers;
      case GRID:
        return grids;
      case SERVICE_CENTER:
        return serviceCenters;
      case MEETING:
        return meetings;
      default:
        throw new IllegalArgumentException("Unknown entity kind: " + kind);
    }
  }

  /** The number of records of one kind, duplicates included. */
  public int size(EntityKind kind) {
    return records(kind).size();
  }

  /** The number of records of all kinds. */
  public long totalSize() {
    long total = 0;
    for (EntityKind kind : EntityKind.values()) {
      total += size(kind);
    }
    return total;
  }

  /** Whether the dataset holds no record of any kind. */
  public boolean isEmpty() {
    return totalSize() == 0;
  }

  /** The first division with the given id. */
  public Optional<Division> division(DivisionId id) {
    return Optional.ofNullable(divisionById.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * The first division with the given code. Codes are compared padded with zeros to 12 digits, so
   * {@code 450103} finds a division coded {@code 450103000000}.
   */
  public Optional<Division> divisionByCode(DivisionCode code) {
    return Optional.ofNullable(divisionByCode.get(codeKey(Objects.requireNonNull(code, "code"))));
  }

  /** The first residential compound with the given id. */
  public Optional<ResidentialCompound> compound(CompoundId id) {
    return Optional.ofNullable(compoundById.get(Objects.requireNonNull(id, "id")));
  }

  /** The first organization with the given id. */
  public Optional<PartyOrganization> organization(OrganizationId id) {
    return Optional.ofNullable(organizationById.get(Objects.requireNonNull(id, "id")));
  }

  /** The first member with the given id. */
  public Optional<PartyMember> member(MemberId id) {
    return Optional.ofNullable(memberById.get(Objects.requireNonNull(id, "id")));
  }

  /** The first community worker with the given id. */
  public Optional<CommunityWorker> communityWorker(WorkerId id) {
    return Optional.ofNullable(communityWorkerById.get(Objects.requireNonNull(id, "id")));
  }

  /** The first grid worker with the given id. */
  public Optional<GridWorker> gridWorker(GridWorkerId id) {
    return Optional.ofNullable(gridWorkerById.get(Objects.requireNonNull(id, "id")));
  }

  /** The first grid with the given id. */
  public Optional<Grid> grid(GridId id) {
    return Optional.ofNullable(gridById.get(Objects.requireNonNull(id, "id")));
  }

  /** The first service centre with the given id. */
  public Optional<ServiceCenter> serviceCenter(ServiceCenterId id) {
    return Optional.ofNullable(serviceCenterById.get(Objects.requireNonNull(id, "id")));
  }

  /** The first meeting record with the given id. */
  public Optional<Meeting> meeting(MeetingId id) {
    return Optional.ofNullable(meetingById.get(Objects.requireNonNull(id, "id")));
  }

  /** The divisions whose parent is the given division, in dataset order. */
  public List<Division> childDivisions(DivisionId parent) {
    return related(childDivisions, parent);
  }

  /** The organizations whose parent is the given organization, in dataset order. */
  public List<PartyOrganization> childOrganizations(OrganizationId parent) {
    return related(childOrganizations, parent);
  }

  /**
   * The members whose organizational relationship is held by the given organization
   * ({@link PartyMember#organization()}), in dataset order, whatever their standing.
   */
  public List<PartyMember> membersOf(OrganizationId organization) {
    return related(membersOf, organization);
  }

  /** The residential compounds in the given community, in dataset order. */
  public List<ResidentialCompound> compoundsOf(DivisionId community) {
    return related(compoundsOf, community);
  }

  /** The grids of the given community or village, in dataset order. */
  public List<Grid> gridsOf(DivisionId community) {
    return related(gridsOf, community);
  }

  /** The grid workers assigned to the given grid, in dataset order. */
  public List<GridWorker> gridWorkersOf(GridId grid) {
    return related(gridWorkersOf, grid);
  }

  /** The community workers serving the given community, in dataset order. */
  public List<CommunityWorker> communityWorkersOf(DivisionId community) {
    return related(communityWorkersOf, community);
  }

  /** The meeting records of the given organization, in dataset order. */
  public List<Meeting> meetingsOf(OrganizationId organization) {
    return related(meetingsOf, organization);
  }

  private static <K, V> List<V> related(Map<K, List<V>> relation, K key) {
    return relation.getOrDefault(Objects.requireNonNull(key, "key"), List.of());
  }

  /** The number of records of each kind; no personal data. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("CityDataset[");
    for (EntityKind kind : EntityKind.values()) {
      if (kind.ordinal() > 0) {
        sb.append(", ");
      }
      sb.append(kind.collectionName()).append('=').append(size(kind));
    }
    return sb.append(']').toString();
  }

  /**
   * A builder of {@link CityDataset}s. Records are kept in the order they are added; nothing is checked but that
   * they are not null. Not thread-safe.
   */
  public static final class Builder {
    private DatasetInfo info = DatasetInfo.named(DatasetInfo.UNNAMED);
    private final List<Division> divisions = new ArrayList<>();
    private final List<ResidentialCompound> compounds = new ArrayList<>();
    private final List<PartyOrganization> organizations = new ArrayList<>();
    private final List<PartyMember> members = new ArrayList<>();
    private final List<CommunityWorker> communityWorkers = new ArrayList<>();
    private final List<GridWorker> gridWorkers = new ArrayList<>();
    private final List<Grid> grids = new ArrayList<>();
    private final List<ServiceCenter> serviceCenters = new ArrayList<>();
    private final List<Meeting> meetings = new ArrayList<>();

    private Builder() {}

    /** Sets the description. */
    public Builder info(DatasetInfo value) {
      info = Objects.requireNonNull(value, "info");
      return this;
    }

    /** Adds a division. */
    public Builder add(Division record) {
      divisions.add(Objects.requireNonNull(record, "record"));
      return this;
    }

    /** Adds a residential compound. */
    public Builder add(ResidentialCompound record) {
      compounds.add(Objects.requireNonNull(record, "record"));
      return this;
    }

    /** Adds a Party organization. */
    public Builder add(PartyOrganization record) {
      organizations.add(Objects.requireNonNull(record, "record"));
      return this;
    }

    /** Adds a Party member. */
    public Builder add(PartyMember record) {
      members.add(Objects.requireNonNull(record, "record"));
      return this;
    }

    /** Adds a community worker. */
    public Builder add(CommunityWorker record) {
      communityWorkers.add(Objects.requireNonNull(record, "record"));
      return this;
    }

    /** Adds a grid worker. */
    public Builder add(GridWorker record) {
      gridWorkers.add(Objects.requireNonNull(record, "record"));
      return this;
    }

    /** Adds a grid. */
    public Builder add(Grid record) {
      grids.add(Objects.requireNonNull(record, "record"));
      return this;
    }

    /** Adds a service centre. */
    public Builder add(ServiceCenter record) {
      serviceCenters.add(Objects.requireNonNull(record, "record"));
      return this;
    }

    /** Adds a meeting record. */
    public Builder add(Meeting record) {
      meetings.add(Objects.requireNonNull(record, "record"));
      return this;
    }

    /**
     * Adds records of any of the nine kinds, each to its own list, in iteration order.
     *
     * @throws IllegalArgumentException when a record is of no entity type; records before it are added
     * @throws NullPointerException when a record is null
     */
    public Builder addAll(Iterable<?> records) {
      Objects.requireNonNull(records, "records");
      for (Object r : records) {
        addRecord(r);
      }
      return this;
    }

    /** Adds every record of another dataset, keeping this builder's description. */
    public Builder addAll(CityDataset other) {
      Objects.requireNonNull(other, "other");
      for (EntityKind kind : EntityKind.values()) {
        addAll(other.records(kind));
      }
      return this;
    }

    private void addRecord(@Nullable Object r) {
      Objects.requireNonNull(r, "record");
      if (r instanceof Division d) {
        divisions.add(d);
      } else if (r instanceof ResidentialCompound c) {
        compounds.add(c);
      } else if (r instanceof PartyOrganization o) {
        organizations.add(o);
      } else if (r instanceof PartyMember m) {
        members.add(m);
      } else if (r instanceof CommunityWorker w) {
        communityWorkers.add(w);
      } else if (r instanceof GridWorker w) {
        gridWorkers.add(w);
      } else if (r instanceof Grid g) {
        grids.add(g);
      } else if (r instanceof ServiceCenter s) {
        serviceCenters.add(s);
      } else if (r instanceof Meeting m) {
        meetings.add(m);
      } else {
        throw new IllegalArgumentException("Not a dataset record: " + r.getClass().getName());
      }
    }

    /** Builds the dataset, indexing it; the builder can be reused. */
    public CityDataset build() {
      return new CityDataset(this);
    }
  }
}
