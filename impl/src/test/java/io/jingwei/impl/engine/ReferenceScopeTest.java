package io.jingwei.impl.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.io.EntityTypes;
import io.jingwei.impl.rules.reference.ReferenceCheck;
import io.jingwei.impl.standard.DefaultStandards;
import io.jingwei.member.Introducer;
import io.jingwei.member.MembershipStatus;
import io.jingwei.member.PartyMember;
import io.jingwei.member.RecruitmentTimeline;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.MemberId;
import io.jingwei.ref.OrganizationId;
import io.jingwei.standard.RuleDefinition;
import io.jingwei.standard.Standard;
import io.jingwei.validation.Issue;
import io.jingwei.worker.CommunityWorker;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The reference check's scopes split its issues: members' part and the rest, nothing lost, nothing twice. */
class ReferenceScopeTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  @Test
  @DisplayName("引用范围：成员引用与其他引用的问题合起来正好是整个检查的问题，互不重复")
  void theScopesPartitionTheIssues() throws Exception {
    CityDataset sample =
        CityDatasetInput.of(EntityTypes.reader().read(Path.of("..", "examples", "data", "sample-city")))
            .dataset()
            .orElseThrow();
    PartyMember any = sample.members().get(0);
    CityDataset dataset =
        sample.toBuilder()
            .add(
                PartyMember.builder()
                    .id("xm1")
                    .name("张三")
                    .status(MembershipStatus.FULL)
                    .organization(OrganizationId.of("xOrganization"))
                    .residenceCommunity(DivisionId.of("xCommunity"))
                    .timeline(
                        RecruitmentTimeline.builder()
                            .introducer(Introducer.of(any.id()))
                            .introducer(Introducer.of(MemberId.of("xIntroducer")))
                            .build())
                    .build())
            .add(
                PartyMember.builder()
                    .id("xm2")
                    .name("李四")
                    .status(MembershipStatus.FULL)
                    .organization(any.organization())
                    .residenceCommunity(DivisionId.of(any.organization().value())) // names no division
                    .timeline(RecruitmentTimeline.builder().introducer(Introducer.of(MemberId.of("xOther"))).build())
                    .build())
            .add(sample.communityWorkers().get(0).toBuilder().member(MemberId.of("xWorkerMember")).build())
            .build();
    Standard standard = DefaultStandards.shipped().get("nanning-2021");

    List<Issue> all = run(new ReferenceCheck(), standard, dataset);
    List<Issue> members = run(new ReferenceCheck(ReferenceCheck.Scope.MEMBERS), standard, dataset);
    List<Issue> others = run(new ReferenceCheck(ReferenceCheck.Scope.NOT_MEMBERS), standard, dataset);

    assertThat(members).extracting(i -> i.args().get("targetKind")).containsOnly("members");
    assertThat(members).extracting(i -> i.args().get("id")).contains("xIntroducer", "xOther", "xWorkerMember");
    assertThat(others).isNotEmpty().noneMatch(i -> "members".equals(i.args().get("targetKind")));
    List<Issue> both = new ArrayList<>(members);
    both.addAll(others);
    assertThat(both).containsExactlyInAnyOrderElementsOf(all);
    assertThat(new HashSet<>(members)).doesNotContainAnyElementsOf(others);
    assertThat(all).extracting(i -> i.entity().id()).contains("xm1", "xm2");
  }

  private static List<Issue> run(ReferenceCheck check, Standard standard, CityDataset dataset) {
    ValidationInput input = CityDatasetInput.of(dataset);
    IssueBuffer buffer = new IssueBuffer();
    List<RuleDefinition> rules = new ArrayList<>();
    List<RuleContext> contexts = new ArrayList<>();
    for (RuleDefinition rule : standard.rules()) {
      if (rule.check().equals(ReferenceCheck.NAME) && rule.isEffectiveOn(AS_OF)) {
        rules.add(rule);
        contexts.add(new RuleContext(rule, AS_OF, input, buffer));
      }
    }
    assertThat(rules).isNotEmpty();
    check.run(new CheckContext(AS_OF, input, contexts, rules, buffer, List.of(), m -> {}));
    return buffer.issues();
  }
}
