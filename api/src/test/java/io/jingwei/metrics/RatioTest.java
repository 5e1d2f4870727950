package io.jingwei.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RatioTest {

  @Test
  @DisplayName("比率四舍五入到四位小数")
  void rateIsRoundedHalfUpToFourPlaces() {
    assertThat(Ratio.of(2, 3).rate()).contains(new BigDecimal("0.6667"));
    assertThat(Ratio.of(1, 3).rate()).contains(new BigDecimal("0.3333"));
    assertThat(Ratio.of(3, 3).rate()).contains(new BigDecimal("1.0000"));
    assertThat(Ratio.of(0, 5).rate()).contains(new BigDecimal("0.0000"));
  }

  @Test
  void rateOfNothingIsEmpty() {
    assertThat(Ratio.none().rate()).isEmpty();
    assertThat(Ratio.of(0, 0)).isEqualTo(Ratio.none());
  }

  @Test
  void missingIsTheRest() {
    assertThat(Ratio.of(2, 7).missing()).isEqualTo(5);
  }

  @Test
  void fullWhenEveryRecordCounts() {
    assertThat(Ratio.of(4, 4).isFull()).isTrue();
    assertThat(Ratio.none().isFull()).isTrue();
    assertThat(Ratio.of(3, 4).isFull()).isFalse();
  }

  @Test
  void rejectsCountAboveTotal() {
    assertThatThrownBy(() -> Ratio.of(5, 4)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsNegativeCounts() {
    assertThatThrownBy(() -> Ratio.of(-1, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Ratio.of(0, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(longs = {1L, 42L, 20240630L})
  void plusAddsCountsAndTotalsAndTheRateStaysWithinZeroAndOne(long seed) {
    Random random = new Random(seed);
    Ratio sum = Ratio.none();
    long count = 0;
    long total = 0;
    for (int i = 0; i < 200; i++) {
      long t = random.nextInt(50);
      long c = t == 0 ? 0 : random.nextInt((int) t + 1);
      sum = sum.plus(Ratio.of(c, t));
      count += c;
      total += t;
    }
    assertThat(sum).isEqualTo(Ratio.of(count, total));
    assertThat(sum.rate().orElseThrow()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
  }
}
