package io.jingwei.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.ref.CompoundId;
import io.jingwei.ref.DivisionId;
import io.jingwei.time.PartialDate;
import org.junit.jupiter.api.Test;

class ResidentialCompoundTest {

  @Test
  void ofSetsDefaults() {
    ResidentialCompound c = ResidentialCompound.of(CompoundId.of("c1"), "金湖小区", DivisionId.of("450103001001"));
    assertThat(c.newlyBuilt()).isFalse();
    assertThat(c.hasOwnersCommittee()).isFalse();
    assertThat(c.households()).isNull();
    assertThat(c.builtOn()).isNull();
  }

  @Test
  void builderAndToBuilderRoundTrip() {
    ResidentialCompound c = ResidentialCompound.builder()
        .id("c1")
        .name("金湖小区")
        .community(DivisionId.of("450103001001"))
        .households(820)
        .newlyBuilt(true)
        .builtOn(PartialDate.parse("2019-06"))
        .address("金湖路 1 号")
        .propertyCompany("某物业公司")
        .hasOwnersCommittee(true)
        .build();
    assertThat(c.toBuilder().build()).isEqualTo(c);
    assertThat(c.households()).isEqualTo(820);
    assertThat(c.hasOwnersCommittee()).isTrue();
    assertThat(c.withCommunity(DivisionId.of("450103001002")).community()).isEqualTo(DivisionId.of("450103001002"));
  }

  @Test
  void requiresIdNameAndCommunity() {
    assertThatThrownBy(() -> ResidentialCompound.builder().id("c1").name("x").build())
        .isInstanceOf(NullPointerException.class).hasMessage("community");
  }
}
