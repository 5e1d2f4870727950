package io.jingwei.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jingwei.division.DivisionCode;
import io.jingwei.id.InvalidIdentifierException.Reason;
import io.jingwei.person.Sex;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

  /** The example published with GB 11643-1999. */
  private static final String PUBLISHED = "11010519491231002X";

  @Test
  @DisplayName("国标示例号码有效：出生日期、性别、地址码")
  void acceptsThePublishedExample() {
    ResidentIdNumber number = ResidentIdNumber.parse(PUBLISHED);

    assertThat(number.value()).isEqualTo(PUBLISHED);
    assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(number.sex()).isEqualTo(Sex.FEMALE);
    assertThat(number.addressCode()).isEqualTo(DivisionCode.parse("110105"));
    assertThat(ResidentIdNumber.isValid(PUBLISHED)).isTrue();
    assertThat(ResidentIdNumber.problemOf(PUBLISHED)).isEmpty();
    assertThat(ResidentIdNumber.tryParse(PUBLISHED)).contains(number);
  }

  @Test
  @DisplayName("小写 x 可接受并规范为大写 X")
  void normalizesLowerCaseX() {
    ResidentIdNumber number = ResidentIdNumber.parse("11010519491231002x");

    assertThat(number.value()).isEqualTo(PUBLISHED);
    assertThat(number).isEqualTo(ResidentIdNumber.parse(PUBLISHED));
  }

  @Test
  @DisplayName("历史地址码（450122 武鸣县）有效")
  void acceptsHistoricAddressCode() {
    ResidentIdNumber number =
        ResidentIdNumber.of(DivisionCode.parse("450122"), LocalDate.of(1980, 2, 29), 123);

    assertThat(ResidentIdNumber.isValid(number.value())).isTrue();
    assertThat(number.addressCode().value()).isEqualTo("450122");
  }

  @Test
  @DisplayName("第17位奇数为男、偶数为女")
  void readsSexFromSeventeenthDigit() {
    LocalDate birth = LocalDate.of(1990, 1, 1);
    DivisionCode nanningQingxiu = DivisionCode.parse("450103");

    assertThat(ResidentIdNumber.of(nanningQingxiu, birth, 121).sex()).isEqualTo(Sex.MALE);
    assertThat(ResidentIdNumber.of(nanningQingxiu, birth, 120).sex()).isEqualTo(Sex.FEMALE);
    assertThat(ResidentIdNumber.of(nanningQingxiu, birth, 9).sex()).isEqualTo(Sex.MALE);
  }

  @Test
  void comparesBirthDateWithAnAsOfDate() {
    ResidentIdNumber number = ResidentIdNumber.parse(PUBLISHED);

    assertThat(number.isBornAfter(LocalDate.of(1949, 12, 30))).isTrue();
    assertThat(number.isBornAfter(LocalDate.of(1949, 12, 31))).isFalse();
    assertThat(number.isBornAfter(LocalDate.of(2026, 1, 1))).isFalse();
  }

  @Test
  void acceptsBirthDateInTheFutureSinceTheEngineJudgesItAgainstAnAsOfDate() {
    ResidentIdNumber number =
        ResidentIdNumber.of(DivisionCode.parse("450103"), LocalDate.of(2999, 1, 1), 1);

    assertThat(ResidentIdNumber.isValid(number.value())).isTrue();
    assertThat(number.isBornAfter(LocalDate.of(2026, 1, 1))).isTrue();
  }

  @Test
  @DisplayName("脱敏：保留前6位和后4位")
  void masksAllButFirstSixAndLastFour() {
    ResidentIdNumber number =
        ResidentIdNumber.of(DivisionCode.parse("450103"), LocalDate.of(1990, 1, 1), 123);

    assertThat(number.masked()).isEqualTo("450103********" + number.value().substring(14));
    assertThat(number.masked()).matches("450103\\*{8}123[0-9X]");
    assertThat(number.toString()).isEqualTo(number.masked()).doesNotContain(number.value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1", "11010519491231002", "11010519491231002X1", "110105491231002"})
  void rejectsWrongLength(String text) {
    assertReason(text, Reason.LENGTH);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "11010519491231002Y", // letter other than X at the end
        "1101051949123100X2", // X before the end
        "11010519491231 02X", // blank
        "１10105194912310 2X", // full-width digit
        "11010519491231-02X"
      })
  void rejectsCharactersOutsideTheAlphabet(String text) {
    assertReason(text, Reason.CHARACTERS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"10", "00", "16", "47", "72", "83", "99"})
  @DisplayName("省级前缀必须是34个真实前缀之一")
  void rejectsUnrealProvincePrefix(String prefix) {
    String first17 = prefix + "0105" + "19491231" + "002";
    assertReason(first17 + ResidentIdNumber.checkCharacter(first17), Reason.DIVISION);
  }

  @ParameterizedTest
  @ValueSource(strings = {"19490230", "19491301", "19490001", "19490100", "19000229", "17991231", "00010101"})
  @DisplayName("出生日期必须是真实日期")
  void rejectsUnrealBirthDate(String date) {
    String first17 = "450103" + date + "002";
    assertReason(first17 + ResidentIdNumber.checkCharacter(first17), Reason.BIRTH_DATE);
  }

  @Test
  void acceptsLeapDay() {
    String first17 = "450103" + "20000229" + "002";
    assertThat(ResidentIdNumber.isValid(first17 + ResidentIdNumber.checkCharacter(first17))).isTrue();
  }

  @Test
  @DisplayName("校验码错误")
  void rejectsEveryWrongCheckCharacter() {
    String first17 = PUBLISHED.substring(0, 17);
    for (char c : "0123456789".toCharArray()) {
      assertReason(first17 + c, Reason.CHECKSUM);
    }
  }

  @Test
  void invalidNumberGivesExceptionWithKindAndReasonAndNoFullInput() {
    String typo = "110105194912310021";

    InvalidIdentifierException e =
        catchThrowableOfType(InvalidIdentifierException.class, () -> ResidentIdNumber.parse(typo));

    assertThat(e.kind()).isEqualTo(IdentifierKind.RESIDENT_ID_NUMBER);
    assertThat(e.reason()).isEqualTo(Reason.CHECKSUM);
    assertThat(e.maskedInput()).isEqualTo("110105********0021");
    assertThat(e.getMessage()).doesNotContain(typo).doesNotContain("19491231");
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({"110105491231002, 11010519491231002X", "450103900101123, 450103199001011230"})
  @DisplayName("15位旧号码升级为18位")
  void upgradesLegacyFifteenDigitNumbers(String legacy, String upgraded) {
    String first17 = upgraded.substring(0, 17);
    String expected = first17 + ResidentIdNumber.checkCharacter(first17);

    ResidentIdNumber number = ResidentIdNumber.fromLegacy(legacy);

    assertThat(number.value()).isEqualTo(expected);
    assertThat(ResidentIdNumber.isValidLegacy(legacy)).isTrue();
    assertThat(ResidentIdNumber.legacyProblemOf(legacy)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "11010549123100, LENGTH",
    "11010519491231002X, LENGTH",
    "11010549123100X, CHARACTERS",
    "990105491231002, DIVISION",
    "110105490229002, BIRTH_DATE",
    "110105491331002, BIRTH_DATE"
  })
  void rejectsInvalidLegacyNumbers(String legacy, Reason reason) {
    assertThat(ResidentIdNumber.isValidLegacy(legacy)).isFalse();
    assertThat(ResidentIdNumber.legacyProblemOf(legacy)).contains(reason);
    InvalidIdentifierException e =
        catchThrowableOfType(InvalidIdentifierException.class, () -> ResidentIdNumber.fromLegacy(legacy));
    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.getMessage()).doesNotContain(legacy);
  }

  @Test
  void parseRejectsLegacyNumbersWhichNeedExplicitUpgrade() {
    assertReason("110105491231002", Reason.LENGTH);
  }

  @Test
  void buildsNumbersFromParts() {
    ResidentIdNumber number =
        ResidentIdNumber.of(DivisionCode.parse("110105"), LocalDate.of(1949, 12, 31), 2);

    assertThat(number.value()).isEqualTo(PUBLISHED);
  }

  @Test
  void refusesPartsOutOfRange() {
    DivisionCode county = DivisionCode.parse("450103");
    LocalDate date = LocalDate.of(1990, 1, 1);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResidentIdNumber.of(DivisionCode.parse("450103001"), date, 1));
    assertThatIllegalArgumentException().isThrownBy(() -> ResidentIdNumber.of(county, date, -1));
    assertThatIllegalArgumentException().isThrownBy(() -> ResidentIdNumber.of(county, date, 1000));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResidentIdNumber.of(county, LocalDate.of(1799, 12, 31), 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1101051949123100", "110105194912310021", "1101051949123100X"})
  void checkCharacterRefusesAnythingButSeventeenDigits(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> ResidentIdNumber.checkCharacter(text));
  }

  @Test
  void equalityAndOrderFollowTheValue() {
    ResidentIdNumber a = ResidentIdNumber.parse(PUBLISHED);
    ResidentIdNumber b = ResidentIdNumber.parse(PUBLISHED.toLowerCase(java.util.Locale.ROOT));
    ResidentIdNumber later =
        ResidentIdNumber.of(DivisionCode.parse("450103"), LocalDate.of(1990, 1, 1), 1);

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(later).isNotEqualTo(PUBLISHED);
    assertThat(a.compareTo(later)).isNegative();
    assertThat(later.compareTo(a)).isPositive();
    assertThat(a.compareTo(b)).isZero();
  }

  @Test
  void nullTextIsAProgrammerError() {
    assertThatNullPointerException().isThrownBy(() -> ResidentIdNumber.parse(null));
    assertThatNullPointerException().isThrownBy(() -> ResidentIdNumber.isValid(null));
    assertThatNullPointerException().isThrownBy(() -> ResidentIdNumber.fromLegacy(null));
  }

  private static void assertReason(String text, Reason reason) {
    assertThat(ResidentIdNumber.isValid(text)).as("isValid(%s)", text).isFalse();
    assertThat(ResidentIdNumber.tryParse(text)).isEmpty();
    assertThat(ResidentIdNumber.problemOf(text)).as("problemOf(%s)", text).contains(reason);
    InvalidIdentifierException e =
        catchThrowableOfType(InvalidIdentifierException.class, () -> ResidentIdNumber.parse(text));
    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.kind()).isEqualTo(IdentifierKind.RESIDENT_ID_NUMBER);
    if (!text.isEmpty()) {
      assertThat(e.getMessage()).doesNotContain(text);
    }
  }
}
