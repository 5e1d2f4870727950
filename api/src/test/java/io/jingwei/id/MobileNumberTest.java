package io.jingwei.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jingwei.id.InvalidIdentifierException.Reason;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumberTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "13800138000",
        "+8613800138000",
        "008613800138000",
        "8613800138000",
        "+86 138 0013 8000",
        "138-0013-8000",
        "0086 138-0013-8000"
      })
  @DisplayName("常见写法都规范为11位号码")
  void acceptsCommonSpellings(String text) {
    MobileNumber number = MobileNumber.parse(text);

    assertThat(number.value()).isEqualTo("13800138000");
    assertThat(MobileNumber.isValid(text)).isTrue();
    assertThat(MobileNumber.problemOf(text)).isEmpty();
    assertThat(MobileNumber.tryParse(text)).contains(number);
  }

  @ParameterizedTest
  @ValueSource(strings = {"13012345678", "14512345678", "16612345678", "17012345678", "19912345678", "19212345678"})
  @DisplayName("不限定运营商号段：16x、19x 均有效")
  void acceptsEveryNetworkPrefixFromThirteenToNineteen(String text) {
    assertThat(MobileNumber.isValid(text)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "'', LENGTH",
    "1380013800, LENGTH",
    "138001380001, LENGTH",
    "86138001380, SEGMENT",
    "+86 1380013800, LENGTH",
    "1380013800O, CHARACTERS",
    "138.0013.8000, LENGTH",
    "138_0013_80, CHARACTERS",
    "１3800138000, CHARACTERS",
    "12800138000, SEGMENT",
    "11800138000, SEGMENT",
    "23800138000, SEGMENT",
    "02800138000, SEGMENT"
  })
  void rejectsInvalidNumbers(String text, Reason reason) {
    assertThat(MobileNumber.isValid(text)).isFalse();
    assertThat(MobileNumber.tryParse(text)).isEmpty();
    assertThat(MobileNumber.problemOf(text)).contains(reason);
    InvalidIdentifierException e =
        catchThrowableOfType(InvalidIdentifierException.class, () -> MobileNumber.parse(text));
    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.kind()).isEqualTo(IdentifierKind.MOBILE_NUMBER);
  }

  @Test
  @DisplayName("脱敏：138****5678")
  void masksTheMiddleFourDigits() {
    MobileNumber number = MobileNumber.parse("13812345678");

    assertThat(number.masked()).isEqualTo("138****5678");
    assertThat(number.toString()).isEqualTo("138****5678");
  }

  @Test
  void exceptionMessageDoesNotRepeatTheInput() {
    String almost = "128-1234-5678";
    InvalidIdentifierException e =
        catchThrowableOfType(InvalidIdentifierException.class, () -> MobileNumber.parse(almost));

    assertThat(e.getMessage()).doesNotContain(almost).doesNotContain("12812345678");
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  @DisplayName("随机生成并随机排版的号码都能解析回原号码，脱敏形式不含完整号码")
  void generatedNumbersInAnySpellingParseBack(long seed) {
    Random random = new Random(seed);
    String[] prefixes = {"", "+86", "0086", "86", "+86 "};
    for (int i = 0; i < 400; i++) {
      StringBuilder digits = new StringBuilder("1").append((char) ('3' + random.nextInt(7)));
      for (int d = 0; d < 9; d++) {
        digits.append((char) ('0' + random.nextInt(10)));
      }
      String national = digits.toString();
      StringBuilder spelled = new StringBuilder(prefixes[random.nextInt(prefixes.length)]);
      for (int d = 0; d < national.length(); d++) {
        if (d > 0 && random.nextInt(4) == 0) {
          spelled.append(random.nextBoolean() ? ' ' : '-');
        }
        spelled.append(national.charAt(d));
      }

      MobileNumber number = MobileNumber.parse(spelled);

      assertThat(number.value()).as(spelled.toString()).isEqualTo(national);
      assertThat(number.toString()).doesNotContain(national);
      assertThat(number.masked()).doesNotContain(national.substring(3, 7));
    }
  }

  @Test
  void equalityAndOrderFollowTheNationalNumber() {
    MobileNumber a = MobileNumber.parse("+86 138 0013 8000");
    MobileNumber b = MobileNumber.parse("13800138000");
    MobileNumber c = MobileNumber.parse("19900138000");

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
    assertThat(a.compareTo(c)).isNegative();
    assertThat(c.compareTo(a)).isPositive();
  }

  @Test
  void nullTextIsAProgrammerError() {
    assertThatNullPointerException().isThrownBy(() -> MobileNumber.parse(null));
    assertThatNullPointerException().isThrownBy(() -> MobileNumber.isValid(null));
  }
}
