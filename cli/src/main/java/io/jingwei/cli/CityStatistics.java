package io.jingwei.cli;

import io.jingwei.dataset.CityDataset;
import io.jingwei.division.Division;
import io.jingwei.division.ResidentialCompound;
import io.jingwei.grid.Grid;
import io.jingwei.impl.engine.RegionResolver;
import io.jingwei.member.Occupation;
import io.jingwei.member.PartyMember;
import io.jingwei.organization.OrganizationType;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.person.EducationLevel;
import io.jingwei.person.Ethnicity;
import io.jingwei.person.Sex;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.EntityRef;
import io.jingwei.servicecenter.ServiceCenter;
import io.jingwei.time.PartialDate;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * 党内统计-style statistics of a dataset (党内统计): organizations by type, members by sex, ethnicity, age band,
 * education, occupation and joining period, and the coverage of compounds and grids by Party organizations — for
 * the whole city and for each district (城区/县/开发区) and street (街道/乡镇). The categories are those of the
 * annual 《中国共产党党内统计公报》 (domain-rules.md §8).
 *
 * @param asOf the date ages are computed on
 * @param city the whole dataset
 * @param districts each district a counted record lies in, by division id
 * @param streets each street a counted record lies in, by division id
 * @param names the names of those districts and streets
 */
