package io.jingwei.impl.rules.member;

import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.record.PackedDays;
import io.jingwei.member.PartyMember;
import io.jingwei.time.PartialDate;
import java.util.Map;

/**
 * The age at application (申请入党年龄, check {@value #NAME}, 细则 第五条): {@code timeline.appliedOn} must not be
 * before the birth date plus {@code minAge} years. The birth date is {@code birthDate}, or the one the ID number
 * encodes when {@code birthDate} is absent. Reported at {@code /timeline/appliedOn} when the applicant was
 * certainly too young: the last day {@code appliedOn} covers is before the first day the birth date covers plus
 * {@code minAge} years. Argument: {@code minAge}.
 */
public final class AppliedUnderAgeCheck extends MemberCheck {

  /** The check's name in profiles. */
  public static final String NAME = "member-applied-age";

  /** The check. */
  public AppliedUnderAgeCheck() {
    super(NAME);
  }

  @Override
  protected RecordRule<PartyMember> bind(RuleContext rule) {
    int minAge = rule.rule().intParam("minAge");
    Map<String, Object> args = Map.of("minAge", minAge);
    return (ref, m) -> {
      PartialDate applied = m.timeline().appliedOn();
      if (applied == null) {
        return;
      }
      long born = earliestBirth(m);
      // the last day of the application before the earliest birth plus the age (packed days, no LocalDate each)
      if (born != NONE && PackedDays.latest(applied) < PackedDays.plusYears(born, minAge)) {
        emit(rule, ref, m, "/timeline/appliedOn", args);
      }
    };
  }


  private static final long NONE = Long.MIN_VALUE;

  /** The packed earliest birth day: the birth date's, else the ID number's; {@link #NONE} when neither. */
  private static long earliestBirth(PartyMember m) {
    if (m.birthDate() != null) {
      return PackedDays.earliest(m.birthDate());
    }
    return m.idNumber() == null ? NONE : PackedDays.of(m.idNumber().birthDate());
  }
}
