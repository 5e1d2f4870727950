package io.jingwei.impl.engine;

import jakarta.validation.GroupSequence;
import jakarta.validation.Validator;
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
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A shortcut past Bean Validation (字段约束捷径): the field constraints of the domain's records, as Bean Validation
 * itself describes them, compiled once per record class into plain comparisons. A record the shortcut finds meeting
 * every constraint is valid without Bean Validation; any other record goes through Bean Validation, which reports
 * exactly what it always did — so the shortcut decides only how fast a valid record passes, never what is reported.
 *
 * <p>The shortcut knows the built-in constraints the model uses and their neighbours ({@code @NotNull},
 * {@code @Null}, {@code @NotBlank}, {@code @NotEmpty}, {@code @Size}, {@code @Min}, {@code @Max},
 * {@code @Positive}, {@code @PositiveOrZero}, {@code @Negative}, {@code @NegativeOrZero}, {@code @Pattern}) in the
 * default group, on the components of records, and cascades ({@code @Valid}) into records, directly or as the
 * elements of a {@code List}, {@code Set}, {@code Collection} or {@code Optional}. A class with anything else —
 * another constraint, a class-level or composed constraint, a group other than the default, a redefined default
 * group sequence, a value type it does not know for the constraint — is not compiled: each of its records goes
 * through Bean Validation, as every record did before. The compiled semantics are those of Hibernate Validator's
 * own validators (a test holds them to it, value by value). Thread-safe.
 */
final class ConstraintShortcut {

  /** A compiled test of one constraint: true when the value surely meets it. */
  @FunctionalInterface
  private interface Test {
    boolean passes(@Nullable Object value);
  }

  /** The constraints a compiled class may carry. */
  private static final Set<Class<? extends Annotation>> KNOWN =
      Set.of(
          NotNull.class,
          Null.class,
          NotBlank.class,
          NotEmpty.class,
          Size.class,
          Min.class,
          Max.class,
          Positive.class,
          PositiveOrZero.class,
          Negative.class,
          NegativeOrZero.class,
          Pattern.class);

  private static final Set<Class<?>> CONTAINERS =
      Set.of(List.class, Set.class, Collection.class, Iterable.class, Optional.class);

  private final Validator validator;
  private final ClassValue<Plan> plans =
      new ClassValue<>() {
        @Override
        protected Plan computeValue(Class<?> type) {
          return Plan.of(validator, type);
        }
      };

  private ConstraintShortcut(Validator validator) {
    this.validator = validator;
  }

  /** The shortcut for the validator's description of the constraints. */
  static ConstraintShortcut of(Validator validator) {
    return new ConstraintShortcut(validator);
  }

  /**
   * Whether the record surely breaks no field constraint: true only when its class and every record it cascades
   * into were compiled and every constraint holds; false means "ask Bean Validation".
   */
  boolean isSurelyValid(Object record) {
    Plan plan = plans.get(record.getClass());
    return plan.compiled() && plan.passes(record, this);
  }

  /**
   * Whether the class and every class it cascades into (by their declared types) are compiled, so that none of
   * their records needs Bean Validation unless it breaks a constraint.
   */
  boolean covers(Class<?> type) {
    return covers(type, new HashSet<>());
  }

  private boolean covers(Class<?> type, Set<Class<?>> seen) {
    if (!seen.add(type)) {
      return true;
    }
    Plan plan = plans.get(type);
    if (!plan.compiled()) {
      return false;
    }
    for (Class<?> next : plan.cascadesInto) {
      if (!covers(next, seen)) {
        return false;
      }
    }
    return true;
  }

  /** One record class compiled, or not ({@link #compiled()} false). */
  private static final class Plan {
    private static final Plan NOT_COMPILED = new Plan(null, List.of());

    private final Property @Nullable [] properties;
    private final List<Class<?>> cascadesInto;

    private Plan(Property @Nullable [] properties, List<Class<?>> cascadesInto) {
      this.properties = properties;
      this.cascadesInto = cascadesInto;
    }

    boolean compiled() {
      return properties != null;
    }

    boolean passes(Object record, ConstraintShortcut shortcut) {
      Property[] all = properties;
      if (all == null) {
        return false;
      }
      for (Property p : all) { // an array: this runs on every record
        if (!p.passes(record, shortcut)) {
          return false;
        }
      }
      return true;
    }

