package io.jingwei.impl.rules.person;

import io.jingwei.id.ResidentIdNumber;
import io.jingwei.impl.engine.RuleContext;
import io.jingwei.person.Sex;
import java.util.Map;

/**
 * The sex against the ID number (性别与身份证号码一致, check {@value #NAME}): the 17th character of a resident ID
 * number is odd for men and even for women (GB 11643-1999). A recorded sex of {@link Sex#MALE} or
 * {@link Sex#FEMALE} that differs is reported at {@code /sex}; {@link Sex#UNKNOWN} and {@link Sex#NOT_STATED}
 * assert nothing. Arguments: {@code sex} (recorded) and {@code idSex} (from the number).
 */
public final class IdSexCheck extends PersonCheck {

  /** The check's name in profiles. */
  public static final String NAME = "person-id-sex";

  /** The check. */
  public IdSexCheck() {
    super(NAME);
  }

  @Override
  PersonRule bindPerson(RuleContext rule) {
    return (ref, person) -> {
      ResidentIdNumber id = person.idNumber();
      Sex sex = person.sex();
      if (id != null && (sex == Sex.MALE || sex == Sex.FEMALE) && sex != id.sex()) {
        rule.emit(ref, "/sex", Map.of("sex", sex, "idSex", id.sex()));
      }
    };
  }
}
