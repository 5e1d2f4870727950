package io.jingwei.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class EthnicityTest {

  @Test
  @DisplayName("56 个民族加 97、98 共 58 项")
  void hasFiftyEightValues() {
    assertThat(Ethnicity.values()).hasSize(58);
  }

  @Test
  void codesAreUniqueAndRunFrom01To56Then97And98() {
    assertThat(Arrays.stream(Ethnicity.values()).map(Ethnicity::code).collect(Collectors.toSet())).hasSize(58);
    for (int i = 1; i <= 56; i++) {
      assertThat(Ethnicity.values()[i - 1].code()).isEqualTo(String.format("%02d", i));
    }
    assertThat(Ethnicity.UNIDENTIFIED.code()).isEqualTo("97");
    assertThat(Ethnicity.FOREIGN_ORIGIN.code()).isEqualTo("98");
  }

  @Test
  void chineseNamesAreUnique() {
    assertThat(Arrays.stream(Ethnicity.values()).map(Ethnicity::chineseName).collect(Collectors.toSet()))
        .hasSize(58);
  }

  @ParameterizedTest
  @CsvSource({"01,汉族", "02,蒙古族", "05,维吾尔族", "08,壮族", "15,土家族", "30,土族", "32,仫佬族", "36,毛南族",
      "37,仡佬族", "49,京族", "56,基诺族"})
  @DisplayName("GB 3304 代码与名称对应")
  void matchesGb3304(String code, String name) {
    assertThat(Ethnicity.fromCode(code)).hasValueSatisfying(e -> assertThat(e.chineseName()).isEqualTo(name));
  }

  @Test
  @DisplayName("按名称查找：带或不带“族”")
  void findsByChineseNameWithOrWithoutZu() {
    assertThat(Ethnicity.fromChineseName("壮族")).contains(Ethnicity.ZHUANG);
    assertThat(Ethnicity.fromChineseName("壮")).contains(Ethnicity.ZHUANG);
    assertThat(Ethnicity.fromChineseName("土")).contains(Ethnicity.TU);
    assertThat(Ethnicity.fromChineseName("土家")).contains(Ethnicity.TUJIA);
    assertThat(Ethnicity.fromChineseName(" 汉族 ")).contains(Ethnicity.HAN);
    assertThat(Ethnicity.fromChineseName("其他未识别民族")).contains(Ethnicity.UNIDENTIFIED);
    assertThat(Ethnicity.fromChineseName("外国血统中国籍人士")).contains(Ethnicity.FOREIGN_ORIGIN);
    assertThat(Ethnicity.fromChineseName("火星族")).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Ethnicity.class)
  void everyValueIsFoundByItsCodeAndName(Ethnicity e) {
    assertThat(Ethnicity.fromCode(e.code())).contains(e);
    assertThat(Ethnicity.fromChineseName(e.chineseName())).contains(e);
  }

  @Test
  void unknownCodeIsEmpty() {
    assertThat(Ethnicity.fromCode("57")).isEmpty();
    assertThat(Ethnicity.fromCode("8")).isEmpty();
  }

  @Test
  @DisplayName("少数民族：02–56")
  void minoritiesAreTheFiftyFiveRecognizedGroupsOtherThanHan() {
    assertThat(Arrays.stream(Ethnicity.values()).filter(Ethnicity::isMinority)).hasSize(55);
    assertThat(Ethnicity.HAN.isMinority()).isFalse();
    assertThat(Ethnicity.ZHUANG.isMinority()).isTrue();
    assertThat(Ethnicity.UNIDENTIFIED.isMinority()).isFalse();
    assertThat(Ethnicity.FOREIGN_ORIGIN.isMinority()).isFalse();
  }
}
