package io.jingwei.testkit;

import io.jingwei.dataset.CityDataset;
import io.jingwei.dataset.DatasetInfo;
import io.jingwei.division.Division;
import io.jingwei.division.DivisionCode;
import io.jingwei.division.DivisionKind;
import io.jingwei.division.ResidentialCompound;
import io.jingwei.grid.Grid;
import io.jingwei.grid.GridCodeScheme;
import io.jingwei.id.MobileNumber;
import io.jingwei.id.ResidentIdNumber;
import io.jingwei.member.Introducer;
import io.jingwei.member.MembershipStatus;
import io.jingwei.member.Occupation;
import io.jingwei.member.PartyMember;
import io.jingwei.member.RecruitmentTimeline;
import io.jingwei.organization.LeadershipTeam;
import io.jingwei.organization.Meeting;
import io.jingwei.organization.MeetingType;
import io.jingwei.organization.Officer;
import io.jingwei.organization.OrganizationType;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.organization.Post;
import io.jingwei.organization.Selection;
import io.jingwei.organization.Unit;
import io.jingwei.organization.UnitNature;
import io.jingwei.person.EducationLevel;
import io.jingwei.person.Ethnicity;
import io.jingwei.person.PersonName;
import io.jingwei.person.Sex;
import io.jingwei.ref.CompoundId;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.GridId;
import io.jingwei.ref.MeetingId;
import io.jingwei.ref.MemberId;
import io.jingwei.ref.OrganizationId;
import io.jingwei.ref.WorkerId;
import io.jingwei.servicecenter.CenterLevel;
import io.jingwei.servicecenter.ChecklistItem;
import io.jingwei.servicecenter.RegionalKind;
import io.jingwei.servicecenter.Room;
import io.jingwei.servicecenter.RoomType;
import io.jingwei.servicecenter.ServiceCenter;
import io.jingwei.servicecenter.Sign;
import io.jingwei.time.PartialDate;
import io.jingwei.worker.CommunityWorker;
import io.jingwei.worker.GridWorker;
import io.jingwei.worker.GridWorkerRole;
import io.jingwei.worker.WorkerPost;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A generator of synthetic cities (合成城市生成器): a clean, realistic {@link CityDataset} of a Nanning-like city
 * of the size its {@link CityPreset} gives, the same for the same preset, seed and as-of date.
 *
 * <p>What makes the data realistic (and clean under the {@code nanning-2021} standard as of {@link #asOf()}):
 *
 * <ul>
 *   <li>Divisions: the city 450100 南宁市; the real GB/T 2260 codes of Nanning's districts (450103 青秀区, 450102
 *       兴宁区, 450105 江南区, 450107 西乡塘区, 450108 良庆区, 450109 邕宁区, 450110 武鸣区; beyond them fictitious
 *       codes 450111–450120 in the 市辖区 range), development zones without codes (高新区, 经开区, 东盟经开区) whose
 *       streets carry the code of the district they lie in; streets and communities numbered by the NBS
 *       统计用区划代码 rules (街道 segment 001–099, 居委会 segment 001–199; the segments are illustrative).
 *   <li>Persons: resident ID numbers built by {@link ResidentIdNumber#of} from a Guangxi address code, the birth
 *       date and a sequence whose parity gives the sex (GB 11643-1999), unique in the city; valid mobiles.
 *   <li>Members (细则 2014): applied at 18 or older, talked to within 30 days, an activist at least a year before
 *       becoming a candidate, admitted, approved within three months, converted exactly a year after admission;
 *       probationary members admitted within the last year; two introducers who were full members at the
 *       admission when they are recorded.
 *   <li>Organizations: 市委 → 区委 (开发区党工委) → 街道党工委 (and its 大工委) → 社区党委 (and its 大党委) → grid
 *       branches (党支部建在网格上) and Party groups; branches of 3–50 members with at least three full members, a
 *       committee of 3–5 when seven or more are full, a single secretary otherwise; officers full members with at
 *       least a year of full standing at the election; branches elected within three years, community committees
 *       within five; joint branches of two-to-five firms in the development zones.
 *   <li>Grids coded by the default scheme (community code + 3-digit sequence), each with 3–4 grid workers and a
 *       branch or a Party group; community workers in the 三岗十八级 posts and grades; service centres meeting the
 *       seed article's standards (community centres ≥ 500 m² and ≥ 30 m² per hundred households, compound
 *       centres ≥ 300 m², new compounds ≥ 30 m² per hundred households, the "4+X" rooms, the three signs and the
 *       六有); 逢四说事 meetings on the 4th, 14th or 24th or a Thursday.
 * </ul>
 *
 * <p>Memory and time are linear in the preset's counts: the {@code nanning} preset (about 160,000 records) builds
 * in about a second. Instances are immutable; {@link #generate()} may be called any number of times.
 */
public final class CityGenerator {

  /** The default as-of date (截至日期) of generated cities: 2022-06-30, half a year after the seed article. */
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2022, 6, 30);

  /** The standard generated cities target. */
  public static final String STANDARD = "nanning-2021";

  private static final DivisionId CITY = DivisionId.of("450100");
  private static final OrganizationId CITY_COMMITTEE = OrganizationId.of("O-450100");

  private record DistrictSpec(String id, String name, @Nullable String code, String countyCode) {}

  private static final List<DistrictSpec> CODED =
      List.of(
          new DistrictSpec("450103", "青秀区", "450103", "450103"),
          new DistrictSpec("450102", "兴宁区", "450102", "450102"),
          new DistrictSpec("450105", "江南区", "450105", "450105"),
          new DistrictSpec("450107", "西乡塘区", "450107", "450107"),
          new DistrictSpec("450108", "良庆区", "450108", "450108"),
          new DistrictSpec("450109", "邕宁区", "450109", "450109"),
          new DistrictSpec("450110", "武鸣区", "450110", "450110"));

  private static final List<DistrictSpec> ZONES =
      List.of(
          new DistrictSpec("NN-GXQ", "南宁高新技术产业开发区", null, "450107"),
          new DistrictSpec("NN-JKQ", "南宁经济技术开发区", null, "450105"),
          new DistrictSpec("NN-DMQ", "广西—东盟经济技术开发区", null, "450110"));

  /** Address codes of ID numbers: Nanning's districts and counties (some historic) and other Guangxi places. */
  private static final List<String> ADDRESS_CODES =
      List.of("450102", "450103", "450105", "450107", "450108", "450109", "450110", "450122", "450123", "450124",
          "450125", "450126", "450127", "450202", "450203", "450305", "450521", "452501", "452601", "452701");

  private static final Ethnicity[] ETHNICITIES = {Ethnicity.HAN, Ethnicity.ZHUANG, Ethnicity.YAO,
      Ethnicity.MULAM, Ethnicity.MAONAN};
  private static final int[] ETHNICITY_WEIGHTS = {55, 38, 3, 2, 2};

  private static final EnumSet<ChecklistItem> SIX_HAVES = EnumSet.allOf(ChecklistItem.class);
  private static final List<RoomType> FOUR_ROOMS =
      List.of(RoomType.OFFICE_DELIBERATION, RoomType.PARTY_MASS_ACTIVITY, RoomType.CULTURE_RECREATION,
          RoomType.SOCIAL_SERVICE);

  private final CityPreset preset;
  private final long seed;
  private final LocalDate asOf;

  private CityGenerator(CityPreset preset, long seed, LocalDate asOf) {
    this.preset = Objects.requireNonNull(preset, "preset");
    this.seed = seed;
    this.asOf = Objects.requireNonNull(asOf, "asOf");
  }

  /** A generator of the preset with the given seed, as of {@link #DEFAULT_AS_OF}. */
  public static CityGenerator of(CityPreset preset, long seed) {
    return new CityGenerator(preset, seed, DEFAULT_AS_OF);
  }

  /** This generator with another as-of date (every date of the city is placed relative to it). */
  public CityGenerator withAsOf(LocalDate date) {
    return new CityGenerator(preset, seed, date);
  }

  /** The preset. */
  public CityPreset preset() {
    return preset;
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  /** The as-of date (截至日期) at which the generated city is clean; also its {@code extractedOn}. */
  public LocalDate asOf() {
    return asOf;
  }

  /** Generates the city: the same records, in the same order, for the same preset, seed and as-of date. */
  public CityDataset generate() {
    return new Run().build();
  }

  /** The state of one generation. */
  private final class Run {
    private final Random rnd = new Random(seed);
    private final CityDataset.Builder out = CityDataset.builder();
    private final Set<String> idNumbers = new HashSet<>();
    private final Map<String, Integer> streetsOfCounty = new HashMap<>();
    private int memberSeq;

    CityDataset build() {
      out.info(
          new DatasetInfo(
              "合成城市 " + preset.name() + "（虚构，种子 " + seed + "）",
              DivisionCode.parse("450100"),
              asOf,
              STANDARD,
              "jingwei-testkit CityGenerator; synthetic, no real persons"));
      out.add(
          Division.builder().id(CITY).kind(DivisionKind.CITY).name("南宁市").code(DivisionCode.parse("450100"))
              .build());
      out.add(
          PartyOrganization.builder().id(CITY_COMMITTEE).name("中共南宁市委员会").type(OrganizationType.LOCAL_COMMITTEE)
              .division(CITY).foundedOn(PartialDate.of(1949, 12)).build());

      List<DistrictSpec> districts = new ArrayList<>();
      int coded = preset.districts() - preset.developmentZones();
      for (int i = 0; i < coded; i++) {
        if (i < CODED.size()) {
          districts.add(CODED.get(i));
        } else {
          String code = "4501" + (11 + i - CODED.size());
          districts.add(new DistrictSpec(code, "虚构第" + (i + 1) + "城区", code, code));
        }
      }
      districts.addAll(ZONES.subList(0, preset.developmentZones()));

      int[] streetsPer = distribute(preset.streets(), districts.size(), 1);
      int[] communitiesPer = distribute(preset.communities(), preset.streets(), 1);
      int[] compoundsPer = distribute(preset.compounds(), preset.communities(), 0);
      int[] gridsPer = distribute(preset.grids(), preset.communities(), 1);
      int[] workersPer = distribute(preset.communityWorkers(), preset.communities(), 3);
      int jointBranchMembers = 0;
      List<int[]> joint = new ArrayList<>();
      int streetIndex = 0;
      for (int d = 0; d < districts.size(); d++) {
        if (districts.get(d).code() == null) {
          for (int s = 0; s < streetsPer[d]; s++) {
            int size = 6 + rnd.nextInt(8);
            joint.add(new int[] {streetIndex + s, size});
            jointBranchMembers += size;
          }
        }
        streetIndex += streetsPer[d];
      }
      int communityMembers = Math.max(preset.members() - jointBranchMembers, 10 * preset.communities());
      int[] membersPer = distribute(communityMembers, preset.communities(), 10);

      int street = 0;
      int community = 0;
      for (int d = 0; d < districts.size(); d++) {
        DistrictSpec spec = districts.get(d);
        DivisionId districtId = DivisionId.of(spec.id());
        boolean zone = spec.code() == null;
        out.add(
            Division.builder().id(districtId).kind(zone ? DivisionKind.DEVELOPMENT_ZONE : DivisionKind.URBAN_DISTRICT)
                .name(spec.name()).code(zone ? null : DivisionCode.parse(spec.code())).parent(CITY).build());
        OrganizationId districtOrg = OrganizationId.of("O-" + spec.id());
        out.add(
            PartyOrganization.builder().id(districtOrg)
                .name(zone ? "中共" + spec.name() + "工作委员会" : "中共南宁市" + spec.name() + "委员会")
                .type(zone ? OrganizationType.WORKING_COMMITTEE : OrganizationType.LOCAL_COMMITTEE)
                .parent(CITY_COMMITTEE).division(districtId)
                .foundedOn(zone ? PartialDate.of(1992, 5) : PartialDate.of(1950, 1)).build());
        out.add(
            centre("SC-" + spec.id(), spec.name() + "党群服务中心", CenterLevel.DISTRICT, districtId)
                .floorArea(BigDecimal.valueOf(1500 + 100L * rnd.nextInt(16))).openedOn(month(asOf.minusYears(4)))
                .build());
        for (int s = 0; s < streetsPer[d]; s++, street++) {
          int segment = streetsOfCounty.merge(spec.countyCode(), 1, Integer::sum);
          if (segment > CityPreset.MAX_STREETS_PER_COUNTY) {
            throw new IllegalStateException("Too many streets in county " + spec.countyCode());
          }
          String streetCode = spec.countyCode() + pad(segment, 3);
          DivisionId streetId = DivisionId.of(streetCode);
          String streetName = Names.street(street);
          out.add(
              Division.builder().id(streetId).kind(DivisionKind.SUBDISTRICT).name(streetName)
                  .code(DivisionCode.parse(streetCode)).parent(districtId).build());
          OrganizationId streetOrg = OrganizationId.of("O-" + streetCode);
          out.add(
              PartyOrganization.builder().id(streetOrg).name("中共南宁市" + streetName + "工作委员会")
                  .type(OrganizationType.WORKING_COMMITTEE).parent(districtOrg).division(streetId)
                  .foundedOn(PartialDate.of(1996 + rnd.nextInt(8), 1 + rnd.nextInt(12))).build());
          out.add(
              PartyOrganization.builder().id(OrganizationId.of("O-" + streetCode + "-DGW"))
                  .name(streetName + "大工委").type(OrganizationType.ALLIANCE_COMMITTEE).parent(streetOrg)
                  .division(streetId)
                  .memberUnit(Unit.of("南宁市公安局" + streetName.substring(0, 2) + "派出所",
                      UnitNature.PARTY_GOVERNMENT_ORGAN))
                  .memberUnit(Unit.of(streetName.substring(0, 2) + "物业服务有限公司", UnitNature.PRIVATE_ENTERPRISE))
                  .foundedOn(PartialDate.of(2019, 1 + rnd.nextInt(12))).build());
          out.add(
              centre("SC-" + streetCode, streetName + "党群服务中心", CenterLevel.STREET, streetId)
                  .floorArea(BigDecimal.valueOf(800 + 50L * rnd.nextInt(11))).openedOn(month(asOf.minusYears(3)))
                  .build());
          List<DivisionId> streetCommunities = new ArrayList<>();
          for (int c = 0; c < communitiesPer[street]; c++, community++) {
            String communityCode = streetCode + pad(c + 1, 3);
            streetCommunities.add(DivisionId.of(communityCode));
            community(communityCode, Names.community(community), streetId, streetOrg, compoundsPer[community],
                gridsPer[community], workersPer[community], membersPer[community]);
          }
          if (zone) {
            for (int[] j : joint) {
              if (j[0] == street) {
                jointBranch(streetCode, streetName, streetId, streetOrg, streetCommunities, j[1]);
              }
            }
          }
        }
      }
      if (preset.districts() >= 7 && districts.get(0).id().equals("450103")) {
        out.add(
            centre("SC-DIWANG", "南宁地王大厦党群服务中心", CenterLevel.REGIONAL, DivisionId.of("450103"))
                .regionalKind(RegionalKind.BUILDING).floorArea(BigDecimal.valueOf(1400)).unitsServed(265)
                .staffServed(3700).room(RoomType.PARTY_MASS_ACTIVITY).room(RoomType.OFFICE_DELIBERATION)
                .openedOn(PartialDate.of(2019, 6)).build());
      }
      return out.build();
    }

    // ------------------------------------------------------------------------------------------ communities

    private void community(String code, String name, DivisionId street, OrganizationId streetOrg, int compounds,
        int grids, int workers, int members) {
      DivisionId id = DivisionId.of(code);
      int households = 2500 + rnd.nextInt(3500);
      out.add(
          Division.builder().id(id).kind(DivisionKind.COMMUNITY).name(name).code(DivisionCode.parse(code))
              .parent(street).households(households).population(households * 3 - rnd.nextInt(400))
              .urbanRuralClass("111").build());
      OrganizationId org = OrganizationId.of("O-" + code);
      OrganizationId alliance = OrganizationId.of("O-" + code + "-DDW");

      // compounds
      List<CompoundId> compoundIds = new ArrayList<>();
      for (int k = 0; k < compounds; k++) {
        CompoundId cid = CompoundId.of("C-" + code + "-" + (k + 1));
        compoundIds.add(cid);
        int ch = 300 + rnd.nextInt(1700);
        boolean newlyBuilt = rnd.nextInt(4) == 0;
        String compoundName = name.substring(0, name.length() - 2) + Names.ordinal(k + 1) + "号小区";
        out.add(
            ResidentialCompound.builder().id(cid).name(compoundName).community(id).households(ch)
                .newlyBuilt(newlyBuilt)
                .builtOn(PartialDate.of(newlyBuilt ? asOf.getYear() - 1 - rnd.nextInt(3) : 1990 + rnd.nextInt(25)))
                .propertyCompany("南宁" + Names.ordinal(1 + rnd.nextInt(9)) + "和物业服务有限公司")
                .hasOwnersCommittee(rnd.nextInt(10) < 7).build());
        int minimum = newlyBuilt ? Math.max(300, (ch + 99) / 100 * 30) : 300;
        ServiceCenter.Builder sc =
            centre("SC-" + cid.value().substring(2), compoundName + "党群服务中心", CenterLevel.COMPOUND, id)
                .compound(cid).floorArea(BigDecimal.valueOf(minimum + 10L * rnd.nextInt(20))).householdsServed(ch)
                .newlyBuilt(newlyBuilt).sign(Sign.values()).checklist(SIX_HAVES)
                .openedOn(month(asOf.minusMonths(6 + rnd.nextInt(30))));
        for (RoomType t : FOUR_ROOMS) {
          sc.room(t);
        }
        if (rnd.nextBoolean()) {
          sc.room(new Room(RoomType.OTHER, rnd.nextBoolean() ? "四点半课堂" : "老友议事厅", null));
        }
        out.add(sc.build());
      }

      // grids (their party organizations are set when the branches are known)
      List<GridId> gridIds = new ArrayList<>();
      List<Integer> gridHouseholds = new ArrayList<>();
      int[] gh = distribute(households, grids, 1);
      for (int g = 0; g < grids; g++) {
        gridIds.add(GridId.of("G-" + code + "-" + pad(g + 1, 3)));
        gridHouseholds.add(gh[g]);
      }

      // organizations: the community committee first, its branches below
      int branchCount = Math.max(1, (int) Math.round(members / 18.0));
      branchCount = Math.max(branchCount, (members + 29) / 30);
      branchCount = Math.min(branchCount, members / 5);
      int[] sizes = distribute(members, branchCount, 5);
      LocalDate communityElected = asOf.minusDays(365 + rnd.nextInt(120));
      List<PartyOrganization> orgs = new ArrayList<>();
      List<PartyMember> communityMembers = new ArrayList<>();
      List<MemberId> seniors = new ArrayList<>();
      OrganizationId[] gridOrg = new OrganizationId[grids];
      for (int b = 0; b < branchCount; b++) {
        OrganizationId bid = OrganizationId.of("O-" + code + "-B" + (b + 1));
        @Nullable GridId grid = b < grids ? gridIds.get(b) : null;
        @Nullable CompoundId compound = b < compoundIds.size() && grid != null ? compoundIds.get(b) : null;
        String branchName =
            grid == null ? "中共" + name + "离退休党员第" + Names.ordinal(b + 1 - grids) + "支部委员会"
                : "中共" + name + "第" + Names.ordinal(b + 1) + "网格支部委员会";
        List<PartyMember> bm = new ArrayList<>();
        PartyOrganization branch =
            branch(bid, branchName, org, id, id, grid, compound, sizes[b], bm, seniors, communityElected).build();
        if (grid != null) {
          gridOrg[b] = bid;
        }
        orgs.add(branch);
        // Party groups on the grids beyond the branches
        List<PartyMember> withGroups = new ArrayList<>(bm);
        for (int g = branchCount, n = 0; g < grids; g++) {
          if (g % branchCount != b) {
            continue;
          }
          n++;
          OrganizationId gid = OrganizationId.of(bid.value() + "-G" + n);
          gridOrg[g] = gid;
          int leaderIndex = Math.min(bm.size() - 1, n % Math.min(bm.size(), 5));
          PartyMember leader = bm.get(leaderIndex);
          orgs.add(
              PartyOrganization.builder().id(gid).name(name + "第" + Names.ordinal(g + 1) + "网格党小组")
                  .type(OrganizationType.PARTY_GROUP).parent(bid).division(id).grid(gridIds.get(g))
                  .foundedOn(branch.foundedOn())
                  .leadership(
                      LeadershipTeam.builder().selection(Selection.APPOINTED)
                          .officer(new Officer(leader.id(), Post.GROUP_LEADER, null, null, Selection.APPOINTED))
                          .build())
                  .build());
          for (int i = 0; i < withGroups.size(); i++) {
            PartyMember m = withGroups.get(i);
            if (m.partyGroup() == null && (i == leaderIndex || i % (n + 1) == 0 && i > 4)) {
              withGroups.set(i, m.toBuilder().partyGroup(gid).build());
            }
          }
        }
        communityMembers.addAll(withGroups);
      }
      // the community committee: officers from the branches' seniors
      LeadershipTeam.Builder team =
          LeadershipTeam.builder().termNumber(5 + rnd.nextInt(3)).electedOn(PartialDate.of(communityElected))
              .termYears(5).termEndsOn(PartialDate.of(communityElected.plusYears(5))).hasCommittee(true);
      PartialDate since = month(communityElected);
      int teamSize = Math.min(seniors.size(), 5 + rnd.nextInt(3));
      for (int i = 0; i < teamSize; i++) {
        Post post = i == 0 ? Post.SECRETARY : i <= 2 ? Post.DEPUTY_SECRETARY : Post.COMMITTEE_MEMBER;
        team.officer(new Officer(seniors.get(i), post, null, since, Selection.ELECTED));
      }
      out.add(
          PartyOrganization.builder().id(org).name("中共" + name + "委员会").type(OrganizationType.GRASSROOTS_COMMITTEE)
              .parent(streetOrg).division(id).unit(Unit.of(name + "居民委员会", UnitNature.COMMUNITY))
              .foundedOn(PartialDate.of(2000 + rnd.nextInt(10), 1 + rnd.nextInt(12))).leadership(team.build())
              .build());
      out.add(
          PartyOrganization.builder().id(alliance).name(name + "大党委").type(OrganizationType.ALLIANCE_COMMITTEE)
              .parent(org).division(id)
              .memberUnit(Unit.of(name + "共建单位一", UnitNature.PUBLIC_INSTITUTION))
              .memberUnit(Unit.of(name + "共建单位二", UnitNature.STATE_ENTERPRISE))
              .foundedOn(PartialDate.of(2018 + rnd.nextInt(3), 1 + rnd.nextInt(12))).build());
      orgs.forEach(out::add);
      communityMembers.forEach(out::add);

      // grids, with their compounds and party organizations
      for (int g = 0; g < grids; g++) {
        Grid.Builder grid =
            Grid.builder().id(gridIds.get(g))
                .code(GridCodeScheme.defaultScheme().compose(DivisionCode.parse(code), g + 1))
                .name(name + "第" + (g + 1) + "网格").community(id).households(gridHouseholds.get(g))
                .population(gridHouseholds.get(g) * 3).partyOrganization(gridOrg[g]);
        for (int k = g; k < compoundIds.size(); k += grids) {
          grid.compound(compoundIds.get(k));
        }
        out.add(grid.build());
      }

      // community workers (三岗十八级) and grid workers
      Map<GridId, WorkerId> workerOfGrid = new HashMap<>();
      for (int w = 0; w < workers; w++) {
        WorkerPost post = w < 2 ? WorkerPost.PRINCIPAL : w < 5 && w < workers - 1 ? WorkerPost.DEPUTY : WorkerPost.OTHER;
        int low = post == WorkerPost.PRINCIPAL ? 7 : post == WorkerPost.DEPUTY ? 4 : 1;
        int high = post == WorkerPost.PRINCIPAL ? 18 : post == WorkerPost.DEPUTY ? 15 : 12;
        int grade = low + rnd.nextInt(high - low + 1);
        String position =
            switch (w) {
              case 0 -> "社区党委书记";
              case 1 -> "社区居委会主任";
              default -> post == WorkerPost.DEPUTY ? "社区居委会副主任" : "社区工作者";
            };
        boolean male = rnd.nextInt(10) < 4;
        LocalDate birth = randomDate(asOf.minusYears(55), asOf.minusYears(24));
        WorkerId wid = WorkerId.of("W-" + code + "-" + (w + 1));
        @Nullable GridId grid = null;
        if (post == WorkerPost.OTHER) {
          int g = Math.floorMod(w - 5, grids);
          if (!workerOfGrid.containsKey(gridIds.get(g))) {
            grid = gridIds.get(g);
            workerOfGrid.put(grid, wid);
          }
        }
        out.add(
            CommunityWorker.builder().id(wid).name(Names.person(rnd)).sex(male ? Sex.MALE : Sex.FEMALE)
                .birthDate(PartialDate.of(birth)).idNumber(idNumber(birth, male)).phone(mobile()).community(id)
                .post(post).position(position).grade(grade)
                .monthlyPay(BigDecimal.valueOf(3000 + grade * 220L)).hiredOn(month(randomDate(asOf.minusYears(14),
                    asOf.minusMonths(3))))
                .grid(grid)
                .education(rnd.nextInt(3) == 0 ? EducationLevel.JUNIOR_COLLEGE : EducationLevel.BACHELOR).build());
      }
      for (GridId g : gridIds) {
        int count = 3 + rnd.nextInt(2);
        for (int w = 0; w < count; w++) {
          out.add(
              GridWorker.builder().id("GW-" + g.value().substring(2) + "-" + (w + 1)).name(Names.person(rnd))
                  .phone(mobile()).grid(g)
                  .role(w == 0 ? GridWorkerRole.GRID_LEADER
                      : rnd.nextBoolean() ? GridWorkerRole.FULL_TIME : GridWorkerRole.PART_TIME)
                  .communityWorker(w == 0 ? workerOfGrid.get(g) : null).build());
        }
      }

      // the community service centre: at least 500 m² and 30 m² per hundred households
      int area = Math.max(500, (households * 30 + 99) / 100) + 20 * rnd.nextInt(30);
      ServiceCenter.Builder sc =
          centre("SC-" + code, name + "党群服务中心", CenterLevel.COMMUNITY, id)
              .floorArea(BigDecimal.valueOf(area)).householdsServed(households).sign(Sign.SERVICE_CENTER)
              .checklist(SIX_HAVES).openedOn(month(asOf.minusYears(3 + rnd.nextInt(4))));
      for (RoomType t : FOUR_ROOMS) {
        sc.room(t);
      }
      out.add(sc.build());

      // 逢四说事: monthly, on the 4th, 14th or 24th or a Thursday
      for (int k = 6; k >= 1; k--) {
        LocalDate month = asOf.minusMonths(k).withDayOfMonth(1);
        LocalDate held;
        if (rnd.nextInt(4) == 0) {
          held = month;
          while (held.getDayOfWeek() != DayOfWeek.THURSDAY) {
            held = held.plusDays(1);
          }
          held = held.plusWeeks(rnd.nextInt(3));
        } else {
          held = month.withDayOfMonth(4 + 10 * rnd.nextInt(3));
        }
        out.add(
            new Meeting(MeetingId.of("MT-" + code + "-" + held.getYear() + pad(held.getMonthValue(), 2)),
                alliance, MeetingType.FENGSI_SHUOSHI, held, "小区停车与加装电梯议事", 15 + rnd.nextInt(45)));
      }
    }

    private void jointBranch(String streetCode, String streetName, DivisionId street, OrganizationId streetOrg,
        List<DivisionId> communities, int size) {
      OrganizationId id = OrganizationId.of("O-" + streetCode + "-LH");
      List<PartyMember> members = new ArrayList<>();
      PartyOrganization.Builder b =
          branch(id, "中共" + streetName + "非公企业联合支部委员会", streetOrg, street, communities.get(0), null, null,
              size, members, new ArrayList<>(), asOf);
      b.type(OrganizationType.JOINT_BRANCH);
      int units = 2 + rnd.nextInt(4);
      for (int u = 1; u <= units; u++) {
        b.coveredUnit(new Unit("南宁" + streetName.substring(0, 2) + "科技有限公司" + u, UnitNature.PRIVATE_ENTERPRISE,
            null, 10 + rnd.nextInt(90)));
      }
      out.add(b.build());
      members.forEach(out::add);
    }

    // ------------------------------------------------------------------------------------------ branches

    /**
     * A branch of the given size: its members (added to {@code members}), officers first, and its leadership;
     * the first five members, who may also serve on a committee elected on {@code seniorElection}, are added to
     * {@code seniors}.
     */
    private PartyOrganization.Builder branch(OrganizationId id, String name, OrganizationId parent,
        DivisionId division, DivisionId residence, @Nullable GridId grid, @Nullable CompoundId compound, int size,
        List<PartyMember> members, List<MemberId> seniors, LocalDate seniorElection) {
      LocalDate elected = asOf.minusDays(30 + rnd.nextInt(1000));
      LocalDate firstElection = elected.isBefore(seniorElection) ? elected : seniorElection;
      LocalDate founded = randomDate(LocalDate.of(1998, 1, 1), elected.minusYears(3));
      int officerSlots = Math.min(size, 5);
      boolean[] probationary = new boolean[size];
      int full = size;
      for (int i = officerSlots; i < size; i++) {
        if (rnd.nextInt(100) < 6) {
          probationary[i] = true;
          full--;
        }
      }
      boolean committee = full >= 7;
      List<Known> known = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        @Nullable LocalDate latestConversion = i < officerSlots ? firstElection.minusYears(1).minusDays(40) : null;
        Known k = member(id, residence, probationary[i], latestConversion, founded, known);
        known.add(k);
        members.add(k.member);
      }
      PartialDate since = PartialDate.of(elected);
      LeadershipTeam.Builder team =
          LeadershipTeam.builder().termNumber(1 + rnd.nextInt(8)).electedOn(PartialDate.of(elected)).termYears(3)
              .termEndsOn(PartialDate.of(elected.plusYears(3))).hasCommittee(committee);
      team.officer(new Officer(members.get(0).id(), Post.SECRETARY, null, since, Selection.ELECTED));
      if (committee) {
        int teamSize = 3 + rnd.nextInt(3);
        boolean deputy = rnd.nextInt(10) < 7;
        for (int i = 1; i < teamSize; i++) {
          Post post = i == 1 && deputy ? Post.DEPUTY_SECRETARY : Post.COMMITTEE_MEMBER;
          String portfolio = post == Post.COMMITTEE_MEMBER ? List.of("组织委员", "宣传委员", "纪检委员", "青年委员")
              .get(i - 1) : null;
          team.officer(new Officer(members.get(i).id(), post, portfolio, since, Selection.ELECTED));
        }
      } else if (full >= 4 && rnd.nextInt(10) < 3) {
        team.officer(new Officer(members.get(1).id(), Post.DEPUTY_SECRETARY, null, since, Selection.ELECTED));
      }
      for (int i = 0; i < officerSlots; i++) {
        seniors.add(members.get(i).id());
      }
      return PartyOrganization.builder().id(id).name(name).type(OrganizationType.BRANCH).parent(parent)
          .division(division).grid(grid).compound(compound).foundedOn(month(founded)).collectsDues(true)
          .leadership(team.build());
    }

    private record Known(PartyMember member, LocalDate admitted, @Nullable LocalDate converted) {}

    /**
     * A member of a branch. Full members were converted by {@code latestConversion} when given (officers) and
     * at least two months before the as-of date; probationary ones were admitted in the last eleven months.
     */
    private Known member(OrganizationId branch, DivisionId residence, boolean probationary,
        @Nullable LocalDate latestConversion, LocalDate branchFounded, List<Known> earlier) {
      boolean male = rnd.nextInt(100) < 62;
      LocalDate birth;
      LocalDate admitted;
      if (probationary) {
        admitted = randomDate(asOf.minusDays(330), asOf.minusDays(20));
        birth = admitted.minusYears(22 + rnd.nextInt(14)).minusDays(rnd.nextInt(365));
      } else {
        LocalDate latestAdmission = asOf.minusMonths(14);
        if (latestConversion != null && latestConversion.minusYears(1).isBefore(latestAdmission)) {
          latestAdmission = latestConversion.minusYears(1);
        }
        birth = randomDate(asOf.minusYears(85), latestAdmission.minusYears(23));
        admitted = birth.plusYears(22 + rnd.nextInt(19)).plusDays(rnd.nextInt(365));
        if (admitted.isAfter(latestAdmission)) {
          admitted = latestAdmission.minusDays(rnd.nextInt(700));
          if (admitted.isBefore(birth.plusYears(22))) {
            birth = admitted.minusYears(22).minusDays(rnd.nextInt(3000));
          }
        }
      }
      if (admitted.getMonthValue() == 2 && admitted.getDayOfMonth() == 29) {
        admitted = admitted.minusDays(1);
      }
      LocalDate candidate = admitted.minusDays(60 + rnd.nextInt(270));
      LocalDate activist = candidate.minusMonths(12).minusDays(rnd.nextInt(240));
      LocalDate applied = activist.minusDays(20 + rnd.nextInt(180));
      LocalDate talked = applied.plusDays(1 + rnd.nextInt(28));
      LocalDate approved = admitted.plusDays(10 + rnd.nextInt(70));
      if (approved.isAfter(asOf)) {
        approved = asOf;
      }
      @Nullable LocalDate converted = probationary ? null : admitted.plusYears(1);
      RecruitmentTimeline.Builder t =
          RecruitmentTimeline.builder().appliedOn(PartialDate.of(applied)).talkedOn(PartialDate.of(talked))
              .activistOn(PartialDate.of(activist)).candidateOn(PartialDate.of(candidate))
              .admittedOn(PartialDate.of(admitted)).approvedOn(PartialDate.of(approved))
              .convertedOn(converted == null ? null : PartialDate.of(converted));
      boolean admittedHere = !admitted.isBefore(branchFounded);
      if (admittedHere) {
        t.admittingOrganization(branch);
        List<Known> introducers = new ArrayList<>(2);
        for (Known k : earlier) {
          if (k.converted() != null && k.converted().isBefore(admitted)) {
            introducers.add(k);
            if (introducers.size() == 2) {
              break;
            }
          }
        }
        if (introducers.size() == 2) {
          for (Known k : introducers) {
            t.introducer(new Introducer(k.member().id(), k.member().name()));
          }
        } else if (rnd.nextBoolean()) {
          t.introducer(Introducer.named(PersonName.of(Names.person(rnd))));
          t.introducer(Introducer.named(PersonName.of(Names.person(rnd))));
        }
      }
      memberSeq++;
      PartyMember.Builder m =
          PartyMember.builder().id(MemberId.of("M" + pad(memberSeq, 7))).name(Names.person(rnd))
              .sex(male ? Sex.MALE : Sex.FEMALE).birthDate(PartialDate.of(birth)).ethnicity(ethnicity())
              .idNumber(idNumber(birth, male)).phone(mobile()).education(education(birth))
              .occupation(occupation(birth))
              .status(probationary ? MembershipStatus.PROBATIONARY : MembershipStatus.FULL).organization(branch)
              .timeline(t.build()).residenceCommunity(residence)
              .reportedToCommunityOn(month(randomDate(asOf.minusYears(3), asOf.minusMonths(1))))
              .lastDuesPaidOn(month(asOf.minusMonths(rnd.nextInt(3))));
      if (!admittedHere) {
        m.transferredInOn(PartialDate.of(randomDate(branchFounded, asOf.minusMonths(2))));
      }
      return new Known(m.build(), admitted, converted);
    }

    // ------------------------------------------------------------------------------------------ values

    private ServiceCenter.Builder centre(String id, String name, CenterLevel level, DivisionId division) {
      return ServiceCenter.builder().id(id).name(name).level(level).division(division);
    }

    /**
     * A number unique in the city, as {@link ResidentIdNumber#of} builds it (address code, birth date, a sequence
     * whose parity gives the sex, the MOD 11-2 check character), composed here without formatting for speed.
     */
    private ResidentIdNumber idNumber(LocalDate birth, boolean male) {
      String date = pad(birth.getYear(), 4) + pad(birth.getMonthValue(), 2) + pad(birth.getDayOfMonth(), 2);
      while (true) {
        String address = ADDRESS_CODES.get(rnd.nextInt(ADDRESS_CODES.size()));
        int sequence = rnd.nextInt(500) * 2 + (male ? 1 : 0);
        String first17 = address + date + pad(sequence, 3);
        if (idNumbers.add(first17)) {
          return ResidentIdNumber.parse(first17 + ResidentIdNumber.checkCharacter(first17));
        }
      }
    }

    private MobileNumber mobile() {
      String[] prefixes = {"130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
          "155", "156", "157", "158", "159", "166", "173", "177", "180", "181", "182", "183", "185", "186", "187",
          "188", "189", "191", "193", "195", "198", "199"};
      return MobileNumber.parse(prefixes[rnd.nextInt(prefixes.length)] + pad(rnd.nextInt(100_000_000), 8));
    }

    private Ethnicity ethnicity() {
      int r = rnd.nextInt(100);
      for (int i = 0; i < ETHNICITIES.length; i++) {
        r -= ETHNICITY_WEIGHTS[i];
        if (r < 0) {
          return ETHNICITIES[i];
        }
      }
      return Ethnicity.HAN;
    }

    private EducationLevel education(LocalDate birth) {
      int r = rnd.nextInt(10);
      if (birth.getYear() < 1960) {
        return r < 3 ? EducationLevel.JUNIOR_HIGH : r < 7 ? EducationLevel.HIGH_SCHOOL : EducationLevel.JUNIOR_COLLEGE;
      }
      return r < 1 ? EducationLevel.POSTGRADUATE : r < 6 ? EducationLevel.BACHELOR
          : r < 9 ? EducationLevel.JUNIOR_COLLEGE : EducationLevel.HIGH_SCHOOL;
    }

    private Occupation occupation(LocalDate birth) {
      if (ChronoUnit.YEARS.between(birth, asOf) >= 60) {
        return Occupation.RETIRED;
      }
      Occupation[] o = {Occupation.PROFESSIONAL, Occupation.MANAGER, Occupation.WORKER, Occupation.OTHER,
          Occupation.PARTY_GOVERNMENT_STAFF};
      return o[rnd.nextInt(o.length)];
    }

    private LocalDate randomDate(LocalDate from, LocalDate to) {
      long days = ChronoUnit.DAYS.between(from, to);
      return days <= 0 ? from : from.plusDays((long) (rnd.nextDouble() * (days + 1)));
    }

    /**
     * {@code total} split into {@code bins} parts of at least {@code min} each, varying by about ±40 % around
     * the mean; the parts sum to the total.
     */
    private int[] distribute(int total, int bins, int min) {
      int[] parts = new int[bins];
      long spare = (long) total - (long) min * bins;
      if (spare < 0) {
        throw new IllegalArgumentException("Cannot split " + total + " into " + bins + " parts of " + min);
      }
      double[] w = new double[bins];
      double sum = 0;
      for (int i = 0; i < bins; i++) {
        w[i] = 0.6 + 0.8 * rnd.nextDouble();
        sum += w[i];
      }
      long given = 0;
      for (int i = 0; i < bins; i++) {
        parts[i] = min + (int) Math.floor(spare * w[i] / sum);
        given += parts[i] - min;
      }
      for (long r = spare - given; r > 0; r--) {
        parts[rnd.nextInt(bins)]++;
      }
      return parts;
    }
  }

  /** The number in decimal, zero-padded on the left to the width. */
  static String pad(int value, int width) {
    String digits = Integer.toString(value);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  private static PartialDate month(LocalDate date) {
    return PartialDate.of(date.getYear(), date.getMonthValue());
  }
}
