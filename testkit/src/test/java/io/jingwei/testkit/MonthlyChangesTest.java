package io.jingwei.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.dataset.CityDataset;
import io.jingwei.member.PartyMember;
import io.jingwei.member.PartyStanding;
import io.jingwei.ref.EntityKind;
import io.jingwei.validation.ValidationReport;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The next month with known changes. */
class MonthlyChangesTest {

  private static final CityDataset JUNE = CityGenerator.of(CityPreset.tiny(), 3).generate();

  @Test
  void theSameSeedGivesTheSameMonth() {
    NextMonth a = MonthlyChanges.of(11).apply(JUNE);
    NextMonth b = MonthlyChanges.of(11).apply(JUNE);
    assertThat(b).usingRecursiveComparison().ignoringFields("dataset").isEqualTo(a);
    for (EntityKind kind : EntityKind.values()) {
      assertThat(b.dataset().records(kind)).isEqualTo(a.dataset().records(kind));
    }
  }

  @Test
  @DisplayName("计划的变化数量如约，转出党员记录保留且党籍为转出，提取日期推后一个月")
  void plantsTheChangesAskedFor() {
    NextMonth july = MonthlyChanges.of(11).apply(JUNE);
    assertThat(july.added()).hasSize(4);
    assertThat(july.transferredOut()).hasSize(3);
    assertThat(july.silentlyRemoved()).hasSize(2);
    assertThat(july.changedFields()).hasSize(6);
    assertThat(july.moved()).hasSize(6);
    assertThat(july.dataset().members()).hasSize(JUNE.members().size() + 4 - 2);
    for (var id : july.transferredOut()) {
      assertThat(july.dataset().member(id)).get().extracting(PartyMember::standing)
          .isEqualTo(PartyStanding.TRANSFERRED_OUT);
    }
    assertThat(july.dataset().info().extractedOn()).isEqualTo(JUNE.info().extractedOn().plusMonths(1));
  }

  @Test
  @DisplayName("次月数据只有计划中的一个问题（缺少必设功能室）")
  void theNextMonthIsCleanButForTheDegradedCentre() {
    NextMonth july = MonthlyChanges.of(11).apply(JUNE);
    ValidationReport report = DatasetValidation.validate(july.dataset(), null, null, Locale.ROOT);
    assertThat(report.summary().codes()).extracting(c -> c.value()).containsExactly(NextMonth.DEGRADED_RULE);
    assertThat(report.issues()).singleElement()
        .satisfies(i -> assertThat(i.entity().id()).isEqualTo(july.degradedCentre().value()));
  }

  @Test
  void aCityTooSmallForTheChangesIsRefused() {
    assertThatThrownBy(() -> MonthlyChanges.of(1).withSilentlyRemoved(1000).apply(JUNE))
        .isInstanceOf(IllegalStateException.class);
  }
}
