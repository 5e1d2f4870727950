package io.jingwei.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.ref.DivisionId;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DivisionTest {

  private static Division qingxiu() {
    return Division.builder()
        .id("450103")
        .kind(DivisionKind.URBAN_DISTRICT)
        .name("青秀区")
        .code(DivisionCode.parse("450103"))
        .parent(DivisionId.of("450100"))
        .households(300_000)
        .population(900_000)
        .build();
  }

  @Test
  void builderSetsEveryPart() {
    Division d = qingxiu();
    assertThat(d.id()).isEqualTo(DivisionId.of("450103"));
    assertThat(d.kind()).isEqualTo(DivisionKind.URBAN_DISTRICT);
    assertThat(d.name()).isEqualTo("青秀区");
    assertThat(d.code()).hasToString("450103");
    assertThat(d.parent()).isEqualTo(DivisionId.of("450100"));
    assertThat(d.households()).isEqualTo(300_000);
    assertThat(d.population()).isEqualTo(900_000);
    assertThat(d.urbanRuralClass()).isNull();
    assertThat(d.level()).isEqualTo(DivisionLevel.DISTRICT);
  }

  @Test
  void toBuilderCopiesEveryPart() {
    Division d = qingxiu();
    assertThat(d.toBuilder().build()).isEqualTo(d);
  }

  @Test
  void withParentAndWithCodeChangeOnlyThatPart() {
    Division d = qingxiu();
    Division moved = d.withParent(null);
    assertThat(moved.parent()).isNull();
    assertThat(moved.withParent(d.parent())).isEqualTo(d);
    assertThat(d.withCode(null).code()).isNull();
    assertThat(d.withCode(null).name()).isEqualTo(d.name());
  }

  @Test
  @DisplayName("开发区可以没有区划代码")
  void developmentZoneMayLackACode() {
    Division zone = Division.of(DivisionId.of("NN-KFQ-01"), DivisionKind.DEVELOPMENT_ZONE, "南宁经开区", null,
        DivisionId.of("450100"));
    assertThat(zone.code()).isNull();
    assertThat(DivisionKind.DEVELOPMENT_ZONE.hasNationalCode()).isFalse();
    assertThat(zone.level()).isEqualTo(DivisionLevel.DISTRICT);
  }

  @Test
  void requiresIdKindAndName() {
    assertThatThrownBy(() -> Division.builder().kind(DivisionKind.CITY).name("南宁市").build())
        .isInstanceOf(NullPointerException.class).hasMessage("id");
    assertThatThrownBy(() -> Division.builder().id("450100").name("南宁市").build())
        .isInstanceOf(NullPointerException.class).hasMessage("kind");
    assertThatThrownBy(() -> Division.builder().id("450100").kind(DivisionKind.CITY).build())
        .isInstanceOf(NullPointerException.class).hasMessage("name");
  }

  @Test
  void acceptsNegativeCountsForTheEngineToReport() {
    Division d = qingxiu().toBuilder().households(-1).build();
    assertThat(d.households()).isEqualTo(-1);
  }

  @Test
  @DisplayName("区划类别的层级")
  void kindsMapToLevels() {
    assertThat(DivisionKind.CITY.level()).isEqualTo(DivisionLevel.CITY);
    assertThat(DivisionKind.COUNTY_LEVEL_CITY.level()).isEqualTo(DivisionLevel.DISTRICT);
    assertThat(DivisionKind.SUBDISTRICT.level()).isEqualTo(DivisionLevel.STREET);
    assertThat(DivisionKind.TOWNSHIP.level()).isEqualTo(DivisionLevel.STREET);
    assertThat(DivisionKind.VILLAGE.level()).isEqualTo(DivisionLevel.COMMUNITY);
    assertThat(Arrays.stream(DivisionKind.values()).filter(k -> !k.hasNationalCode()))
        .containsExactly(DivisionKind.DEVELOPMENT_ZONE);
    assertThat(DivisionKind.SUBDISTRICT.chineseName()).isEqualTo("街道");
  }

  @Test
  void levelsChainUpAndDown() {
    assertThat(DivisionLevel.CITY.parentLevel()).isEmpty();
    assertThat(DivisionLevel.DISTRICT.parentLevel()).contains(DivisionLevel.CITY);
    assertThat(DivisionLevel.COMMUNITY.parentLevel()).contains(DivisionLevel.STREET);
    assertThat(DivisionLevel.STREET.childLevel()).contains(DivisionLevel.COMMUNITY);
    assertThat(DivisionLevel.COMMUNITY.childLevel()).isEmpty();
    assertThat(DivisionLevel.STREET.chineseName()).isEqualTo("乡级");
  }
}
