package io.jingwei.impl.rules.person;

import io.jingwei.id.ResidentIdNumber;
import io.jingwei.impl.engine.RuleContext;
import io.jingwei.time.PartialDate;
import java.util.Map;

/**
 * The birth date against the ID number (出生日期与身份证号码一致, check {@value #NAME}): the birth date a resident ID
 * number encodes (GB 11643-1999, characters 7–14) must be a day the recorded {@code birthDate} covers. A
 * {@code birthDate} of month or year precision agrees with every ID number born in that month or year. Reported at
 * {@code /birthDate}; no arguments (both dates are personal data).
 */
public final class IdBirthDateCheck extends PersonCheck {

  /** The check's name in profiles. */
  public static final String NAME = "person-id-birth-date";

  /** The check. */
  public IdBirthDateCheck() {
    super(NAME);
  }

  @Override
  PersonRule bindPerson(RuleContext rule) {
    return (ref, person) -> {
      ResidentIdNumber id = person.idNumber();
      PartialDate birth = person.birthDate();
      if (id != null && birth != null && !birth.contains(id.birthDate())) {
        rule.emit(ref, "/birthDate", Map.of());
      }
    };
  }
}
