package io.jingwei.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jingwei.division.DivisionCode;
import io.jingwei.id.InvalidIdentifierException.Reason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"9144030071526726XG", "91330100716105852F", "91110000100010433L"})
  @DisplayName("已核实的企业统一社会信用代码有效")
  void acceptsVerifiedPublicCodes(String text) {
    CreditCode code = CreditCode.parse(text);

    assertThat(code.value()).isEqualTo(text);
    assertThat(code.toString()).isEqualTo(text);
    assertThat(CreditCode.isValid(text)).isTrue();
    assertThat(CreditCode.problemOf(text)).isEmpty();
    assertThat(CreditCode.tryParse(text)).contains(code);
  }

  @Test
  @DisplayName("各字段：登记管理部门、机构类别、行政区划、组织机构代码")
  void exposesItsSegments() {
    CreditCode code = CreditCode.parse("9144030071526726XG");

    assertThat(code.registrationAuthority()).isEqualTo('9');
    assertThat(code.organizationType()).isEqualTo('1');
    assertThat(code.authority()).contains(RegistrationAuthority.INDUSTRY_AND_COMMERCE);
    assertThat(code.organizationTypeName()).contains("企业");
    assertThat(code.registrationDivision()).contains(DivisionCode.parse("440300"));
    assertThat(code.isNationallyRegistered()).isFalse();
    assertThat(code.organizationCode()).isEqualTo("71526726X");
  }

  @Test
  @DisplayName("中央登记机关的区划码 100000 有效，但不是 GB/T 2260 代码")
  void acceptsNationalRegistrationDivision() {
    CreditCode code = CreditCode.parse("11100000000013127D");

    assertThat(code.isNationallyRegistered()).isTrue();
    assertThat(code.registrationDivision()).isEmpty();
    assertThat(code.authority()).contains(RegistrationAuthority.INSTITUTIONAL_ESTABLISHMENT);
    assertThat(code.organizationTypeName()).contains("机关");
  }

  @Test
  void normalizesLowerCaseLetters() {
    assertThat(CreditCode.parse("9144030071526726xg").value()).isEqualTo("9144030071526726XG");
  }

  @Test
  @DisplayName("不限定登记管理部门和机构类别代码")
  void acceptsUnknownAuthorityAndTypeCodes() {
    CreditCode code = CreditCode.of('B', 'K', DivisionCode.parse("450103"), "MA5KXY0R");

    assertThat(CreditCode.isValid(code.value())).isTrue();
    assertThat(code.authority()).isEmpty();
    assertThat(code.organizationTypeName()).isEmpty();
  }

  @Test
  void describesKnownTypesOfOtherAuthorities() {
    CreditCode socialOrganization = CreditCode.of('5', '2', DivisionCode.parse("450100"), "MJ0000A1");
    CreditCode cooperative = CreditCode.of('9', '3', DivisionCode.parse("450122"), "MA000001");

    assertThat(socialOrganization.organizationTypeName()).contains("民办非企业单位");
    assertThat(cooperative.organizationTypeName()).contains("农民专业合作社");
    assertThat(cooperative.registrationDivision()).contains(DivisionCode.parse("450122"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "9144030071526726X", "9144030071526726XGG", "91 44030071526726XG"})
  void rejectsWrongLength(String text) {
    assertReason(text, Reason.LENGTH);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "9144030071526726IG", // I is not used
        "9144030071526726OG", // O
        "9144030071526726ZG", // Z
        "9144030071526726SG", // S
        "9144030071526726VG", // V
        "914403007152672-XG",
        "9144030071526726X ",
        "９144030071526726XG"
      })
  @DisplayName("字符必须来自31个字符的字母表（不含 I、O、Z、S、V）")
  void rejectsCharactersOutsideTheAlphabet(String text) {
    assertReason(text, Reason.CHARACTERS);
  }

  @Test
  @DisplayName("第3–8位必须是数字")
  void rejectsLetterInTheDivisionSegment() {
    String first17 = "91A40300" + "71526726X";
    assertReason(first17 + CreditCode.checkCharacter(first17), Reason.SEGMENT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"990000", "000000", "104403", "101000"})
  void rejectsUnrealRegistrationDivision(String division) {
    String first17 = "91" + division + "71526726X";
    assertReason(first17 + CreditCode.checkCharacter(first17), Reason.DIVISION);
  }

  @Test
  void rejectsEveryWrongCheckCharacter() {
    String valid = "9144030071526726XG";
    for (char c : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
      if (c != 'G') {
        assertReason(valid.substring(0, 17) + c, Reason.CHECKSUM);
      }
    }
  }

  @Test
  @DisplayName("内嵌组织机构代码（GB 11714）校验码错误")
  void rejectsWrongEmbeddedOrganizationCodeCheck() {
    String first17 = "914403007152672" + "60"; // organisation code 71526726 + wrong check 0 (should be X)
    assertReason(first17 + CreditCode.checkCharacter(first17), Reason.EMBEDDED_CHECKSUM);
  }

  @ParameterizedTest
  @CsvSource({"71526726, X", "71610585, 2", "10001043, 3", "00001312, 7", "00000001, 9", "00000000, 0", "00001011, 0", "00000006, X"})
  @DisplayName("组织机构代码校验码：10 写作 X，11 写作 0")
  void computesOrganizationCodeCheckCharacter(String body, char check) {
    assertThat(CreditCode.organizationCodeCheckCharacter(body)).isEqualTo(check);
  }

  @Test
  void buildsCodesFromParts() {
    assertThat(CreditCode.of('9', '1', DivisionCode.parse("440300"), "71526726").value())
        .isEqualTo("9144030071526726XG");
  }

  @Test
  void refusesPartsThatDoNotFit() {
    DivisionCode county = DivisionCode.parse("450103");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CreditCode.of('9', '1', DivisionCode.parse("450103001"), "71526726"));
    assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.of('9', '1', county, "7152672"));
    assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.of('9', '1', county, "7152672-"));
    assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.of('I', '1', county, "71526726"));
    assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.checkCharacter("914403007152672"));
    assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.checkCharacter("9144030071526726O"));
  }

  @Test
  void equalityAndOrderFollowTheValue() {
    CreditCode a = CreditCode.parse("91110000100010433L");
    CreditCode b = CreditCode.parse("91110000100010433l");
    CreditCode c = CreditCode.parse("91330100716105852F");

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
    assertThat(a.compareTo(c)).isNegative();
    assertThat(c.compareTo(a)).isPositive();
  }

  @Test
  void exceptionMessageDoesNotRepeatTheInput() {
    String typo = "9144030071526726XH";
    InvalidIdentifierException e =
        catchThrowableOfType(InvalidIdentifierException.class, () -> CreditCode.parse(typo));

    assertThat(e.kind()).isEqualTo(IdentifierKind.CREDIT_CODE);
    assertThat(e.getMessage()).doesNotContain(typo);
  }

  @Test
  void nullTextIsAProgrammerError() {
    assertThatNullPointerException().isThrownBy(() -> CreditCode.parse(null));
    assertThatNullPointerException().isThrownBy(() -> CreditCode.tryParse(null));
  }

  private static void assertReason(String text, Reason reason) {
    assertThat(CreditCode.isValid(text)).as("isValid(%s)", text).isFalse();
    assertThat(CreditCode.tryParse(text)).isEmpty();
    assertThat(CreditCode.problemOf(text)).as("problemOf(%s)", text).contains(reason);
    InvalidIdentifierException e =
        catchThrowableOfType(InvalidIdentifierException.class, () -> CreditCode.parse(text));
    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.kind()).isEqualTo(IdentifierKind.CREDIT_CODE);
  }
}
