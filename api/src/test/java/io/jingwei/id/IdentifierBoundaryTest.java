package io.jingwei.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.jingwei.division.DivisionCode;
import io.jingwei.id.InvalidIdentifierException.Reason;
import io.jingwei.person.Sex;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Boundaries of the identifier parsers and builders: ranges at and beside their limits, the characters next to the
 * digit and letter ranges, letters in the GB 11714 check, equality with other types. Written from the mutation
 * testing run (docs/mutation-testing.md).
 */
class IdentifierBoundaryTest {

  private static final DivisionCode COUNTY = DivisionCode.parse("450103");

  @Test
  @DisplayName("身份证号码：出生年份 1800 是最早的有效年份")
  void residentIdAcceptsBirthYear1800AndRefuses1799() {
    String first17 = "450103" + "18000101" + "002";
    String number = first17 + ResidentIdNumber.checkCharacter(first17);

    assertThat(ResidentIdNumber.parse(number).birthDate()).isEqualTo(LocalDate.of(1800, 1, 1));
    String before = "450103" + "17991231" + "002";
    assertThat(ResidentIdNumber.problemOf(before + ResidentIdNumber.checkCharacter(before)))
        .contains(Reason.BIRTH_DATE);
  }

  @Test
  void residentIdBuilderAcceptsTheEndsOfItsRanges() {
    ResidentIdNumber earliest = ResidentIdNumber.of(COUNTY, LocalDate.of(1800, 1, 1), 0);
    ResidentIdNumber latest = ResidentIdNumber.of(COUNTY, LocalDate.of(9999, 12, 31), 999);

    assertThat(earliest.birthDate()).isEqualTo(LocalDate.of(1800, 1, 1));
    assertThat(earliest.sex()).isEqualTo(Sex.FEMALE);
    assertThat(earliest.value()).startsWith("45010318000101000");
    assertThat(latest.birthDate()).isEqualTo(LocalDate.of(9999, 12, 31));
    assertThat(latest.sex()).isEqualTo(Sex.MALE);
    assertThat(latest.value()).startsWith("45010399991231999");
    assertThat(ResidentIdNumber.isValid(earliest.value())).isTrue();
    assertThat(ResidentIdNumber.isValid(latest.value())).isTrue();
  }

  @Test
  void residentIdBuilderRefusesTheYearAfter9999() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResidentIdNumber.of(COUNTY, LocalDate.of(10000, 1, 1), 1));
  }

  @ParameterizedTest
  @CsvSource({"A0000000, 3", "0000000A, 2", "Z0000000, 5", "ZZZZZZZZ, 3", "99999999, 8", "MA5KXY0R, 8"})
  @DisplayName("组织机构代码校验码：字母 A–Z 取值 10–35（GB 11714）")
  void organizationCodeCheckValuesLettersTenToThirtyFive(String body, char check) {
    assertThat(CreditCode.organizationCodeCheckCharacter(body)).isEqualTo(check);
  }

  @ParameterizedTest
  @ValueSource(strings = {"7152672/", "7152672:", "7152672@", "7152672[", "7152672a", "7152672-"})
  @DisplayName("组织机构代码本体只能是 0–9、A–Z：紧邻范围的字符被拒绝")
  void organizationCodeCheckRefusesCharactersNextToTheRanges(String body) {
    assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.organizationCodeCheckCharacter(body));
  }

  @Test
  void creditCodeAcceptsLowerCaseA() {
    CreditCode code = CreditCode.of('9', '1', COUNTY, "MA5KXY0R");
    String lower = code.value().toLowerCase(Locale.ROOT);

    assertThat(lower).contains("a");
    assertThat(CreditCode.parse(lower)).isEqualTo(code);
  }

  @Test
  void creditCodeIsNotEqualToItsText() {
    CreditCode code = CreditCode.parse("9144030071526726XG");

    assertThat(code).isNotEqualTo("9144030071526726XG").isNotEqualTo(null);
  }

  @Test
  void mobileNumberIsNotEqualToItsText() {
    MobileNumber number = MobileNumber.parse("13800138000");

    assertThat(number).isNotEqualTo("13800138000").isNotEqualTo(MobileNumber.parse("13800138001"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1380013800/", "1380013800:", "13800138+00", "138001380.0"})
  @DisplayName("手机号码：紧邻数字的字符是非法字符")
  void mobileNumberRefusesCharactersNextToTheDigits(String text) {
    assertThat(MobileNumber.problemOf(text)).contains(Reason.CHARACTERS);
  }

  @Test
  @DisplayName("不同的号码与代码哈希码不同")
  void distinctIdentifiersHashApart() {
    assertThat(MobileNumber.parse("13800138000").hashCode())
        .isNotEqualTo(MobileNumber.parse("13800138001").hashCode());
    assertThat(CreditCode.parse("9144030071526726XG").hashCode())
        .isNotEqualTo(CreditCode.parse("91330100716105852F").hashCode());
    assertThat(ResidentIdNumber.parse("11010519491231002X").hashCode())
        .isNotEqualTo(ResidentIdNumber.of(COUNTY, LocalDate.of(1990, 1, 1), 1).hashCode());
  }

  @Test
  @DisplayName("脱敏：40 个字符仍按首尾保留，41 个字符只给长度")
  void maskShowsFortyCharactersButDescribesFortyOneByLength() {
    String forty = "4501031990010112" + "3".repeat(24);
    String fortyOne = forty + "4";

    assertThat(IdentifierKind.RESIDENT_ID_NUMBER.mask(forty)).isEqualTo("450103" + "*".repeat(30) + "3333");
    assertThat(IdentifierKind.RESIDENT_ID_NUMBER.mask(fortyOne)).isEqualTo("<41 characters>");
  }

  @Test
  @DisplayName("脱敏：保留部分中的代理字符（如表情符号）也不回显")
  void maskReplacesSurrogatesInTheKeptParts() {
    String withEmoji = "\uD83D\uDE00" + "0105194912310021";

    String masked = IdentifierKind.RESIDENT_ID_NUMBER.mask(withEmoji);

    assertThat(masked).hasSize(withEmoji.length()).startsWith("??0105").doesNotContain("\uD83D");
  }
}
