package io.jingwei.id;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IdentifierKindTest {

  @Test
  void keepsHeadAndTailOfLongEnoughText() {
    assertThat(IdentifierKind.RESIDENT_ID_NUMBER.mask("110105194912310021")).isEqualTo("110105********0021");
    assertThat(IdentifierKind.MOBILE_NUMBER.mask("13800138000")).isEqualTo("138****8000");
    assertThat(IdentifierKind.CREDIT_CODE.mask("9144030071526726XH")).isEqualTo("91440300********XH");
    assertThat(IdentifierKind.GRID_CODE.mask("450103001002003")).isEqualTo("450103*******03");
  }

  @Test
  @DisplayName("过短的文本全部遮盖")
  void hidesShortTextCompletely() {
    assertThat(IdentifierKind.RESIDENT_ID_NUMBER.mask("1101051949123")).isEqualTo("*".repeat(13));
    assertThat(IdentifierKind.RESIDENT_ID_NUMBER.mask("11010519491231")).isEqualTo("110105****1231");
    assertThat(IdentifierKind.MOBILE_NUMBER.mask("1380013800")).isEqualTo("*".repeat(10));
    assertThat(IdentifierKind.MOBILE_NUMBER.mask("")).isEmpty();
  }

  @Test
  void describesVeryLongTextByItsLength() {
    String huge = "1".repeat(100_000);

    assertThat(IdentifierKind.RESIDENT_ID_NUMBER.mask(huge)).isEqualTo("<100000 characters>");
  }

  @Test
  void neverEchoesControlCharacters() {
    String masked = IdentifierKind.RESIDENT_ID_NUMBER.mask("11010\n1949123100\r2X");

    assertThat(masked).doesNotContain("\n").doesNotContain("\r").startsWith("11010?");
  }

  @ParameterizedTest
  @EnumSource(IdentifierKind.class)
  @DisplayName("任何长度的文本，脱敏结果都不含原文")
  void maskNeverContainsTheWholeText(IdentifierKind kind) {
    for (int length = 1; length <= 60; length++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < length; i++) {
        text.append((char) ('0' + (i * 7 + 3) % 10));
      }
      assertThat(kind.mask(text)).as("%s length %d", kind, length).doesNotContain(text);
    }
  }

  @ParameterizedTest
  @EnumSource(IdentifierKind.class)
  void hasChineseAndEnglishNames(IdentifierKind kind) {
    assertThat(kind.chineseName()).isNotBlank();
    assertThat(kind.englishName()).isNotBlank();
  }
}
