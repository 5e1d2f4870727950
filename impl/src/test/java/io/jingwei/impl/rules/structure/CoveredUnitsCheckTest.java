package io.jingwei.impl.rules.structure;

import static io.jingwei.impl.rules.structure.StructureFixtures.found;
import static io.jingwei.impl.rules.structure.StructureFixtures.only;
import static io.jingwei.impl.rules.structure.StructureFixtures.org;
import static io.jingwei.impl.rules.structure.StructureFixtures.validate;
import static io.jingwei.organization.OrganizationType.BRANCH;
import static io.jingwei.organization.OrganizationType.JOINT_BRANCH;
import static io.jingwei.organization.OrganizationType.LOCAL_COMMITTEE;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.dataset.CityDataset;
import io.jingwei.organization.Approval;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.organization.Unit;
import io.jingwei.organization.UnitNature;
import io.jingwei.organization.OrganizationType;
import io.jingwei.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CoveredUnitsCheckTest {

  private static final String CODE = "joint-branch.max-units";

  private static PartyOrganization.Builder covering(String id, OrganizationType type, int units) {
    List<Unit> list = new ArrayList<>();
    for (int i = 0; i < units; i++) {
      list.add(Unit.of("公司" + i, UnitNature.PRIVATE_ENTERPRISE));
    }
    return org(id, type, "o0").coveredUnits(list);
  }

  @Test
  @DisplayName("联合党支部覆盖3个单位符合，4个超出")
  void reportsAJointBranchCoveringMoreUnitsThanTheMaximum() {
    CityDataset d =
        CityDataset.builder()
            .add(org("o0", LOCAL_COMMITTEE, null).build())
            .add(covering("j3", JOINT_BRANCH, 3).build())
            .add(covering("j4", JOINT_BRANCH, 4).build())
            .add(covering("b4", BRANCH, 4).build())
            .build();

    ValidationReport report = validate(d);

    assertThat(found(report, CODE)).containsExactly("organizations/j4 /coveredUnits");
    assertThat(only(report, CODE).args()).containsEntry("count", 4L).containsEntry("max", 3L);
  }

  @Test
  void anApprovalSilencesIt() {
    CityDataset d =
        CityDataset.builder()
            .add(org("o0", LOCAL_COMMITTEE, null).build())
            .add(covering("j4", JOINT_BRANCH, 4).approval(Approval.of(CODE, "某党发〔2023〕1号")).build())
            .build();

    assertThat(found(validate(d), CODE)).isEmpty();
  }
}
