package io.jingwei.impl.rules.servicecenter;

import static io.jingwei.impl.rules.record.RecordRulesTesting.dataset;
import static io.jingwei.impl.rules.record.RecordRulesTesting.issues;
import static io.jingwei.impl.rules.record.RecordRulesTesting.only;
import static io.jingwei.impl.rules.record.RecordRulesTesting.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.jingwei.division.ResidentialCompound;
import io.jingwei.impl.engine.CityDatasetInput;
import io.jingwei.impl.rules.record.RecordRulesTesting;
import io.jingwei.ref.CompoundId;
import io.jingwei.ref.DivisionId;
import io.jingwei.servicecenter.CenterLevel;
import io.jingwei.servicecenter.ChecklistItem;
import io.jingwei.servicecenter.RoomType;
import io.jingwei.servicecenter.ServiceCenter;
import io.jingwei.servicecenter.Sign;
import io.jingwei.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ServiceCenterChecksTest {

  /** A compound centre with all the rooms, signs and six haves, to be completed by the test. */
  private static ServiceCenter.Builder compoundCentre(String id) {
    return ServiceCenter.builder()
        .id(id)
        .name("某某小区党群服务中心")
        .level(CenterLevel.COMPOUND)
        .room(RoomType.OFFICE_DELIBERATION)
        .room(RoomType.PARTY_MASS_ACTIVITY)
        .room(RoomType.CULTURE_RECREATION)
        .room(RoomType.SOCIAL_SERVICE)
        .signs(EnumSet.allOf(Sign.class))
        .checklist(EnumSet.allOf(ChecklistItem.class));
  }

  private static ServiceCenter.Builder communityCentre(String id) {
    return ServiceCenter.builder().id(id).name("某某社区党群服务中心").level(CenterLevel.COMMUNITY);
  }

  private static BigDecimal m2(int area) {
    return BigDecimal.valueOf(area);
  }

  // ---------------------------------------------------------------- service-center.area-per-households

  @Test
  @DisplayName("社区党群服务中心每百户不低于30平方米，恰好达标不报")
  void aCommunityCentreNeedsThirtySquareMetresPerHundredHouseholds() {
    ValidationReport r =
        validate(
            dataset(
                communityCentre("sc1").floorArea(m2(900)).householdsServed(3000).build(),
                communityCentre("sc2").floorArea(new BigDecimal("899.9")).householdsServed(3000).build(),
                communityCentre("sc3").floorArea(m2(300)).householdsServed(1001).build(),
                communityCentre("sc4").householdsServed(3000).build(),
                compoundCentre("sc5").floorArea(m2(300)).householdsServed(3000).build()));

    assertThat(issues(r, "service-center.area-per-households"))
        .containsExactly("serviceCenters/sc2 /floorArea", "serviceCenters/sc3 /floorArea");
    assertThat(r.issues("service-center.area-per-households").get(1).args())
        .containsEntry("required", "300.3")
        .containsEntry("households", 1001L);
  }

  // ---------------------------------------------------------------- service-center.missing-area

  @Test
  void anAreaIsRequiredForTheLevelsWithAStandard() {
    ValidationReport r =
        validate(
            dataset(
                communityCentre("sc1").build(),
                compoundCentre("sc2").build(),
                ServiceCenter.of(io.jingwei.ref.ServiceCenterId.of("sc3"), "街道中心", CenterLevel.STREET),
                communityCentre("sc4").floorArea(m2(600)).build()));

    assertThat(issues(r, "service-center.missing-area"))
        .containsExactly("serviceCenters/sc1 /floorArea", "serviceCenters/sc2 /floorArea");
  }

  // ---------------------------------------------------------------- service-center.min-area

  @Test
  @DisplayName("南宁：社区不低于500平方米，小区不低于300平方米")
  void theMinimumAreaDependsOnTheLevel() {
    ValidationReport r =
        validate(
            dataset(
                communityCentre("sc1").floorArea(m2(500)).build(),
                communityCentre("sc2").floorArea(m2(499)).build(),
                compoundCentre("sc3").floorArea(m2(300)).build(),
                compoundCentre("sc4").floorArea(new BigDecimal("299.99")).build(),
                ServiceCenter.builder().id("sc5").name("区域中心").level(CenterLevel.REGIONAL).floorArea(m2(10)).build()));

    assertThat(issues(r, "service-center.min-area"))
        .containsExactly("serviceCenters/sc2 /floorArea", "serviceCenters/sc4 /floorArea");
    assertThat(r.issues("service-center.min-area").get(0).args())
        .containsEntry("min", BigDecimal.valueOf(500))
        .containsEntry("level", "COMMUNITY");
  }

  // ---------------------------------------------------------------- service-center.new-compound-area

  @Test
  @DisplayName("新建小区按每百户30平方米配置，不足百户按百户计")
  void aNewCompoundCentreNeedsThirtySquareMetresPerStartedHundred() {
    ValidationReport r =
        validate(
            dataset(
                compoundCentre("sc1").newlyBuilt(true).householdsServed(1250).floorArea(m2(390)).build(),
                compoundCentre("sc2").newlyBuilt(true).householdsServed(1250).floorArea(m2(389)).build(),
                compoundCentre("sc3").newlyBuilt(true).householdsServed(1200).floorArea(m2(360)).build(),
                compoundCentre("sc4").newlyBuilt(false).householdsServed(1250).floorArea(m2(300)).build(),
                compoundCentre("sc5").newlyBuilt(true).floorArea(m2(300)).build()));

    assertThat(issues(r, "service-center.new-compound-area")).containsExactly("serviceCenters/sc2 /floorArea");
    assertThat(only(r, "service-center.new-compound-area").args()).containsEntry("required", "390");
  }

  @Test
  void theCompoundsOwnFlagAndHouseholdsCountWhenTheCentreHasNone() {
    ResidentialCompound newCompound =
        ResidentialCompound.builder()
            .id("c1")
            .name("某某新城")
            .community(DivisionId.of("450103001001"))
            .households(1010)
            .newlyBuilt(true)
            .build();

    ValidationReport r =
        validate(
            dataset(newCompound, compoundCentre("sc1").compound(CompoundId.of("c1")).floorArea(m2(320)).build()));

    assertThat(issues(r, "service-center.new-compound-area")).containsExactly("serviceCenters/sc1 /floorArea");
    assertThat(only(r, "service-center.new-compound-area").args()).containsEntry("required", "330");
  }

  @Test
  void roundingNoneGivesTheLinearFigure() {
    ValidationReport r =
        validate(
            RecordRulesTesting.withParam("service-center.new-compound-area", "rounding", "NONE"),
            CityDatasetInput.of(
                dataset(
                    compoundCentre("sc1").newlyBuilt(true).householdsServed(1250).floorArea(m2(375)).build(),
                    compoundCentre("sc2").newlyBuilt(true).householdsServed(1250).floorArea(m2(374)).build())),
            RecordRulesTesting.AS_OF);

    assertThat(issues(r, "service-center.new-compound-area")).containsExactly("serviceCenters/sc2 /floorArea");
  }

  @Test
  @DisplayName("没有面积或不在所列层级的中心：不按新建小区面积判断")
  void centresWithoutAreaOrOfOtherLevelsAreNotJudgedForNewCompoundArea() {
    ValidationReport r =
        validate(
            dataset(
                compoundCentre("sc1").newlyBuilt(true).householdsServed(1250).build(),
                communityCentre("sc2").newlyBuilt(true).householdsServed(1250).floorArea(m2(10)).build()));

    assertThat(issues(r, "service-center.new-compound-area")).isEmpty();
  }

  @Test
  void roundingUnnecessaryIsAProfileFault() {
    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                validate(
                    RecordRulesTesting.withParam("service-center.new-compound-area", "rounding", "UNNECESSARY"),
                    CityDatasetInput.of(
                        dataset(compoundCentre("sc1").newlyBuilt(true).householdsServed(1250).floorArea(m2(375)).build())),
                    RecordRulesTesting.AS_OF));
  }

  // ---------------------------------------------------------------- rooms, signs, six haves

  @Test
  @DisplayName("小区党群服务中心缺少“4+X”中的必设功能室")
  void aCompoundCentreLackingACompulsoryRoomIsReportedOnceWithTheMissingRooms() {
    ServiceCenter lacking =
        compoundCentre("sc1").rooms(List.of()).room(RoomType.OFFICE_DELIBERATION).room(RoomType.OTHER).build();

    ValidationReport r = validate(dataset(lacking, compoundCentre("sc2").room(RoomType.OTHER).build()));

    assertThat(issues(r, "service-center.required-rooms")).containsExactly("serviceCenters/sc1 /rooms");
    assertThat(only(r, "service-center.required-rooms").args())
        .containsEntry("missing", List.of("PARTY_MASS_ACTIVITY", "CULTURE_RECREATION", "SOCIAL_SERVICE"));
  }

  @Test
  void signsAndTheSixHavesAreRequiredOfCompoundCentresOnly() {
    ValidationReport r =
        validate(
            dataset(
                compoundCentre("sc1").signs(EnumSet.of(Sign.SERVICE_CENTER)).build(),
                compoundCentre("sc2").checklist(EnumSet.complementOf(EnumSet.of(ChecklistItem.BOOKS))).build(),
                communityCentre("sc3").floorArea(m2(600)).build()));

    assertThat(issues(r, "service-center.required-signs")).containsExactly("serviceCenters/sc1 /signs");
    assertThat(only(r, "service-center.required-signs").args())
        .containsEntry("missing", List.of("COMPOUND_PARTY_ORGANIZATION", "OWNERS_COMMITTEE"));
    assertThat(issues(r, "service-center.six-haves")).containsExactly("serviceCenters/sc2 /checklist");
    assertThat(only(r, "service-center.six-haves").args()).containsEntry("missing", List.of("BOOKS"));
  }

  @Test
  void theLevelsAreAParameter() {
    ValidationReport r =
        validate(
            RecordRulesTesting.withParam("service-center.required-signs", "levels", List.of("COMMUNITY", "COMPOUND")),
            CityDatasetInput.of(dataset(communityCentre("sc1").floorArea(m2(600)).build())),
            RecordRulesTesting.AS_OF);

    assertThat(issues(r, "service-center.required-signs")).containsExactly("serviceCenters/sc1 /signs");
  }
}