    static Plan of(Validator validator, Class<?> type) {
      if (!type.isRecord() || type.isAnnotationPresent(GroupSequence.class)) {
        return NOT_COMPILED;
      }
      BeanDescriptor bean;
      try {
        bean = validator.getConstraintsForClass(type);
      } catch (RuntimeException notDescribable) {
        return NOT_COMPILED;
      }
      if (!bean.getConstraintDescriptors().isEmpty()) {
        return NOT_COMPILED; // class-level constraints
      }
      List<Property> properties = new ArrayList<>();
      List<Class<?>> cascades = new ArrayList<>();
      for (PropertyDescriptor p : bean.getConstrainedProperties()) {
        Property property = Property.of(type, p, cascades);
        if (property == null) {
          return NOT_COMPILED;
        }
        properties.add(property);
      }
      return new Plan(properties.toArray(Property[]::new), List.copyOf(cascades));
    }
  }

  /** One constrained component of a record: its own tests, its cascade, its elements' tests and cascade. */
  private static final class Property {
    private final MethodHandle accessor;
    private final Test[] tests;
    private final boolean cascaded;
    private final Test @Nullable [] elementTests;
    private final boolean elementsCascaded;

    private Property(
        MethodHandle accessor,
        Test[] tests,
        boolean cascaded,
        Test @Nullable [] elementTests,
        boolean elementsCascaded) {
      this.accessor = accessor;
      this.tests = tests;
      this.cascaded = cascaded;
      this.elementTests = elementTests;
      this.elementsCascaded = elementsCascaded;
    }

    static @Nullable Property of(Class<?> type, PropertyDescriptor p, List<Class<?>> cascades) {
      MethodHandle accessor = accessor(type, p.getPropertyName());
      Test[] tests = tests(p.getConstraintDescriptors());
      if (accessor == null || tests == null) {
        return null;
      }
      boolean cascaded = p.isCascaded();
      if (cascaded) {
        if (!p.getElementClass().isRecord()) {
          return null; // a cascade into a container or a non-record: Bean Validation's own rules
        }
        cascades.add(p.getElementClass());
      }
      Set<ContainerElementTypeDescriptor> containers = p.getConstrainedContainerElementTypes();
      if (containers.isEmpty()) {
        return new Property(accessor, tests, cascaded, null, false);
      }
      if (containers.size() != 1 || cascaded) {
        return null;
      }
      ContainerElementTypeDescriptor e = containers.iterator().next();
      if (!CONTAINERS.contains(e.getContainerClass())
          || e.getTypeArgumentIndex() == null
          || e.getTypeArgumentIndex() != 0
          || !e.getConstrainedContainerElementTypes().isEmpty()) {
        return null;
      }
      Test[] elementTests = tests(e.getConstraintDescriptors());
      if (elementTests == null) {
        return null;
      }
      if (e.isCascaded()) {
        if (!e.getElementClass().isRecord()) {
          return null;
        }
        cascades.add(e.getElementClass());
      }
      return new Property(accessor, tests, false, elementTests, e.isCascaded());
    }

