package io.jingwei.impl.engine;

import io.jingwei.ref.EntityKind;
import io.jingwei.standard.RuleDefinition;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The field-constraint check (字段约束检查, check name {@value #NAME}): runs Bean Validation (Hibernate
 * Validator, bootstrapped without Jakarta EL and without {@code META-INF/validation.xml}) on every record of the
 * input that the {@linkplain ConstraintShortcut field-constraint shortcut} does not pass, and reports each violation
 * under the rule that claims its constraint annotation, at the JSON Pointer of the property. The shortcut passes
 * only records Bean Validation would find valid, so the report is Bean Validation's.
 *
 * <p>Which rule claims which constraint is data: each rule bound to this check lists the simple names of the
 * annotations it covers in its {@code constraints} parameter ({@code [NotNull]}, {@code [Min, Max, Range]}); the
 * name {@code *} makes a rule the fallback for every other constraint (the national standard's
 * {@code field.invalid}). A violation no rule claims is not reported, nor is one claimed by a rule that is turned off or not
 * in force (it does not fall to the wildcard rule).
 *
 * <p>Arguments: {@code constraint} (the annotation's simple name) and the annotation's numeric, boolean and text
 * attributes except {@code message} ({@code min}, {@code max}, {@code value} …). The invalid value itself is never
 * an argument, since it may be personal data.
 */
final class FieldConstraintCheck implements Check {

  /** The check's name in profiles. */
  static final String NAME = "bean-validation";

  /** The parameter listing the constraint annotations a rule claims. */
  static final String CONSTRAINTS = "constraints";

  /** The wildcard constraint name: every constraint no other rule claims. */
  static final String ANY = "*";

  private static final Comparator<ConstraintViolation<?>> ORDER =
      Comparator.<ConstraintViolation<?>, String>comparing(v -> JsonPointers.of(v.getPropertyPath()))
          .thenComparing(v -> annotationName(v))
          .thenComparing(ConstraintViolation::getMessageTemplate);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Layer layer() {
    return Layer.FIELD;
  }

  @Override
  public void run(CheckContext context) {
    Map<String, String> claims = new HashMap<>();
    String fallback = null;
    for (RuleDefinition rule : context.boundRules()) {
      for (String constraint : rule.stringListParam(CONSTRAINTS)) {
        if (ANY.equals(constraint)) {
          fallback = fallback == null ? rule.id() : fallback;
        } else {
          claims.putIfAbsent(constraint, rule.id());
        }
      }
    }
    Prevalidated known = context.input().extension(Prevalidated.class).orElse(null);
    for (EntityKind kind : EntityKind.values()) {
      for (RecordEntry entry : context.input().records(kind)) {
        if ((known != null && known.isKnownValid(entry.record())) || SHORTCUT.isSurelyValid(entry.record())) {
          continue;
        }
        Set<ConstraintViolation<Object>> violations = ValidatorHolder.VALIDATOR.validate(entry.record());
        if (violations.isEmpty()) {
          continue;
        }
        List<ConstraintViolation<?>> sorted = new ArrayList<>(violations);
        sorted.sort(ORDER);
        for (ConstraintViolation<?> v : sorted) {
          String annotation = annotationName(v);
          String ruleId = claims.getOrDefault(annotation, fallback);
          RuleContext rule = ruleId == null ? null : context.rule(ruleId).orElse(null);
          if (rule != null) {
            rule.emitAt(
                entry.ref(), JsonPointers.of(v.getPropertyPath()), entry.location(), args(v), Approvals.none());
          }
        }
      }
    }
  }

  /** Whether the record breaks none of its field constraints (thread-safe: Bean Validation of one record). */
  static boolean isValid(Object record) {
    return SHORTCUT.isSurelyValid(record) || ValidatorHolder.VALIDATOR.validate(record).isEmpty();
  }

  /**
   * What an input may know of its records' field constraints ahead of the check (a streaming validation
   * validates the members on its reading thread): the check validates only the records not known valid, and
   * reports the same.
   */
  interface Prevalidated {
    /**
     * Whether the record breaks no field constraint; asked only about the records of the input that offers it, all
     * of which were validated ahead.
     */
    boolean isKnownValid(Object record);
  }

  private static String annotationName(ConstraintViolation<?> v) {
    return v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
  }

  private static Map<String, Object> args(ConstraintViolation<?> v) {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("constraint", annotationName(v));
    Map<String, Object> attributes = new TreeMap<>(v.getConstraintDescriptor().getAttributes());
    attributes.forEach(
        (name, value) -> {
          if (name.equals("message") || name.equals("groups") || name.equals("payload")) {
            return;
          }
          if (value instanceof Number || value instanceof Boolean || value instanceof String) {
            args.put(name, value);
          }
        });
    return args;
  }

  /**
   * The shortcut past Bean Validation: a record it finds valid needs no Bean Validation, which is started only for
   * the first record that does.
   */
  private static final ConstraintShortcut SHORTCUT = ConstraintShortcut.create();

  /**
   * The validator, built on first use without Jakarta EL and without {@code META-INF/validation.xml} (a host's
   * mapping file is for its own classes; the engine checks what the model's annotations say, as the shortcut does).
   */
  private static final class ValidatorHolder {
    static final ValidatorFactory FACTORY =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .ignoreXmlConfiguration()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    static final Validator VALIDATOR = FACTORY.getValidator();
  }

  /** Compiles the shortcut for the record classes now, ahead of the first records (a warm-up); true when it covers them. */
  static boolean prepare(java.util.Collection<Class<?>> recordTypes) {
    boolean all = true;
    for (Class<?> type : recordTypes) {
      all &= SHORTCUT.covers(type);
    }
    return all;
  }

  /** The validator the check uses (for tests of the shortcut). */
  static Validator validator() {
    return ValidatorHolder.VALIDATOR;
  }
}
