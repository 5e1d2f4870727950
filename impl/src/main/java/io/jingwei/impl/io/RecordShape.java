package io.jingwei.impl.io;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import io.jingwei.impl.json.JingweiModule;
import java.lang.annotation.Annotation;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The JSON shape of a record type as the readers need it: its properties (record components, by wire name), which
 * of them may be null, and the JSON type each expects. Cached per class.
 */
final class RecordShape {

  /**
   * One property of a record.
   *
   * @param name the wire name (the component name, or its {@code @JsonProperty} name)
   * @param type the component's generic type
   * @param raw the component's class
   * @param nullable whether annotated {@code @Nullable}
   * @param accessor the component's accessor
   * @param reader the accessor as a function, when one can be made
   * @param mayNest whether a value of the property may hold records with properties of their own (a record that
   *     is not a single-value type, a list, or a type that is not final); false for strings, enums and final value
   *     types — worked out once
   */
  record Property(
      String name,
      Type type,
      Class<?> raw,
      boolean nullable,
      Method accessor,
      java.util.function.@Nullable Function<Object, @Nullable Object> reader,
      boolean mayNest) {

    Property(String name, Type type, Class<?> raw, boolean nullable, Method accessor) {
      this(name, type, raw, nullable, accessor, Accessors.function(accessor), computeMayNest(raw));
    }

    boolean isPrimitive() {
      return raw.isPrimitive();
    }

    /**
     * Whether a value of the property could leave the record wanting: a reference that is not {@code @Nullable}
     * (null refused), or a primitive number (zero, which an absent property reads as). Not a {@code boolean}.
     */
    boolean canLack() {
      return isPrimitive() ? raw != boolean.class : !nullable;
    }

    /**
     * Whether the value leaves the property surely wanting — what {@code findMissing} might report: null where null
     * is refused, or a primitive number that is zero (a zero one may have been absent).
     */
    boolean lacks(@Nullable Object value) {
      if (isPrimitive()) {
        return raw != boolean.class
            && (!(value instanceof Number n) || n.doubleValue() == 0 || (value instanceof Character c && c == 0));
      }
      return value == null && !nullable;
    }

    private static boolean computeMayNest(Class<?> raw) {
      if (raw.isPrimitive() || raw.isEnum() || raw == String.class) {
        return false;
      }
      if (java.util.List.class.isAssignableFrom(raw)) {
        return true;
      }
      if (raw.isRecord()) {
        return !isValueLike(raw); // worked out from the class: no shape made here (a record may contain itself)
      }
      return !java.lang.reflect.Modifier.isFinal(raw.getModifiers());
    }

    @Nullable Object get(Object record) {
      java.util.function.Function<Object, @Nullable Object> fast = reader;
      if (fast != null) {
        return fast.apply(record);
      }
      try {
        return accessor.invoke(record);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot read " + name + " of " + record.getClass().getName(), e);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException("Accessor " + name + " failed", e.getCause());
      }
    }
  }

  private static final ClassValue<@Nullable RecordShape> CACHE =
      new ClassValue<>() {
        @Override
        protected @Nullable RecordShape computeValue(Class<?> type) {
          return type.isRecord() ? new RecordShape(type) : null;
        }
      };

  private final Map<String, Property> properties = new LinkedHashMap<>();
  /** The same properties in component order, as a list (the per-record loops index it: no iterator). */
  private final List<Property> propertyList;
  private final boolean delegating;

  /** Whether the record maps to a single JSON value: one of its accessors is its {@code @JsonValue}. */
  private static boolean isValueLike(Class<?> record) {
    for (RecordComponent rc : record.getRecordComponents()) {
      if (rc.getAccessor().isAnnotationPresent(JsonValue.class)) {
        return true;
      }
    }
    return false;
  }

  private RecordShape(Class<?> type) {
    for (RecordComponent rc : type.getRecordComponents()) {
      Method accessor = rc.getAccessor();
      accessor.trySetAccessible();
      JsonProperty renamed = accessor.getAnnotation(JsonProperty.class);
      String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : rc.getName();
      properties.put(name, new Property(name, rc.getGenericType(), rc.getType(), isNullable(rc), accessor));
    }
    this.propertyList = List.copyOf(properties.values());
    this.delegating = isValueLike(type);
  }

  /** The shape of a record type, or null for other types. */
  static @Nullable RecordShape of(Class<?> type) {
    return CACHE.get(type);
  }

  /** The properties, in component order. */
  List<Property> properties() {
    return propertyList;
  }

