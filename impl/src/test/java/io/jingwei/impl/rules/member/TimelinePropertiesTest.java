package io.jingwei.impl.rules.member;

import static io.jingwei.impl.rules.record.RecordRulesTesting.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.dataset.CityDataset;
import io.jingwei.member.MembershipStatus;
import io.jingwei.member.PartyMember;
import io.jingwei.member.RecruitmentTimeline;
import io.jingwei.ref.OrganizationId;
import io.jingwei.time.DatePrecision;
import io.jingwei.time.PartialDate;
import io.jingwei.validation.Issue;
import io.jingwei.validation.ValidationReport;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties of the timeline rules over seeded random members: a timeline that follows the 细则 gives no issue,
 * and making dates coarser (day → month → year) never adds an issue, since rules fire only on certain breaches.
 */
class TimelinePropertiesTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  private static LocalDate day(Random rnd, LocalDate from, int spanDays) {
    return from.plusDays(rnd.nextInt(spanDays + 1));
  }

  /**
   * A member whose timeline follows the rules, at day precision: nine in ten are full members admitted long ago,
   * one in ten probationary members admitted within the last 300 days.
   */
  private static PartyMember regular(Random rnd, int i) {
    boolean full = rnd.nextInt(10) > 0;
    LocalDate birth = day(rnd, LocalDate.of(1950, 1, 1), 365 * 30);
    LocalDate applied = day(rnd, birth.plusYears(18), 365 * 10);
    LocalDate talked = day(rnd, applied, 30);
    LocalDate activist = day(rnd, applied, 200);
    LocalDate candidate = day(rnd, activist.plusMonths(12), 300);
    LocalDate admitted = day(rnd, candidate, 300);
    long shift = full ? 0 : ChronoUnit.DAYS.between(admitted, AS_OF.minusDays(rnd.nextInt(301)));
    LocalDate approved = day(rnd, admitted, 85).plusDays(shift);
    RecruitmentTimeline.Builder t =
        RecruitmentTimeline.builder()
            .appliedOn(PartialDate.of(applied.plusDays(shift)))
            .talkedOn(PartialDate.of(talked.plusDays(shift)))
            .activistOn(PartialDate.of(activist.plusDays(shift)))
            .candidateOn(PartialDate.of(candidate.plusDays(shift)))
            .admittedOn(PartialDate.of(admitted.plusDays(shift)))
            .approvedOn(PartialDate.of(approved.isAfter(AS_OF) ? AS_OF : approved));
    if (full) {
      t.convertedOn(PartialDate.of(admitted.plusMonths(12)));
    }
    return PartyMember.builder()
        .id("m" + i)
        .name("张三")
        .birthDate(PartialDate.of(birth.plusDays(shift)))
        .status(full ? MembershipStatus.FULL : MembershipStatus.PROBATIONARY)
        .organization(OrganizationId.of("o1"))
        .timeline(t.build())
        .build();
  }

  /** A member with random, often wrong, dates. */
  private static PartyMember random(Random rnd, int i) {
    LocalDate base = LocalDate.of(2015, 1, 1);
    RecruitmentTimeline.Builder t = RecruitmentTimeline.builder();
    t.appliedOn(PartialDate.of(day(rnd, base, 2000)));
    t.talkedOn(PartialDate.of(day(rnd, base, 2000)));
    t.activistOn(PartialDate.of(day(rnd, base, 2000)));
    t.candidateOn(PartialDate.of(day(rnd, base, 2000)));
    t.admittedOn(PartialDate.of(day(rnd, base, 2000)));
    t.approvedOn(PartialDate.of(day(rnd, base, 2000)));
    t.convertedOn(PartialDate.of(day(rnd, base, 3600)));
    return PartyMember.builder()
        .id("m" + i)
        .name("张三")
        .birthDate(PartialDate.of(day(rnd, LocalDate.of(1995, 1, 1), 3000)))
        .status(rnd.nextBoolean() ? MembershipStatus.FULL : MembershipStatus.PROBATIONARY)
        .organization(OrganizationId.of("o1"))
        .timeline(t.build())
        .build();
  }

  private static PartialDate coarser(PartialDate d, DatePrecision p) {
    return d == null ? null : d.truncatedTo(p);
  }

  private static PartyMember coarsened(PartyMember m, DatePrecision p) {
    RecruitmentTimeline t = m.timeline();
    return m.toBuilder()
        .birthDate(coarser(m.birthDate(), p))
        .timeline(
            t.toBuilder()
                .appliedOn(coarser(t.appliedOn(), p))
                .talkedOn(coarser(t.talkedOn(), p))
                .activistOn(coarser(t.activistOn(), p))
                .candidateOn(coarser(t.candidateOn(), p))
                .admittedOn(coarser(t.admittedOn(), p))
                .approvedOn(coarser(t.approvedOn(), p))
                .convertedOn(coarser(t.convertedOn(), p))
                .build())
        .build();
  }

  private static Set<String> found(List<PartyMember> members) {
    ValidationReport r = validate(CityDataset.builder().addAll(members).build(), AS_OF);
    return r.issues().stream().map(TimelinePropertiesTest::key).collect(Collectors.toSet());
  }

  private static String key(Issue i) {
    return i.code().value() + " " + i.entity() + " " + i.path();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 20220124})
  void aRegularTimelineGivesNoIssue(long seed) {
    Random rnd = new Random(seed);
    List<PartyMember> members = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      members.add(regular(rnd, i));
    }

    assertThat(found(members)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 20220124})
  void coarserDatesNeverAddAnIssue(long seed) {
    Random rnd = new Random(seed);
    List<PartyMember> members = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      members.add(i % 2 == 0 ? regular(rnd, i) : random(rnd, i));
    }
    Set<String> atDay = found(members);
    Set<String> atMonth = found(members.stream().map(m -> coarsened(m, DatePrecision.MONTH)).toList());
    Set<String> atYear = found(members.stream().map(m -> coarsened(m, DatePrecision.YEAR)).toList());

    assertThat(atDay).isNotEmpty();
    assertThat(atDay).containsAll(atMonth);
    assertThat(atMonth).containsAll(atYear);
  }
}
