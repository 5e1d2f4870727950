package io.jingwei.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Boundaries of {@link PartialDate}: the year range at and beside its limits, separators, digits, equality. */
class PartialDateBoundaryTest {

  @Test
  @DisplayName("年份范围的两端：1800 与 2999 有效，1799 与 3000 无效（各精度）")
  void everyFactoryChecksTheYearRangeAtItsLimits() {
    assertThat(PartialDate.of(1800).year()).isEqualTo(1800);
    assertThat(PartialDate.of(2999).year()).isEqualTo(2999);
    assertThat(PartialDate.of(1800, 1)).hasToString("1800-01");
    assertThat(PartialDate.of(2999, 12)).hasToString("2999-12");
    assertThat(PartialDate.of(1800, 1, 1)).hasToString("1800-01-01");
    assertThat(PartialDate.of(2999, 12, 31)).hasToString("2999-12-31");
    assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.of(1799, 12));
    assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.of(3000, 1));
    assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.of(1799, 12, 31));
    assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.of(3000, 1, 1));
  }

  @Test
  @DisplayName("年月日工厂方法：月份不是 1–12 时抛出 IllegalArgumentException")
  void dayFactoryRejectsMonthsOutsideOneToTwelve() {
    assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.of(2021, 13, 1));
    assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.of(2021, 0, 1));
  }

  @Test
  void dayMustExistInItsMonth() {
    assertThat(PartialDate.of(2021, 4, 30).day()).hasValue(30);
    assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.of(2021, 4, 31));
    assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.of(2021, 4, 0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2/99", "1:99", "2021-0:", "2021-1/", "2021-05-1:", "2021-05-2/"})
  @DisplayName("紧邻数字的 ASCII 字符（'/' 与 ':'）不是数字")
  void rejectsCharactersNextToTheDigits(String text) {
    // '/' and ':' are just below '0' and just above '9': read as digits, each would still give a real date
    assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021-05/01", "2021-05 01", "2021-05.01"})
  void rejectsAWrongSecondSeparator(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse(text));
  }

  @Test
  @DisplayName("plusYears：恰好到达 1800 与 2999 可以，越过一年不行")
  void plusYearsStopsExactlyAtTheYearRange() {
    assertThat(PartialDate.of(2998).plusYears(1)).isEqualTo(PartialDate.of(2999));
    assertThat(PartialDate.of(1801, 3).plusYears(-1)).isEqualTo(PartialDate.of(1800, 3));
    assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.of(2999, 12).plusYears(1));
    assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.of(1800).plusYears(-1));
    assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.of(1800, 1, 1).plusYears(-1));
  }

  @Test
  void plusMonthsStopsAtTheYearRange() {
    assertThat(PartialDate.of(2999, 11).plusMonths(1)).isEqualTo(PartialDate.of(2999, 12));
    assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.of(2999, 12).plusMonths(1));
    assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.of(1800, 1).plusMonths(-1));
    assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.of(2999, 12, 31).plusMonths(1));
  }

  @Test
  void containsNeitherTheDayBeforeNorTheDayAfter() {
    PartialDate may = PartialDate.of(2021, 5);
    assertThat(may.contains(LocalDate.of(2021, 5, 1))).isTrue();
    assertThat(may.contains(LocalDate.of(2021, 4, 30))).isFalse();
    assertThat(may.contains(LocalDate.of(2021, 6, 1))).isFalse();
  }

  @Test
  @DisplayName("后一个月与前一个月都不重叠")
  void laterDateDoesNotOverlapAnEarlierOne() {
    PartialDate may = PartialDate.of(2021, 5);
    assertThat(PartialDate.of(2021, 6).overlaps(may)).isFalse();
    assertThat(may.overlaps(PartialDate.of(2021, 6))).isFalse();
    assertThat(PartialDate.of(2021, 6, 1).overlaps(PartialDate.of(2021, 6))).isTrue();
  }

  @Test
  void datesDifferingInOnePartAreNotEqual() {
    PartialDate day = PartialDate.of(2021, 5, 9);
    assertThat(day).isNotEqualTo(PartialDate.of(2022, 5, 9))
        .isNotEqualTo(PartialDate.of(2021, 6, 9))
        .isNotEqualTo(PartialDate.of(2021, 5, 10))
        .isNotEqualTo("2021-05-09")
        .isEqualTo(PartialDate.of(2021, 5, 9));
  }

  @Test
  @DisplayName("哈希码：同一年份段内每个日期（各精度）的哈希码互不相同")
  void hashCodesOfDistinctDatesDiffer() {
    Set<Integer> hashes = new HashSet<>();
    int count = 0;
    for (int year = 2019; year <= 2022; year++) {
      hashes.add(PartialDate.of(year).hashCode());
      count++;
      for (int month = 1; month <= 12; month++) {
        hashes.add(PartialDate.of(year, month).hashCode());
        count++;
        for (int day = 1; day <= PartialDate.of(year, month).latest().getDayOfMonth(); day++) {
          hashes.add(PartialDate.of(year, month, day).hashCode());
          count++;
        }
      }
    }
    assertThat(hashes).hasSize(count);
  }
}
