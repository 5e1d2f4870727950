package io.jingwei.impl.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamedFormatTest {

  @Test
  void fillsNamedPlaceholders() {
    assertThat(NamedFormat.format("党支部有{count}名党员，超过{max}名", Map.of("count", 51L, "max", 50L), Locale.CHINA))
        .isEqualTo("党支部有51名党员，超过50名");
  }

  @Test
  void repeatsAPlaceholderAsOftenAsItAppears() {
    assertThat(NamedFormat.format("{a}-{a}", Map.of("a", "x"), Locale.CHINA)).isEqualTo("x-x");
  }

  @Test
  void leavesAPlaceholderWithoutArgumentVisible() {
    assertThat(NamedFormat.format("缺少{missing}", Map.of(), Locale.CHINA)).isEqualTo("缺少{missing}");
  }

  @Test
  void treatsOtherBracesAndApostrophesAsText() {
    assertThat(NamedFormat.format("{} { x} {0,number} it's {n}", Map.of("n", 1L), Locale.ENGLISH))
        .isEqualTo("{} { x} {0,number} it's 1");
  }

  @Test
  void writesNumbersPlainAndListsAndBooleansByLanguage() {
    Map<String, Object> args = Map.of("area", new BigDecimal("1E+3"), "rooms", List.of("甲", "乙"), "b", true);

    assertThat(NamedFormat.format("{area} {rooms} {b}", args, Locale.CHINA)).isEqualTo("1000 甲、乙 是");
    assertThat(NamedFormat.format("{area} {rooms} {b}", args, Locale.ENGLISH)).isEqualTo("1000 甲, 乙 yes");
  }

  @Test
  void listsThePlaceholders() {
    assertThat(NamedFormat.placeholders("{a} {b.c} {} {a}")).containsExactly("a", "b.c", "a");
  }
}