    boolean passes(Object record, ConstraintShortcut shortcut) {
      Object value;
      try {
        value = (Object) accessor.invokeExact(record);
      } catch (Throwable failed) {
        return false; // Bean Validation will meet the same failure and report it its own way
      }
      for (Test t : tests) {
        if (!t.passes(value)) {
          return false;
        }
      }
      if (cascaded && value != null && !shortcut.isSurelyValid(value)) {
        return false;
      }
      Test[] each = elementTests;
      if (each == null || value == null) {
        return true;
      }
      if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) { // no iterator: this runs on every record
          if (!element(list.get(i), each, shortcut)) {
            return false;
          }
        }
        return true;
      }
      if (value instanceof Optional<?> optional) {
        return optional.isEmpty() || element(optional.get(), each, shortcut);
      }
      if (value instanceof Iterable<?> iterable) {
        for (Object element : iterable) {
          if (!element(element, each, shortcut)) {
            return false;
          }
        }
        return true;
      }
      return false;
    }

    private boolean element(@Nullable Object element, Test[] each, ConstraintShortcut shortcut) {
      for (Test t : each) {
        if (!t.passes(element)) {
          return false;
        }
      }
      return !elementsCascaded || element == null || shortcut.isSurelyValid(element);
    }

    /** The record component's accessor as {@code (Object) -> Object}, or null when it cannot be reached. */
    private static @Nullable MethodHandle accessor(Class<?> type, String name) {
      for (RecordComponent c : type.getRecordComponents()) {
        if (c.getName().equals(name)) {
          try {
            return MethodHandles.lookup()
                .unreflect(c.getAccessor())
                .asType(MethodType.methodType(Object.class, Object.class));
          } catch (IllegalAccessException | SecurityException unreachable) {
            return null;
          }
        }
      }
      return null;
    }
  }

  /** The compiled tests of the constraints, or null when one of them is not known. */
  private static Test @Nullable [] tests(Set<ConstraintDescriptor<?>> constraints) {
    List<Test> tests = new ArrayList<>();
    for (ConstraintDescriptor<?> c : constraints) {
      Test t = test(c);
      if (t == null) {
        return null;
      }
      tests.add(t);
    }
    return tests.toArray(Test[]::new);
  }

  private static @Nullable Test test(ConstraintDescriptor<?> c) {
    if (!c.getGroups().equals(Set.of(Default.class))
        || !c.getComposingConstraints().isEmpty()
        || !KNOWN.contains(c.getAnnotation().annotationType())) {
      return null;
    }
    Annotation a = c.getAnnotation();
    if (a instanceof NotNull) {
      return v -> v != null;
    } else if (a instanceof Null) {
      return v -> v == null;
    } else if (a instanceof NotBlank) {
      return v -> v instanceof CharSequence s && !s.toString().isBlank(); // Hibernate Validator 9: String.isBlank
    } else if (a instanceof NotEmpty) {
      return v -> length(v) > 0;
    } else if (a instanceof Size size) {
      int min = size.min();
      int max = size.max();
      return v -> {
        if (v == null) {
          return true;
        }
        long n = length(v);
        return n >= min && n <= max;
      };
    } else if (a instanceof Min min) {
      long bound = min.value();
      return v -> v == null || atLeast(compare(v, bound), 0);
    } else if (a instanceof Max max) {
      long bound = max.value();
      return v -> v == null || atMost(compare(v, bound), 0);
    } else if (a instanceof Positive) {
      return v -> v == null || atLeast(sign(v), 1);
    } else if (a instanceof PositiveOrZero) {
      return v -> v == null || atLeast(sign(v), 0);
    } else if (a instanceof Negative) {
      return v -> v == null || atMost(sign(v), -1);
    } else if (a instanceof NegativeOrZero) {
      return v -> v == null || atMost(sign(v), 0);
    } else if (a instanceof Pattern p) {
      int flags = 0;
      for (Pattern.Flag f : p.flags()) {
        flags |= f.getValue();
      }
      java.util.regex.Pattern regex = java.util.regex.Pattern.compile(p.regexp(), flags);
      return v -> v == null || (v instanceof CharSequence s && regex.matcher(s).matches());
    }
    return null;
  }

  /** What {@link #sign} and {@link #compare} answer for a value they do not know. */
  private static final int UNKNOWN = 2;

  /** Whether a known sign or comparison is at least the wanted one. */
  private static boolean atLeast(int sign, int wanted) {
    return sign != UNKNOWN && sign >= wanted;
  }

  /** Whether a known sign or comparison is at most the wanted one. */
  private static boolean atMost(int sign, int wanted) {
    return sign != UNKNOWN && sign <= wanted;
  }

  /** The sign of an integral or decimal number (-1, 0, 1), else {@link #UNKNOWN}. */
  private static int sign(Object v) {
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      return Long.signum(((Number) v).longValue());
    } else if (v instanceof BigDecimal d) {
      return d.signum();
    } else if (v instanceof BigInteger i) {
      return i.signum();
    }
    return UNKNOWN;
  }

  /** The number against the bound (-1, 0, 1), else {@link #UNKNOWN}; a value not known never passes a bound. */
  private static int compare(Object v, long bound) {
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      return Long.compare(((Number) v).longValue(), bound);
    } else if (v instanceof BigDecimal d) {
      return Integer.signum(d.compareTo(BigDecimal.valueOf(bound)));
    } else if (v instanceof BigInteger i) {
      return Integer.signum(i.compareTo(BigInteger.valueOf(bound)));
    }
    return UNKNOWN;
  }

  /** A text's, collection's, map's or array's length; -1 for null or a value of another kind. */
  private static long length(@Nullable Object v) {
    if (v instanceof CharSequence s) {
      return s.length();
    } else if (v instanceof Collection<?> c) {
      return c.size();
    } else if (v instanceof Map<?, ?> m) {
      return m.size();
    } else if (v instanceof Object[] array) {
      return array.length;
    }
    return -1;
  }
}
