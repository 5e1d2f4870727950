package io.jingwei.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionCodeTest {

  private static DivisionCode code(String digits) {
    return DivisionCode.parse(digits);
  }

  @ParameterizedTest
  @CsvSource({
    "450000, PROVINCE",
    "450100, PREFECTURE",
    "450103, COUNTY",
    "450122, COUNTY",
    "450103000, COUNTY",
    "450103001, TOWNSHIP",
    "450103000000, COUNTY",
    "450100000000, PREFECTURE",
    "450000000000, PROVINCE",
    "450103001000, TOWNSHIP",
    "450103001002, VILLAGE",
    "441900003000, TOWNSHIP"
  })
  @DisplayName("层级由最后一个非零段决定，保留原有位数")
  void levelComesFromTheLastNonZeroSegment(String digits, DivisionCodeLevel level) {
    DivisionCode code = code(digits);

    assertThat(code.level()).isEqualTo(level);
    assertThat(code.value()).isEqualTo(digits);
    assertThat(code.length()).isEqualTo(digits.length());
    assertThat(code.toString()).isEqualTo(digits);
  }

  @Test
  @DisplayName("上级代码逐级去掉最后一个非零段，位数不变")
  void parentChainZeroesOneSegmentAtATime() {
    List<String> chain = new ArrayList<>();
    for (DivisionCode c = code("450103001002"); ; c = c.parent().orElseThrow()) {
      chain.add(c.value());
      if (c.parent().isEmpty()) {
        break;
      }
    }

    assertThat(chain)
        .containsExactly("450103001002", "450103001000", "450103000000", "450100000000", "450000000000");
  }

  @Test
  void parentOfSixDigitCodes() {
    assertThat(code("450103").parent()).contains(code("450100"));
    assertThat(code("450100").parent()).contains(code("450000"));
    assertThat(code("450000").parent()).isEmpty();
  }

  @Test
  @DisplayName("不设区的地级市（东莞）下的乡级单位，上级是地级市")
  void townshipOfACityWithoutCountiesHasTheCityAsParent() {
    DivisionCode parent = code("441900003000").parent().orElseThrow();

    assertThat(parent.value()).isEqualTo("441900000000");
    assertThat(parent.level()).isEqualTo(DivisionCodeLevel.PREFECTURE);
    assertThat(code("441900003000").isWithin(code("441900"))).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "450103001002, 450103",
    "450103001000, 450103",
    "450103000000, 450103",
    "450103001, 450103",
    "450103, 450103",
    "450100, 450100",
    "441900003000, 441900"
  })
  void countyCodeIsTheSixDigitPart(String digits, String county) {
    assertThat(code(digits).countyCode()).isEqualTo(code(county));
  }

  @ParameterizedTest
  @CsvSource({
    "450103001000, 450103, true",
    "450103001000, 450103000000, true",
    "450103001000, 450103000, true",
    "450103001000, 450100, true",
    "450103001000, 450000, true",
    "450103001000, 450103001000, true",
    "450103001000, 450103001, true",
    "450103001002, 450103001000, true",
    "450103001000, 450103001002, false",
    "450103001000, 450105, false",
    "450103001000, 450103002000, false",
    "450103, 450103001000, false",
    "450103, 450103000000, true",
    "450100, 450103, false",
    "450110, 450100, true",
    "450110, 450101, false",
    "460100, 450000, false"
  })
  @DisplayName("包含关系理解补零：450103001000 在 450103 和 450103000000 之内")
  void isWithinUnderstandsZeroPadding(String inner, String outer, boolean within) {
    assertThat(code(inner).isWithin(code(outer))).isEqualTo(within);
  }

  @Test
  void sameDivisionIgnoresPaddingButEqualityDoesNot() {
    DivisionCode six = code("450103");
    DivisionCode nine = code("450103000");
    DivisionCode twelve = code("450103000000");

    assertThat(six.sameDivisionAs(twelve)).isTrue();
    assertThat(nine.sameDivisionAs(six)).isTrue();
    assertThat(six.sameDivisionAs(code("450105"))).isFalse();
    assertThat(six).isNotEqualTo(twelve);
    assertThat(six).isEqualTo(code("450103")).hasSameHashCodeAs(code("450103"));
  }

  @Test
  void toTwelveDigitsPadsWithZeros() {
    assertThat(code("450103").toTwelveDigits().value()).isEqualTo("450103000000");
    assertThat(code("450103001").toTwelveDigits().value()).isEqualTo("450103001000");
    assertThat(code("450103001002").toTwelveDigits()).isEqualTo(code("450103001002"));
    assertThat(code("450103001").toTwelveDigits().level()).isEqualTo(DivisionCodeLevel.TOWNSHIP);
  }

  @ParameterizedTest
  @CsvSource({
    "450103001000, SUBDISTRICT",
    "450103099000, SUBDISTRICT",
    "450103100000, TOWN",
    "220581102001, TOWN",
    "450103199000, TOWN",
    "450103200000, TOWNSHIP",
    "450103399000, TOWNSHIP",
    "450103400000, GOVERNMENT_ENTERPRISE_UNIT",
    "450103599000, GOVERNMENT_ENTERPRISE_UNIT"
  })
  @DisplayName("乡级段：001–099 街道，100–199 镇，200–399 乡，400–599 政企合一")
  void readsTownshipType(String digits, TownshipType type) {
    assertThat(code(digits).townshipType()).contains(type);
  }

  @ParameterizedTest
  @ValueSource(strings = {"450103", "450103000", "450103000000", "450103600000", "450103999000"})
  void hasNoTownshipTypeWithoutAKnownTownshipSegment(String digits) {
    assertThat(code(digits).townshipType()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "220581102001, COMMUNITY",
    "450103001199, COMMUNITY",
    "220581102200, VILLAGE",
    "621121103201, VILLAGE",
    "450103001399, VILLAGE"
  })
  @DisplayName("村级段：001–199 居委会，200–399 村委会")
  void readsVillageSegmentType(String digits, VillageSegmentType type) {
    assertThat(code(digits).villageSegmentType()).contains(type);
  }

  @ParameterizedTest
  @ValueSource(strings = {"450103", "450103001", "450103001000", "450103001400", "450103001999"})
  void hasNoVillageSegmentTypeWithoutAKnownVillageSegment(String digits) {
    assertThat(code(digits).villageSegmentType()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "450101, CITY_DISTRICT",
    "450120, CITY_DISTRICT",
    "450121, COUNTY",
    "450180, COUNTY",
    "450181, COUNTY_LEVEL_CITY",
    "450199, COUNTY_LEVEL_CITY",
    "450103001002, CITY_DISTRICT"
  })
  @DisplayName("县级段：01–20 市辖区，21–80 县，81–99 县级市")
  void readsCountyType(String digits, CountyType type) {
    assertThat(code(digits).countyType()).contains(type);
  }

  @ParameterizedTest
  @ValueSource(strings = {"450100", "450000", "441900003000"})
  void hasNoCountyTypeAboveCountyLevel(String digits) {
    assertThat(code(digits).countyType()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "4501", "4501030", "45010300", "4501030010", "4501030010020", "450103001002003"})
  void rejectsLengthsOtherThanSixNineOrTwelve(String text) {
    assertInvalid(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"45010A", "45 103", "４50103", "450103-001", "+45010"})
  void rejectsNonDigits(String text) {
    assertInvalid(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"000000", "100000", "160000", "470103", "720000", "830000", "990000"})
  @DisplayName("省级前缀必须是34个真实前缀之一")
  void rejectsUnrealProvincePrefix(String text) {
    assertInvalid(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"110000", "120000", "150000", "210000", "230000", "310000", "370000", "410000", "460000",
        "500000", "540000", "610000", "650000", "710000", "810000", "820000"})
  void acceptsEveryBoundaryProvincePrefix(String text) {
    assertThat(DivisionCode.isValid(text)).isTrue();
  }

  @Test
  @DisplayName("有村级段而无乡级段的代码无效")
  void rejectsVillageSegmentWithoutTownship() {
    assertInvalid("450103000001");
  }

  @Test
  void errorMessageDoesNotQuoteTextThatIsNotADivisionCode() {
    String idNumber = "11010519491231002X";

    assertThatIllegalArgumentException()
        .isThrownBy(() -> DivisionCode.parse(idNumber))
        .withMessageNotContaining(idNumber);
  }

  @Test
  @DisplayName("排序：上级紧排在下级之前")
  void ordersDivisionsBeforeTheirSubdivisions() {
    List<DivisionCode> sorted =
        Stream.of("450105", "450103001002", "450103", "450103000000", "450103001000", "450100")
            .map(DivisionCode::parse)
            .sorted()
            .toList();

    assertThat(sorted)
        .extracting(DivisionCode::value)
        .containsExactly("450100", "450103", "450103000000", "450103001000", "450103001002", "450105");
  }

  @Test
  void tryParseAndIsValidAgreeWithParse() {
    assertThat(DivisionCode.tryParse("450103")).contains(code("450103"));
    assertThat(DivisionCode.tryParse("45010")).isEmpty();
    assertThat(DivisionCode.isValid("450103001002")).isTrue();
  }

  @Test
  void nullTextIsAProgrammerError() {
    assertThatNullPointerException().isThrownBy(() -> DivisionCode.parse(null));
    assertThatNullPointerException().isThrownBy(() -> DivisionCode.isValid(null));
  }

  @Test
  void levelsKnowTheirSignificantDigits() {
    assertThat(Stream.of(DivisionCodeLevel.values()).map(DivisionCodeLevel::significantDigits))
        .containsExactly(2, 4, 6, 9, 12);
    assertThat(DivisionCodeLevel.TOWNSHIP.chineseName()).isEqualTo("乡级");
  }

  private static void assertInvalid(String text) {
    assertThat(DivisionCode.isValid(text)).as(text).isFalse();
    assertThat(DivisionCode.tryParse(text)).isEmpty();
    assertThatIllegalArgumentException().isThrownBy(() -> DivisionCode.parse(text));
  }
}
