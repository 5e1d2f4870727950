package io.jingwei.id;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class RegistrationAuthorityTest {

  @ParameterizedTest
  @CsvSource({
    "1, 1, 机关",
    "1, 2, 事业单位",
    "5, 1, 社会团体",
    "5, 3, 基金会",
    "9, 1, 企业",
    "9, 2, 个体工商户",
    "9, 3, 农民专业合作社"
  })
  @DisplayName("已确认的登记管理部门和机构类别")
  void describesConfirmedTypes(char authority, char type, String name) {
    assertThat(RegistrationAuthority.fromCode(authority).flatMap(a -> a.organizationTypeName(type)))
        .contains(name);
  }

  @Test
  void knowsTheAuthoritiesBeyondOneFiveNine() {
    assertThat(RegistrationAuthority.fromCode('Y')).contains(RegistrationAuthority.OTHER);
    assertThat(RegistrationAuthority.fromCode('N')).contains(RegistrationAuthority.AGRICULTURE);
    assertThat(RegistrationAuthority.fromCode('8')).contains(RegistrationAuthority.TRADE_UNION);
  }

  @Test
  void unknownCodesAreEmpty() {
    assertThat(RegistrationAuthority.fromCode('B')).isEmpty();
    assertThat(RegistrationAuthority.INDUSTRY_AND_COMMERCE.organizationTypeName('9')).isEmpty();
    assertThat(RegistrationAuthority.OTHER.organizationTypeName('1')).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(RegistrationAuthority.class)
  void codesRoundTripAndUseTheCreditCodeAlphabet(RegistrationAuthority authority) {
    assertThat(RegistrationAuthority.fromCode(authority.code())).contains(authority);
    assertThat("0123456789ABCDEFGHJKLMNPQRTUWXY").contains(String.valueOf(authority.code()));
    assertThat(authority.chineseName()).isNotBlank();
  }
}
