package io.jingwei.impl.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.member.Introducer;
import io.jingwei.member.MembershipStatus;
import io.jingwei.member.Mobility;
import io.jingwei.member.PartyMember;
import io.jingwei.member.ProbationExtension;
import io.jingwei.member.RecruitmentTimeline;
import io.jingwei.organization.Approval;
import io.jingwei.ref.MemberId;
import io.jingwei.ref.OrganizationId;
import io.jingwei.time.PartialDate;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MemberConstraintShortcutTest {

  private final Validator validator = FieldConstraintCheck.validator();
  private final MemberConstraintShortcut shortcut = MemberConstraintShortcut.of(validator);

  private static PartyMember.Builder member() {
    return PartyMember.builder()
        .id("m-1")
        .name("张三")
        .status(MembershipStatus.FULL)
        .organization(OrganizationId.of("o-1"));
  }

  @Test
  @DisplayName("Bean Validation 对党员约束的描述正是捷径所知的：模型新增约束时此测试失败，捷径自动关闭")
  void theModelsConstraintsAreTheOnesTheShortcutKnows() {
    assertThat(MemberConstraintShortcut.describe(validator, PartyMember.class))
        .containsExactlyInAnyOrderElementsOf(MemberConstraintShortcut.KNOWN);
    assertThat(shortcut.isEnabled()).isTrue();
  }

  @Test
  void anUnknownDescriptionTurnsTheShortcutOff() {
    assertThat(MemberConstraintShortcut.describe(validator, Approval.class)).isNotEqualTo(MemberConstraintShortcut.KNOWN);
    assertThat(shortcut.isSurelyValid("not a member")).isFalse();
  }

  @Test
  @DisplayName("捷径判有效的党员，Bean Validation 也无违规；判不定的，正是有违规的")
  void theShortcutAgreesWithBeanValidation() {
    RecruitmentTimeline good =
        RecruitmentTimeline.builder()
            .admittedOn(PartialDate.of(2001, 7, 1))
            .introducer(Introducer.of(MemberId.of("m-2")))
            .extension(ProbationExtension.of(PartialDate.of(2002, 7), 6))
            .build();
    Map<PartyMember, Boolean> cases =
        Map.of(
            member().build(), true,
            member().timeline(good).mobility(Mobility.mobileSince(null, null, false)).build(), true,
            member().approval(Approval.of(null, "青组〔2021〕3号")).build(), true,
            member().approval(Approval.of("member.x", " \t")).build(), false,
            member().approvals(List.of(Approval.of(null, "a"), Approval.of(null, ""))).build(), false,
            member().timeline(good.toBuilder().extension(ProbationExtension.of(PartialDate.of(2002), 0)).build()).build(),
                false,
            member().timeline(good.toBuilder().extension(ProbationExtension.of(PartialDate.of(2002), -3)).build()).build(),
                false);
    cases.forEach(
        (m, valid) -> {
          boolean beanValid = validator.validate(m).isEmpty();
          assertThat(beanValid).as("%s", m).isEqualTo(valid);
          assertThat(shortcut.isSurelyValid(m)).as("%s", m).isEqualTo(valid);
          assertThat(FieldConstraintCheck.isValid(m)).isEqualTo(valid);
        });
  }
}
