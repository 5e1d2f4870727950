package io.jingwei.servicecenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.ref.CompoundId;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.ServiceCenterId;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ServiceCenterTest {

  private static ServiceCenter compoundCentre() {
    return ServiceCenter.builder()
        .id("s-1")
        .name("金湖小区党群服务中心")
        .level(CenterLevel.COMPOUND)
        .division(DivisionId.of("450103001001"))
        .compound(CompoundId.of("c1"))
        .floorArea(new BigDecimal("320"))
        .householdsServed(820)
        .newlyBuilt(true)
        .room(RoomType.OFFICE_DELIBERATION)
        .room(new Room(RoomType.OTHER, "老友议事厅", new BigDecimal("40")))
        .room(RoomType.PARTY_MASS_ACTIVITY)
        .sign(Sign.OWNERS_COMMITTEE, Sign.SERVICE_CENTER)
        .meets(ChecklistItem.ACTIVITIES, ChecklistItem.SIGN)
        .build();
  }

  @Test
  void absentCollectionsBecomeEmpty() {
    ServiceCenter c = new ServiceCenter(ServiceCenterId.of("s"), "中心", CenterLevel.COMMUNITY, null, null, null,
        null, null, null, false, null, null, null, null, null, null);
    assertThat(c.rooms()).isEmpty();
    assertThat(c.signs()).isEmpty();
    assertThat(c.checklist()).isEmpty();
  }

  @Test
  @DisplayName("集合按枚举顺序迭代，输出确定")
  void setsIterateInEnumOrder() {
    Set<Sign> signs = new LinkedHashSet<>(List.of(Sign.OWNERS_COMMITTEE, Sign.SERVICE_CENTER));
    ServiceCenter c = compoundCentre().toBuilder().signs(signs).build();
    assertThat(c.signs()).containsExactly(Sign.SERVICE_CENTER, Sign.OWNERS_COMMITTEE);
    assertThat(c.checklist()).containsExactly(ChecklistItem.SIGN, ChecklistItem.ACTIVITIES);
  }

  @Test
  void collectionsAreImmutable() {
    ServiceCenter c = compoundCentre();
    assertThatThrownBy(() -> c.signs().add(Sign.COMPOUND_PARTY_ORGANIZATION))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> c.checklist().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> c.rooms().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void answersRoomSignAndChecklistQuestions() {
    ServiceCenter c = compoundCentre();
    assertThat(c.hasRoom(RoomType.OFFICE_DELIBERATION)).isTrue();
    assertThat(c.hasRoom(RoomType.SOCIAL_SERVICE)).isFalse();
    assertThat(c.roomTypes())
        .containsExactly(RoomType.OFFICE_DELIBERATION, RoomType.PARTY_MASS_ACTIVITY, RoomType.OTHER);
    assertThat(c.hasSign(Sign.SERVICE_CENTER)).isTrue();
    assertThat(c.hasSign(Sign.COMPOUND_PARTY_ORGANIZATION)).isFalse();
    assertThat(c.meets(ChecklistItem.SIGN)).isTrue();
    assertThat(c.meets(ChecklistItem.BOOKS)).isFalse();
  }

  @Test
  void toBuilderAndWithFloorAreaCopy() {
    ServiceCenter c = compoundCentre();
    assertThat(c.toBuilder().build()).isEqualTo(c);
    assertThat(c.withFloorArea(null).floorArea()).isNull();
    assertThat(c.withFloorArea(null).rooms()).isEqualTo(c.rooms());
  }

  @Test
  void requiresIdNameAndLevel() {
    assertThatThrownBy(() -> ServiceCenter.builder().id("s").name("x").build())
        .isInstanceOf(NullPointerException.class).hasMessage("level");
  }

  @Test
  void rejectsNullSetElements() {
    Set<Sign> withNull = new LinkedHashSet<>();
    withNull.add(null);
    assertThatThrownBy(() -> new ServiceCenter(ServiceCenterId.of("s"), "中心", CenterLevel.COMMUNITY, null, null,
        null, null, null, null, false, null, withNull, null, null, null, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void enumsHaveChineseNames() {
    assertThat(CenterLevel.DISTRICT.chineseName()).isEqualTo("城区（开发区）级");
    assertThat(RoomType.SOCIAL_SERVICE.chineseName()).isEqualTo("社会服务");
    assertThat(ChecklistItem.FLAG_AND_OATH.chineseName()).isEqualTo("有党旗（入党誓词）");
    assertThat(RegionalKind.MARKET.chineseName()).isEqualTo("商圈市场");
    assertThat(Sign.COMPOUND_PARTY_ORGANIZATION.chineseName()).isEqualTo("居民小区党组织");
  }
}
