package io.jingwei.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {

  @ParameterizedTest
  @CsvSource({"张三,张*", "欧阳修文,欧***", "王,*", "欧阳娜娜,欧***", "阿不都·热合曼,阿******"})
  @DisplayName("姓名掩码：保留首字")
  void masksAllButTheFirstCharacter(String name, String masked) {
    assertThat(PersonName.of(name).masked()).isEqualTo(masked);
  }

  @Test
  void masksDoubleSurnameAsInTheContract() {
    assertThat(PersonName.of("欧阳娜").masked()).isEqualTo("欧**");
  }

  @Test
  void toStringIsMasked() {
    PersonName name = PersonName.of("张三丰");
    assertThat(name.toString()).isEqualTo("张**").doesNotContain("三丰");
  }

  @Test
  void valueIsTheStrippedText() {
    assertThat(PersonName.of("  李四\t").value()).isEqualTo("李四");
  }

  @Test
  void countsSupplementaryCharactersOnce() {
    String rare = "\uD840\uDC00";
    assertThat(PersonName.of(rare + "某").masked()).isEqualTo(rare + "*");
    assertThat(PersonName.of("某" + rare).masked()).isEqualTo("某*");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "张\u0000三", "李\n四"})
  void rejectsBlankOrControlCharacters(String text) {
    assertThatThrownBy(() -> PersonName.of(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsOverlongNamesWithoutEchoingThem() {
    String longName = "张".repeat(51);
    assertThatThrownBy(() -> PersonName.of(longName))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("张张");
    assertThat(PersonName.of("张".repeat(50)).value()).hasSize(50);
  }

  @Test
  void equalityIsByValue() {
    assertThat(PersonName.of("张三")).isEqualTo(PersonName.of(" 张三 ")).hasSameHashCodeAs(PersonName.of("张三"));
    assertThat(PersonName.of("张三")).isNotEqualTo(PersonName.of("张四"));
  }
}
