package io.jingwei.impl.schema;

import io.jingwei.division.DivisionCode;
import io.jingwei.grid.GridCode;
import io.jingwei.id.CreditCode;
import io.jingwei.id.MobileNumber;
import io.jingwei.id.ResidentIdNumber;
import io.jingwei.person.PersonName;
import io.jingwei.ref.EntityId;
import io.jingwei.time.PartialDate;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of the value types (值类型的模式): each is a string with a pattern and length bounds that describe
 * what a writer produces. Readers are a little more lenient (a lower-case {@code x} in an ID number, a {@code +86}
 * prefix on a mobile number, a name with surrounding spaces); the checks a pattern cannot express (check
 * characters, real calendar dates) are the parsers' business and give {@code read.invalid-value}.
 */
final class ValueTypes {
  private ValueTypes() {}

  /** No control characters (C0, DEL, C1), as a regular-expression character-class body. */
  private static final String CONTROL = "\\u0000-\\u001F\\u007F-\\u009F";

  /**
   * The schema of one value type.
   *
   * @param pattern the regular expression (ECMA 262 and {@code java.util.regex} alike) the text matches
   * @param minLength the fewest characters, or null
   * @param maxLength the most characters, or null
   * @param format the JSON Schema format annotation, or null
   * @param example an example text, or null; it must parse
   * @param sample the text used to build a sample value (the example, or a valid id)
   */
  record Spec(
      String pattern,
      @Nullable Integer minLength,
      @Nullable Integer maxLength,
      @Nullable String format,
      @Nullable String example,
      String sample) {}

  private static final Spec ENTITY_ID =
      new Spec(
          "^[^\\s" + CONTROL + "]([^" + CONTROL + "]*[^\\s" + CONTROL + "])?$",
          1,
          EntityId.MAX_LENGTH,
          null,
          null,
          "x");

  private static final Map<Class<?>, Spec> SPECS = new LinkedHashMap<>();

  static {
    SPECS.put(PersonName.class, new Spec(
        "^[^" + CONTROL + "]*[^\\s" + CONTROL + "][^" + CONTROL + "]*$", 1, PersonName.MAX_LENGTH, null, "张三",
        "张三"));
    SPECS.put(ResidentIdNumber.class,
        new Spec("^[0-9]{17}[0-9X]$", null, null, null, "11010519491231002X", "11010519491231002X"));
    SPECS.put(MobileNumber.class, new Spec("^1[3-9][0-9]{9}$", null, null, null, "13800138000", "13800138000"));
    SPECS.put(CreditCode.class,
        new Spec("^[0-9A-HJ-NPQRTUWXY]{18}$", null, null, null, "91350100M000100Y43", "91350100M000100Y43"));
    SPECS.put(DivisionCode.class,
        new Spec("^[0-9]{6}([0-9]{3}([0-9]{3})?)?$", null, null, null, "450103001", "450103001"));
    SPECS.put(GridCode.class, new Spec(
        "^[0-9]{" + GridCode.MIN_LENGTH + "," + GridCode.MAX_LENGTH + "}$", null, null, null, "450103001001001",
        "450103001001001"));
    SPECS.put(PartialDate.class,
        new Spec("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$", null, null, null, "2021-05", "2021-05"));
    SPECS.put(LocalDate.class,
        new Spec("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", null, null, "date", "2022-06-30", "2022-06-30"));
  }

  /** The spec of a value type, or empty when the class is not one. */
  static Optional<Spec> of(Class<?> type) {
    if (EntityId.class.isAssignableFrom(type) && type != EntityId.class) {
      return Optional.of(ENTITY_ID);
    }
    return Optional.ofNullable(SPECS.get(type));
  }

  /** Whether the class is a value type written as a string. */
  static boolean isValueType(Class<?> type) {
    return of(type).isPresent();
  }
}
