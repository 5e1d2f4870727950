package io.jingwei.impl.rules.duplicate;

import static io.jingwei.impl.rules.structure.StructureFixtures.memberBuilder;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.rules.structure.StructureFixtures;
import io.jingwei.member.MembershipStatus;
import io.jingwei.standard.RuleDefinition;
import io.jingwei.standard.Standard;
import io.jingwei.validation.ValidationOptions;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A duplicate-value rule whose parameters do not fit is a fault of the profile, reported as an exception. */
class DuplicateValueParamsTest {

  private static void validateWith(String param, Object value) {
    Standard standard = StructureFixtures.standard();
    RuleDefinition rule = standard.rule("duplicate.grid-code").orElseThrow().withParam(param, value);
    CityDataset d = CityDataset.builder().add(memberBuilder("m1", "o1", MembershipStatus.FULL).build()).build();
    StructureFixtures.validate(standard.withRule(rule), d, ValidationOptions.builder().asOf(StructureFixtures.AS_OF).build());
  }

  @Test
  @DisplayName("属性不适用于所列集合：规则配置错误")
  void aPropertyTheKindDoesNotHaveIsAProfileFault() {
    assertThatIllegalStateException().isThrownBy(() -> validateWith("kinds", List.of("members")));
  }

  @Test
  void anUnknownCollectionIsAProfileFault() {
    assertThatIllegalStateException().isThrownBy(() -> validateWith("kinds", List.of("people")));
  }
}
