package io.jingwei.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jingwei.id.IdentifierKind;
import io.jingwei.id.InvalidIdentifierException;
import io.jingwei.id.InvalidIdentifierException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GridCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"45010300", "450103001002003", "10000045010300100203", "123456789012345678901234"})
  void acceptsEightToTwentyFourDigits(String text) {
    GridCode code = GridCode.parse(text);

    assertThat(code.value()).isEqualTo(text);
    assertThat(code.length()).isEqualTo(text.length());
    assertThat(code.toString()).isEqualTo(text);
    assertThat(GridCode.isValid(text)).isTrue();
    assertThat(GridCode.tryParse(text)).contains(code);
    assertThat(GridCode.problemOf(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "'', LENGTH",
    "4501030, LENGTH",
    "1234567890123456789012345, LENGTH",
    "45010300100200A, CHARACTERS",
    "450103-001-002, CHARACTERS",
    "450103 001002, CHARACTERS",
    "４50103001002003, CHARACTERS"
  })
  void rejectsAnythingElse(String text, Reason reason) {
    assertThat(GridCode.isValid(text)).isFalse();
    assertThat(GridCode.tryParse(text)).isEmpty();
    assertThat(GridCode.problemOf(text)).contains(reason);
    InvalidIdentifierException e =
        catchThrowableOfType(InvalidIdentifierException.class, () -> GridCode.parse(text));
    assertThat(e.kind()).isEqualTo(IdentifierKind.GRID_CODE);
    assertThat(e.reason()).isEqualTo(reason);
    if (!text.isEmpty()) {
      assertThat(e.getMessage()).doesNotContain(text);
    }
  }

  @Test
  void equalityAndOrderFollowTheDigits() {
    GridCode a = GridCode.parse("450103001002003");
    GridCode b = GridCode.parse("450103001002003");
    GridCode c = GridCode.parse("450103001002004");

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
    assertThat(a.compareTo(c)).isNegative();
  }

  @Test
  void nullTextIsAProgrammerError() {
    assertThatNullPointerException().isThrownBy(() -> GridCode.parse(null));
  }
}
