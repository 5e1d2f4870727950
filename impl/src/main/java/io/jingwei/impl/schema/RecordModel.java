package io.jingwei.impl.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.jingwei.impl.json.JingweiJson;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The properties of a record type as the schemas describe them (记录类型的属性模型), learned by reflection the way
 * the readers learn them: a property is required when the record cannot be built without it — a primitive number,
 * or a reference component not marked {@code @Nullable} whose absence makes the constructor fail or leaves it
 * null. A non-{@code @Nullable} component the constructor fills in when absent (a list, a defaulted enum) is
 * optional, and its filled-in value is the default. A primitive {@code boolean} is optional and defaults to
 * {@code false}.
 *
 * <p>To find out, the canonical constructor is called with a sample value for every required component and then
 * with each non-{@code @Nullable} reference component left null in turn; samples of value types are read from
 * their example text with the Jingwei mapper, so an example that does not parse fails here.
 */
final class RecordModel {
  private RecordModel() {}

  /**
   * One property.
   *
   * @param name the wire name
   * @param owner the record class
   * @param type the component's annotated type (type-use annotations and type arguments)
   * @param raw the component's class
   * @param required whether the property must be present and not null
   * @param acceptsNull whether {@code null} is read as absent
   * @param defaultValue the value the record fills in when absent, or null
   * @param annotations the declaration and type-use annotations of the component
   */
  record Property(
      String name,
      Class<?> owner,
      AnnotatedType type,
      Class<?> raw,
      boolean required,
      boolean acceptsNull,
      @Nullable Object defaultValue,
      List<Annotation> annotations) {}

  private static final ClassValue<List<Property>> CACHE =
      new ClassValue<>() {
        @Override
        protected List<Property> computeValue(Class<?> type) {
          return inspect(type);
        }
      };

  /**
   * The properties of a record class, in component order.
   *
   * @throws IllegalArgumentException when the class is not a record
   * @throws IllegalStateException when no sample of it can be built
   */
  static List<Property> of(Class<?> record) {
    if (!record.isRecord()) {
      throw new IllegalArgumentException("Not a record: " + record.getName());
    }
    return CACHE.get(record);
  }

  private static List<Property> inspect(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    Constructor<?> constructor = canonical(type, components);
    Object[] base = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      base[i] = isNullable(components[i]) ? null : sample(components[i].getType());
    }
    construct(constructor, base);
    List<Property> out = new ArrayList<>();
    for (int i = 0; i < components.length; i++) {
      RecordComponent rc = components[i];
      Class<?> raw = rc.getType();
      boolean required;
      boolean acceptsNull;
      Object defaultValue = null;
      if (raw.isPrimitive()) {
        required = raw != boolean.class;
        acceptsNull = false;
        defaultValue = raw == boolean.class ? Boolean.FALSE : null;
      } else if (isNullable(rc)) {
        required = false;
        acceptsNull = true;
      } else {
        Object[] args = base.clone();
        args[i] = null;
        Object built = tryConstruct(constructor, args);
        Object filled = built == null ? null : read(rc.getAccessor(), built);
        required = filled == null;
        acceptsNull = !required;
        defaultValue = filled;
      }
      out.add(new Property(name(rc), type, rc.getAnnotatedType(), raw, required, acceptsNull, defaultValue,
          annotations(rc)));
    }
    return List.copyOf(out);
  }

  private static String name(RecordComponent rc) {
    JsonProperty renamed = rc.getAccessor().getAnnotation(JsonProperty.class);
    return renamed != null && !renamed.value().isEmpty() ? renamed.value() : rc.getName();
  }

  /** Whether a component is marked {@code @Nullable} (any annotation of that simple name). */
  static boolean isNullable(RecordComponent rc) {
    for (Annotation a : annotations(rc)) {
      if (a.annotationType().getSimpleName().equals("Nullable")) {
        return true;
      }
    }
    return false;
  }

  /** The annotations of a component: on its type, on the component and on its accessor, each type once. */
  private static List<Annotation> annotations(RecordComponent rc) {
    Map<Class<?>, Annotation> seen = new LinkedHashMap<>();
    for (Annotation a : rc.getAnnotatedType().getAnnotations()) {
      seen.putIfAbsent(a.annotationType(), a);
    }
    for (Annotation a : rc.getAnnotations()) {
      seen.putIfAbsent(a.annotationType(), a);
    }
    for (Annotation a : rc.getAccessor().getAnnotations()) {
      seen.putIfAbsent(a.annotationType(), a);
    }
    return List.copyOf(seen.values());
  }

  private static Constructor<?> canonical(Class<?> type, RecordComponent[] components) {
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
    }
    try {
      Constructor<?> c = type.getDeclaredConstructor(types);
      c.trySetAccessible();
      return c;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("No canonical constructor in " + type.getName(), e);
    }
  }

  private static Object construct(Constructor<?> constructor, Object[] args) {
    try {
      return constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(
          "Cannot build a sample " + constructor.getDeclaringClass().getName() + ": " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot build a sample " + constructor.getDeclaringClass().getName(), e);
    }
  }

  private static @Nullable Object tryConstruct(Constructor<?> constructor, Object[] args) {
    try {
      return constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      return null;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot call the constructor of " + constructor.getDeclaringClass(), e);
    }
  }

  private static @Nullable Object read(Method accessor, Object record) {
    try {
      accessor.trySetAccessible();
      return accessor.invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot read " + accessor, e);
    }
  }

  /**
   * A sample value of a type, good enough to build records with: the required components filled, the others
   * absent.
   *
   * @throws IllegalStateException when the type has no sample
   */
  static Object sample(Class<?> type) {
    if (type == String.class) {
      return "x";
    }
    if (type == Integer.class || type == int.class) {
      return 0;
    }
    if (type == Long.class || type == long.class) {
      return 0L;
    }
    if (type == Boolean.class || type == boolean.class) {
      return false;
    }
    if (type == BigDecimal.class) {
      return BigDecimal.ZERO;
    }
    if (type == BigInteger.class) {
      return BigInteger.ZERO;
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (Set.class.isAssignableFrom(type)) {
      return Set.of();
    }
    if (Collection.class.isAssignableFrom(type)) {
      return List.of();
    }
    if (Map.class.isAssignableFrom(type)) {
      return Map.of();
    }
    var spec = ValueTypes.of(type);
    if (spec.isPresent()) {
      return JingweiJson.mapper().readValue(JsonText.scalar(spec.get().sample()), type);
    }
    if (type.isRecord()) {
      RecordComponent[] components = type.getRecordComponents();
      Object[] args = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        args[i] = isNullable(components[i]) ? null : sample(components[i].getType());
      }
      return construct(canonical(type, components), args);
    }
    throw new IllegalStateException("No sample of " + type.getName() + ": add it to the schema generator");
  }
}
