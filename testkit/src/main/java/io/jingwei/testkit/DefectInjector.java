package io.jingwei.testkit;

import io.jingwei.dataset.CityDataset;
import io.jingwei.division.Division;
import io.jingwei.division.DivisionCode;
import io.jingwei.division.DivisionKind;
import io.jingwei.division.ResidentialCompound;
import io.jingwei.grid.Grid;
import io.jingwei.grid.GridCodeScheme;
import io.jingwei.id.ResidentIdNumber;
import io.jingwei.member.Introducer;
import io.jingwei.member.MembershipStatus;
import io.jingwei.member.Mobility;
import io.jingwei.member.PartyMember;
import io.jingwei.member.ProbationExtension;
import io.jingwei.member.RecruitmentTimeline;
import io.jingwei.organization.Approval;
import io.jingwei.organization.LeadershipTeam;
import io.jingwei.organization.Meeting;
import io.jingwei.organization.Officer;
import io.jingwei.organization.OrganizationType;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.organization.Post;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.Entity;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;
import io.jingwei.ref.MemberId;
import io.jingwei.ref.OrganizationId;
import io.jingwei.servicecenter.CenterLevel;
import io.jingwei.servicecenter.ChecklistItem;
import io.jingwei.servicecenter.RoomType;
import io.jingwei.servicecenter.ServiceCenter;
import io.jingwei.servicecenter.Sign;
import io.jingwei.time.PartialDate;
import io.jingwei.worker.CommunityWorker;
import io.jingwei.worker.GridWorker;
import io.jingwei.worker.WorkerPost;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A defect injector (缺陷注入器): copies a clean generated city and breaks chosen records, one minimal change per
 * defect, each made by the injector of one rule so that it raises exactly that rule's issue (and, where the
 * catalogue makes two rules fire together, both), recording the expected issues in a ground-truth manifest.
 *
 * <p>Injectors never touch a record another defect touched or relies on: member-level defects take "plain"
 * members (no officer, introducer or group leader) and leave their branch's counts alone; branch-level defects
 * reserve the whole branch with its members; the rest reserve the records they change or read. The injected
 * city is therefore valid input for a precision-and-recall test: the report's ERROR and WARNING issues must be
 * exactly the manifest.
 *
 * <p>The input must be clean as of the as-of date (as {@link CityGenerator} makes it). Deterministic for the same
 * city, seed, as-of date, rate and {@linkplain #without excluded rules}. Immutable.
 */
public final class DefectInjector {

  private final long seed;
  private final Set<String> excluded;

  private DefectInjector(long seed, Set<String> excluded) {
    this.seed = seed;
    this.excluded = excluded;
  }

  /** An injector with the given seed. */
  public static DefectInjector of(long seed) {
    return new DefectInjector(seed, Set.of());
  }

  /**
   * This injector without the defects of the given rules (one of {@link #supportedRules()} each), for a form of the
   * data that cannot carry them: a spreadsheet reads a cell holding only spaces as an empty cell, so a
   * {@code field.not-blank} defect becomes a missing value there.
   *
   * @throws IllegalArgumentException for a rule this injector does not make defects for
   */
  public DefectInjector without(String... rules) {
    Set<String> all = new HashSet<>(excluded);
    for (String rule : rules) {
      if (!supportedRules().contains(rule)) {
        throw new IllegalArgumentException("No defects are injected for the rule " + rule);
      }
      all.add(rule);
    }
    return new DefectInjector(seed, Set.copyOf(all));
  }

  /** The rule ids this injector can make defects for, in the order it tries them. */
  public static List<String> supportedRules() {
    return INJECTORS.stream().map(DefectInjector::family).distinct().toList();
  }

  /**
   * Injects defects into a copy of the clean city: about {@code rate} × the number of records, spread over every
   * supported rule in turn (each rule at least once when the city has a record it can break), fewer when the
   * city runs out of records that can take a defect.
   *
   * @param clean the clean city
   * @param asOf the date at which the city is clean and the defects are to be judged
   * @param rate the share of records to break, in (0, 1]
   * @return the injected city and its manifest
   */
  public InjectedCity inject(CityDataset clean, LocalDate asOf, double rate) {
    Objects.requireNonNull(clean, "clean");
    Objects.requireNonNull(asOf, "asOf");
    if (!(rate > 0) || rate > 1) {
      throw new IllegalArgumentException("The rate must be in (0, 1]: " + rate);
    }
    Work w = new Work(clean, asOf, new Random(seed));
    long wanted = Math.max(1, Math.round(rate * clean.totalSize()));
    List<Injector> order = new ArrayList<>();
    for (Injector injector : INJECTORS) {
      if (!excluded.contains(family(injector))) {
        order.add(injector);
      }
    }
    int defects = 0;
    boolean progress = true;
    while (defects < wanted && progress) {
      progress = false;
      for (Injector injector : order) {
        if (defects >= wanted) {
          break;
        }
        w.current = injector.rule();
        if (injector.apply(w)) {
          defects++;
          progress = true;
        }
      }
    }
    return new InjectedCity(w.build(), w.manifest, defects);
  }

  // ------------------------------------------------------------------------------------------ the work copy

  /** A mutable copy of the city with its reservations. */
  static final class Work {
    final LocalDate asOf;
    final Random rnd;
    final CityDataset clean;
    final Map<EntityKind, List<Object>> records = new EnumMap<>(EntityKind.class);
    final Map<EntityRef, Integer> position = new HashMap<>();
    final Set<EntityRef> reserved = new HashSet<>();
    final Set<MemberId> notPlain = new HashSet<>();
    final Set<OrganizationId> frozen = new HashSet<>();
    final List<ExpectedFinding> manifest = new ArrayList<>();
    String current = "";

    Work(CityDataset clean, LocalDate asOf, Random rnd) {
      this.clean = clean;
      this.asOf = asOf;
      this.rnd = rnd;
      for (EntityKind kind : EntityKind.values()) {
        List<Object> list = new ArrayList<>(clean.records(kind));
        records.put(kind, list);
        for (int i = 0; i < list.size(); i++) {
          position.putIfAbsent(((Entity) list.get(i)).ref(), i);
        }
      }
      for (PartyOrganization o : clean.organizations()) {
        if (o.leadership() != null) {
          o.leadership().officers().forEach(x -> notPlain.add(x.member()));
        }
      }
      for (PartyMember m : clean.members()) {
        for (Introducer i : m.timeline().introducers()) {
          if (i.member() != null) {
            notPlain.add(i.member());
          }
        }
      }
    }

    @SuppressWarnings("unchecked")
    <T> List<T> list(EntityKind kind) {
      return (List<T>) (List<?>) records.get(kind);
    }

    /** The current version of a record. */
    @SuppressWarnings("unchecked")
    <T> T get(EntityRef ref) {
      return (T) records.get(ref.kind()).get(position.get(ref));
    }

    void replace(Entity record) {
      records.get(record.ref().kind()).set(position.get(record.ref()), record);
    }

    void append(Entity record) {
      records.get(record.ref().kind()).add(record);
    }

    boolean free(EntityRef... refs) {
      for (EntityRef r : refs) {
        if (reserved.contains(r)) {
          return false;
        }
      }
      return true;
    }

    void reserve(EntityRef... refs) {
      Collections.addAll(reserved, refs);
    }

    void expect(String code, EntityRef entity, String path) {
      manifest.add(new ExpectedFinding(code, entity, path, current.split("\\+")[0]));
    }

    /** The free records of a kind that pass the filter, in a seeded random order's first element. */
    <T extends Entity> @Nullable T pick(EntityKind kind, Predicate<T> filter) {
      List<T> list = list(kind);
      int n = list.size();
      if (n == 0) {
        return null;
      }
      int start = rnd.nextInt(n);
      for (int k = 0; k < n; k++) {
        T t = list.get((start + k) % n);
        if (free(t.ref()) && filter.test(t)) {
          return t;
        }
      }
      return null;
    }

    /** A plain member: free, not an officer or introducer, its branch not reserved. */
    @Nullable PartyMember plainMember(Predicate<PartyMember> filter) {
      return pick(EntityKind.MEMBER, (PartyMember m) -> !notPlain.contains(m.id())
          && !frozen.contains(m.organization()) && m.partyGroup() == null && filter.test(m));
    }

    /** A free branch with a leadership whose officers are free. */
    @Nullable PartyOrganization branch(Predicate<PartyOrganization> filter) {
      return pick(EntityKind.ORGANIZATION, (PartyOrganization o) -> o.type() == OrganizationType.BRANCH
          && o.leadership() != null && !frozen.contains(o.id()) && officersFree(o) && filter.test(o));
    }

    /** A free branch whose members are all free, for defects that change its membership. */
    @Nullable PartyOrganization wholeBranch(Predicate<PartyOrganization> filter) {
      return branch(o -> membersFree(o.id()) && filter.test(o));
    }

    boolean officersFree(PartyOrganization o) {
      for (Officer x : o.leadership().officers()) {
        if (reserved.contains(x.member().toRef())) {
          return false;
        }
      }
      return true;
    }

    boolean membersFree(OrganizationId org) {
      for (PartyMember m : clean.membersOf(org)) {
        if (!free(m.ref())) {
          return false;
        }
      }
      return true;
    }

    /** Reserves the branch and its officers (its plain members stay available). */
    void reserveBranch(PartyOrganization o) {
      reserve(o.ref());
      for (Officer x : o.leadership().officers()) {
        reserve(x.member().toRef());
      }
    }

    /** Reserves the branch with all its members and freezes its membership. */
    void freezeBranch(PartyOrganization o) {
      reserveBranch(o);
      frozen.add(o.id());
      for (PartyMember m : clean.membersOf(o.id())) {
        reserve(m.ref());
      }
    }

    List<PartyMember> membersOf(OrganizationId org) {
      List<PartyMember> out = new ArrayList<>();
      for (PartyMember m : clean.membersOf(org)) {
        out.add(get(m.ref()));
      }
      return out;
    }

    CityDataset build() {
      CityDataset.Builder b = CityDataset.builder().info(clean.info());
      for (EntityKind kind : EntityKind.values()) {
        b.addAll(records.get(kind));
      }
      return b.build();
    }
  }

  private interface Injector {
    String rule();

    boolean apply(Work w);
  }

  private record Simple(String rule, java.util.function.Function<Work, Boolean> body) implements Injector {
    @Override
    public boolean apply(Work w) {
      return body.apply(w);
    }
  }

  /** The rule an injector makes defects for: the first of its codes ({@code a+b} raises a and b). */
  private static String family(Injector injector) {
    return injector.rule().split("\\+")[0];
  }

  private static Injector injector(String rule, java.util.function.Function<Work, Boolean> body) {
    return new Simple(rule, body);
  }

  private static LocalDate day(@Nullable PartialDate d) {
    return Objects.requireNonNull(d, "date").earliest();
  }

  private static PartialDate pd(LocalDate d) {
    return PartialDate.of(d);
  }

  private static boolean full(PartyMember m) {
    return m.status() == MembershipStatus.FULL && m.timeline().convertedOn() != null
        && m.timeline().admittedOn() != null;
  }

  // ------------------------------------------------------------------------------------------ member defects

  private static boolean memberChange(Work w, Predicate<PartyMember> filter,
      java.util.function.UnaryOperator<PartyMember> change, String... paths) {
    PartyMember m = w.plainMember(filter);
    if (m == null) {
      return false;
    }
    w.reserve(m.ref());
    w.replace(change.apply(m));
    String[] codes = w.current.split("\\+");
    for (int i = 0; i < paths.length; i++) {
      w.expect(codes.length > i ? codes[i] : codes[0], m.ref(), paths[i]);
    }
    return true;
  }

  private static PartyMember timeline(PartyMember m, java.util.function.UnaryOperator<RecruitmentTimeline.Builder> f) {
    return m.withTimeline(f.apply(m.timeline().toBuilder()).build());
  }

  private static final List<Injector> INJECTORS = new ArrayList<>();

  static {
    // ---- structure first: they reserve whole branches
    INJECTORS.add(injector("branch.committee-required", w -> {
      PartyOrganization o = w.branch(b -> b.leadership().hasCommittee());
      if (o == null) {
        return false;
      }
      w.reserveBranch(o);
      w.replace(o.withLeadership(o.leadership().toBuilder().hasCommittee(false).build()));
      w.expect("branch.committee-required", o.ref(), "/leadership/hasCommittee");
      return true;
    }));
    INJECTORS.add(injector("branch.committee-size", w -> addCommitteeMembers(w, 6, "branch.committee-size")));
    INJECTORS.add(injector("branch.committee-size-limit",
        w -> addCommitteeMembers(w, 8, "branch.committee-size-limit")));
    INJECTORS.add(injector("branch.officers-without-committee", w -> {
      PartyOrganization o = w.branch(b -> b.leadership().hasCommittee() && b.leadership().deputies().isEmpty()
          && b.leadership().officers().size() >= 3);
      if (o == null) {
        return false;
      }
      // a committee of 7+ full members keeps hasCommittee; instead give a second secretary to the team
      w.reserveBranch(o);
      List<Officer> officers = new ArrayList<>(o.leadership().officers());
      Officer second = officers.get(1);
      officers.set(1, new Officer(second.member(), Post.SECRETARY, null, second.since(), second.selection()));
      w.replace(o.withLeadership(o.leadership().toBuilder().hasCommittee(false).officers(officers).build()));
      w.expect("branch.committee-required", o.ref(), "/leadership/hasCommittee");
      w.expect("branch.officers-without-committee", o.ref(), "/leadership/officers");
      return true;
    }));
    INJECTORS.add(injector("branch.max-members", w -> {
      PartyOrganization o =
          w.wholeBranch(b -> b.leadership().hasCommittee() && w.clean.membersOf(b.id()).size() < 45);
      if (o == null) {
        return false;
      }
      w.freezeBranch(o);
      List<PartyMember> members = w.membersOf(o.id());
      PartyMember model = null;
      for (PartyMember m : members) {
        if (full(m) && !w.notPlain.contains(m.id()) && m.partyGroup() == null) {
          model = m;
          break;
        }
      }
      if (model == null) {
        return false;
      }
      Set<String> ids = new HashSet<>();
      w.clean.members().forEach(m -> {
        if (m.idNumber() != null) {
          ids.add(m.idNumber().value());
        }
      });
      LocalDate birth = model.idNumber().birthDate();
      int seq = model.idNumber().sex() == io.jingwei.person.Sex.MALE ? 1 : 0;
      for (int k = members.size(); k <= 50; k++) {
        ResidentIdNumber id;
        do {
          id = ResidentIdNumber.of(model.idNumber().addressCode(), birth, seq);
          seq += 2;
        } while (!ids.add(id.value()));
        w.append(model.toBuilder().id(MemberId.of(model.id().value() + "-" + k)).idNumber(id)
            .timeline(model.timeline().toBuilder().introducers(List.of()).build()).build());
      }
      w.expect("branch.max-members", o.ref(), "");
      return true;
    }));
    INJECTORS.add(injector("branch.min-full-members", w -> {
      PartyOrganization o =
          w.wholeBranch(b -> !b.leadership().hasCommittee() || w.clean.membersOf(b.id()).size() < 30);
      if (o == null) {
        return false;
      }
      // move every full member but two (officers included) to another branch of the community with a committee
      PartyOrganization target = w.wholeBranch(b -> b != o && Objects.equals(b.parent(), o.parent())
          && b.leadership().hasCommittee() && w.clean.membersOf(b.id()).size() + w.clean.membersOf(o.id()).size()
              <= 50);
      if (target == null) {
        return false;
      }
      w.freezeBranch(o);
      w.freezeBranch(target);
      int kept = 0;
      for (PartyMember m : w.membersOf(o.id())) {
        if (m.status() == MembershipStatus.FULL && kept < 2) {
          kept++;
        } else if (m.status() == MembershipStatus.FULL) {
          w.replace(m.toBuilder().organization(target.id()).partyGroup(null).build());
        }
      }
      w.expect("branch.min-full-members", o.ref(), "");
      return true;
    }));
    INJECTORS.add(injector("election.due", w -> election(w, 5, 2, "election.due")));
    INJECTORS.add(injector("election.overdue", w -> election(w, 6, 3, "election.overdue")));
    INJECTORS.add(injector("organization.term-years", w -> {
      PartyOrganization o = w.branch(b -> !day(b.leadership().electedOn()).isBefore(w.asOf.minusYears(2).plusMonths(1)));
      if (o == null) {
        return false;
      }
      w.reserveBranch(o);
      LeadershipTeam t = o.leadership();
      w.replace(o.withLeadership(t.toBuilder().termYears(2).termEndsOn(t.electedOn().plusYears(2)).build()));
      w.expect("organization.term-years", o.ref(), "/leadership/termYears");
      return true;
    }));
    INJECTORS.add(injector("organization.term-end", w -> {
      PartyOrganization o = w.branch(b -> b.leadership().termEndsOn() != null);
      if (o == null) {
        return false;
      }
      w.reserveBranch(o);
      LeadershipTeam t = o.leadership();
      w.replace(o.withLeadership(t.toBuilder().termEndsOn(t.termEndsOn().plusYears(1)).build()));
      w.expect("organization.term-end", o.ref(), "/leadership/termEndsOn");
      return true;
    }));
    INJECTORS.add(injector("organization.officer-not-full", w -> {
      PartyOrganization o = w.branch(b -> b.leadership().officers().size() >= 2);
      PartyMember probationary = w.pick(EntityKind.MEMBER, (PartyMember m) ->
          m.status() == MembershipStatus.PROBATIONARY && !w.notPlain.contains(m.id())
              && (o == null || !m.organization().equals(o.id())));
      if (o == null || probationary == null) {
        return false;
      }
      w.reserveBranch(o);
      w.reserve(probationary.ref());
      List<Officer> officers = new ArrayList<>(o.leadership().officers());
      int i = officers.size() - 1;
      Officer old = officers.get(i);
      officers.set(i, new Officer(probationary.id(), old.post(), old.portfolio(), old.since(), old.selection()));
      w.replace(o.withLeadership(o.leadership().withOfficers(officers)));
      w.expect("organization.officer-not-full", o.ref(), "/leadership/officers/" + i + "/member");
      return true;
    }));
    INJECTORS.add(injector("organization.secretary-standing", w -> {
      PartyOrganization o = w.branch(b -> true);
      if (o == null) {
        return false;
      }
      LocalDate elected = day(o.leadership().electedOn());
      PartyMember junior = w.plainMember(m -> full(m) && !m.organization().equals(o.id())
          && day(m.timeline().convertedOn()).isAfter(elected.minusMonths(10))
          && day(m.timeline().convertedOn()).isBefore(elected.minusMonths(1)));
      if (junior == null) {
        return false;
      }
      w.reserveBranch(o);
      w.reserve(junior.ref());
      List<Officer> officers = new ArrayList<>(o.leadership().officers());
      Officer s = officers.get(0);
      officers.set(0, new Officer(junior.id(), s.post(), s.portfolio(), s.since(), s.selection()));
      w.replace(o.withLeadership(o.leadership().withOfficers(officers)));
      w.expect("organization.secretary-standing", o.ref(), "/leadership/officers/0/member");
      return true;
    }));

    // ---- organizations other than branches
    INJECTORS.add(injector("organization.dates", w -> {
      PartyOrganization o = w.pick(EntityKind.ORGANIZATION,
          (PartyOrganization x) -> x.type() == OrganizationType.ALLIANCE_COMMITTEE);
      if (o == null) {
        return false;
      }
      w.reserve(o.ref());
      w.replace(o.toBuilder().foundedOn(PartialDate.of(w.asOf.plusMonths(2).getYear(),
          w.asOf.plusMonths(2).getMonthValue())).build());
      w.expect("organization.dates", o.ref(), "/foundedOn");
      return true;
    }));
    INJECTORS.add(injector("organization.division-outside-parent", w -> {
      PartyOrganization o = w.pick(EntityKind.ORGANIZATION, (PartyOrganization x) ->
          x.type() == OrganizationType.ALLIANCE_COMMITTEE && x.id().value().endsWith("-DDW"));
      if (o == null) {
        return false;
      }
      Division other = w.pick(EntityKind.DIVISION, (Division d) -> d.kind() == DivisionKind.COMMUNITY
          && !d.id().equals(o.division()));
      if (other == null) {
        return false;
      }
      w.reserve(o.ref());
      w.replace(o.toBuilder().division(other.id()).build());
      w.expect("organization.division-outside-parent", o.ref(), "/division");
      return true;
    }));
    INJECTORS.add(injector("organization.parent-type", w -> {
      PartyOrganization o = w.pick(EntityKind.ORGANIZATION, (PartyOrganization x) ->
          x.type() == OrganizationType.ALLIANCE_COMMITTEE && x.id().value().endsWith("-DDW"));
      if (o == null) {
        return false;
      }
      PartyOrganization branch = w.pick(EntityKind.ORGANIZATION, (PartyOrganization x) ->
          x.type() == OrganizationType.BRANCH && Objects.equals(x.parent(), o.parent()));
      if (branch == null) {
        return false;
      }
      w.reserve(o.ref());
      w.replace(o.toBuilder().parent(branch.id()).build());
      w.expect("organization.parent-type", o.ref(), "/parent");
      return true;
    }));
    INJECTORS.add(injector("organization.cycle", w -> {
      PartyOrganization o = w.pick(EntityKind.ORGANIZATION, (PartyOrganization x) ->
          x.type() == OrganizationType.WORKING_COMMITTEE && x.parent() != null
              && !x.parent().equals(OrganizationId.of("O-450100")));
      if (o == null) {
        return false;
      }
      w.reserve(o.ref());
      w.replace(o.withParent(o.id()));
      w.expect("organization.cycle", o.ref(), "/parent");
      return true;
    }));

    // ---- persons
    INJECTORS.add(injector("person.id-birth-date-mismatch", w -> memberChange(w, m -> true,
        m -> m.toBuilder().birthDate(pd(day(m.birthDate()).plusDays(1))).build(), "/birthDate")));
    INJECTORS.add(injector("person.id-sex-mismatch", w -> memberChange(w, m -> true,
        m -> m.toBuilder().sex(m.sex() == io.jingwei.person.Sex.MALE ? io.jingwei.person.Sex.FEMALE
            : io.jingwei.person.Sex.MALE).build(), "/sex")));
    INJECTORS.add(injector("person.birth-date-in-future", w -> {
      CommunityWorker c = w.pick(EntityKind.COMMUNITY_WORKER, (CommunityWorker x) -> x.idNumber() != null);
      if (c == null) {
        return false;
      }
      w.reserve(c.ref());
      LocalDate future = w.asOf.plusDays(20 + w.manifest.size());
      ResidentIdNumber id = ResidentIdNumber.of(c.idNumber().addressCode(), future,
          c.idNumber().sex() == io.jingwei.person.Sex.MALE ? 901 : 900);
      w.replace(c.toBuilder().birthDate(pd(future)).idNumber(id).build());
      w.expect("person.birth-date-in-future", c.ref(), "/birthDate");
      w.expect("person.birth-date-in-future", c.ref(), "/idNumber");
      return true;
    }));

    // ---- members
    INJECTORS.add(injector("member.applied-under-age", w -> memberChange(w, m -> full(m),
        m -> timeline(m, t -> {
          LocalDate applied = day(m.birthDate()).plusYears(17).plusDays(100);
          return t.appliedOn(pd(applied)).talkedOn(pd(applied.plusDays(10)));
        }), "/timeline/appliedOn")));
    INJECTORS.add(injector("member.timeline-order", w -> memberChange(w, m -> full(m),
        m -> timeline(m, t -> t.approvedOn(pd(day(m.timeline().admittedOn()).minusDays(5)))),
        "/timeline/approvedOn")));
    INJECTORS.add(injector("member.talk-late", w -> memberChange(w,
        m -> day(m.timeline().activistOn()).isAfter(day(m.timeline().appliedOn()).plusDays(60)),
        m -> timeline(m, t -> t.talkedOn(pd(day(m.timeline().appliedOn()).plusDays(45)))),
        "/timeline/talkedOn")));
    INJECTORS.add(injector("member.activist-period", w -> memberChange(w, m -> true,
        m -> timeline(m, t -> t.candidateOn(pd(day(m.timeline().activistOn()).plusMonths(8)))),
        "/timeline/candidateOn")));
    INJECTORS.add(injector("member.introducers", w -> memberChange(w,
        m -> m.timeline().introducers().size() == 2,
        m -> timeline(m, t -> t.introducers(List.of(m.timeline().introducers().get(0)))),
        "/timeline/introducers")));
    INJECTORS.add(injector("member.introducer-not-full", w -> {
      PartyMember probationary = w.pick(EntityKind.MEMBER, (PartyMember m) ->
          m.status() == MembershipStatus.PROBATIONARY);
      if (probationary == null) {
        return false;
      }
      w.reserve(probationary.ref());
      return memberChange(w, m -> m.timeline().introducers().size() == 2 && full(m),
          m -> timeline(m, t -> t.introducers(List.of(m.timeline().introducers().get(0),
              new Introducer(probationary.id(), probationary.name())))),
          "/timeline/introducers/1");
    }));
    INJECTORS.add(injector("member.approval-late", w -> memberChange(w, m -> full(m),
        m -> timeline(m, t -> t.approvedOn(pd(day(m.timeline().admittedOn()).plusMonths(4)))),
        "/timeline/approvedOn")));
    INJECTORS.add(injector("member.approval-over-limit+member.approval-late", w -> memberChange(w, m -> full(m),
        m -> timeline(m, t -> t.approvedOn(pd(day(m.timeline().admittedOn()).plusMonths(7)))),
        "/timeline/approvedOn", "/timeline/approvedOn")));
    INJECTORS.add(injector("member.conversion-date", w -> memberChange(w, m -> full(m),
        m -> timeline(m, t -> t.convertedOn(pd(day(m.timeline().admittedOn()).plusYears(1).plusMonths(1)))),
        "/timeline/convertedOn")));
    INJECTORS.add(injector("member.extension-range", w -> memberChange(w,
        m -> full(m) && day(m.timeline().admittedOn()).isBefore(w.asOf.minusMonths(20)),
        m -> timeline(m, t -> t.extension(ProbationExtension.of(pd(day(m.timeline().admittedOn()).plusMonths(11)), 3))
            .convertedOn(pd(day(m.timeline().admittedOn()).plusMonths(15)))),
        "/timeline/extension/months")));
    INJECTORS.add(injector("member.probation-overdue", w -> memberChange(w,
        m -> m.status() == MembershipStatus.PROBATIONARY
            && day(m.timeline().appliedOn()).minusMonths(18).isAfter(day(m.birthDate()).plusYears(18).plusDays(10)),
        m -> timeline(m, t -> {
          RecruitmentTimeline x = m.timeline();
          return t.appliedOn(x.appliedOn().plusMonths(-18)).talkedOn(x.talkedOn().plusMonths(-18))
              .activistOn(x.activistOn().plusMonths(-18)).candidateOn(x.candidateOn().plusMonths(-18))
              .admittedOn(x.admittedOn().plusMonths(-18)).approvedOn(x.admittedOn().plusMonths(-18).plusMonths(1))
              .introducers(List.of());
        }), "/status")));
    // a full member whose whole timeline is moved so late that the conversion falls after the as-of date
    INJECTORS.add(injector("member.status-timeline", w -> memberChange(w, m -> full(m),
        m -> timeline(m, t -> {
          RecruitmentTimeline x = m.timeline();
          LocalDate target = w.asOf.minusMonths(11);
          long months = java.time.temporal.ChronoUnit.MONTHS.between(
              day(x.admittedOn()).withDayOfMonth(1), target.withDayOfMonth(1));
          return t.appliedOn(x.appliedOn().plusMonths(months)).talkedOn(x.talkedOn().plusMonths(months))
              .activistOn(x.activistOn().plusMonths(months)).candidateOn(x.candidateOn().plusMonths(months))
              .admittedOn(x.admittedOn().plusMonths(months)).approvedOn(x.approvedOn().plusMonths(months))
              .convertedOn(x.convertedOn().plusMonths(months));
        }), "/status")));
    INJECTORS.add(injector("member.transfer-required", w -> memberChange(w, m -> true,
        m -> m.toBuilder().mobility(Mobility.mobileSince(pd(w.asOf.minusMonths(8)), "广东省深圳市", true)).build(),
        "/mobility/awaySince")));
    INJECTORS.add(injector("member.lost-contact", w -> memberChange(w, m -> true,
        m -> m.toBuilder().lostContactSince(pd(w.asOf.minusMonths(8))).build(), "/lostContactSince")));
    INJECTORS.add(injector("member.dues-lapsed", w -> memberChange(w, m -> true,
        m -> m.toBuilder().lastDuesPaidOn(PartialDate.of(w.asOf.minusMonths(9).getYear(),
            w.asOf.minusMonths(9).getMonthValue())).build(), "/lastDuesPaidOn")));
    INJECTORS.add(injector("member.party-group-branch", w -> {
      PartyMember m = w.plainMember(x -> true);
      if (m == null) {
        return false;
      }
      PartyOrganization other = w.pick(EntityKind.ORGANIZATION, (PartyOrganization o) ->
          o.type() == OrganizationType.BRANCH && !o.id().equals(m.organization()));
      if (other == null) {
        return false;
      }
      w.reserve(m.ref());
      w.replace(m.toBuilder().partyGroup(other.id()).build());
      w.expect("member.party-group-branch", m.ref(), "/partyGroup");
      return true;
    }));
    INJECTORS.add(injector("reference.unresolved", w -> memberChange(w, m -> m.residenceCommunity() != null,
        m -> m.toBuilder().residenceCommunity(DivisionId.of(m.residenceCommunity().value() + "9")).build(),
        "/residenceCommunity")));
    INJECTORS.add(injector("reference.wrong-target", w -> memberChange(w, m -> m.residenceCommunity() != null,
        m -> m.toBuilder().residenceCommunity(w.clean.division(m.residenceCommunity()).orElseThrow().parent())
            .build(), "/residenceCommunity")));

    // ---- workers
    INJECTORS.add(injector("worker.grade-range", w -> {
      CommunityWorker c = w.pick(EntityKind.COMMUNITY_WORKER, (CommunityWorker x) -> x.post() == WorkerPost.PRINCIPAL);
      if (c == null) {
        return false;
      }
      w.reserve(c.ref());
      w.replace(c.toBuilder().grade(19).build());
      w.expect("worker.grade-range", c.ref(), "/grade");
      return true;
    }));
    INJECTORS.add(injector("worker.grade-post-range", w -> {
      CommunityWorker c = w.pick(EntityKind.COMMUNITY_WORKER, (CommunityWorker x) -> x.post() == WorkerPost.PRINCIPAL);
      if (c == null) {
        return false;
      }
      w.reserve(c.ref());
      w.replace(c.toBuilder().grade(5).build());
      w.expect("worker.grade-post-range", c.ref(), "/grade");
      return true;
    }));
    INJECTORS.add(injector("duplicate.resident-id", w -> {
      CommunityWorker a = w.pick(EntityKind.COMMUNITY_WORKER, (CommunityWorker x) -> x.idNumber() != null);
      if (a == null) {
        return false;
      }
      CommunityWorker b = w.pick(EntityKind.COMMUNITY_WORKER, (CommunityWorker x) -> x != a
          && w.position.get(x.ref()) > w.position.get(a.ref()));
      if (b == null) {
        return false;
      }
      w.reserve(a.ref(), b.ref());
      w.replace(b.toBuilder().idNumber(a.idNumber()).birthDate(a.birthDate()).sex(a.sex()).build());
      w.expect("duplicate.resident-id", b.ref(), "/idNumber");
      return true;
    }));

    // ---- service centres
    INJECTORS.add(injector("service-center.area-per-households", w -> centre(w,
        c -> c.level() == CenterLevel.COMMUNITY && c.householdsServed() != null && c.householdsServed() * 3 > 5300,
        c -> c.toBuilder().floorArea(BigDecimal.valueOf(520)).build(), "/floorArea")));
    INJECTORS.add(injector("service-center.min-area", w -> centre(w,
        c -> c.level() == CenterLevel.COMPOUND && !c.newlyBuilt(),
        c -> c.toBuilder().floorArea(BigDecimal.valueOf(280)).build(), "/floorArea")));
    INJECTORS.add(injector("service-center.new-compound-area", w -> centre(w,
        c -> c.level() == CenterLevel.COMPOUND && c.newlyBuilt() && c.householdsServed() != null
            && c.householdsServed() > 1100,
        c -> c.toBuilder().floorArea(BigDecimal.valueOf(310)).build(), "/floorArea")));
    INJECTORS.add(injector("service-center.required-rooms", w -> centre(w,
        c -> c.level() == CenterLevel.COMPOUND,
        c -> c.toBuilder().rooms(c.rooms().stream().filter(r -> r.type() != RoomType.SOCIAL_SERVICE).toList())
            .build(), "/rooms")));
    INJECTORS.add(injector("service-center.required-signs", w -> centre(w,
        c -> c.level() == CenterLevel.COMPOUND,
        c -> c.toBuilder().signs(c.signs().stream().filter(s -> s != Sign.OWNERS_COMMITTEE).toList()).build(),
        "/signs")));
    INJECTORS.add(injector("service-center.six-haves", w -> centre(w,
        c -> c.level() == CenterLevel.COMPOUND,
        c -> c.toBuilder().checklist(c.checklist().stream().filter(s -> s != ChecklistItem.BOOKS).toList()).build(),
        "/checklist")));
    INJECTORS.add(injector("service-center.missing-area", w -> centre(w,
        c -> c.level() == CenterLevel.COMPOUND,
        c -> c.toBuilder().floorArea(null).build(), "/floorArea")));

    // ---- meetings, grids, divisions, duplicates
    INJECTORS.add(injector("meeting.fengsi-day", w -> {
      Meeting m = w.pick(EntityKind.MEETING, (Meeting x) -> true);
      if (m == null) {
        return false;
      }
      LocalDate d = m.heldOn().withDayOfMonth(5);
      while (d.getDayOfWeek() == DayOfWeek.THURSDAY || d.getDayOfMonth() == 4 || d.getDayOfMonth() == 14) {
        d = d.plusDays(1);
      }
      w.reserve(m.ref());
      w.replace(new Meeting(m.id(), m.organization(), m.type(), d, m.topic(), m.attendees()));
      w.expect("meeting.fengsi-day", m.ref(), "/heldOn");
      return true;
    }));
    INJECTORS.add(injector("duplicate.id", w -> {
      Meeting m = w.pick(EntityKind.MEETING, (Meeting x) -> true);
      if (m == null) {
        return false;
      }
      w.reserve(m.ref());
      w.append(new Meeting(m.id(), m.organization(), m.type(), m.heldOn(), "重复录入", m.attendees()));
      w.expect("duplicate.id", m.ref(), "/id");
      return true;
    }));
    INJECTORS.add(injector("grid.party-organization", w -> {
      Grid g = w.pick(EntityKind.GRID, (Grid x) -> x.partyOrganization() != null);
      if (g == null) {
        return false;
      }
      w.reserve(g.ref());
      w.replace(g.toBuilder().partyOrganization(null).build());
      w.expect("grid.party-organization", g.ref(), "/partyOrganization");
      return true;
    }));
    INJECTORS.add(injector("grid.worker-count", w -> {
      Grid g = w.pick(EntityKind.GRID, (Grid x) -> true);
      if (g == null) {
        return false;
      }
      w.reserve(g.ref());
      List<GridWorker> workers = w.list(EntityKind.GRID_WORKER);
      List<GridWorker> of = w.clean.gridWorkersOf(g.id());
      for (GridWorker x : of.subList(2, of.size())) {
        workers.remove(x);
      }
      // positions of grid workers are no longer used after this
      w.expect("grid.worker-count", g.ref(), "");
      return true;
    }));
    INJECTORS.add(injector("grid.community-code", w -> {
      Grid g = w.pick(EntityKind.GRID, (Grid x) -> true);
      Division other = w.pick(EntityKind.DIVISION, (Division d) -> d.kind() == DivisionKind.COMMUNITY
          && g != null && !d.id().equals(g.community()) && d.code() != null);
      if (g == null || other == null) {
        return false;
      }
      w.reserve(g.ref());
      w.replace(g.toBuilder().code(GridCodeScheme.defaultScheme().compose(other.code(), 900 + w.rnd.nextInt(99)))
          .build());
      w.expect("grid.community-code", g.ref(), "/code");
      return true;
    }));
    INJECTORS.add(injector("duplicate.grid-code", w -> {
      Grid a = w.pick(EntityKind.GRID, (Grid x) -> true);
      Grid b = a == null ? null : w.pick(EntityKind.GRID, (Grid x) -> x.community().equals(a.community())
          && w.position.get(x.ref()) > w.position.get(a.ref()));
      if (b == null) {
        return false;
      }
      w.reserve(a.ref(), b.ref());
      w.replace(b.toBuilder().code(a.code()).build());
      w.expect("duplicate.grid-code", b.ref(), "/code");
      return true;
    }));
    INJECTORS.add(injector("duplicate.organization-code", w -> {
      PartyOrganization a = w.pick(EntityKind.ORGANIZATION, (PartyOrganization x) -> x.code() == null);
      PartyOrganization b = a == null ? null : w.pick(EntityKind.ORGANIZATION, (PartyOrganization x) ->
          x.code() == null && w.position.get(x.ref()) > w.position.get(a.ref()));
      if (b == null) {
        return false;
      }
      w.reserve(a.ref(), b.ref());
      String code = "ZZ" + w.manifest.size();
      w.replace(a.toBuilder().code(code).build());
      w.replace(b.toBuilder().code(code).build());
      w.expect("duplicate.organization-code", b.ref(), "/code");
      return true;
    }));
    INJECTORS.add(injector("division.code-required", w -> {
      Division d = w.pick(EntityKind.DIVISION, (Division x) -> x.kind() == DivisionKind.SUBDISTRICT);
      if (d == null) {
        return false;
      }
      w.reserve(d.ref());
      w.replace(d.toBuilder().code(null).build());
      w.expect("division.code-required", d.ref(), "/code");
      return true;
    }));
    INJECTORS.add(injector("division.code-segment", w -> {
      Division d = w.pick(EntityKind.DIVISION, (Division x) -> x.kind() == DivisionKind.COMMUNITY);
      if (d == null) {
        return false;
      }
      w.reserve(d.ref());
      w.replace(d.toBuilder().kind(DivisionKind.VILLAGE).build());
      w.expect("division.code-segment", d.ref(), "/code");
      return true;
    }));
    INJECTORS.add(injector("division.code-parent", w -> {
      Division d = w.pick(EntityKind.DIVISION, (Division x) -> x.kind() == DivisionKind.COMMUNITY);
      Division street = d == null || !w.free(d.parent().toRef()) ? null : w.pick(EntityKind.DIVISION,
          (Division x) -> x.kind() == DivisionKind.SUBDISTRICT && !x.id().equals(d.parent()) && x.code() != null);
      if (street == null) {
        return false;
      }
      w.reserve(d.ref(), street.ref(), d.parent().toRef());
      DivisionCode code = DivisionCode.parse(street.code().value() + "1" + (50 + w.rnd.nextInt(40)));
      w.replace(d.toBuilder().code(code).build());
      for (Grid g : w.clean.gridsOf(d.id())) {
        if (!w.free(g.ref())) {
          continue;
        }
        w.reserve(g.ref());
        int seq = GridCodeScheme.defaultScheme().sequenceOf(g.code()).orElse(1);
        w.replace(g.toBuilder().code(GridCodeScheme.defaultScheme().compose(code, seq)).build());
      }
      w.expect("division.code-parent", d.ref(), "/code");
      return true;
    }));

    // ---- field constraints (字段约束): values a 台账 export really carries — a cell holding only a full-width
    // space, a negative count, a code with a letter in it — each breaking one constraint of the model
    INJECTORS.add(injector("field.not-blank", w -> {
      ResidentialCompound c = w.pick(EntityKind.COMPOUND, (ResidentialCompound x) -> true);
      if (c == null) {
        return false;
      }
      w.reserve(c.ref());
      w.replace(c.toBuilder().name("\u3000").build());
      w.expect("field.not-blank", c.ref(), "/name");
      return true;
    }));
    INJECTORS.add(injector("field.not-blank", w -> memberChange(w, m -> m.approvals().isEmpty(),
        m -> m.toBuilder().approvals(List.of(Approval.of("member.transfer-required", "\u3000 "))).build(),
        "/approvals/0/reference")));
    INJECTORS.add(injector("field.range", w -> {
      Meeting m = w.pick(EntityKind.MEETING, (Meeting x) -> true);
      if (m == null) {
        return false;
      }
      w.reserve(m.ref());
      w.replace(new Meeting(m.id(), m.organization(), m.type(), m.heldOn(), m.topic(), -1 - w.rnd.nextInt(30)));
      w.expect("field.range", m.ref(), "/attendees");
      return true;
    }));
    INJECTORS.add(injector("field.invalid", w -> {
      Division d = w.pick(EntityKind.DIVISION, (Division x) -> x.kind() == DivisionKind.COMMUNITY);
      if (d == null) {
        return false;
      }
      w.reserve(d.ref());
      w.replace(d.toBuilder().urbanRuralClass("11A").build());
      w.expect("field.invalid", d.ref(), "/urbanRuralClass");
      return true;
    }));
  }

  private static boolean addCommitteeMembers(Work w, int size, String rule) {
    PartyOrganization o = w.branch(b -> b.leadership().hasCommittee());
    if (o == null) {
      return false;
    }
    LocalDate elected = day(o.leadership().electedOn());
    List<Officer> officers = new ArrayList<>(o.leadership().officers());
    Set<MemberId> taken = new HashSet<>();
    officers.forEach(x -> taken.add(x.member()));
    for (PartyMember m : w.membersOf(o.id())) {
      if (officers.size() >= size) {
        break;
      }
      if (full(m) && !taken.contains(m.id()) && day(m.timeline().convertedOn()).isBefore(elected)) {
        officers.add(new Officer(m.id(), Post.COMMITTEE_MEMBER, null, officers.get(0).since(),
            officers.get(0).selection()));
      }
    }
    if (officers.size() < size) {
      return false;
    }
    w.reserveBranch(o);
    w.replace(o.withLeadership(o.leadership().withOfficers(officers)));
    w.expect(rule, o.ref(), "/leadership/officers");
    return true;
  }

  /** Moves a branch's election back so that its five-year community term ended some months ago. */
  private static boolean election(Work w, int yearsBack, int monthsBack, String rule) {
    LocalDate elected = w.asOf.minusYears(yearsBack).minusMonths(monthsBack);
    PartyOrganization o = w.branch(b -> {
      for (Officer x : b.leadership().officers()) {
        PartyMember m = w.clean.member(x.member()).orElse(null);
        if (m == null || !full(m) || !day(m.timeline().convertedOn()).plusYears(1).isBefore(elected)) {
          return false;
        }
      }
      return true;
    });
    if (o == null) {
      return false;
    }
    w.reserveBranch(o);
    LeadershipTeam t = o.leadership();
    List<Officer> officers = new ArrayList<>();
    for (Officer x : t.officers()) {
      officers.add(x.withSince(pd(elected)));
    }
    w.replace(o.withLeadership(t.toBuilder().electedOn(pd(elected)).termEndsOn(pd(elected.plusYears(3)))
        .officers(officers).build()));
    w.expect(rule, o.ref(), "/leadership/electedOn");
    return true;
  }

  private static boolean centre(Work w, Predicate<ServiceCenter> filter,
      java.util.function.UnaryOperator<ServiceCenter> change, String path) {
    ServiceCenter c = w.pick(EntityKind.SERVICE_CENTER, filter::test);
    if (c == null) {
      return false;
    }
    w.reserve(c.ref());
    w.replace(change.apply(c));
    w.expect(w.current.split("\\+")[0], c.ref(), path);
    return true;
  }
}
