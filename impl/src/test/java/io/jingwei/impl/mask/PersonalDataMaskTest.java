package io.jingwei.impl.mask;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.privacy.PersonalData;
import io.jingwei.validation.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PersonalDataMaskTest {

  record Phone(String value) implements PersonalData {
    @Override
    public String masked() {
      return value.substring(0, 3) + "****" + value.substring(7);
    }
  }

  private static final Phone PHONE = new Phone("13812345678");

  @Test
  @DisplayName("个人信息默认显示脱敏文本")
  void masksPersonalDataUnlessShown() {
    assertThat(PersonalDataMask.arg(PHONE, false)).isEqualTo("138****5678");
    assertThat(PersonalDataMask.arg(PHONE, true)).isEqualTo("13812345678");
  }

  @Test
  void masksPersonalDataInsideListsAndMaps() {
    Object list = PersonalDataMask.arg(List.of(PHONE, 1), false);
    Object map = PersonalDataMask.arg(Map.of("phone", PHONE), false);

    assertThat(list).isEqualTo(List.of("138****5678", 1L));
    assertThat(map).isEqualTo(Map.of("phone", "138****5678"));
  }

  @Test
  void plainStringsPassThrough() {
    assertThat(PersonalDataMask.arg("13812345678", false)).isEqualTo("13812345678");
  }

  @Test
  void normalizesValues() {
    assertThat(PersonalDataMask.arg(3, false)).isEqualTo(3L);
    assertThat(PersonalDataMask.arg(2.5, false)).isEqualTo(new BigDecimal("2.5"));
    assertThat(PersonalDataMask.arg(Severity.WARNING, false)).isEqualTo("WARNING");
    assertThat(PersonalDataMask.arg(LocalDate.of(2021, 5, 1), false)).isEqualTo("2021-05-01");
    assertThat(PersonalDataMask.arg(new int[] {1, 2}, false)).isEqualTo(List.of(1L, 2L));
    assertThat(PersonalDataMask.arg(null, false)).isEqualTo("null");
  }

  @Test
  void logsAlwaysMask() {
    assertThat(PersonalDataMask.forLog(PHONE)).isEqualTo("138****5678");
  }

  @Test
  void argsKeepTheirOrder() {
    Map<String, Object> args = new java.util.LinkedHashMap<>();
    args.put("z", PHONE);
    args.put("a", 1);

    assertThat(PersonalDataMask.args(args, false).keySet()).containsExactly("z", "a");
  }
}
