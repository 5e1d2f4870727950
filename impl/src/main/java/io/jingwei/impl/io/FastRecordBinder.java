package io.jingwei.impl.io;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.jingwei.impl.json.JingweiModule;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A record binder compiled for one record type (快速记录绑定): it reads a clean JSON object straight from the
 * streaming parser into the record's canonical constructor, with no data-binding machinery between, for the
 * shapes the wire format uses — text, {@code boolean}, {@code int}, enums by constant name, the value types the
 * {@link JingweiModule} parses, types with a static {@link JsonCreator} factory of one {@code String}, nested
 * records and lists of these.
 *
 * <p>It decides nothing on its own: whenever a line is not plainly what it expects (an unknown or repeated
 * property, a token of another type, a null for a primitive, an enum text that is not a constant's name, a value
 * that does not parse, a constructor that refuses), it gives up ({@link #bind} returns null) and the line takes
 * the data-binding path exactly as before, so every record bound here is the one data binding would have built
 * and every problem is reported by the usual path. Immutable and thread-safe.
 */
final class FastRecordBinder {

  private static final Map<Class<?>, Plan> PLANS = new ConcurrentHashMap<>();

  /** Gives up on the line: not thrown as an error, never escapes {@link #bind}. */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final GiveUp INSTANCE = new GiveUp();

    private GiveUp() {
      super(null, null, false, false);
    }
  }

  private final Plan plan;

  private FastRecordBinder(Plan plan) {
    this.plan = plan;
  }

  /** The binder of the record type, or null when the type has a shape it does not handle. */
  static @Nullable FastRecordBinder of(Class<?> type) {
    Node node = node(type, type, new HashMap<>());
    return node instanceof Plan p ? new FastRecordBinder(p) : null;
  }

  /**
   * Binds the object the parser is at (its current token {@code START_OBJECT}) and checks that nothing follows
   * it; null when anything is not plainly as expected.
   */
  @Nullable Object bind(JsonParser parser) {
    Object value = bindObject(parser);
    try {
      return value != null && parser.nextToken() == null ? value : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * Binds the object the parser is at (its current token {@code START_OBJECT}) and leaves the parser at its
   * {@code END_OBJECT}, whatever follows; null when anything is not plainly as expected (the parser is then
   * somewhere in or after the object).
   */
  @Nullable Object bindObject(JsonParser parser) {
    try {
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        return null;
      }
      return plan.read(parser);
    } catch (RuntimeException e) { // GiveUp among them
      return null;
    } catch (Error e) {
      throw e;
    } catch (Throwable e) {
      return null;
    }
  }

  // ------------------------------------------------------------------------------------------------ compiling

  /** Constants by name, found from characters in a buffer (open addressing on the names' string hashes). */
  static final class ConstantTable {
    private final char[][] names;
    private final Object[] values;
    private final int mask;

    ConstantTable(Map<String, Object> constants) {
      int size = Integer.highestOneBit(Math.max(4, constants.size() * 4) - 1) << 1;
      names = new char[size][];
      values = new Object[size];
      mask = size - 1;
      constants.forEach(
          (name, value) -> {
            int at = name.hashCode() & mask;
            while (names[at] != null) {
              at = (at + 1) & mask;
            }
            names[at] = name.toCharArray();
            values[at] = value;
          });
    }

    /** The constant named by {@code length} characters from {@code offset}, or null. */
    @Nullable Object find(char[] chars, int offset, int length) {
      int h = 0;
      for (int i = offset; i < offset + length; i++) {
        h = 31 * h + chars[i];
      }
      for (int at = h & mask; ; at = (at + 1) & mask) {
        char[] name = names[at];
        if (name == null) {
          return null;
        }
        if (java.util.Arrays.equals(name, 0, name.length, chars, offset, offset + length)) {
          return values[at];
        }
      }
    }
  }

  /**
   * The partial date of {@code length} characters from {@code offset}, read as {@link
   * io.jingwei.time.PartialDate#parse} reads it (the forms {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD},
   * ASCII digits, then its factories); gives up on anything else, which the data-binding path then reports.
   */
  static io.jingwei.time.PartialDate partialDate(char[] c, int offset, int length) {
    if (length != 4 && length != 7 && length != 10) {
      throw GiveUp.INSTANCE;
    }
    int year = digits(c, offset, 4);
    if (length == 4) {
      return io.jingwei.time.PartialDate.of(year);
    }
    if (c[offset + 4] != '-') {
      throw GiveUp.INSTANCE;
    }
    int month = digits(c, offset + 5, 2);
    if (length == 7) {
      return io.jingwei.time.PartialDate.of(year, month);
    }
    if (c[offset + 7] != '-') {
      throw GiveUp.INSTANCE;
    }
    return io.jingwei.time.PartialDate.of(year, month, digits(c, offset + 8, 2));
  }

  /** A local date written {@code YYYY-MM-DD} (what ISO_LOCAL_DATE reads for such a text); gives up on others. */
  static java.time.LocalDate localDate(char[] c, int offset, int length) {
    if (length != 10 || c[offset + 4] != '-' || c[offset + 7] != '-') {
      throw GiveUp.INSTANCE;
    }
    return java.time.LocalDate.of(
        digits(c, offset, 4), digits(c, offset + 5, 2), digits(c, offset + 8, 2)); // DateTimeException: gives up
  }

  private static int digits(char[] c, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char d = c[i];
      if (d < '0' || d > '9') {
        throw GiveUp.INSTANCE;
      }
      value = value * 10 + (d - '0');
    }
    return value;
  }

  /** How to read one value, the parser at its first token. */
  private interface Node {
    @Nullable Object read(JsonParser p) throws Throwable;
  }

  private static final Node BOOLEAN =
      p -> switch (p.currentToken()) {
        case VALUE_TRUE -> Boolean.TRUE;
        case VALUE_FALSE -> Boolean.FALSE;
        default -> throw GiveUp.INSTANCE;
      };

  private static final Node INT =
      p -> {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
          throw GiveUp.INSTANCE;
        }
        return p.getIntValue();
      };

  /** The node, and a JSON null as null (a reference type's property may be null; the record decides). */
  private static Node orNull(Node value) {
    return p -> p.currentToken() == JsonToken.VALUE_NULL ? null : value.read(p);
  }

  /** The node of a collection's elements, or null when they have a shape not handled. */
  private static @Nullable Node elementNode(Type generic, Map<Class<?>, Plan> building) {
    if (!(generic instanceof ParameterizedType pt) || pt.getActualTypeArguments().length != 1) {
      return null;
    }
    Type arg = pt.getActualTypeArguments()[0];
    Class<?> element =
        arg instanceof Class<?> c ? c : arg instanceof ParameterizedType pa && pa.getRawType() instanceof Class<?> r ? r : null;
    if (element == null || element.isPrimitive()) {
      return null;
    }
    return node(arg, element, building);
  }

  private static @Nullable Node node(Type generic, Class<?> raw, Map<Class<?>, Plan> building) {
    if (raw == String.class) {
      return p -> switch (p.currentToken()) {
        case VALUE_STRING -> p.getString();
        case VALUE_NULL -> null;
        default -> throw GiveUp.INSTANCE;
      };
    }
    if (raw == boolean.class) {
      return BOOLEAN;
    }
    if (raw == int.class) {
      return INT;
    }
    if (raw == Integer.class) {
      return orNull(INT);
    }
    if (raw == Boolean.class) {
      return orNull(BOOLEAN);
    }
    if (raw == java.time.LocalDate.class) { // only YYYY-MM-DD in ASCII digits; any other text goes the strict way
      return p -> switch (p.currentToken()) {
        case VALUE_STRING -> localDate(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
        case VALUE_NULL -> null;
        default -> throw GiveUp.INSTANCE;
      };
    }
    if (raw == java.math.BigDecimal.class) { // a JSON number as written (the parser's decimal value, as data binding)
      return p -> switch (p.currentToken()) {
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDecimalValue();
        case VALUE_NULL -> null;
        default -> throw GiveUp.INSTANCE;
      };
    }
    if (raw.isEnum()) {
      Map<String, Object> constants = new HashMap<>();
      for (Object c : raw.getEnumConstants()) {
        if (((Enum<?>) c).name().equals(c.toString())) { // a constant read by another text gives up
          constants.put(((Enum<?>) c).name(), c);
        }
      }
      ConstantTable table = new ConstantTable(constants);
      return p -> switch (p.currentToken()) {
        case VALUE_STRING -> { // matched in the parser's characters: no string made
          Object c = table.find(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
          if (c == null) {
            throw GiveUp.INSTANCE;
          }
          yield c;
        }
        case VALUE_NULL -> null;
        default -> throw GiveUp.INSTANCE;
      };
    }
    if (raw == io.jingwei.time.PartialDate.class) { // the module's codec, PartialDate.parse, on the characters
      return p -> switch (p.currentToken()) {
        case VALUE_STRING -> partialDate(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
        case VALUE_NULL -> null;
        default -> throw GiveUp.INSTANCE;
      };
    }
    Function<String, ?> codec = JingweiModule.parserOf(raw);
    if (codec != null) {
      return p -> switch (p.currentToken()) {
        case VALUE_STRING -> {
          Object v = codec.apply(p.getString());
          if (v == null) {
            throw GiveUp.INSTANCE;
          }
          yield v;
        }
        case VALUE_NULL -> null;
        default -> throw GiveUp.INSTANCE;
      };
    }
    MethodHandle factory = stringFactory(raw);
    if (factory != null) {
      return p -> switch (p.currentToken()) {
        case VALUE_STRING -> {
          Object v = (Object) factory.invokeExact(p.getString());
          if (v == null) {
            throw GiveUp.INSTANCE;
          }
          yield v;
        }
        case VALUE_NULL -> null;
        default -> throw GiveUp.INSTANCE;
      };
    }
    if (raw == java.util.Set.class || raw == List.class) { // a JSON array; a set as data binding reads it (hash set)
      Node each = elementNode(generic, building);
      if (each == null) {
        return null;
      }
      boolean set = raw == java.util.Set.class;
      return orNull(
          p -> {
            if (p.currentToken() != JsonToken.START_ARRAY) {
              throw GiveUp.INSTANCE;
            }
            java.util.Collection<@Nullable Object> out = set ? new java.util.HashSet<>() : new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
              out.add(each.read(p));
            }
            return set
                ? Collections.unmodifiableSet((java.util.Set<@Nullable Object>) out)
                : Collections.unmodifiableList((List<@Nullable Object>) out);
          });
    }
    if (raw.isRecord()) {
      Plan known = building.get(raw);
      if (known != null) {
        return known;
      }
      return Plan.compile(raw, building);
    }
    return null;
  }

  /** A public static {@code @JsonCreator} factory of one {@code String} returning the type, as (String)Object. */
  private static @Nullable MethodHandle stringFactory(Class<?> type) {
    for (Method m : type.getDeclaredMethods()) {
      if (m.isAnnotationPresent(JsonCreator.class)
          && Modifier.isStatic(m.getModifiers())
          && Modifier.isPublic(m.getModifiers())
          && m.getParameterCount() == 1
          && m.getParameterTypes()[0] == String.class
          && m.getReturnType() == type) {
        try {
          return MethodHandles.publicLookup()
              .unreflect(m)
              .asType(MethodType.methodType(Object.class, String.class));
        } catch (IllegalAccessException e) {
          return null;
        }
      }
    }
    return null;
  }

  /** The plan of a record: its components by name, how to read each, and its canonical constructor. */
  private static final class Plan implements Node {
    private final Map<String, Integer> index = new HashMap<>();
    private final Node[] nodes;
    private final Object[] defaults;
    private MethodHandle constructor;

    /**
     * The property met at each position of the last objects read, as a guess for the next: a slot is immutable
     * and replaced whole, so threads sharing the plan at worst guess wrong and look the name up.
     */
    private final Slot[] order;

    private record Slot(String name, int index) {}

    private Plan(int size) {
      this.nodes = new Node[size];
      this.defaults = new Object[size];
      this.order = new Slot[size];
    }

    static @Nullable Plan compile(Class<?> type, Map<Class<?>, Plan> building) {
      if (PLANS.containsKey(type)) {
        return PLANS.get(type);
      }
      if (hasCreator(type)) {
        return null; // data binding would use the creator, not the canonical constructor
      }
      RecordComponent[] components = type.getRecordComponents();
      Plan plan = new Plan(components.length);
      building.put(type, plan);
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        RecordComponent c = components[i];
        types[i] = c.getType();
        Node n = node(c.getGenericType(), c.getType(), building);
        if (n == null) {
          building.remove(type);
          return null;
        }
        plan.nodes[i] = n;
        plan.index.put(c.getName(), i);
        plan.defaults[i] = c.getType() == boolean.class ? Boolean.FALSE : c.getType() == int.class ? 0 : null;
        if (c.getType().isPrimitive() && c.getType() != boolean.class && c.getType() != int.class) {
          building.remove(type);
          return null;
        }
      }
      try {
        Constructor<?> canonical = type.getDeclaredConstructor(types);
        if (!Modifier.isPublic(canonical.getModifiers()) || !Modifier.isPublic(type.getModifiers())) {
          building.remove(type);
          return null;
        }
        plan.constructor =
            MethodHandles.publicLookup()
                .unreflectConstructor(canonical)
                .asSpreader(Object[].class, components.length)
                .asType(MethodType.methodType(Object.class, Object[].class));
      } catch (ReflectiveOperationException | IllegalArgumentException e) {
        building.remove(type);
        return null;
      }
      PLANS.put(type, plan);
      return plan;
    }

    private static boolean hasCreator(Class<?> type) {
      for (Method m : type.getDeclaredMethods()) {
        if (m.isAnnotationPresent(JsonCreator.class)) {
          return true;
        }
      }
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (c.isAnnotationPresent(JsonCreator.class)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public @Nullable Object read(JsonParser p) throws Throwable {
      switch (p.currentToken()) {
        case VALUE_NULL:
          return null;
        case START_OBJECT:
          break;
        default:
          throw GiveUp.INSTANCE;
      }
      Object[] args = defaults.clone();
      long seen = 0;
      JsonToken t;
      int position = 0;
      while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        Slot[] order = this.order;
        Slot slot = position < order.length ? order[position] : null;
        int i;
        if (slot != null && slot.name() == name) { // the parser's names are canonical: same name, same string
          i = slot.index();
        } else {
          Integer found = index.get(name);
          if (found == null) {
            throw GiveUp.INSTANCE;
          }
          i = found;
          if (position < order.length) {
            order[position] = new Slot(name, i); // lines tend to list the properties in one order
          }
        }
        position++;
        if (i >= Long.SIZE || (seen & (1L << i)) != 0) {
          throw GiveUp.INSTANCE;
        }
        seen |= 1L << i;
        p.nextToken();
        Object value = nodes[i].read(p);
        if (value == null && defaults[i] != null) {
          throw GiveUp.INSTANCE; // null for a primitive
        }
        args[i] = value;
      }
      if (t != JsonToken.END_OBJECT) {
        throw GiveUp.INSTANCE;
      }
      return (Object) constructor.invokeExact(args);
    }
  }
}
