package io.jingwei.impl.metrics;

import io.jingwei.dataset.CityDataset;
import io.jingwei.division.Division;
import io.jingwei.division.DivisionCode;
import io.jingwei.division.DivisionKind;
import io.jingwei.division.ResidentialCompound;
import io.jingwei.grid.Grid;
import io.jingwei.grid.GridCode;
import io.jingwei.id.MobileNumber;
import io.jingwei.id.ResidentIdNumber;
import io.jingwei.impl.engine.Approvals;
import io.jingwei.impl.engine.Check;
import io.jingwei.impl.engine.CheckContext;
import io.jingwei.impl.engine.CheckRegistry;
import io.jingwei.impl.engine.Layer;
import io.jingwei.impl.engine.RecordEntry;
import io.jingwei.impl.standard.DefaultStandards;
import io.jingwei.member.MembershipStatus;
import io.jingwei.member.PartyMember;
import io.jingwei.member.RecruitmentTimeline;
import io.jingwei.organization.Approval;
import io.jingwei.organization.OrganizationType;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.ref.CompoundId;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.GridId;
import io.jingwei.ref.OrganizationId;
import io.jingwei.servicecenter.CenterLevel;
import io.jingwei.servicecenter.ServiceCenter;
import io.jingwei.standard.Standard;
import io.jingwei.time.PartialDate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The made-up metrics standard, fake checks and a small city for the metrics layer's tests.
 *
 * <p>The city: district 青秀区 (450103) with streets s1 and s2, district 江南区 (450105) with street s3. Communities
 * c1 (s1), c2 (s2), c3 and village v1 (s3). Compounds k1, k2 (c1), k3 (c2), k4 (c3). See each method for the
 * organizations, grids, centres and members.
 */
final class MetricsFixtures {
  private MetricsFixtures() {}

  static final DivisionId D1 = DivisionId.of("d1");
  static final DivisionId D2 = DivisionId.of("d2");
  static final DivisionId S1 = DivisionId.of("s1");
  static final DivisionId S2 = DivisionId.of("s2");
  static final DivisionId S3 = DivisionId.of("s3");
  static final DivisionId C1 = DivisionId.of("c1");
  static final DivisionId C2 = DivisionId.of("c2");
  static final DivisionId C3 = DivisionId.of("c3");
  static final DivisionId V1 = DivisionId.of("v1");

  static final String BRANCH_RULE = "test.branch-small";
  static final String GRID_RULE = "test.grid-workers";

  /** The name mark the fake checks flag. */
  static final String SHORT = "（缺员）";

