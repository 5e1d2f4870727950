package io.jingwei.impl.rules.reference;

import static io.jingwei.impl.rules.structure.CheckSupport.args;

import io.jingwei.dataset.CityDataset;
import io.jingwei.division.Division;
import io.jingwei.division.DivisionKind;
import io.jingwei.division.DivisionLevel;
import io.jingwei.division.ResidentialCompound;
import io.jingwei.grid.Grid;
import io.jingwei.impl.engine.Approvals;
import io.jingwei.impl.engine.Check;
import io.jingwei.impl.engine.CheckContext;
import io.jingwei.impl.engine.JsonPointers;
import io.jingwei.impl.engine.Layer;
import io.jingwei.impl.engine.RecordEntry;
import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.structure.CheckSupport;
import io.jingwei.member.Introducer;
import io.jingwei.member.PartyMember;
import io.jingwei.member.RecruitmentTimeline;
import io.jingwei.organization.LeadershipTeam;
import io.jingwei.organization.Meeting;
import io.jingwei.organization.OrganizationType;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.ref.CompoundId;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.EntityId;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.GridId;
import io.jingwei.ref.GridWorkerId;
import io.jingwei.ref.MeetingId;
import io.jingwei.ref.MemberId;
import io.jingwei.ref.OrganizationId;
import io.jingwei.ref.ServiceCenterId;
import io.jingwei.ref.WorkerId;
import io.jingwei.servicecenter.CenterLevel;
import io.jingwei.servicecenter.ServiceCenter;
import io.jingwei.standard.RuleDefinition;
import io.jingwei.worker.CommunityWorker;
import io.jingwei.worker.GridWorker;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The reference check (引用检查, check name {@value #NAME}): one walk over every record of the input that resolves
 * each id the record holds against the dataset. It computes two rules:
 *
 * <ul>
 *   <li>{@value #UNRESOLVED}: an id that names no record of its kind, at the JSON Pointer of the property (with
 *       the list index for ids in lists: {@code /timeline/introducers/1/member},
 *       {@code /leadership/officers/0/member}, {@code /compounds/2}); arguments {@code property} (the dotted wire
 *       path without indexes), {@code targetKind} (the collection name, {@code organizations}) and {@code id}.
 *       The properties: a division's {@code parent}; a compound's {@code community}; an organization's
 *       {@code parent}, {@code division}, {@code compound}, {@code grid} and its officers' {@code member}; a
 *       member's {@code organization}, {@code partyGroup}, {@code residenceCommunity}, the timeline's
 *       {@code admittingOrganization} and its introducers' {@code member}; a community worker's
 *       {@code community}, {@code grid}, {@code member}; a grid worker's {@code grid}, {@code communityWorker},
 *       {@code member}; a grid's {@code community}, {@code compounds}, {@code partyOrganization}; a service
 *       centre's {@code division} and {@code compound}; a meeting's {@code organization}.
 *   <li>{@value #WRONG_TARGET}: an id that names a record of the wrong sort. Parameters:
 *       {@code communityKinds} (the division kinds a {@code community} or {@code residenceCommunity} may name:
 *       COMMUNITY, VILLAGE), {@code gridOrganizationTypes} (what a grid's {@code partyOrganization} may be: the
 *       branch-level types and PARTY_GROUP), {@code centerDivisionLevels} (for each centre level, the division
 *       levels its {@code division} may have; a centre level not listed is not checked). Arguments
 *       {@code property}, {@code id}, {@code actual} and {@code expected}.
 * </ul>
 *
 * <p>Linear in the number of records: each id is one hash lookup.
 */
public final class ReferenceCheck implements Check {

  /** The check's name in profiles. */
  public static final String NAME = "references";

  /** The rule of ids that name nothing. */
  public static final String UNRESOLVED = "reference.unresolved";

  /** The rule of ids that name a record of the wrong sort. */
  public static final String WRONG_TARGET = "reference.wrong-target";

  /**
   * Which references a check resolves (引用范围): a streaming validation splits the walk, the references to
   * other kinds on its workers (the dataset of the other kinds is fixed), those to members on the validating
   * thread (which knows the members read so far).
   */
  public enum Scope {
    /** Every reference. */
    ALL,
    /** Only the references that name members (introducers, officers, workers' {@code member}). */
    MEMBERS,
    /** Every reference but those that name members. */
    NOT_MEMBERS;

    boolean covers(EntityKind target) {
      return switch (this) {
        case ALL -> true;
        case MEMBERS -> target == EntityKind.MEMBER;
        case NOT_MEMBERS -> target != EntityKind.MEMBER;
      };
    }
  }

  private final Scope scope;

  /** Creates the check of every reference. */
  public ReferenceCheck() {
    this(Scope.ALL);
  }

  /** Creates the check of the references in {@code scope}; its issues are those of the whole check there. */
  public ReferenceCheck(Scope scope) {
    this.scope = java.util.Objects.requireNonNull(scope, "scope");
  }

  /** The references this check resolves. */
  public Scope scope() {
    return scope;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Layer layer() {
    return Layer.REFERENCE;
  }

  @Override
  public void run(CheckContext context) {
    CityDataset dataset = CheckSupport.dataset(context.input());
    RuleContext unresolved = context.rule(UNRESOLVED).orElse(null);
    RuleContext wrong = context.rule(WRONG_TARGET).orElse(null);
    Targets targets = wrong == null ? null : Targets.of(wrong.rule());
    Walker walker = new Walker(dataset, unresolved, wrong, targets, scope);
    for (EntityKind kind : EntityKind.values()) {
      for (RecordEntry entry : context.input().records(kind)) {
        if (context.isStopped()) {
          return;
        }
        walker.walk(entry);
      }
    }
  }

  /** The parameters of {@value #WRONG_TARGET}. */
  private record Targets(
      Set<DivisionKind> communityKinds,
      Set<OrganizationType> gridOrganizationTypes,
      Map<CenterLevel, Set<DivisionLevel>> centerDivisionLevels) {

    static Targets of(RuleDefinition rule) {
      return new Targets(
          CheckSupport.enumSet(rule, "communityKinds", DivisionKind.class),
          CheckSupport.enumSet(rule, "gridOrganizationTypes", OrganizationType.class),
          CheckSupport.enumTable(rule, "centerDivisionLevels", CenterLevel.class, DivisionLevel.class));
    }
  }

  /** Resolves the ids of one record after another. */
  private static final class Walker {
    private final CityDataset dataset;
    private final @Nullable RuleContext unresolved;
    private final @Nullable RuleContext wrong;
    private final @Nullable Targets targets;
    private final Scope scope;
    private @Nullable RecordEntry entry;

    Walker(
        CityDataset dataset,
        @Nullable RuleContext unresolved,
        @Nullable RuleContext wrong,
        @Nullable Targets targets,
        Scope scope) {
      this.dataset = dataset;
      this.unresolved = unresolved;
      this.wrong = wrong;
      this.targets = targets;
      this.scope = scope;
    }

    void walk(RecordEntry e) {
      this.entry = e;
      Object r = e.record();
      if (r instanceof Division d) {
        resolve("/parent", "parent", d.parent());
      } else if (r instanceof ResidentialCompound c) {
        community("/community", "community", c.community());
      } else if (r instanceof PartyOrganization o) {
        organization(o);
      } else if (r instanceof PartyMember m) {
        member(m);
      } else if (r instanceof CommunityWorker w) {
        community("/community", "community", w.community());
        resolve("/grid", "grid", w.grid());
        resolve("/member", "member", w.member());
      } else if (r instanceof GridWorker w) {
        resolve("/grid", "grid", w.grid());
        resolve("/communityWorker", "communityWorker", w.communityWorker());
        resolve("/member", "member", w.member());
      } else if (r instanceof Grid g) {
        grid(g);
      } else if (r instanceof ServiceCenter c) {
        center(c);
      } else if (r instanceof Meeting m) {
        resolve("/organization", "organization", m.organization());
      }
    }

    private void organization(PartyOrganization o) {
      resolve("/parent", "parent", o.parent());
      resolve("/division", "division", o.division());
      resolve("/compound", "compound", o.compound());
      resolve("/grid", "grid", o.grid());
      LeadershipTeam team = o.leadership();
      if (team != null) {
        for (int i = 0; i < team.officers().size(); i++) {
          resolve(
              JsonPointers.of("leadership", "officers", i, "member"),
              "leadership.officers.member",
              team.officers().get(i).member());
        }
      }
    }

    private void member(PartyMember m) {
      resolve("/organization", "organization", m.organization());
      resolve("/partyGroup", "partyGroup", m.partyGroup());
      community("/residenceCommunity", "residenceCommunity", m.residenceCommunity());
      RecruitmentTimeline t = m.timeline();
      resolve("/timeline/admittingOrganization", "timeline.admittingOrganization", t.admittingOrganization());
      if (!scope.covers(EntityKind.MEMBER)) {
        return; // introducers are members: no pointer made where they are not resolved
      }
      List<Introducer> introducers = t.introducers();
      for (int i = 0; i < introducers.size(); i++) {
        MemberId introducer = introducers.get(i).member();
        if (introducer != null) {
          resolve(JsonPointers.of("timeline", "introducers", i, "member"), "timeline.introducers.member", introducer);
        }
      }
    }

    private void grid(Grid g) {
      community("/community", "community", g.community());
      for (int i = 0; i < g.compounds().size(); i++) {
        resolve(JsonPointers.of("compounds", i), "compounds", g.compounds().get(i));
      }
      Object target = resolve("/partyOrganization", "partyOrganization", g.partyOrganization());
      if (target instanceof PartyOrganization o
          && targets != null
          && !targets.gridOrganizationTypes().contains(o.type())) {
        wrong("/partyOrganization", "partyOrganization", o.id(), o.type(), targets.gridOrganizationTypes());
      }
    }

    private void center(ServiceCenter c) {
      Object target = resolve("/division", "division", c.division());
      resolve("/compound", "compound", c.compound());
      if (target instanceof Division d && targets != null) {
        Set<DivisionLevel> allowed = targets.centerDivisionLevels().get(c.level());
        if (allowed != null && !allowed.contains(d.level())) {
          wrong("/division", "division", d.id(), d.level(), allowed);
        }
      }
    }

    /** A reference that must name a community or village. */
    private void community(String path, String property, @Nullable DivisionId id) {
      Object target = resolve(path, property, id);
      if (target instanceof Division d && targets != null && !targets.communityKinds().contains(d.kind())) {
        wrong(path, property, d.id(), d.kind(), targets.communityKinds());
      }
    }

    /**
     * The record the id names, or null (after reporting) when it names none; null for a null id and for an id out
     * of the scope (the wrong-target tests then stay silent: they all look at records of other kinds than members,
     * which a scope either resolves all or none of).
     */
    private @Nullable Object resolve(String path, String property, @Nullable EntityId id) {
      if (id == null || !scope.covers(id.kind())) {
        return null;
      }
      Optional<?> target = lookup(id);
      if (target.isPresent()) {
        return target.get();
      }
      RecordEntry e = current();
      if (unresolved != null) {
        unresolved.emitAt(
            e.ref(),
            path,
            e.location(),
            args("property", property, "targetKind", id.kind().collectionName(), "id", id.value()),
            Approvals.none());
      }
      return null;
    }

    private void wrong(String path, String property, EntityId id, Enum<?> actual, Collection<? extends Enum<?>> expected) {
      if (wrong == null) {
        return;
      }
      List<String> names = new ArrayList<>(expected.size());
      for (Enum<?> x : expected) {
        names.add(x.name());
      }
      RecordEntry e = current();
      wrong.emitAt(
          e.ref(),
          path,
          e.location(),
          args("property", property, "id", id.value(), "actual", actual.name(), "expected", names),
          Approvals.none());
    }

    private RecordEntry current() {
      RecordEntry e = entry;
      if (e == null) {
        throw new IllegalStateException("no record being walked");
      }
      return e;
    }

    private Optional<?> lookup(EntityId id) {
      if (id instanceof DivisionId x) {
        return dataset.division(x);
      } else if (id instanceof CompoundId x) {
        return dataset.compound(x);
      } else if (id instanceof OrganizationId x) {
        return dataset.organization(x);
      } else if (id instanceof MemberId x) {
        return dataset.member(x);
      } else if (id instanceof WorkerId x) {
        return dataset.communityWorker(x);
      } else if (id instanceof GridWorkerId x) {
        return dataset.gridWorker(x);
      } else if (id instanceof GridId x) {
        return dataset.grid(x);
      } else if (id instanceof ServiceCenterId x) {
        return dataset.serviceCenter(x);
      } else if (id instanceof MeetingId x) {
        return dataset.meeting(x);
      }
      throw new IllegalStateException("unknown id type " + id.getClass().getName());
    }
  }
}
