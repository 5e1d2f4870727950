package io.jingwei.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EducationLevelTest {

  @Test
  @DisplayName("大专及以上：研究生、本科、专科")
  void juniorCollegeOrAboveCoversTheTopThree() {
    assertThat(EducationLevel.POSTGRADUATE.isJuniorCollegeOrAbove()).isTrue();
    assertThat(EducationLevel.BACHELOR.isJuniorCollegeOrAbove()).isTrue();
    assertThat(EducationLevel.JUNIOR_COLLEGE.isJuniorCollegeOrAbove()).isTrue();
    assertThat(EducationLevel.SECONDARY_VOCATIONAL.isJuniorCollegeOrAbove()).isFalse();
    assertThat(EducationLevel.HIGH_SCHOOL.isJuniorCollegeOrAbove()).isFalse();
    assertThat(EducationLevel.OTHER.isJuniorCollegeOrAbove()).isFalse();
  }

  @Test
  void carriesGbt4658TopLevelCodes() {
    assertThat(EducationLevel.POSTGRADUATE.code()).isEqualTo("10");
    assertThat(EducationLevel.SECONDARY_VOCATIONAL.code()).isEqualTo("40");
    assertThat(EducationLevel.HIGH_SCHOOL.code()).isEqualTo("60");
    assertThat(EducationLevel.OTHER.code()).isEqualTo("90");
  }

  @Test
  void mapsFinerCodesToTheirTopLevel() {
    assertThat(EducationLevel.fromCode("20")).contains(EducationLevel.BACHELOR);
    assertThat(EducationLevel.fromCode("21")).contains(EducationLevel.BACHELOR);
    assertThat(EducationLevel.fromCode("14")).contains(EducationLevel.POSTGRADUATE);
    assertThat(EducationLevel.fromCode("47")).contains(EducationLevel.SECONDARY_VOCATIONAL);
    assertThat(EducationLevel.fromCode("50")).contains(EducationLevel.SECONDARY_VOCATIONAL);
    assertThat(EducationLevel.fromCode("00")).isEmpty();
    assertThat(EducationLevel.fromCode("2")).isEmpty();
    assertThat(EducationLevel.fromCode("2x")).isEmpty();
  }
}