  /** The test standard of {@code metrics-profile.yaml}. */
  static Standard standard() {
    try (InputStream in = MetricsFixtures.class.getResourceAsStream("metrics-profile.yaml")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return DefaultStandards.fromTexts(Map.of("metrics-profile.yaml", text)).get("metrics-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Flags branches whose name carries {@link #SHORT}; an approval on the organization may silence it. */
  static final Check FAKE_BRANCH =
      check(
          "fake-branch",
          Layer.STRUCTURE,
          ctx ->
              ctx.rule(BRANCH_RULE)
                  .ifPresent(
                      r -> {
                        for (RecordEntry e : ctx.input().records(EntityKind.ORGANIZATION)) {
                          PartyOrganization o = (PartyOrganization) e.record();
                          if (o.type() == OrganizationType.BRANCH && o.name().contains(SHORT)) {
                            List<@Nullable String> rules = o.approvals().stream().map(Approval::rule).toList();
                            r.emit(e.ref(), "", Map.of("name", o.name()), Approvals.of(rules));
                          }
                        }
                      }));

  /** Flags grids whose name carries {@link #SHORT}. */
  static final Check FAKE_GRID =
      check(
          "fake-grid",
          Layer.STRUCTURE,
          ctx ->
              ctx.rules()
                  .forEach(
                      r -> {
                        for (RecordEntry e : ctx.input().records(EntityKind.GRID)) {
                          if (((Grid) e.record()).name().contains(SHORT)) {
                            r.emit(e.ref(), "", Map.of());
                          }
                        }
                      }));

  /** The built-in checks and the fakes. */
  static CheckRegistry checks() {
    return CheckRegistry.builtIn().with(FAKE_BRANCH, FAKE_GRID);
  }

  static Check check(String name, Layer layer, Consumer<CheckContext> body) {
    return new Check() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Layer layer() {
        return layer;
      }

      @Override
      public void run(CheckContext context) {
        body.accept(context);
      }
    };
  }

  static Division division(String id, DivisionKind kind, String code, @Nullable DivisionId parent) {
    return Division.of(DivisionId.of(id), kind, kind.chineseName() + id, DivisionCode.parse(code), parent);
  }

  static PartyOrganization.Builder branch(String id, String name) {
    return PartyOrganization.builder().id(id).name(name).type(OrganizationType.BRANCH);
  }

  static ResidentialCompound compound(String id, DivisionId community) {
    return ResidentialCompound.of(CompoundId.of(id), "小区" + id, community);
  }

  static Grid.Builder grid(String id, String code, String name, DivisionId community) {
    return Grid.builder().id(id).code(GridCode.parse(code)).name(name).community(community);
  }

  static PartyMember.Builder member(String id, String organization) {
    return PartyMember.builder()
        .id(id)
        .name("党员" + id)
        .status(MembershipStatus.FULL)
        .organization(OrganizationId.of(organization));
  }

  /** The divisions of the city. */
  static CityDataset.Builder divisions() {
    DivisionId city = DivisionId.of("nn");
    return CityDataset.builder()
        .add(division("nn", DivisionKind.CITY, "450100", null))
        .add(division("d1", DivisionKind.URBAN_DISTRICT, "450103", city))
        .add(division("d2", DivisionKind.URBAN_DISTRICT, "450105", city))
        .add(division("s1", DivisionKind.SUBDISTRICT, "450103001", D1))
        .add(division("s2", DivisionKind.SUBDISTRICT, "450103002", D1))
        .add(division("s3", DivisionKind.SUBDISTRICT, "450105001", D2))
        .add(division("c1", DivisionKind.COMMUNITY, "450103001001", S1))
        .add(division("c2", DivisionKind.COMMUNITY, "450103002001", S2))
        .add(division("c3", DivisionKind.COMMUNITY, "450105001001", S3))
        .add(division("v1", DivisionKind.VILLAGE, "450105001201", S3));
  }

  /**
   * The small city.
   *
   * <ul>
   *   <li>organizations: o-s1 (street s1), o-c1 (community c1), o-c3 (branch of community c3), o-k1 (branch of
   *       compound k1), o-k3 (branch of compound k3, 缺员), o-old (branch of k4, dissolved 2020), o-g2 (branch of
   *       grid g2);
   *   <li>grids: g1 (c1, lists k2, party organization o-c1), g2 (c2, 缺员, none set but o-g2 names it), g3 (c3);
   *   <li>centres: sc1 community c1, sc2 compound k1, sc3 compound k3, sc4 street s1;
   *   <li>members: m1 (o-k1; ID, phone, admitted), m2 (o-k1; phone), m3 (o-k3; nothing), m4 (o-c3; ID).
   * </ul>
   */
  static CityDataset city() {
    return divisions()
        .add(compound("k1", C1))
        .add(compound("k2", C1))
        .add(compound("k3", C2))
        .add(compound("k4", C3))
        .add(
            PartyOrganization.builder()
                .id("o-s1")
                .name("街道党工委")
                .type(OrganizationType.WORKING_COMMITTEE)
                .division(S1)
                .build())
        .add(
            PartyOrganization.builder()
                .id("o-c1")
                .name("社区党委")
                .type(OrganizationType.GRASSROOTS_COMMITTEE)
                .division(C1)
                .build())
        .add(branch("o-c3", "社区党支部").division(C3).build())
        .add(branch("o-k1", "甲小区党支部").compound(CompoundId.of("k1")).build())
        .add(branch("o-k3", "丙小区党支部" + SHORT).compound(CompoundId.of("k3")).build())
        .add(
            branch("o-old", "丁小区党支部")
                .compound(CompoundId.of("k4"))
                .dissolvedOn(PartialDate.of(2020, 1, 1))
                .build())
        .add(branch("o-g2", "第二网格党支部").grid(GridId.of("g2")).build())
        .add(
            grid("g1", "450103001001001", "第一网格", C1)
                .compound(CompoundId.of("k2"))
                .partyOrganization(OrganizationId.of("o-c1"))
                .build())
        .add(grid("g2", "450103002001001", "第二网格" + SHORT, C2).build())
        .add(grid("g3", "450105001001001", "第三网格", C3).build())
        .add(ServiceCenter.builder().id("sc1").name("社区中心").level(CenterLevel.COMMUNITY).division(C1).build())
        .add(
            ServiceCenter.builder()
                .id("sc2")
                .name("甲小区中心")
                .level(CenterLevel.COMPOUND)
                .compound(CompoundId.of("k1"))
                .build())
        .add(
            ServiceCenter.builder()
                .id("sc3")
                .name("丙小区中心")
                .level(CenterLevel.COMPOUND)
                .compound(CompoundId.of("k3"))
                .build())
        .add(ServiceCenter.builder().id("sc4").name("街道中心").level(CenterLevel.STREET).division(S1).build())
        .add(
            member("m1", "o-k1")
                .idNumber(ResidentIdNumber.parse("11010519491231002X"))
                .phone(MobileNumber.parse("13800138000"))
                .timeline(RecruitmentTimeline.builder().admittedOn(PartialDate.of(2010, 7, 1)).build())
                .build())
        .add(member("m2", "o-k1").phone(MobileNumber.parse("13900139000")).build())
        .add(member("m3", "o-k3").build())
        .add(member("m4", "o-c3").idNumber(ResidentIdNumber.parse("11010519491231002X")).build())
        .build();
  }
}
