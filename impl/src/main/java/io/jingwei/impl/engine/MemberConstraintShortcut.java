package io.jingwei.impl.engine;

import io.jingwei.member.Introducer;
import io.jingwei.member.PartyMember;
import io.jingwei.member.ProbationExtension;
import io.jingwei.member.RecruitmentTimeline;
import io.jingwei.organization.Approval;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A shortcut past Bean Validation for members (党员字段约束捷径): the field constraints of {@link PartyMember} and
 * the records it cascades into are few (four {@code @NotNull}, a probation extension's {@code @NotNull} date and
 * {@code @Positive} months, an approval's {@code @NotBlank} reference), so a member is checked against them in a
 * few comparisons; Bean Validation then runs only on a member the shortcut finds wanting, and reports exactly what
 * it always did.
 *
 * <p>The shortcut guards itself: at start-up it reads Bean Validation's own description of the constraints
 * reachable from {@link PartyMember} and is used only when that description is the one it was written for
 * ({@link #KNOWN}). A constraint added to the model turns the shortcut off (every member goes through Bean
 * Validation again) until the shortcut is taught it; a test fails meanwhile. Thread-safe.
 */
final class MemberConstraintShortcut {

  /** The constraints the shortcut checks, as {@link #describe} writes them. */
  static final Set<String> KNOWN =
      Set.of(
          "PartyMember.id:NotNull",
          "PartyMember.name:NotNull",
          "PartyMember.status:NotNull",
          "PartyMember.organization:NotNull",
          "PartyMember.timeline:cascade",
          "PartyMember.mobility:cascade",
          "PartyMember.approvals<>:cascade",
          "RecruitmentTimeline.introducers<>:cascade",
          "RecruitmentTimeline.extension:cascade",
          "ProbationExtension.decidedOn:NotNull",
          "ProbationExtension.months:Positive",
          "Approval.reference:NotBlank");

  private final boolean enabled;

  private MemberConstraintShortcut(boolean enabled) {
    this.enabled = enabled;
  }

  /** The shortcut for the validator: on when its description of the member's constraints is {@link #KNOWN}. */
  static MemberConstraintShortcut of(Validator validator) {
    return new MemberConstraintShortcut(describe(validator, PartyMember.class).equals(KNOWN));
  }

  /** Whether the shortcut is in use. */
  boolean isEnabled() {
    return enabled;
  }

  /**
   * Whether the record surely breaks no field constraint: true only for a member meeting every constraint of
   * {@link #KNOWN} while the shortcut is on; false means "ask Bean Validation".
   */
  boolean isSurelyValid(Object record) {
    if (!enabled || !(record instanceof PartyMember m)) {
      return false;
    }
    if (m.id() == null || m.name() == null || m.status() == null || m.organization() == null) {
      return false;
    }
    RecruitmentTimeline t = m.timeline();
    if (t != null) {
      ProbationExtension e = t.extension();
      if (e != null && (e.decidedOn() == null || e.months() <= 0)) {
        return false;
      }
      List<Introducer> introducers = t.introducers();
      for (int i = 0; i < introducers.size(); i++) { // no iterator: this runs on every member
        if (introducers.get(i) == null) {
          return false;
        }
      }
    }
    List<Approval> approvals = m.approvals();
    for (int i = 0; i < approvals.size(); i++) {
      Approval a = approvals.get(i);
      if (a == null || a.reference() == null || a.reference().trim().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Bean Validation's description of the constraints reachable from the class: {@code Class.property:Constraint}
   * for each constraint, {@code Class.property:cascade} for a cascaded property, {@code Class.property<>:…} for a
   * container's elements, {@code Class:Constraint} for a class-level constraint; every cascaded class is walked.
   */
  static Set<String> describe(Validator validator, Class<?> root) {
    Set<String> out = new TreeSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>();
    Set<Class<?>> seen = new HashSet<>();
    todo.add(root);
    while (!todo.isEmpty()) {
      Class<?> type = todo.poll();
      if (!seen.add(type)) {
        continue;
      }
      BeanDescriptor bean = validator.getConstraintsForClass(type);
      String name = type.getSimpleName();
      for (ConstraintDescriptor<?> c : bean.getConstraintDescriptors()) {
        out.add(name + ":" + c.getAnnotation().annotationType().getSimpleName());
      }
      for (PropertyDescriptor p : bean.getConstrainedProperties()) {
        String at = name + "." + p.getPropertyName();
        for (ConstraintDescriptor<?> c : p.getConstraintDescriptors()) {
          out.add(at + ":" + c.getAnnotation().annotationType().getSimpleName());
        }
        if (p.isCascaded()) {
          out.add(at + ":cascade");
          todo.add(p.getElementClass());
        }
        for (ContainerElementTypeDescriptor e : p.getConstrainedContainerElementTypes()) {
          for (ConstraintDescriptor<?> c : e.getConstraintDescriptors()) {
            out.add(at + "<>:" + c.getAnnotation().annotationType().getSimpleName());
          }
          if (e.isCascaded()) {
            out.add(at + "<>:cascade");
            todo.add(e.getElementClass());
          }
        }
      }
    }
    return out;
  }
}
