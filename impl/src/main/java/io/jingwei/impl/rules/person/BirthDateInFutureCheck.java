package io.jingwei.impl.rules.person;

import io.jingwei.id.ResidentIdNumber;
import io.jingwei.impl.engine.RuleContext;
import io.jingwei.time.PartialDate;
import java.util.Map;

/**
 * No birth in the future (出生日期不晚于基准日期, check {@value #NAME}): a {@code birthDate} certainly after the as-of
 * date is reported at {@code /birthDate}, an ID number whose encoded birth date is after it at {@code /idNumber}
 * (both, when both are). Argument: {@code asOf}.
 */
public final class BirthDateInFutureCheck extends PersonCheck {

  /** The check's name in profiles. */
  public static final String NAME = "person-birth-date-future";

  /** The check. */
  public BirthDateInFutureCheck() {
    super(NAME);
  }

  @Override
  PersonRule bindPerson(RuleContext rule) {
    Map<String, Object> args = Map.of("asOf", rule.asOf());
    return (ref, person) -> {
      PartialDate birth = person.birthDate();
      if (birth != null && birth.isCertainlyAfter(rule.asOf())) {
        rule.emit(ref, "/birthDate", args);
      }
      ResidentIdNumber id = person.idNumber();
      if (id != null && id.isBornAfter(rule.asOf())) {
        rule.emit(ref, "/idNumber", args);
      }
    };
  }
}
