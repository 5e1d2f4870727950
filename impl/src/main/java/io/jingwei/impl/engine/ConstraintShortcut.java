package io.jingwei.impl.engine;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
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
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A shortcut past Bean Validation (字段约束捷径): the field constraints of the domain's records, read from their
 * components' annotations and compiled once per record class into plain comparisons. A record the shortcut finds
 * meeting every constraint is valid without Bean Validation — which is then not even started; any other record goes
 * through Bean Validation, which reports exactly what it always did — so the shortcut decides only how fast a valid
 * record passes, never what is reported.
 *
 * <p>The shortcut knows the built-in constraints the model uses and their neighbours ({@code @NotNull},
 * {@code @Null}, {@code @NotBlank}, {@code @NotEmpty}, {@code @Size}, {@code @Min}, {@code @Max},
 * {@code @Positive}, {@code @PositiveOrZero}, {@code @Negative}, {@code @NegativeOrZero}, {@code @Pattern}) in the
 * default group, on the components of records, and cascades ({@code @Valid}) into records, directly or as the
 * elements of a {@code List}, {@code Set}, {@code Collection} or {@code Optional}. A class with anything else —
 * another constraint, a repeated constraint, a class-level constraint, a constraint or cascade on an interface, a
 * group other than the default, a group conversion, a redefined default group sequence, a value type it does not
 * know for the constraint — is not compiled: each of its records goes through Bean Validation, as every record did
 * before. The engine's Bean Validation ignores {@code META-INF/validation.xml}, so the annotations are the whole of
 * what it checks; tests hold the shortcut's reading of them to Bean Validation's own description of every class of
 * the model, and its semantics to Hibernate Validator's validators value by value. Values are read through the
 * records' accessors, where Bean Validation reads the fields: the same values for records whose accessors are the
 * implicit ones, as every record of the model's are (the testkit's {@code ModelAccessorsTest} checks each
 * component of a generated city's records). Thread-safe.
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

  /** The plans by class, each compiled once (a thread asking for a plan being compiled waits for it). */
  private final ConcurrentHashMap<Class<?>, Plan> plans = new ConcurrentHashMap<>();

  private ConstraintShortcut() {}

  /** A shortcut compiling the classes it meets. */
  static ConstraintShortcut create() {
    return new ConstraintShortcut();
  }

  /**
   * Whether the record surely breaks no field constraint: true only when its class and every record it cascades
   * into were compiled and every constraint holds; false means "ask Bean Validation".
   */
  boolean isSurelyValid(Object record) {
    Plan plan = plan(record.getClass());
    return plan.compiled() && plan.passes(record, this);
  }

  /**
   * Whether the class and every class it cascades into (by their declared types) are compiled, so that none of
   * their records needs Bean Validation unless it breaks a constraint.
   */
  boolean covers(Class<?> type) {
    return covers(type, new HashSet<>());
  }

  /**
   * What the shortcut compiled for the class, in the words of Bean Validation's description of it:
   * {@code Class.property:Constraint}, {@code Class.property:cascade}, {@code Class.property<>:…} for a container's
   * elements; empty when the class is not compiled.
   */
  Set<String> description(Class<?> type) {
    return plan(type).description;
  }

  private Plan plan(Class<?> type) {
    Plan plan = plans.get(type);
    return plan != null ? plan : plans.computeIfAbsent(type, Plan::of);
  }

  private boolean covers(Class<?> type, Set<Class<?>> seen) {
    if (!seen.add(type)) {
      return true;
    }
    Plan plan = plan(type);
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
    private static final Plan NOT_COMPILED = new Plan(null, List.of(), Set.of());

    private final Property @Nullable [] properties;
    private final List<Class<?>> cascadesInto;
    private final Set<String> description;

    private Plan(Property @Nullable [] properties, List<Class<?>> cascadesInto, Set<String> description) {
      this.properties = properties;
      this.cascadesInto = cascadesInto;
      this.description = description;
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

    static Plan of(Class<?> type) {
      if (!type.isRecord() || !classLevelFree(type)) {
        return NOT_COMPILED;
      }
      List<Property> properties = new ArrayList<>();
      List<Class<?>> cascades = new ArrayList<>();
      Set<String> description = new TreeSet<>();
      for (RecordComponent c : type.getRecordComponents()) {
        Field field;
        try {
          field = type.getDeclaredField(c.getName());
        } catch (NoSuchFieldException e) {
          return NOT_COMPILED;
        }
        Property property = Property.of(type, c, field, cascades, description);
        if (property == NOT_A_PROPERTY) {
          continue;
        }
        if (property == null) {
          return NOT_COMPILED;
        }
        properties.add(property);
      }
      return new Plan(properties.toArray(Property[]::new), List.copyOf(cascades), Set.copyOf(description));
    }

    /**
     * Whether nothing outside the components constrains the class: no constraint, group sequence or group
     * provider on the class or its interfaces, no constrained or cascaded method on an interface (a getter Bean
     * Validation would check).
     */
    private static boolean classLevelFree(Class<?> type) {
      Deque<Class<?>> todo = new ArrayDeque<>(List.of(type));
      while (!todo.isEmpty()) {
        Class<?> t = todo.poll();
        for (Annotation a : t.getDeclaredAnnotations()) {
          if (validationAnnotation(a)) {
            return false;
          }
        }
        if (t != type) {
          for (java.lang.reflect.Method m : t.getDeclaredMethods()) {
            for (Annotation a : m.getDeclaredAnnotations()) {
              if (validationAnnotation(a)) {
                return false;
              }
            }
          }
        }
        todo.addAll(List.of(t.getInterfaces()));
      }
      return true;
    }
  }

  /** The marker {@link Property#of} returns for a component without constraint or cascade. */
  private static final Property NOT_A_PROPERTY =
      new Property(MethodHandles.constant(Object.class, null), new Test[0], false, null, false);

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

    /**
     * The component compiled; {@link #NOT_A_PROPERTY} when nothing constrains it; null when something the
     * shortcut does not know does.
     */
    static @Nullable Property of(
        Class<?> type, RecordComponent c, Field field, List<Class<?>> cascades, Set<String> description) {
      String at = type.getSimpleName() + "." + c.getName();
      List<Annotation> own = new ArrayList<>();
      boolean cascaded = false;
      for (Annotation a : field.getDeclaredAnnotations()) {
        if (a instanceof Valid) {
          cascaded = true;
        } else if (validationAnnotation(a)) {
          own.add(a);
        }
      }
      AnnotatedType annotated = field.getAnnotatedType();
      // a constraint on the component's type itself is the field's (javac puts a TYPE_USE-and-FIELD annotation in
      // both places); one that is only there — or within an array's or a wildcard's type — is beyond the shortcut
      List<Annotation> typeAnnotations =
          annotated instanceof AnnotatedParameterizedType
              ? validationAnnotations(annotated.getDeclaredAnnotations()) // the arguments: below
              : annotationsWithin(annotated);
      for (Annotation a : typeAnnotations) {
        if (!own.contains(a) && !(a instanceof Valid && cascaded)) {
          return null;
        }
      }
      Test[] tests = tests(own);
      if (tests == null) {
        return null;
      }
      own.forEach(a -> description.add(at + ":" + a.annotationType().getSimpleName()));
      if (cascaded) {
        if (!c.getType().isRecord()) {
          return null; // a cascade into a container or a non-record: Bean Validation's own rules
        }
        cascades.add(c.getType());
        description.add(at + ":cascade");
      }
      List<Annotation> elementAnnotations = new ArrayList<>();
      boolean elementsCascaded = false;
      if (annotated instanceof AnnotatedParameterizedType parameterized) {
        AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
        for (int i = 0; i < arguments.length; i++) {
          int within = annotationsWithin(arguments[i]).size();
          if (within > 0
              && (i != 0
                  || !CONTAINERS.contains(c.getType())
                  || within != validationAnnotations(arguments[i].getDeclaredAnnotations()).size())) {
            return null; // another type argument, another container, or annotations nested deeper
          }
        }
        if (arguments.length > 0) {
          for (Annotation a : validationAnnotations(arguments[0].getDeclaredAnnotations())) {
            if (a instanceof Valid) {
              elementsCascaded = true;
            } else {
              elementAnnotations.add(a);
            }
          }
        }
      }
      Test[] elementTests = tests(elementAnnotations);
      if (elementTests == null) {
        return null;
      }
      elementAnnotations.forEach(a -> description.add(at + "<>:" + a.annotationType().getSimpleName()));
      if (elementsCascaded) {
        Type argument = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
        if (!(argument instanceof Class<?> element) || !element.isRecord()) {
          return null;
        }
        cascades.add(element);
        description.add(at + "<>:cascade");
      }
      if (own.isEmpty() && !cascaded && elementAnnotations.isEmpty() && !elementsCascaded) {
        return NOT_A_PROPERTY;
      }
      MethodHandle accessor = accessor(c);
      if (accessor == null) {
        return null;
      }
      boolean elements = !elementAnnotations.isEmpty() || elementsCascaded;
      return new Property(accessor, tests, cascaded, elements ? elementTests : null, elementsCascaded);
    }

    boolean passes(Object record, ConstraintShortcut shortcut) {
      Object value;
      try {
        value = (Object) accessor.invokeExact(record);
      } catch (Error e) {
        throw e;
      } catch (Throwable failed) {
        return false; // Bean Validation will meet the same failure and report it its own way
      }
      if (!allPass(tests, value)) {
        return false;
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
      return allPass(each, element)
          && (!elementsCascaded || element == null || shortcut.isSurelyValid(element));
    }

    private static boolean allPass(Test[] tests, @Nullable Object value) {
      for (Test t : tests) { // an array: this runs on every record
        if (!t.passes(value)) {
          return false;
        }
      }
      return true;
    }

    /** The record component's accessor as {@code (Object) -> Object}, or null when it cannot be reached. */
    private static @Nullable MethodHandle accessor(RecordComponent c) {
      try {
        return MethodHandles.lookup()
            .unreflect(c.getAccessor())
            .asType(MethodType.methodType(Object.class, Object.class));
      } catch (IllegalAccessException | SecurityException unreachable) {
        return null;
      }
    }
  }

  /**
   * Whether the annotation is one Bean Validation acts on: a constraint, a container of repeated constraints, a
   * cascade, a group conversion or sequence, or any other annotation of Bean Validation or Hibernate Validator.
   */
  private static boolean validationAnnotation(Annotation a) {
    Class<? extends Annotation> t = a.annotationType();
    if (t.isAnnotationPresent(Constraint.class)) {
      return true;
    }
    String name = t.getName();
    if (name.startsWith("jakarta.validation.") || name.startsWith("org.hibernate.validator.")) {
      return true;
    }
    try {
      java.lang.reflect.Method value = t.getMethod("value");
      Class<?> returned = value.getReturnType();
      return returned.isArray() && returned.getComponentType().isAnnotationPresent(Constraint.class);
    } catch (NoSuchMethodException none) {
      return false;
    }
  }

  private static List<Annotation> validationAnnotations(Annotation[] annotations) {
    List<Annotation> out = new ArrayList<>();
    for (Annotation a : annotations) {
      if (validationAnnotation(a)) {
        out.add(a);
      }
    }
    return out;
  }

  /** The validation annotations on the type and on every type within it (arguments, components, bounds). */
  private static List<Annotation> annotationsWithin(AnnotatedType type) {
    List<Annotation> out = new ArrayList<>(validationAnnotations(type.getDeclaredAnnotations()));
    if (type instanceof AnnotatedParameterizedType p) {
      for (AnnotatedType argument : p.getAnnotatedActualTypeArguments()) {
        out.addAll(annotationsWithin(argument));
      }
    } else if (type instanceof AnnotatedArrayType array) {
      out.addAll(annotationsWithin(array.getAnnotatedGenericComponentType()));
    } else if (type instanceof AnnotatedWildcardType wildcard) {
      for (AnnotatedType bound : wildcard.getAnnotatedUpperBounds()) {
        out.addAll(annotationsWithin(bound));
      }
      for (AnnotatedType bound : wildcard.getAnnotatedLowerBounds()) {
        out.addAll(annotationsWithin(bound));
      }
    }
    return out;
  }

  /** The compiled tests of the constraints, or null when one of them is not known. */
  private static Test @Nullable [] tests(List<Annotation> constraints) {
    List<Test> tests = new ArrayList<>();
    for (Annotation c : constraints) {
      Test t = test(c);
      if (t == null) {
        return null;
      }
      tests.add(t);
    }
    return tests.toArray(Test[]::new);
  }

  private static @Nullable Test test(Annotation a) {
    if (!KNOWN.contains(a.annotationType()) || !inDefaultGroupOnly(a)) {
      return null;
    }
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

  /** Whether the constraint's groups are the default (none named, or only {@code Default}). */
  private static boolean inDefaultGroupOnly(Annotation a) {
    try {
      Class<?>[] groups = (Class<?>[]) a.annotationType().getMethod("groups").invoke(a);
      return groups.length == 0 || (groups.length == 1 && groups[0] == Default.class);
    } catch (ReflectiveOperationException | ClassCastException unexpected) {
      return false;
    }
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
