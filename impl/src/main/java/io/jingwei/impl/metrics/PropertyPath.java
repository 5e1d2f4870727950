package io.jingwei.impl.metrics;

import io.jingwei.impl.io.Accessors;
import io.jingwei.standard.Population;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A wire-format property path compiled against a record class (属性路径): record component names joined by
 * {@code /} ({@code idNumber}, {@code timeline/admittedOn}, {@code leadership/hasCommittee}). The wire format's
 * property names are the record component names, so the path reads the same property the JSON holds. A path goes
 * through nested records only, never into a list. Immutable and thread-safe.
 */
public final class PropertyPath {

  private final String text;
  private final List<Method> accessors;
  /** The accessors as functions (a generated class each, read without reflection), or null to read reflectively. */
  private final java.util.function.@Nullable Function<Object, Object> @Nullable [] readers;
  private final Class<?> leafType;
  private final @Nullable Class<?> elementType;

  private PropertyPath(String text, List<Method> accessors, Class<?> leafType, @Nullable Class<?> elementType) {
    this.text = text;
    this.accessors = List.copyOf(accessors);
    this.readers = readers(this.accessors);
    this.leafType = leafType;
    this.elementType = elementType;
  }

  /**
   * Compiles the path against the record class.
   *
   * @throws IllegalArgumentException when the text is not a path, names no component, or goes through a value that
   *     is not a record
   */
  public static PropertyPath compile(Class<?> recordType, String path) {
    Objects.requireNonNull(recordType, "recordType");
    Objects.requireNonNull(path, "path");
    if (!Population.isPropertyPath(path)) {
      throw new IllegalArgumentException("'" + path + "' is not a property path (names joined by /)");
    }
    String[] names = path.split("/");
    List<Method> accessors = new ArrayList<>(names.length);
    Class<?> current = recordType;
    Type currentGeneric = recordType;
    for (int i = 0; i < names.length; i++) {
      if (!current.isRecord()) {
        throw new IllegalArgumentException(
            "'" + path + "': " + String.join("/", java.util.Arrays.copyOf(names, i)) + " has no properties");
      }
      RecordComponent component = component(current, names[i], path);
      accessors.add(component.getAccessor());
      current = component.getType();
      currentGeneric = component.getGenericType();
    }
    Class<?> element = null;
    if (Collection.class.isAssignableFrom(current) && currentGeneric instanceof ParameterizedType p) {
      Type arg = p.getActualTypeArguments()[0];
      if (arg instanceof Class<?> c) {
        element = c;
      } else if (arg instanceof ParameterizedType pa && pa.getRawType() instanceof Class<?> raw) {
        element = raw;
      }
    }
    return new PropertyPath(path, accessors, current, element);
  }

  private static RecordComponent component(Class<?> type, String name, String path) {
    TreeSet<String> known = new TreeSet<>();
    for (RecordComponent c : type.getRecordComponents()) {
      if (c.getName().equals(name)) {
        return c;
      }
      known.add(c.getName());
    }
    throw new IllegalArgumentException(
        "'" + path + "': " + type.getSimpleName() + " has no property '" + name + "' (known: " + known + ")");
  }

  /** The path as written. */
  public String text() {
    return text;
  }

  /** The declared type of the property (a list or set type for list properties). */
  public Class<?> leafType() {
    return leafType;
  }

  /** The element type of a list or set property, when it is a plain class; null otherwise. */
  public @Nullable Class<?> elementType() {
    return elementType;
  }

  /** Whether the property holds a list or set. */
  public boolean isCollection() {
    return Collection.class.isAssignableFrom(leafType);
  }

  /** The accessors as functions ({@link Accessors}), or null when one cannot be made (reflective reads then). */
  @SuppressWarnings("unchecked")
  private static java.util.function.@Nullable Function<Object, Object> @Nullable [] readers(List<Method> accessors) {
    java.util.function.Function<Object, Object>[] out = new java.util.function.Function[accessors.size()];
    for (int i = 0; i < out.length; i++) {
      java.util.function.Function<Object, @Nullable Object> f = Accessors.function(accessors.get(i));
      if (f == null) {
        return null;
      }
      out[i] = f;
    }
    return out;
  }

  /** The property's value in the record, or null when it or a record on the way is absent. */
  public @Nullable Object get(Object record) {
    Object current = Objects.requireNonNull(record, "record");
    java.util.function.Function<Object, Object>[] fast = readers;
    if (fast != null) {
      for (java.util.function.Function<Object, Object> reader : fast) {
        if (current == null) {
          return null;
        }
        current = reader.apply(current);
      }
      return current;
    }
    for (Method accessor : accessors) {
      if (current == null) {
        return null;
      }
      try {
        current = accessor.invoke(current);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot read " + text + " of " + record.getClass().getName(), e);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException("reading " + text + " failed", e.getCause());
      }
    }
    return current;
  }

  /** Whether values of a class may be empty: collections, maps and text. */
  private static final ClassValue<Boolean> CONTAINER_OR_TEXT =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          return Collection.class.isAssignableFrom(type)
              || Map.class.isAssignableFrom(type)
              || CharSequence.class.isAssignableFrom(type);
        }
      };

  /** Whether the property is present in the record ({@link #isPresent(Object)} of its value). */
  public boolean isPresentIn(Object record) {
    Object value = get(record);
    if (value == null || value instanceof String) {
      return isPresent(value);
    }
    Verdict v = lastVerdict; // a path's values are nearly always of one class: no class-value lookup for them
    if (v == null || v.type() != value.getClass()) {
      v = new Verdict(value.getClass(), CONTAINER_OR_TEXT.get(value.getClass()));
      lastVerdict = v;
    }
    return !v.containerOrText() || isPresent(value);
  }

  /**
   * Whether values of the class last met on this path are containers or text (immutable: threads sharing the path
   * see a whole verdict or none).
   */
  private @Nullable Verdict lastVerdict;

  private record Verdict(Class<?> type, boolean containerOrText) {}

  /**
   * Whether a value counts as present (字段已填): not null, not an empty list, set or map, not blank text. A
   * primitive boolean or number is always present.
   */
  public static boolean isPresent(@Nullable Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof String s) {
      return !s.isBlank();
    }
    if (!CONTAINER_OR_TEXT.get(value.getClass())) {
      return true; // records, enums, dates: no interface test per value (they are slow when many classes meet)
    }
    if (value instanceof Collection<?> c) {
      return !c.isEmpty();
    }
    if (value instanceof Map<?, ?> m) {
      return !m.isEmpty();
    }
    if (value instanceof CharSequence s) {
      return !s.toString().isBlank();
    }
    return true;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PropertyPath p && text.equals(p.text) && accessors.equals(p.accessors);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
