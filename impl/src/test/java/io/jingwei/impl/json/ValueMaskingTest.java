package io.jingwei.impl.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueMaskingTest {

  @Test
  @DisplayName("18 位身份证号按 前6后4 脱敏")
  void masksAnIdNumberLikeItsMaskedForm() {
    assertThat(ValueMasking.mask("110105194912310021")).isEqualTo("110105********0021");
  }

  @Test
  void masksAMobileNumberKeepingFewDigits() {
    assertThat(ValueMasking.mask("13812345678")).isEqualTo("138******78");
  }

  @Test
  void masksShortTextCompletely() {
    assertThat(ValueMasking.mask("ab")).isEqualTo("**");
    assertThat(ValueMasking.mask("")).isEmpty();
  }

  @Test
  void masksByCodePointsNotChars() {
    assertThat(ValueMasking.mask("欧阳娜娜")).isEqualTo("欧**娜");
  }

  @Test
  void boundsTheMaskOfLongText() {
    String masked = ValueMasking.mask("x".repeat(1_000_000));
    assertThat(masked).hasSizeLessThanOrEqualTo(6 + 16 + 4);
  }

  @ParameterizedTest
  @ValueSource(longs = {1L, 2L, 3L, 4L, 5L})
  void neverShowsPersonalTextInFull(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 1000; i++) {
      int length = 3 + random.nextInt(30);
      StringBuilder sb = new StringBuilder();
      for (int j = 0; j < length; j++) {
        sb.append((char) ('0' + random.nextInt(10)));
      }
      String text = sb.toString();
      assertThat(ValueMasking.show(text, true)).isNotEqualTo(text).doesNotContain(text);
    }
  }

  @Test
  void showsOtherTextInFullUpToTheCap() {
    assertThat(ValueMasking.show("2021-13-45", false)).isEqualTo("2021-13-45");
    String longText = "a".repeat(100);
    assertThat(ValueMasking.show(longText, false)).hasSize(ValueMasking.MAX_SHOWN_LENGTH).endsWith("…");
  }

  @Test
  @DisplayName("非个人信息字段中的身份证号、手机号也被脱敏")
  void scrubMasksIdentifierShapedDigitRunsInOtherText() {
    assertThat(ValueMasking.scrub("450103199001011238")).isEqualTo("450103********1238");
    assertThat(ValueMasking.scrub("sex 45010319900101123x here")).doesNotContain("45010319900101123");
    assertThat(ValueMasking.scrub("/450103900101123")).doesNotContain("450103900101123");
    assertThat(ValueMasking.scrub("tel:13800138000;")).doesNotContain("13800138000");
    assertThat(ValueMasking.scrub("/hou15726120959y99")).doesNotContain("15726120959"); // found by fuzzing
    assertThat(ValueMasking.scrub("11010519491231002X号")).doesNotContain("1949123100"); // xlsx fuzzing: a CJK letter after
    assertThat(ValueMasking.scrub("党员13812345678号")).doesNotContain("13812345678");
    assertThat(ValueMasking.show("13800138000", false)).doesNotContain("13800138000");
  }

  @Test
  void scrubKeepsOtherDigitRuns() {
    assertThat(ValueMasking.scrub("450103001002")).isEqualTo("450103001002"); // a 12-digit division code
    assertThat(ValueMasking.scrub("23800138000")).isEqualTo("23800138000"); // not a mobile number
    assertThat(ValueMasking.scrub("4501031990010112381")).isEqualTo("4501031990010112381"); // 19 digits
    assertThat(ValueMasking.scrub("2021-05-01")).isEqualTo("2021-05-01");
    assertThat(ValueMasking.scrub("")).isEmpty();
  }
}
