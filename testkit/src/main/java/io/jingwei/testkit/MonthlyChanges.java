package io.jingwei.testkit;

import io.jingwei.dataset.CityDataset;
import io.jingwei.dataset.DatasetInfo;
import io.jingwei.id.MobileNumber;
import io.jingwei.id.ResidentIdNumber;
import io.jingwei.member.Introducer;
import io.jingwei.member.MembershipStatus;
import io.jingwei.member.PartyMember;
import io.jingwei.member.PartyStanding;
import io.jingwei.organization.Officer;
import io.jingwei.organization.OrganizationType;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.person.EducationLevel;
import io.jingwei.person.PersonName;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.MemberId;
import io.jingwei.ref.OrganizationId;
import io.jingwei.ref.ServiceCenterId;
import io.jingwei.servicecenter.CenterLevel;
import io.jingwei.servicecenter.Room;
import io.jingwei.servicecenter.RoomType;
import io.jingwei.servicecenter.ServiceCenter;
import io.jingwei.time.PartialDate;
import io.jingwei.worker.CommunityWorker;
import io.jingwei.worker.GridWorker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Derives the next month's export of a clean city (月度变化) with known changes, for drift tests: members added
 * (transferred in), members transferred out (the record stays with standing {@code TRANSFERRED_OUT}), members
 * removed silently (no record explains it), members whose fields changed (phone, education, work unit), members
 * moved into one branch so that its member count jumps, a compound service centre dropped (coverage falls) and one
 * that lost a compulsory room (compliance with {@value NextMonth#DEGRADED_RULE} falls). The result's
 * {@link NextMonth} holds the ground truth.
 *
 * <p>The changes keep the city clean apart from the degraded centre: only members that no record refers to
 * (no officer, Party-group leader or introducer, no Party group, not mobile) are touched; every branch keeps at
 * least seven full members and at most 50 members, and changes by at most two members except the jump target; the
 * jump target has a committee. The extraction date moves one month on. The same input and seed give the same
 * month.
 *
 * <pre>{@code
 * CityDataset april = CityGenerator.of(CityPreset.tiny(), 7).generate();
 * NextMonth may = MonthlyChanges.of(7).apply(april);
 * }</pre>
 */
public final class MonthlyChanges {

  /** The most members a branch may gain or lose by changes other than the jump (below any jump threshold). */
  static final int MAX_BRANCH_CHANGE = 2;

  private final long seed;
  private final int added;
  private final int transferredOut;
  private final int silentlyRemoved;
  private final int changed;
  private final int moved;
  private final boolean dropCentre;
  private final boolean degradeCentre;

  private MonthlyChanges(long seed, int added, int transferredOut, int silentlyRemoved, int changed, int moved,
      boolean dropCentre, boolean degradeCentre) {
    if (added < 0 || transferredOut < 0 || silentlyRemoved < 0 || changed < 0 || moved < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    this.seed = seed;
    this.added = added;
    this.transferredOut = transferredOut;
    this.silentlyRemoved = silentlyRemoved;
    this.changed = changed;
    this.moved = moved;
    this.dropCentre = dropCentre;
    this.degradeCentre = degradeCentre;
  }

  /**
   * The default changes with the seed: 4 members added, 3 transferred out, 2 removed silently, 6 changed, 6 moved
   * into one branch, one compound centre dropped and one degraded.
   */
  public static MonthlyChanges of(long seed) {
    return new MonthlyChanges(seed, 4, 3, 2, 6, 6, true, true);
  }

  /** No change at all but the extraction date (a month with nothing to report). */
  public static MonthlyChanges none(long seed) {
    return new MonthlyChanges(seed, 0, 0, 0, 0, 0, false, false);
  }

  /** These changes with another number of members added. */
  public MonthlyChanges withAdded(int count) {
    return new MonthlyChanges(seed, count, transferredOut, silentlyRemoved, changed, moved, dropCentre, degradeCentre);
  }

  /** These changes with another number of members transferred out. */
  public MonthlyChanges withTransferredOut(int count) {
    return new MonthlyChanges(seed, added, count, silentlyRemoved, changed, moved, dropCentre, degradeCentre);
  }

  /** These changes with another number of members removed silently. */
  public MonthlyChanges withSilentlyRemoved(int count) {
    return new MonthlyChanges(seed, added, transferredOut, count, changed, moved, dropCentre, degradeCentre);
  }

  /** These changes with another number of members whose fields change. */
  public MonthlyChanges withChanged(int count) {
    return new MonthlyChanges(seed, added, transferredOut, silentlyRemoved, count, moved, dropCentre, degradeCentre);
  }

  /** These changes with another number of members moved into one branch (0: no jump). */
  public MonthlyChanges withMoved(int count) {
    return new MonthlyChanges(seed, added, transferredOut, silentlyRemoved, changed, count, dropCentre, degradeCentre);
  }

  /** These changes with or without the dropped and the degraded centre. */
  public MonthlyChanges withCentres(boolean drop, boolean degrade) {
    return new MonthlyChanges(seed, added, transferredOut, silentlyRemoved, changed, moved, drop, degrade);
  }

  /**
   * Applies the changes to a month's dataset.
   *
   * @throws IllegalStateException when the city is too small for the changes asked
   */
  public NextMonth apply(CityDataset month) {
    return new Run(Objects.requireNonNull(month, "month")).apply();
  }

  /** The state of one application. */
  private final class Run {
    private final CityDataset month;
    private final Random rnd = new Random(seed);
    private final Map<OrganizationId, int[]> tally = new HashMap<>(); // branch → {full, size, change}
    private final Set<OrganizationId> committees = new HashSet<>();
    private final Set<MemberId> referenced = new HashSet<>();
    private final Set<MemberId> touched = new HashSet<>();
    private final Set<String> idNumbers = new HashSet<>();
    private final Set<String> phones = new HashSet<>();

    Run(CityDataset month) {
      this.month = month;
      for (PartyOrganization o : month.organizations()) {
        if (o.type() == OrganizationType.BRANCH) {
          tally.put(o.id(), new int[3]);
          if (o.leadership() != null && o.leadership().hasCommittee()) {
            committees.add(o.id());
          }
        }
        if (o.leadership() != null) {
          for (Officer officer : o.leadership().officers()) {
            referenced.add(officer.member());
          }
        }
      }
      for (PartyMember m : month.members()) {
        for (Introducer i : m.timeline().introducers()) {
          if (i.member() != null) {
            referenced.add(i.member());
          }
        }
        int[] t = tally.get(m.organization());
        if (t != null && m.standing().isActive()) {
          t[1]++;
          if (m.status() == MembershipStatus.FULL) {
            t[0]++;
          }
        }
        if (m.idNumber() != null) {
          idNumbers.add(m.idNumber().value());
        }
        if (m.phone() != null) {
          phones.add(m.phone().value());
        }
      }
      for (CommunityWorker w : month.communityWorkers()) {
        if (w.idNumber() != null) {
          idNumbers.add(w.idNumber().value());
        }
        if (w.phone() != null) {
          phones.add(w.phone().value());
        }
      }
      for (GridWorker w : month.gridWorkers()) {
        if (w.phone() != null) {
          phones.add(w.phone().value());
        }
      }
    }

    NextMonth apply() {
      LocalDate extracted = month.info().extractedOn() == null ? CityGenerator.DEFAULT_AS_OF
          : month.info().extractedOn();
      LocalDate next = extracted.plusMonths(1);
      Map<MemberId, PartyMember> members = new LinkedHashMap<>();
      for (PartyMember m : month.members()) {
        members.putIfAbsent(m.id(), m);
      }
      List<PartyMember> candidates = new ArrayList<>();
      for (PartyMember m : members.values()) {
        if (tally.containsKey(m.organization()) && !referenced.contains(m.id()) && m.partyGroup() == null
            && m.standing().isActive() && (m.mobility() == null || !m.mobility().mobile())) {
          candidates.add(m);
        }
      }
      Collections.shuffle(candidates, rnd);

      // the jump: members moved into one branch with a committee, from other branches
      OrganizationId target = null;
      TreeSet<MemberId> movedIds = new TreeSet<>();
      if (moved > 0) {
        List<OrganizationId> targets = new ArrayList<>(new TreeSet<>(committees));
        Collections.shuffle(targets, rnd);
        for (OrganizationId t : targets) {
          if (tally.get(t)[1] + moved <= 50) {
            target = t;
            break;
          }
        }
        if (target == null) {
          throw new IllegalStateException("no branch can take " + moved + " more members");
        }
        tally.get(target)[2] = Integer.MIN_VALUE / 2; // not used by other changes
        for (PartyMember m : candidates) {
          if (movedIds.size() == moved) {
            break;
          }
          if (!m.organization().equals(target) && canRemove(m)) {
            remove(m);
            tally.get(target)[1]++;
            if (m.status() == MembershipStatus.FULL) {
              tally.get(target)[0]++;
            }
            members.put(m.id(), m.withOrganization(target));
            movedIds.add(m.id());
          }
        }
        need(movedIds.size(), moved, "members to move");
      }

      // transferred out: the record stays, with the standing
      TreeSet<MemberId> outIds = new TreeSet<>();
      for (PartyMember m : candidates) {
        if (outIds.size() == transferredOut) {
          break;
        }
        if (canRemove(m)) {
          remove(m);
          members.put(m.id(), m.withStanding(PartyStanding.TRANSFERRED_OUT));
          outIds.add(m.id());
        }
      }
      need(outIds.size(), transferredOut, "members to transfer out");

      // removed silently
      TreeSet<MemberId> lostIds = new TreeSet<>();
      for (PartyMember m : candidates) {
        if (lostIds.size() == silentlyRemoved) {
          break;
        }
        if (canRemove(m)) {
          remove(m);
          members.remove(m.id());
          lostIds.add(m.id());
        }
      }
      need(lostIds.size(), silentlyRemoved, "members to remove");

      // fields changed: phone, education, work unit in turn
      TreeMap<MemberId, List<String>> changedIds = new TreeMap<>();
      for (PartyMember m : candidates) {
        if (changedIds.size() == changed) {
          break;
        }
        if (touched.add(m.id())) {
          switch (changedIds.size() % 3) {
            case 0 -> {
              members.put(m.id(), m.toBuilder().phone(newPhone()).build());
              changedIds.put(m.id(), List.of("/phone"));
            }
            case 1 -> {
              EducationLevel e = m.education() == EducationLevel.BACHELOR ? EducationLevel.JUNIOR_COLLEGE
                  : EducationLevel.BACHELOR;
              members.put(m.id(), m.toBuilder().education(e).build());
              changedIds.put(m.id(), List.of("/education"));
            }
            default -> {
              members.put(m.id(), m.toBuilder().workUnit("南宁" + Names.ordinal(1 + rnd.nextInt(9))
                  + "达科技有限公司").build());
              changedIds.put(m.id(), List.of("/workUnit"));
            }
          }
        }
      }
      need(changedIds.size(), changed, "members to change");

      // added: transferred in from outside the city, each to another branch
      TreeSet<MemberId> addedIds = new TreeSet<>();
      List<PartyMember> newcomers = new ArrayList<>();
      int sequence = members.size() + lostIds.size() + 1;
      List<OrganizationId> branches = new ArrayList<>(new TreeSet<>(tally.keySet()));
      Collections.shuffle(branches, rnd);
      for (PartyMember model : candidates) {
        if (addedIds.size() == added) {
          break;
        }
        OrganizationId to = null;
        for (OrganizationId b : branches) {
          if (canAdd(b, model.status() == MembershipStatus.FULL)) {
            to = b;
            break;
          }
        }
        if (to == null) {
          break;
        }
        MemberId id;
        do {
          id = MemberId.of("M" + CityGenerator.pad(sequence++, 7));
        } while (members.containsKey(id) || lostIds.contains(id));
        int[] t = tally.get(to);
        t[1]++;
        t[2]++;
        if (model.status() == MembershipStatus.FULL) {
          t[0]++;
        }
        PartyMember newcomer =
            model.toBuilder().id(id).name(PersonName.of(Names.person(rnd))).organization(to).partyGroup(null)
                .idNumber(newIdNumber(model)).phone(newPhone())
                .transferredInOn(PartialDate.of(next.minusDays(5 + rnd.nextInt(20)))).build();
        newcomers.add(newcomer);
        addedIds.add(id);
      }
      need(addedIds.size(), added, "branches to add members to");

      // centres: a compound centre dropped, another one loses a compulsory room
      List<ServiceCenter> compoundCentres = new ArrayList<>();
      for (ServiceCenter s : month.serviceCenters()) {
        if (s.level() == CenterLevel.COMPOUND && s.hasRoom(RoomType.SOCIAL_SERVICE)) {
          compoundCentres.add(s);
        }
      }
      compoundCentres.sort((a, b) -> a.id().value().compareTo(b.id().value()));
      Collections.shuffle(compoundCentres, rnd);
      ServiceCenterId dropped = null;
      ServiceCenterId degraded = null;
      Map<ServiceCenterId, @Nullable ServiceCenter> centres = new HashMap<>();
      int c = 0;
      if (dropCentre) {
        need(compoundCentres.size(), c + 1, "compound centres");
        dropped = compoundCentres.get(c++).id();
        centres.put(dropped, null);
      }
      if (degradeCentre) {
        need(compoundCentres.size(), c + 1, "compound centres");
        ServiceCenter s = compoundCentres.get(c);
        degraded = s.id();
        List<Room> rooms = new ArrayList<>();
        for (Room r : s.rooms()) {
          if (r.type() != RoomType.SOCIAL_SERVICE) {
            rooms.add(r);
          }
        }
        centres.put(degraded, s.toBuilder().rooms(rooms).build());
      }

      DatasetInfo info = month.info().withExtractedOn(next);
      CityDataset.Builder b = CityDataset.builder().info(info);
      for (EntityKind kind : EntityKind.values()) {
        if (kind == EntityKind.MEMBER) {
          members.values().forEach(b::add);
          newcomers.forEach(b::add);
        } else if (kind == EntityKind.SERVICE_CENTER) {
          for (ServiceCenter s : month.serviceCenters()) {
            if (!centres.containsKey(s.id())) {
              b.add(s);
            } else if (centres.get(s.id()) != null) {
              b.add(centres.get(s.id()));
            }
          }
        } else {
          b.addAll(month.records(kind));
        }
      }
      return new NextMonth(b.build(), addedIds, outIds, lostIds, changedIds, movedIds, target, dropped, degraded);
    }

    /** Whether the member may leave their branch: untouched, and the branch keeps 7 full members, changes little. */
    private boolean canRemove(PartyMember m) {
      if (touched.contains(m.id())) {
        return false;
      }
      int[] t = tally.get(m.organization());
      int full = t[0] - (m.status() == MembershipStatus.FULL ? 1 : 0);
      return full >= 7 && t[2] > -MAX_BRANCH_CHANGE;
    }

    private void remove(PartyMember m) {
      touched.add(m.id());
      int[] t = tally.get(m.organization());
      t[1]--;
      t[2]--;
      if (m.status() == MembershipStatus.FULL) {
        t[0]--;
      }
    }

    /** Whether a branch may take one more member: at most 50, a committee once it has 7 full, changes little. */
    private boolean canAdd(OrganizationId branch, boolean full) {
      int[] t = tally.get(branch);
      if (t[2] < -MAX_BRANCH_CHANGE || t[2] >= MAX_BRANCH_CHANGE || t[1] + 1 > 50) {
        return false;
      }
      return committees.contains(branch) || t[0] + (full ? 1 : 0) < 7;
    }

    private MobileNumber newPhone() {
      while (true) {
        String text = "139" + CityGenerator.pad(rnd.nextInt(100_000_000), 8);
        if (phones.add(text)) {
          return MobileNumber.parse(text);
        }
      }
    }

    /** A new ID number with the model's birth date and sex (GB 11643-1999), unique in the city. */
    private @Nullable ResidentIdNumber newIdNumber(PartyMember model) {
      ResidentIdNumber old = model.idNumber();
      if (old == null) {
        return null;
      }
      String date = old.value().substring(6, 14);
      int parity = (old.value().charAt(16) - '0') % 2;
      while (true) {
        String first17 = "450103" + date + CityGenerator.pad(rnd.nextInt(500) * 2 + parity, 3);
        if (idNumbers.add(first17 + ResidentIdNumber.checkCharacter(first17))) {
          return ResidentIdNumber.parse(first17 + ResidentIdNumber.checkCharacter(first17));
        }
      }
    }

    private void need(int got, int wanted, String what) {
      if (got < wanted) {
        throw new IllegalStateException("the city is too small: " + got + " of " + wanted + " " + what);
      }
    }
  }
}
