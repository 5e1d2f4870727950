package io.jingwei.impl.rules.structure;

import static io.jingwei.impl.rules.structure.StructureFixtures.found;
import static io.jingwei.impl.rules.structure.StructureFixtures.only;
import static io.jingwei.impl.rules.structure.StructureFixtures.org;
import static io.jingwei.impl.rules.structure.StructureFixtures.validate;
import static io.jingwei.organization.OrganizationType.ALLIANCE_COMMITTEE;
import static io.jingwei.organization.OrganizationType.BRANCH;
import static io.jingwei.organization.OrganizationType.GRASSROOTS_COMMITTEE;
import static io.jingwei.organization.OrganizationType.LOCAL_COMMITTEE;
import static io.jingwei.organization.OrganizationType.PARTY_GROUP;
import static io.jingwei.organization.OrganizationType.WORKING_COMMITTEE;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.standard.DefaultStandards;
import io.jingwei.standard.Standard;
import io.jingwei.validation.Issue;
import io.jingwei.validation.ValidationOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrganizationParentTypeCheckTest {

  private static final String CODE = "organization.parent-type";

  @Test
  @DisplayName("党小组隶属于党工委：上级类别不符")
  void rejectsAPartyGroupUnderAWorkingCommittee() {
    CityDataset d =
        CityDataset.builder()
            .add(org("o0", LOCAL_COMMITTEE, null).build())
            .add(org("o1", WORKING_COMMITTEE, "o0").build())
            .add(org("g1", PARTY_GROUP, "o1").build())
            .build();

    Issue issue = only(validate(d), CODE);

    assertThat(issue.entity()).hasToString("organizations/g1");
    assertThat(issue.path()).isEqualTo("/parent");
    assertThat(issue.args())
        .containsEntry("type", "PARTY_GROUP")
        .containsEntry("parentType", "WORKING_COMMITTEE")
        .containsEntry("allowed", List.of("BRANCH", "JOINT_BRANCH", "TEMPORARY_BRANCH", "MOBILE_MEMBER_BRANCH"));
  }

  @Test
  @DisplayName("区委隶属于市委、党小组隶属于支部：符合")
  void acceptsAllowedParents() {
    CityDataset d =
        CityDataset.builder()
            .add(org("city", LOCAL_COMMITTEE, null).build())
            .add(org("district", LOCAL_COMMITTEE, "city").build())
            .add(org("street", WORKING_COMMITTEE, "district").build())
            .add(org("community", GRASSROOTS_COMMITTEE, "street").build())
            .add(org("b1", BRANCH, "community").build())
            .add(org("g1", PARTY_GROUP, "b1").build())
            .build();

    assertThat(found(validate(d), CODE)).isEmpty();
  }

  @Test
  @DisplayName("没有上级的党工委不是根组织类别")
  void rejectsARootOfATypeNotInRootTypes() {
    CityDataset d = CityDataset.builder().add(org("o1", WORKING_COMMITTEE, null).build()).build();

    Issue issue = only(validate(d), CODE);

    assertThat(issue.path()).isEqualTo("/parent");
    assertThat(issue.args()).containsEntry("parentType", "NONE");
  }

  @Test
  void leavesTypesOutsideTheTableAndUnresolvedParentsAlone() {
    CityDataset d =
        CityDataset.builder()
            .add(org("o0", LOCAL_COMMITTEE, null).build())
            .add(org("a1", ALLIANCE_COMMITTEE, "o0").build())
            .add(org("b1", BRANCH, "missing").build())
            .build();

    assertThat(found(validate(d), CODE)).isEmpty();
  }

  @Test
  @DisplayName("rootTypes缺省为地方党委")
  void rootTypesDefaultToLocalCommittees() {
    Standard standard =
        DefaultStandards.fromTexts(
                Map.of(
                    "p.yaml",
                    """
                    name: p
                    version: "1"
                    title: 测试
                    rules:
                      - id: organization.parent-type
                        check: organization-parent-type
                        severity: ERROR
                        title: 上级组织类别
                        source: {document: test, confidence: C}
                        params:
                          allowedParents: {BRANCH: [LOCAL_COMMITTEE]}
                    """))
            .get("p");
    CityDataset d =
        CityDataset.builder()
            .add(org("o0", LOCAL_COMMITTEE, null).build())
            .add(org("o1", GRASSROOTS_COMMITTEE, null).build())
            .build();

    assertThat(found(StructureFixtures.validate(standard, d, ValidationOptions.defaults()), CODE))
        .containsExactly("organizations/o1 /parent");
  }
}