record CityStatistics(
    LocalDate asOf,
    RegionStatistics city,
    SortedMap<DivisionId, RegionStatistics> districts,
    SortedMap<DivisionId, RegionStatistics> streets,
    Map<DivisionId, String> names) {

  /** The age bands of the bulletin (年龄段): ≤30, 31–35, …, 56–60, ≥61, and unknown. */
  enum AgeBand {
    UP_TO_30("30岁及以下", "30 and under"),
    FROM_31_TO_35("31–35岁", "31–35"),
    FROM_36_TO_40("36–40岁", "36–40"),
    FROM_41_TO_45("41–45岁", "41–45"),
    FROM_46_TO_50("46–50岁", "46–50"),
    FROM_51_TO_55("51–55岁", "51–55"),
    FROM_56_TO_60("56–60岁", "56–60"),
    FROM_61("61岁及以上", "61 and over"),
    UNKNOWN("未知", "unknown");

    final String zh;
    final String en;

    AgeBand(String zh, String en) {
      this.zh = zh;
      this.en = en;
    }

    static AgeBand of(int age) {
      if (age <= 30) {
        return UP_TO_30;
      }
      if (age >= 61) {
        return FROM_61;
      }
      return values()[(age - 31) / 5 + 1];
    }
  }

  /**
   * The joining periods of the bulletin (入党时间): before the founding of the PRC (1949-10-01), from then to the
   * 3rd Plenary Session of the 11th Central Committee (opened 1978-12-18), from then to the 18th National Congress
   * (opened 2012-11-08), and since. A member's joining date is the date of admission (吸收为预备党员).
   */
  enum JoiningPeriod {
    BEFORE_1949_10("1949年10月以前", "before Oct 1949"),
    TO_THIRD_PLENUM("1949年10月至十一届三中全会", "Oct 1949 – 3rd Plenum of the 11th CC"),
    TO_EIGHTEENTH_CONGRESS("十一届三中全会至党的十八大", "3rd Plenum – 18th Congress"),
    SINCE_EIGHTEENTH_CONGRESS("党的十八大以来", "since the 18th Congress"),
    UNKNOWN("未知", "unknown");

    static final LocalDate PRC_FOUNDED = LocalDate.of(1949, 10, 1);
    static final LocalDate THIRD_PLENUM = LocalDate.of(1978, 12, 18);
    static final LocalDate EIGHTEENTH_CONGRESS = LocalDate.of(2012, 11, 8);

    final String zh;
    final String en;

    JoiningPeriod(String zh, String en) {
      this.zh = zh;
      this.en = en;
    }

    static JoiningPeriod of(LocalDate joined) {
      if (joined.isBefore(PRC_FOUNDED)) {
        return BEFORE_1949_10;
      }
      if (joined.isBefore(THIRD_PLENUM)) {
        return TO_THIRD_PLENUM;
      }
      if (joined.isBefore(EIGHTEENTH_CONGRESS)) {
        return TO_EIGHTEENTH_CONGRESS;
      }
      return SINCE_EIGHTEENTH_CONGRESS;
    }
  }

  /** The statistics of one region; every map holds every key (zero counts included) in enum order. */
  static final class RegionStatistics {
    final Map<OrganizationType, Long> organizations = zeros(OrganizationType.class);
    long members;
    long probationary;
    long women;
    long sexUnknown;
    long minorities;
    long ethnicityUnknown;
    long juniorCollegeOrAbove;
    long educationUnknown;
    final Map<AgeBand, Long> ageBands = zeros(AgeBand.class);
    final Map<Occupation, Long> occupations = zeros(Occupation.class);
    long occupationUnknown;
    final Map<JoiningPeriod, Long> joiningPeriods = zeros(JoiningPeriod.class);
    long compounds;
    long compoundsWithOrganization;
    long grids;
    long gridsWithOrganization;
    long serviceCenters;
    /** Per service-centre rule in effect: centres without an issue of the rule, and centres checked. */
    final SortedMap<String, long[]> centreCompliance = new TreeMap<>();

    /** 基层组织: grassroots committees, general branches and branches (as the bulletin adds them up). */
    long grassrootsOrganizations() {
      long n = 0;
      for (Map.Entry<OrganizationType, Long> e : organizations.entrySet()) {
        if (e.getKey().isGrassroots()) {
          n += e.getValue();
        }
      }
      return n;
    }

    long organizationCount() {
      return organizations.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  private static <K extends Enum<K>> Map<K, Long> zeros(Class<K> type) {
    EnumMap<K, Long> m = new EnumMap<>(type);
    for (K k : type.getEnumConstants()) {
      m.put(k, 0L);
    }
    return m;
  }

  private static <K> void inc(Map<K, Long> map, K key) {
    map.merge(key, 1L, Long::sum);
  }

  /** Computes the statistics of a dataset, with regions resolved by the resolver, ages as of the date. */
  static CityStatistics of(CityDataset dataset, RegionResolver regions, LocalDate asOf) {
    return of(dataset, regions, asOf, null, List.of());
  }

  /**
   * Computes the statistics, with the compliance of the service centres with each of the rules (centres without
   * an issue of the rule in the report, out of all centres).
   */
  static CityStatistics of(
      CityDataset dataset,
      RegionResolver regions,
      LocalDate asOf,
      io.jingwei.validation.@Nullable ValidationReport report,
      List<String> centreRules) {
    RegionStatistics city = new RegionStatistics();
    SortedMap<DivisionId, RegionStatistics> districts = new TreeMap<>();
    SortedMap<DivisionId, RegionStatistics> streets = new TreeMap<>();
    Map<DivisionId, String> names = new TreeMap<>();
    for (Division d : dataset.divisions()) {
      names.put(d.id(), d.name());
    }
    // one record: the city, its district and its street all count it
    java.util.function.BiConsumer<EntityRef, Consumer<RegionStatistics>> count =
        (ref, action) -> {
          action.accept(city);
          regions.district(ref).ifPresent(id -> action.accept(districts.computeIfAbsent(id, k -> new RegionStatistics())));
          regions.street(ref).ifPresent(id -> action.accept(streets.computeIfAbsent(id, k -> new RegionStatistics())));
        };

    for (PartyOrganization o : dataset.organizations()) {
      count.accept(o.ref(), r -> inc(r.organizations, o.type()));
    }
    for (PartyMember m : dataset.members()) {
      count.accept(m.ref(), r -> member(r, m, asOf));
    }
    Set<String> organizedCompounds = new HashSet<>();
    for (PartyOrganization o : dataset.organizations()) {
      if (o.compound() != null && o.isActiveOn(asOf)) {
        organizedCompounds.add(o.compound().value());
      }
    }
    for (Grid g : dataset.grids()) {
      if (g.partyOrganization() != null) {
        g.compounds().forEach(c -> organizedCompounds.add(c.value()));
      }
    }
    for (ResidentialCompound c : dataset.compounds()) {
      boolean covered = organizedCompounds.contains(c.id().value());
      count.accept(
          c.ref(),
          r -> {
            r.compounds++;
            if (covered) {
              r.compoundsWithOrganization++;
            }
          });
    }
    for (Grid g : dataset.grids()) {
      boolean covered = g.partyOrganization() != null;
      count.accept(
          g.ref(),
          r -> {
            r.grids++;
            if (covered) {
              r.gridsWithOrganization++;
            }
          });
    }
    Map<String, Set<String>> failing = new TreeMap<>();
    for (String rule : centreRules) {
      Set<String> ids = new HashSet<>();
      if (report != null) {
        for (io.jingwei.validation.Issue i : report.issues(rule)) {
          if (i.entity() != null && i.entity().kind() == io.jingwei.ref.EntityKind.SERVICE_CENTER) {
            ids.add(i.entity().id());
          }
        }
      }
      failing.put(rule, ids);
    }
    for (ServiceCenter s : dataset.serviceCenters()) {
      count.accept(
          s.ref(),
          r -> {
            r.serviceCenters++;
            failing.forEach(
                (rule, ids) -> {
                  long[] c = r.centreCompliance.computeIfAbsent(rule, k -> new long[2]);
                  c[1]++;
                  if (!ids.contains(s.id().value())) {
                    c[0]++;
                  }
                });
          });
    }
    if (report != null && !report.metrics().isEmpty()) {
      // the engine's metrics layer measured coverage and compliance: its figures win over the counts above
      io.jingwei.metrics.DatasetMetrics metrics = report.metrics();
      fromMetrics(city, metrics.city());
      metrics.districts().forEach((id, m) -> fromMetrics(districts.computeIfAbsent(id, k -> new RegionStatistics()), m));
      metrics.streets().forEach((id, m) -> fromMetrics(streets.computeIfAbsent(id, k -> new RegionStatistics()), m));
    }
    return new CityStatistics(
        asOf,
        city,
        Collections.unmodifiableSortedMap(districts),
        Collections.unmodifiableSortedMap(streets),
        Collections.unmodifiableMap(names));
  }

  /** Takes coverage and service-centre compliance from the engine's metrics of a region where it measured them. */
  private static void fromMetrics(RegionStatistics r, io.jingwei.metrics.RegionMetrics m) {
    m.coverage(io.jingwei.metrics.CoverageItem.COMPOUND_PARTY_ORGANIZATION).ifPresent(x -> {
      r.compounds = x.total();
      r.compoundsWithOrganization = x.count();
    });
    m.coverage(io.jingwei.metrics.CoverageItem.GRID_PARTY_ORGANIZATION).ifPresent(x -> {
      r.grids = x.total();
      r.gridsWithOrganization = x.count();
    });
    m.compliance().forEach((rule, x) -> {
      if (rule.startsWith("service-center.")) {
        r.centreCompliance.put(rule, new long[] {x.count(), x.total()});
      }
    });
  }

  private static void member(RegionStatistics r, PartyMember m, LocalDate asOf) {
    r.members++;
    if (m.status() != null && m.status().name().equals("PROBATIONARY")) {
      r.probationary++;
    }
    if (m.sex() == null) {
      r.sexUnknown++;
    } else if (m.sex() == Sex.FEMALE) {
      r.women++;
    }
    Ethnicity e = m.ethnicity();
    if (e == null) {
      r.ethnicityUnknown++;
    } else if (e.isMinority()) {
      r.minorities++;
    }
    EducationLevel ed = m.education();
    if (ed == null) {
      r.educationUnknown++;
    } else if (ed.isJuniorCollegeOrAbove()) {
      r.juniorCollegeOrAbove++;
    }
    inc(r.ageBands, ageBand(m.birthDate(), asOf));
    if (m.occupation() == null) {
      r.occupationUnknown++;
    } else {
      inc(r.occupations, m.occupation());
    }
    PartialDate joined = m.timeline().admittedOn();
    inc(r.joiningPeriods, joined == null ? JoiningPeriod.UNKNOWN : JoiningPeriod.of(joined.earliest()));
  }

  /** The age band on the date of a birth date that may be partial (a year-month or year counts from its start). */
  static AgeBand ageBand(@Nullable PartialDate birth, LocalDate asOf) {
    if (birth == null) {
      return AgeBand.UNKNOWN;
    }
    LocalDate born = birth.toLocalDate().orElse(birth.earliest());
    if (born.isAfter(asOf)) {
      return AgeBand.UNKNOWN;
    }
    return AgeBand.of(Period.between(born, asOf).getYears());
  }

  /** The name of a district or street, or its id when the dataset does not name it. */
  String name(DivisionId id) {
    return names.getOrDefault(id, id.value());
  }

  /** The regions of a level as display rows: id, name, statistics. */
  List<Map.Entry<DivisionId, RegionStatistics>> rows(boolean streetLevel) {
    return new ArrayList<>((streetLevel ? streets : districts).entrySet());
  }
}