  /** The property of the wire name, or null. */
  @Nullable Property property(String name) {
    return properties.get(name);
  }

  /** Whether the record maps to a single JSON value ({@code @JsonValue}), like the entity identifiers. */
  boolean isDelegating() {
    return delegating;
  }

  private static boolean isNullable(RecordComponent rc) {
    return hasNullable(rc.getAnnotatedType().getAnnotations()) || hasNullable(rc.getAnnotations());
  }

  private static boolean hasNullable(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (a.annotationType().getSimpleName().equals("Nullable")) {
        return true;
      }
    }
    return false;
  }

  // ---- generic types ----

  /** The class of a type. */
  static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return raw(p.getRawType());
    }
    if (type instanceof GenericArrayType g) {
      return java.lang.reflect.Array.newInstance(raw(g.getGenericComponentType()), 0).getClass();
    }
    if (type instanceof WildcardType w) {
      return raw(w.getUpperBounds()[0]);
    }
    if (type instanceof TypeVariable<?> v) {
      return raw(v.getBounds()[0]);
    }
    return Object.class;
  }

  /** The element type of a collection or array type, or null. */
  static @Nullable Type elementType(Type type) {
    Class<?> raw = raw(type);
    if (raw.isArray()) {
      return type instanceof GenericArrayType g ? g.getGenericComponentType() : raw.getComponentType();
    }
    if (Collection.class.isAssignableFrom(raw)) {
      return type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
    }
    return null;
  }

  /** The value type of a map type, or null. */
  static @Nullable Type mapValueType(Type type) {
    if (Map.class.isAssignableFrom(raw(type))) {
      return type instanceof ParameterizedType p && p.getActualTypeArguments().length == 2
          ? p.getActualTypeArguments()[1]
          : Object.class;
    }
    return null;
  }

  // ---- JSON types ----

  /** The JSON type a class is written as: object, array, string, integer, number or boolean. */
  static String jsonTypeOf(Class<?> type) {
    Class<?> t = type;
    if (t == boolean.class || t == Boolean.class) {
      return "boolean";
    }
    if (t == int.class || t == long.class || t == short.class || t == byte.class
        || t == Integer.class || t == Long.class || t == Short.class || t == Byte.class
        || t == BigInteger.class) {
      return "integer";
    }
    if (t == double.class || t == float.class || t == Double.class || t == Float.class
        || t == BigDecimal.class || Number.class.isAssignableFrom(t)) {
      return "number";
    }
    if (CharSequence.class.isAssignableFrom(t) || t == char.class || t == Character.class || t.isEnum()
        || JingweiModule.handles(t) || TemporalAccessor.class.isAssignableFrom(t)
        || java.time.temporal.TemporalAmount.class.isAssignableFrom(t) || java.time.ZoneId.class.isAssignableFrom(t)
        || t == java.util.UUID.class || t == java.net.URI.class || t == java.util.Locale.class) {
      return "string";
    }
    if (t.isArray() || Collection.class.isAssignableFrom(t)) {
      return "array";
    }
    if (Boolean.TRUE.equals(SCALAR_VALUE.get(t))) {
      return "string";
    }
    return "object";
  }

  /**
   * Whether a class maps to a single JSON value through {@code @JsonValue} (the entity identifiers, a person's
   * name): such values are written as strings.
   */
  private static final ClassValue<Boolean> SCALAR_VALUE =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
              if (m.isAnnotationPresent(JsonValue.class)) {
                return true;
              }
            }
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
              if (f.isAnnotationPresent(JsonValue.class)) {
                return true;
              }
            }
          }
          return false;
        }
      };

  /** The JSON type of a node: object, array, string, integer, number, boolean, null or missing. */
  static String jsonTypeOf(JsonNode node) {
    if (node.isMissingNode()) {
      return "missing";
    }
    if (node.isObject()) {
      return "object";
    }
    if (node.isArray()) {
      return "array";
    }
    if (node.isString()) {
      return "string";
    }
    if (node.isNumber()) {
      return node.isIntegralNumber() ? "integer" : "number";
    }
    if (node.isBoolean()) {
      return "boolean";
    }
    if (node.isNull()) {
      return "null";
    }
    return "other";
  }

  /** Whether a node of the actual JSON type fits the expected JSON type (an integer is a number). */
  static boolean fits(String expected, String actual) {
    return expected.equals(actual) || (expected.equals("number") && actual.equals("integer"));
  }
}
