package io.jingwei.impl.rules.duplicate;

import static io.jingwei.impl.rules.structure.StructureFixtures.division;
import static io.jingwei.impl.rules.structure.StructureFixtures.found;
import static io.jingwei.impl.rules.structure.StructureFixtures.grid;
import static io.jingwei.impl.rules.structure.StructureFixtures.memberBuilder;
import static io.jingwei.impl.rules.structure.StructureFixtures.only;
import static io.jingwei.impl.rules.structure.StructureFixtures.org;
import static io.jingwei.impl.rules.structure.StructureFixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.dataset.CityDataset;
import io.jingwei.division.DivisionKind;
import io.jingwei.id.ResidentIdNumber;
import io.jingwei.impl.engine.DefaultDatasetValidator;
import io.jingwei.impl.engine.SimpleValidationInput;
import io.jingwei.impl.rules.structure.StructureFixtures;
import io.jingwei.member.MembershipStatus;
import io.jingwei.member.PartyMember;
import io.jingwei.organization.OrganizationType;
import io.jingwei.ref.DivisionId;
import io.jingwei.validation.Issue;
import io.jingwei.validation.Location;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import io.jingwei.worker.CommunityWorker;
import io.jingwei.worker.WorkerPost;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DuplicateChecksTest {

  private static final ResidentIdNumber ID_A = ResidentIdNumber.parse("450103198001010011");
  private static final ResidentIdNumber ID_B = ResidentIdNumber.parse("450103198506150028");

  private static PartyMember member(String id, ResidentIdNumber number) {
    return memberBuilder(id, "o1", MembershipStatus.FULL).idNumber(number).build();
  }

  private static CommunityWorker worker(String id, ResidentIdNumber number) {
    return CommunityWorker.builder()
        .id(id)
        .name("工作者" + id)
        .community(DivisionId.of("c1"))
        .post(WorkerPost.OTHER)
        .grade(3)
        .idNumber(number)
        .build();
  }

  @Test
  @DisplayName("重复编号报告在后一条记录上，位置为后一条记录的行")
  void reportsTheLaterRecordWithADuplicateIdWhereItWasRead() {
    PartyMember first = memberBuilder("m1", "o1", MembershipStatus.FULL).build();
    PartyMember second = memberBuilder("m1", "o2", MembershipStatus.FULL).build();
    PartyMember third = memberBuilder("m1", "o3", MembershipStatus.FULL).build();
    SimpleValidationInput input =
        SimpleValidationInput.builder()
            .record(first.ref(), first, Location.ofLine("members.jsonl", 1))
            .record(second.ref(), second, Location.ofLine("members.jsonl", 7))
            .record(third.ref(), third, Location.ofLine("members.jsonl", 9))
            .build();

    ValidationReport report =
        DefaultDatasetValidator.create(StructureFixtures.standard(), ValidationOptions.defaults()).validate(input);

    assertThat(report.issues("duplicate.id"))
        .extracting(i -> i.entity() + " " + i.path() + " " + i.location().line())
        .containsExactly("members/m1 /id 7", "members/m1 /id 9");
  }

  @Test
  void idsOfDifferentKindsDoNotClash() {
    CityDataset d =
        CityDataset.builder()
            .add(division("x", DivisionKind.COMMUNITY, "450103001001", null))
            .add(org("x", OrganizationType.LOCAL_COMMITTEE, null).build())
            .build();

    assertThat(found(validate(d), "duplicate.id")).isEmpty();
  }

  @Test
  @DisplayName("身份证号重复：报告后一条记录，参数中的号码已脱敏")
  void reportsADuplicateResidentIdMasked() {
    CityDataset d =
        CityDataset.builder().add(member("m1", ID_A)).add(member("m2", ID_B)).add(member("m3", ID_A)).build();

    Issue issue = only(validate(d), "duplicate.resident-id");

    assertThat(issue.entity()).hasToString("members/m3");
    assertThat(issue.path()).isEqualTo("/idNumber");
    assertThat(issue.args()).containsEntry("first", "m1").containsEntry("value", ID_A.masked());
    assertThat(issue.args().toString()).doesNotContain(ID_A.value());
  }

  @Test
  @DisplayName("党员与社区工作者共用身份证号不算重复；同类工作者重复则报告")
  void comparesResidentIdsWithinOneKindOnly() {
    CityDataset d =
        CityDataset.builder()
            .add(division("c1", DivisionKind.COMMUNITY, "450103001001", null))
            .add(member("m1", ID_A))
            .add(worker("w1", ID_A))
            .add(worker("w2", ID_B))
            .add(worker("w3", ID_B))
            .build();

    assertThat(found(validate(d), "duplicate.resident-id")).containsExactly("communityWorkers/w3 /idNumber");
  }

  @Test
  @DisplayName("同一编号的重复记录只报告duplicate.id")
  void aDuplicateRecordIsNotAlsoADuplicateResidentId() {
    CityDataset d = CityDataset.builder().add(member("m1", ID_A)).add(member("m1", ID_A)).build();

    ValidationReport report = validate(d);

    assertThat(found(report, "duplicate.id")).containsExactly("members/m1 /id");
    assertThat(found(report, "duplicate.resident-id")).isEmpty();
  }

  @Test
  @DisplayName("450103与450103000000是同一区划代码")
  void comparesDivisionCodesInTheirTwelveDigitForm() {
    CityDataset d =
        CityDataset.builder()
            .add(division("d1", DivisionKind.URBAN_DISTRICT, "450103", null))
            .add(division("d2", DivisionKind.URBAN_DISTRICT, "450103000000", null))
            .add(division("d3", DivisionKind.URBAN_DISTRICT, "450105", null))
            .add(division("z1", DivisionKind.DEVELOPMENT_ZONE, null, null))
            .add(division("z2", DivisionKind.DEVELOPMENT_ZONE, null, null))
            .build();

    ValidationReport report = validate(d);

    assertThat(found(report, "duplicate.division-code")).containsExactly("divisions/d2 /code");
    assertThat(only(report, "duplicate.division-code").args())
        .containsEntry("value", "450103000000")
        .containsEntry("first", "d1");
  }

  @Test
  void comparesOrganizationCodesWithoutSurroundingBlanksAndSkipsBlankOnes() {
    CityDataset d =
        CityDataset.builder()
            .add(org("o1", OrganizationType.LOCAL_COMMITTEE, null).code("001").build())
            .add(org("o2", OrganizationType.LOCAL_COMMITTEE, "o1").code(" 001 ").build())
            .add(org("o3", OrganizationType.LOCAL_COMMITTEE, "o1").code(" ").build())
            .add(org("o4", OrganizationType.LOCAL_COMMITTEE, "o1").code(" ").build())
            .build();

    assertThat(found(validate(d), "duplicate.organization-code")).containsExactly("organizations/o2 /code");
  }

  @Test
  void reportsDuplicateGridCodes() {
    CityDataset d =
        CityDataset.builder()
            .add(division("c1", DivisionKind.COMMUNITY, "450103001001", null))
            .add(grid("g1", "450103001001001", "c1").build())
            .add(grid("g2", "450103001001002", "c1").build())
            .add(grid("g3", "450103001001001", "c1").build())
            .build();

    assertThat(found(validate(d), "duplicate.grid-code")).containsExactly("grids/g3 /code");
  }
}
