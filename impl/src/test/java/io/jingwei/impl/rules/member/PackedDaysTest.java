package io.jingwei.impl.rules.member;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.time.PartialDate;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PackedDaysTest {

  private static PartialDate randomPartial(Random random) {
    int year = PartialDate.MIN_YEAR + random.nextInt(PartialDate.MAX_YEAR - PartialDate.MIN_YEAR + 1);
    return switch (random.nextInt(3)) {
      case 0 -> PartialDate.of(year);
      case 1 -> PartialDate.of(year, 1 + random.nextInt(12));
      default -> {
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(LocalDate.of(year, month, 1).lengthOfMonth());
        yield PartialDate.of(year, month, day);
      }
    };
  }

  @Test
  @DisplayName("整数日期与 LocalDate 一致：最早日、最晚日、加年（2 月 29 日在平年为 2 月 28 日），比较顺序相同")
  void packedDaysAgreeWithLocalDate() {
    Random random = new Random(20261130);
    for (int i = 0; i < 50_000; i++) {
      PartialDate a = randomPartial(random);
      PartialDate b = randomPartial(random);
      assertThat(PackedDays.earliest(a)).isEqualTo(PackedDays.of(a.earliest()));
      assertThat(PackedDays.latest(a)).isEqualTo(PackedDays.of(a.latest()));
      int years = random.nextInt(120) - 20;
      assertThat(PackedDays.plusYears(PackedDays.earliest(b), years))
          .isEqualTo(PackedDays.of(b.earliest().plusYears(years)));
      assertThat(Integer.compare(PackedDays.latest(a), PackedDays.earliest(b)))
          .isEqualTo(Integer.signum(a.latest().compareTo(b.earliest())));
    }
    // the leap day itself, in and out of leap years
    int leapDay = PackedDays.of(LocalDate.of(2004, 2, 29));
    assertThat(PackedDays.plusYears(leapDay, 18)).isEqualTo(PackedDays.of(LocalDate.of(2022, 2, 28)));
    assertThat(PackedDays.plusYears(leapDay, 16)).isEqualTo(PackedDays.of(LocalDate.of(2020, 2, 29)));
    assertThat(PackedDays.plusYears(PackedDays.of(LocalDate.of(1900, 2, 28)), 100))
        .isEqualTo(PackedDays.of(LocalDate.of(2000, 2, 28)));
  }
}
