package io.jingwei.impl.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.jingwei.id.InvalidIdentifierException.Reason;
import io.jingwei.validation.constraints.Mobile;
import io.jingwei.validation.constraints.ResidentId;
import io.jingwei.validation.constraints.SocialCreditCode;
import io.jingwei.validation.constraints.ValidDivisionCode;
import io.jingwei.validation.constraints.ValidGridCode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The identifier constraints as a host platform meets them: a plain {@code
 * Validation.buildDefaultValidatorFactory()}, with the validators found through {@code
 * META-INF/services/jakarta.validation.ConstraintValidator} and the messages through {@code
 * ContributorValidationMessages}.
 */
class IdentifierConstraintsTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  /** A bean such as a platform's member form. */
  static final class Form {
    @ResidentId @Nullable String idNumber;
    @ResidentId(allowLegacy15 = true) @Nullable String oldIdNumber;
    @SocialCreditCode @Nullable String creditCode;
    @Mobile @Nullable String phone;
    @ValidDivisionCode @Nullable String division;
    @ValidDivisionCode(lengths = 12) @Nullable String community;
    @ValidGridCode @Nullable String anyGrid;
    @ValidGridCode(scheme = "cjt349-2010") @Nullable String cjtGrid;
    List<@Mobile String> contacts = List.of();

    static Form valid() {
      Form form = new Form();
      form.idNumber = "11010519491231002X";
      form.oldIdNumber = "110105491231002";
      form.creditCode = "91330100716105852F";
      form.phone = "+86 199-0013-8000";
      form.division = "450103";
      form.community = "450103001002";
      form.anyGrid = "45010300100200";
      form.cjtGrid = "10010045010300100205";
      form.contacts = List.of("13800138000", "16612345678");
      return form;
    }
  }

  /** A bean with a scheme name no profile knows. */
  static final class BadScheme {
    @ValidGridCode(scheme = "nanning-3-fields") String grid = "450103001002003";
  }

  @BeforeAll
  static void bootstrap() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  @Test
  @DisplayName("有效值通过，空值通过（非空由 @NotNull 负责）")
  void validAndNullValuesPass() {
    assertThat(validator.validate(Form.valid())).isEmpty();
    assertThat(validator.validate(new Form())).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "idNumber, 110105194912310021, ResidentId, CHECKSUM",
    "idNumber, 110105491231002, ResidentId, LENGTH",
    "oldIdNumber, 110105491331002, ResidentId, BIRTH_DATE",
    "oldIdNumber, 990105194912310021, ResidentId, DIVISION",
    "creditCode, 91330100716105852E, SocialCreditCode, CHECKSUM",
    "phone, 12800138000, Mobile, SEGMENT",
    "anyGrid, 4501030, ValidGridCode, LENGTH",
    "anyGrid, 4501030010020A3, ValidGridCode, CHARACTERS",
    "cjtGrid, 450103001002003, ValidGridCode, LENGTH",
    "cjtGrid, 10010045010300000005, ValidGridCode, DIVISION"
  })
  @DisplayName("无效值产生一条违规：属性路径、消息模板、原因载荷")
  void invalidValueGivesOneViolation(
      String property, String value, String constraint, Reason reason) throws Exception {
    Form form = Form.valid();
    Form.class.getDeclaredField(property).set(form, value);

    Set<ConstraintViolation<Form>> violations = validator.validate(form);

    assertThat(violations).hasSize(1);
    ConstraintViolation<Form> violation = violations.iterator().next();
    assertThat(violation.getPropertyPath()).hasToString(property);
    String template = "{io.jingwei.validation.constraints." + constraint + ".message}";
    assertThat(violation.getMessageTemplate()).isEqualTo(template);
    assertThat(violation.getMessage()).isNotEqualTo(template).doesNotContain("{").doesNotContain("}");
    assertThat(violation.unwrap(HibernateConstraintViolation.class).getDynamicPayload(Reason.class))
        .isEqualTo(reason);
  }

  @ParameterizedTest
  @CsvSource({
    "division, 45010",
    "division, 990103",
    "community, 450103",
    "community, 450103001",
    "community, 450103000001"
  })
  void divisionCodeRespectsAllowedLengths(String property, String value) throws Exception {
    Form form = Form.valid();
    Form.class.getDeclaredField(property).set(form, value);

    assertThat(validator.validate(form))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.getMessageTemplate())
                    .isEqualTo("{io.jingwei.validation.constraints.ValidDivisionCode.message}"));
  }

  @Test
  void validatesContainerElements() {
    Form form = Form.valid();
    form.contacts = List.of("13800138000", "1380013800");

    assertThat(validator.validate(form))
        .singleElement()
        .satisfies(v -> assertThat(v.getPropertyPath().toString()).startsWith("contacts["));
  }

  @Test
  void violationMessageDoesNotRepeatThePersonalValue() {
    Form form = Form.valid();
    form.idNumber = "110105194912310021";

    ConstraintViolation<Form> violation = validator.validate(form).iterator().next();

    assertThat(violation.getMessage()).doesNotContain("110105194912310021");
  }

  @Test
  void unknownGridSchemeFailsAtValidation() {
    assertThatExceptionOfType(ValidationException.class)
        .isThrownBy(() -> validator.validate(new BadScheme()));
  }

  @Test
  @DisplayName("中文和英文消息来自各自的资源包")
  void messagesComeFromTheChineseAndEnglishBundles() {
    Form form = Form.valid();
    form.idNumber = "110105194912310021";
    form.community = "450103";

    List<String> zh = messages(form, Locale.SIMPLIFIED_CHINESE);
    List<String> zhBare = messages(form, Locale.CHINESE);
    List<String> en = messages(form, Locale.ENGLISH);
    List<String> root = messages(form, Locale.ROOT);

    assertThat(zh).hasSize(2).allSatisfy(m -> assertThat(containsHan(m)).as(m).isTrue());
    assertThat(zhBare).isEqualTo(zh);
    assertThat(root).isEqualTo(zh);
    assertThat(en).hasSize(2).allSatisfy(m -> assertThat(containsHan(m)).as(m).isFalse());
    assertThat(en).doesNotContainAnyElementsOf(zh);
    assertThat(zh).allSatisfy(m -> assertThat(m).doesNotContain("{").doesNotContain("}"));
    assertThat(en).allSatisfy(m -> assertThat(m).doesNotContain("{").doesNotContain("}"));
  }

  /** The sorted messages of the form's violations, interpolated for the locale. */
  private static List<String> messages(Form form, Locale locale) {
    var configuration = Validation.byDefaultProvider().configure();
    MessageInterpolator defaults = configuration.getDefaultMessageInterpolator();
    MessageInterpolator fixed =
        new MessageInterpolator() {
          @Override
          public String interpolate(String template, Context context) {
            return defaults.interpolate(template, context, locale);
          }

          @Override
          public String interpolate(String template, Context context, Locale ignored) {
            return defaults.interpolate(template, context, locale);
          }
        };
    try (ValidatorFactory localized = configuration.messageInterpolator(fixed).buildValidatorFactory()) {
      return localized.getValidator().validate(form).stream()
          .sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
          .map(ConstraintViolation::getMessage)
          .toList();
    }
  }

  private static boolean containsHan(String text) {
    return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
