package io.jingwei.impl.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.dataset.DatasetInfo;
import io.jingwei.division.Division;
import io.jingwei.division.DivisionKind;
import io.jingwei.division.ResidentialCompound;
import io.jingwei.grid.Grid;
import io.jingwei.worker.GridWorker;
import io.jingwei.member.Introducer;
import io.jingwei.member.MembershipStatus;
import io.jingwei.member.Mobility;
import io.jingwei.member.PartyMember;
import io.jingwei.member.ProbationExtension;
import io.jingwei.member.RecruitmentTimeline;
import io.jingwei.organization.Approval;
import io.jingwei.organization.Meeting;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.ref.MemberId;
import io.jingwei.ref.OrganizationId;
import io.jingwei.servicecenter.ServiceCenter;
import io.jingwei.time.PartialDate;
import io.jingwei.validation.constraints.ResidentId;
import io.jingwei.worker.CommunityWorker;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConstraintShortcutTest {

  private final Validator validator = FieldConstraintCheck.validator();
  private final ConstraintShortcut shortcut = ConstraintShortcut.create();

  /** Numbers under every sign and bound constraint the shortcut knows, and one type it does not ({@code Double}). */
  public record Numbers(
      @Positive Integer positive,
      @PositiveOrZero Long positiveOrZero,
      @Negative BigDecimal negative,
      @NegativeOrZero BigInteger negativeOrZero,
      @Min(3) Integer min,
      @Max(3) BigDecimal max,
      @Positive int primitive,
      @Positive Double unknownType) {}

  /** Texts and containers under every presence, length and pattern constraint the shortcut knows. */
  public record Texts(
      @NotBlank String blank,
      @NotEmpty String empty,
      @Size(min = 2, max = 3) String size,
      @Pattern(regexp = "[a-z]{3}", flags = Pattern.Flag.CASE_INSENSITIVE) String pattern,
      @Null String absent,
      @NotNull String present,
      @NotEmpty List<String> list,
      @Size(max = 1) Map<String, String> map) {}

  /** Cascades: directly, into a list's elements (with a constraint on them) and into an optional's value. */
  public record Nested(@Valid Texts texts, List<@Valid @NotNull Numbers> many, Optional<@Valid Numbers> maybe) {}

  public record WithEmail(@Email String email) {}

  public record WithCustom(@ResidentId String idNumber) {}

  public interface Extra {}

  public record WithGroup(@NotNull(groups = Extra.class) String name) {}

  public record WithMapElements(Map<String, @NotBlank String> names) {}

  public record WithLegacyCascade(@Valid List<Texts> texts) {}

  public record CascadesIntoUnknown(@Valid WithEmail inner) {}

  public record WithRepeated(@Pattern(regexp = "[a-z]+") @Pattern(regexp = ".{2}") String code) {}

  public interface Named {
    @NotBlank
    String getLabel();
  }

  public record WithInterfaceGetter(String label) implements Named {
    @Override
    public String getLabel() {
      return label;
    }
  }

  public record WithGroupConversion(
      @Valid @jakarta.validation.groups.ConvertGroup(from = jakarta.validation.groups.Default.class, to = Extra.class)
          Texts texts) {}

  public record WithArrayElements(String @Size(max = 2) [] names) {}

  /** A plain class, not a record. */
  public static final class Plain {
    @NotNull String name = "x";
  }

  private static final Numbers NUMBERS =
      new Numbers(1, 0L, new BigDecimal("-1"), BigInteger.ZERO, 3, new BigDecimal("3"), 1, null);
  private static final Texts TEXTS = new Texts("a", "a", "ab", "abc", null, "", List.of("x"), Map.of());

  private static final Map<Class<?>, List<Object>> VALUES =
      Map.of(
          Integer.class, Arrays.asList(null, Integer.MIN_VALUE, -1, 0, 1, 2, 3, 4, Integer.MAX_VALUE),
          Long.class, Arrays.asList(null, Long.MIN_VALUE, -1L, 0L, 1L, 3L, Long.MAX_VALUE),
          BigDecimal.class,
              Arrays.asList(
                  null, new BigDecimal("-0.5"), BigDecimal.ZERO, new BigDecimal("0.00"), new BigDecimal("0.5"),
                  new BigDecimal("2.999"), new BigDecimal("3"), new BigDecimal("3.000"), new BigDecimal("3.0001")),
          BigInteger.class, Arrays.asList(null, BigInteger.valueOf(-7), BigInteger.ZERO, BigInteger.TEN),
          int.class, List.of(Integer.MIN_VALUE, -1, 0, 1),
          Double.class, Arrays.asList(null, -1.0, 0.0, 1.0, Double.NaN),
          String.class,
              Arrays.asList(
                  null, "", " ", "\t\u3000", "a", "ab", "abc", "ABC", "abcd", "a b", "１２３", "\u00a0", "ab\n"),
          List.class, Arrays.asList(null, List.of(), List.of("x"), List.of("x", "y")),
          Map.class, Arrays.asList(null, Map.of(), Map.of("a", "1"), Map.of("a", "1", "b", "2")));

  @Test
  @DisplayName("每种约束、每个取值：捷径判有效当且仅当 Hibernate Validator 判有效（不认识的类型一律交给它）")
  void theShortcutAgreesWithBeanValidationValueByValue() throws Exception {
    int compared = 0;
    for (Object base : List.of(NUMBERS, TEXTS)) {
      assertThat(validator.validate(base)).as("base %s", base).isEmpty();
      assertThat(shortcut.isSurelyValid(base)).as("base %s", base).isTrue();
      RecordComponent[] components = base.getClass().getRecordComponents();
      for (int i = 0; i < components.length; i++) {
        for (Object value : VALUES.get(components[i].getType())) {
          Object probe = with(base, i, value);
          boolean beanValid = validator.validate(probe).isEmpty();
          boolean surelyValid = shortcut.isSurelyValid(probe);
          if (components[i].getName().equals("unknownType") && value != null) {
            assertThat(surelyValid).as("%s = %s", components[i].getName(), value).isFalse();
          } else {
            assertThat(surelyValid).as("%s = %s", components[i].getName(), value).isEqualTo(beanValid);
          }
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(100);
  }

  @Test
  @DisplayName("级联：直接的、列表元素的（含元素上的约束）、Optional 的值")
  void cascadesAgreeWithBeanValidation() {
    Texts badTexts = new Texts(" ", "a", "ab", "abc", null, "", List.of("x"), Map.of());
    Numbers badNumbers = new Numbers(0, 0L, new BigDecimal("-1"), BigInteger.ZERO, 3, BigDecimal.ONE, 1, null);
    List<Nested> cases =
        List.of(
            new Nested(TEXTS, List.of(NUMBERS), Optional.of(NUMBERS)),
            new Nested(null, List.of(), Optional.empty()),
            new Nested(badTexts, List.of(), Optional.empty()),
            new Nested(TEXTS, List.of(NUMBERS, badNumbers), Optional.empty()),
            new Nested(TEXTS, Arrays.asList(NUMBERS, null), Optional.empty()),
            new Nested(TEXTS, List.of(), Optional.of(badNumbers)));
    List<Boolean> expected = List.of(true, true, false, false, false, false);
    for (int i = 0; i < cases.size(); i++) {
      Nested n = cases.get(i);
      assertThat(validator.validate(n).isEmpty()).as("case %d by Bean Validation", i).isEqualTo(expected.get(i));
      assertThat(shortcut.isSurelyValid(n)).as("case %d by the shortcut", i).isEqualTo(expected.get(i));
    }
    assertThat(shortcut.covers(Nested.class)).isTrue();
  }

  @Test
  @DisplayName("不认识的约束、分组、类级、Map 元素、旧式级联、非 record：不编译，记录全交给 Bean Validation")
  void whatTheShortcutDoesNotKnowGoesToBeanValidation() {
    List<Object> valid =
        List.of(
            new WithEmail("a@example.org"),
            new WithCustom(null),
            new WithGroup(null),
            new WithMapElements(Map.of("a", "b")),
            new WithLegacyCascade(List.of(TEXTS)),
            new CascadesIntoUnknown(new WithEmail("a@example.org")),
            new WithRepeated("ab"),
            new WithInterfaceGetter("x"),
            new WithGroupConversion(TEXTS),
            new WithArrayElements(new String[] {"a"}),
            new Plain());
    for (Object record : valid) {
      assertThat(validator.validate(record)).as("%s", record).isEmpty();
      assertThat(shortcut.isSurelyValid(record)).as("%s", record).isFalse();
      assertThat(shortcut.covers(record.getClass())).as("%s", record).isFalse();
      assertThat(FieldConstraintCheck.isValid(record)).as("%s", record).isTrue();
    }
    assertThat(shortcut.isSurelyValid("not a record")).isFalse();
    assertThat(shortcut.isSurelyValid(new CascadesIntoUnknown(null))).isTrue();
  }

  @Test
  @DisplayName("领域模型的每一类记录（及其级联的记录）都由捷径编译：模型新增捷径不认识的约束时此测试失败")
  void theWholeModelIsCovered() {
    for (Class<?> type :
        List.of(
            Division.class,
            ResidentialCompound.class,
            PartyOrganization.class,
            PartyMember.class,
            CommunityWorker.class,
            GridWorker.class,
            Grid.class,
            ServiceCenter.class,
            Meeting.class,
            DatasetInfo.class)) {
      assertThat(shortcut.covers(type)).as("%s", type.getSimpleName()).isTrue();
    }
  }

  @Test
  @DisplayName("捷径从注解读出的约束与 Bean Validation 对每个类的描述一致（模型的每个类及其级联的类、测试用的类）")
  void theShortcutReadsWhatBeanValidationDescribes() {
    Deque<Class<?>> todo =
        new ArrayDeque<>(
            List.of(
                Division.class, ResidentialCompound.class, PartyOrganization.class, PartyMember.class,
                CommunityWorker.class, GridWorker.class, Grid.class, ServiceCenter.class, Meeting.class,
                DatasetInfo.class, Numbers.class, Texts.class, Nested.class));
    Set<Class<?>> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      Class<?> type = todo.poll();
      if (!seen.add(type)) {
        continue;
      }
      Set<String> described = describe(type, todo);
      assertThat(shortcut.description(type)).as("%s", type.getSimpleName()).isEqualTo(described);
    }
    assertThat(seen).hasSizeGreaterThan(15);
  }

  /**
   * Bean Validation's description of the class's constraints, in the shortcut's words; the cascaded classes are
   * added to the queue.
   */
  private Set<String> describe(Class<?> type, Deque<Class<?>> todo) {
    Set<String> out = new TreeSet<>();
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
    return out;
  }

  @Test
  @DisplayName("党员：捷径判有效的，Bean Validation 也无违规；判不定的，正是有违规的")
  void membersAgreeWithBeanValidation() {
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
            member().approval(Approval.of(null, "\u3000")).build(), false, // a full-width space is blank too
            member().approvals(List.of(Approval.of(null, "a"), Approval.of(null, ""))).build(), false,
            member().timeline(good.toBuilder().extension(ProbationExtension.of(PartialDate.of(2002), 0)).build()).build(),
                false,
            member().timeline(good.toBuilder().extension(ProbationExtension.of(PartialDate.of(2002), -3)).build()).build(),
                false);
    cases.forEach(
        (m, valid) -> {
          assertThat(validator.validate(m).isEmpty()).as("%s", m).isEqualTo(valid);
          assertThat(shortcut.isSurelyValid(m)).as("%s", m).isEqualTo(valid);
          assertThat(FieldConstraintCheck.isValid(m)).isEqualTo(valid);
        });
  }

  @Test
  @DisplayName("其他类别：违反约束的记录捷径判不定，Bean Validation 报出；守约的捷径直接放行")
  void otherKindsAgreeWithBeanValidation() {
    Division district =
        Division.builder().id("450103").kind(DivisionKind.URBAN_DISTRICT).name("青秀区").build();
    Map<Object, Boolean> cases =
        Map.of(
            district, true,
            district.toBuilder().name(" ").build(), false,
            district.toBuilder().households(-1).build(), false,
            district.toBuilder().households(0).population(12).urbanRuralClass("111").build(), true,
            district.toBuilder().urbanRuralClass("11a").build(), false);
    cases.forEach(
        (record, valid) -> {
          assertThat(validator.validate(record).isEmpty()).as("%s", record).isEqualTo(valid);
          assertThat(shortcut.isSurelyValid(record)).as("%s", record).isEqualTo(valid);
        });
  }

  private static PartyMember.Builder member() {
    return PartyMember.builder()
        .id("m-1")
        .name("张三")
        .status(MembershipStatus.FULL)
        .organization(OrganizationId.of("o-1"));
  }

  /** A copy of the record with one component replaced. */
  private static Object with(Object record, int index, Object value) throws Exception {
    RecordComponent[] components = record.getClass().getRecordComponents();
    List<Object> args = new ArrayList<>();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      args.add(i == index ? value : components[i].getAccessor().invoke(record));
    }
    Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
    return canonical.newInstance(args.toArray());
  }
}
