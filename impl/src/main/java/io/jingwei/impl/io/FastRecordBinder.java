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
 * A record binder compiled for one record type (快速记录绑定): it reads a clean JSON object into the record's
 * canonical constructor, with no data-binding machinery between, for the shapes the wire format uses — text,
 * {@code boolean}, {@code int}, enums by constant name, the value types the {@link JingweiModule} parses, types
 * with a static {@link JsonCreator} factory of one {@code String}, nested records and lists of these.
 *
 * <p>Two ways in, one plan: {@link #bind(byte[], int, int, Limits)} reads a line's bytes itself (字节直读) —
 * strict JSON only: no escapes, well-formed UTF-8, integers of at most nine digits, within the parser's limits —
 * and {@link #bind(JsonParser)} reads from Jackson's streaming parser, for what the first leaves (an escaped
 * string, a decimal). Property names are matched in component order, the order Jingwei writes them.
 *
 * <p>It decides nothing on its own: whenever a line is not plainly what it expects (an unknown or repeated
 * property, a token of another type, a null for a primitive, an enum text that is not a constant's name, a value
 * that does not parse, a constructor that refuses), it gives up (returns null) and the line takes the
 * data-binding path exactly as before, so every record bound here is the one data binding would have built and
 * every problem is reported by the usual path. Immutable and thread-safe.
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
    } catch (Throwable e) {
      return givenUp(e);
    }
  }

  /** Null for whatever made the binder give up (a {@link GiveUp}, a refusing constructor …); an error is thrown. */
  private static @Nullable Object givenUp(Throwable e) {
    if (e instanceof Error error) {
      throw error;
    }
    return null;
  }

  /**
   * Binds the line of bytes from {@code offset} to {@code end} without a parser: one object of strict JSON, then
   * only blanks; null whenever anything is not plainly as expected or might be refused under the limits (no
   * escapes, well-formed UTF-8, small integers only — the parser path then decides). What it binds is what the
   * parser path binds from the same line.
   */
  @Nullable Object bind(byte[] bytes, int offset, int end, Limits limits) {
    try {
      Bytes in = new Bytes(bytes, offset, end, limits);
      if (in.blanks() != '{') {
        return null;
      }
      Object value = plan.read(in, 0);
      return in.atBlankEnd() ? value : null;
    } catch (Throwable e) {
      return givenUp(e);
    }
  }

  // ------------------------------------------------------------------------------------------------ compiling

  /** Constants by name, found from the bytes of their name (open addressing on a hash of the bytes). */
  static final class ConstantTable {
    private final byte[][] names;
    private final Object[] values;
    private final int mask;

    ConstantTable(Map<String, Object> constants) {
      int size = Integer.highestOneBit(Math.max(4, constants.size() * 4) - 1) << 1;
      names = new byte[size][];
      values = new Object[size];
      mask = size - 1;
      constants.forEach(
          (name, value) -> {
            byte[] bytes = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            int at = hash(bytes, 0, bytes.length) & mask;
            while (names[at] != null) {
              at = (at + 1) & mask;
            }
            names[at] = bytes;
            values[at] = value;
          });
    }

    /** The constant named by the UTF-8 {@code length} bytes from {@code offset}, or null. */
    @Nullable Object find(byte[] bytes, int offset, int length) {
      for (int at = hash(bytes, offset, length) & mask; ; at = (at + 1) & mask) {
        byte[] name = names[at];
        if (name == null) {
          return null;
        }
        if (java.util.Arrays.equals(name, 0, name.length, bytes, offset, offset + length)) {
          return values[at];
        }
      }
    }

    /** The constant named by {@code length} characters from {@code offset}, or null (ASCII names only). */
    @Nullable Object find(char[] chars, int offset, int length) {
      byte[] ascii = ascii(chars, offset, length);
      return ascii == null ? null : find(ascii, 0, length);
    }
  }

  /** A hash of {@code length} bytes from {@code offset}, its high bits folded into the low ones (for tables). */
  static int hash(byte[] bytes, int offset, int length) {
    int h = 0;
    for (int i = offset; i < offset + length; i++) {
      h = 31 * h + bytes[i];
    }
    return h ^ (h >>> 16);
  }

  /** The characters as ASCII bytes, or null when one is not ASCII. */
  private static byte @Nullable [] ascii(char[] chars, int offset, int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      char c = chars[offset + i];
      if (c > 0x7F) {
        return null;
      }
      bytes[i] = (byte) c;
    }
    return bytes;
  }

  /** As {@link #partialDate(byte[], int, int)}, on characters. */
  static io.jingwei.time.PartialDate partialDate(char[] c, int offset, int length) {
    byte[] ascii = ascii(c, offset, length);
    if (ascii == null) {
      throw GiveUp.INSTANCE;
    }
    return partialDate(ascii, 0, length);
  }

  /**
   * The partial date of {@code length} bytes from {@code offset}, read as {@link
   * io.jingwei.time.PartialDate#parse} reads it (the forms {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD},
   * ASCII digits, then its factories); gives up on anything else, which the data-binding path then reports.
   */
  static io.jingwei.time.PartialDate partialDate(byte[] c, int offset, int length) {
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

  /** As {@link #localDate(byte[], int, int)}, on characters. */
  static java.time.LocalDate localDate(char[] c, int offset, int length) {
    byte[] ascii = ascii(c, offset, length);
    if (ascii == null) {
      throw GiveUp.INSTANCE;
    }
    return localDate(ascii, 0, length);
  }

  /** A local date written {@code YYYY-MM-DD} (what ISO_LOCAL_DATE reads for such a text); gives up on others. */
  static java.time.LocalDate localDate(byte[] c, int offset, int length) {
    if (length != 10 || c[offset + 4] != '-' || c[offset + 7] != '-') {
      throw GiveUp.INSTANCE;
    }
    return java.time.LocalDate.of(
        digits(c, offset, 4), digits(c, offset + 5, 2), digits(c, offset + 8, 2)); // DateTimeException: gives up
  }

  private static int digits(byte[] c, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      int d = c[i];
      if (d < '0' || d > '9') {
        throw GiveUp.INSTANCE;
      }
      value = value * 10 + (d - '0');
    }
    return value;
  }

  /**
   * How to read one value: from the parser at the value's first token, or from the bytes of a line, the cursor at
   * the value's first byte (past blanks). Both give the same value or give up.
   */
  private abstract static class Node {
    abstract @Nullable Object read(JsonParser p) throws Throwable;

    abstract @Nullable Object read(Bytes in, int depth) throws Throwable;
  }

  /** A node of a JSON string (or null) made into a value from its characters or bytes. */
  private abstract static class TextNode extends Node {
    @Override
    final @Nullable Object read(JsonParser p) throws Throwable {
      return switch (p.currentToken()) {
        case VALUE_STRING -> fromChars(p);
        case VALUE_NULL -> null;
        default -> throw GiveUp.INSTANCE;
      };
    }

    @Override
    final @Nullable Object read(Bytes in, int depth) throws Throwable {
      return switch (in.at()) {
        case '"' -> fromBytes(in);
        case 'n' -> in.literal(NULL);
        default -> throw GiveUp.INSTANCE;
      };
    }

    /** The value of the parser's string token. */
    abstract Object fromChars(JsonParser p) throws Throwable;

    /** The value of the string at the cursor (at its opening quote), the cursor then past it. */
    abstract Object fromBytes(Bytes in) throws Throwable;
  }

  /** Text made into a value by a function of the string; a null result gives up. */
  private static final class StringNode extends TextNode {
    /** Lookups per verdict on whether the texts repeat. */
    private static final int WINDOW = 8192;
    /** The table's size: a power of two. */
    private static final int SIZE = 4096;

    private final @Nullable Function<String, ?> parse;
    /** Whether the values are entity identifiers, the only ones cached. */
    private final boolean cached;

    /**
     * The values of the texts met last (值缓存), one per slot of their bytes' hash, while the texts repeat (an
     * organization's or community's id on every member): the same text then gives the same value (same instance)
     * without making a string, parsing it, or hashing it again later. Only for entity identifiers ({@link
     * io.jingwei.ref.EntityId}): names, ID numbers, phones and free text are personal data, which a table shared
     * by every validation of the process must not keep. Shared by the threads binding with the plan: an entry is
     * immutable and a slot is replaced whole; the counts are approximate.
     */
    private @Nullable Entry @Nullable [] table;

    private int lookups;
    private int hits;
    /** Lookups left before the cache is tried again, after a window in which few texts repeated. */
    private int resting;

    private record Entry(int hash, byte[] key, Object value) {}

    StringNode(@Nullable Function<String, ?> parse, boolean cached) {
      this.parse = parse;
      this.cached = cached;
    }

    private Object of(String text) {
      if (parse == null) {
        return text;
      }
      Object v = parse.apply(text);
      if (v == null) {
        throw GiveUp.INSTANCE;
      }
      return v;
    }

    @Override
    Object fromChars(JsonParser p) {
      return of(p.getString());
    }

    @Override
    Object fromBytes(Bytes in) {
      if (!cached) {
        return of(in.string());
      }
      if (resting > 0) {
        resting--;
        return of(in.string());
      }
      int start = in.span();
      int length = in.spanLength;
      byte[] bytes = in.bytes;
      int h = hash(bytes, start, length);
      @Nullable Entry[] t = table;
      if (t == null) {
        t = new Entry[SIZE];
        table = t;
      }
      int slot = h & (SIZE - 1);
      Entry e = t[slot];
      boolean hit =
          e != null
              && e.hash == h
              && java.util.Arrays.equals(e.key, 0, e.key.length, bytes, start, start + length);
      Object value;
      if (hit) {
        value = e.value;
        hits++;
      } else {
        value = of(in.text(start)); // may give up
        t[slot] = new Entry(h, java.util.Arrays.copyOfRange(bytes, start, start + length), value);
      }
      if (++lookups >= WINDOW) {
        if (hits < WINDOW / 4) { // texts that rarely repeat (ids, ID numbers): rest, and free the table
          resting = 64 * WINDOW;
          table = null;
        }
        lookups = 0;
        hits = 0;
      }
      return value;
    }
  }

  private static final byte[] NULL = {'n', 'u', 'l', 'l'};
  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

  private static final Node BOOLEAN =
      new Node() {
        @Override
        Object read(JsonParser p) {
          return switch (p.currentToken()) {
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> throw GiveUp.INSTANCE;
          };
        }

        @Override
        Object read(Bytes in, int depth) {
          return switch (in.at()) {
            case 't' -> {
              in.literal(TRUE);
              yield Boolean.TRUE;
            }
            case 'f' -> {
              in.literal(FALSE);
              yield Boolean.FALSE;
            }
            default -> throw GiveUp.INSTANCE;
          };
        }
      };

  private static final Node INT =
      new Node() {
        @Override
        Object read(JsonParser p) {
          if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            throw GiveUp.INSTANCE;
          }
          return p.getIntValue();
        }

        @Override
        Object read(Bytes in, int depth) {
          return in.smallInt();
        }
      };

  /** The node, and a JSON null as null (a reference type's property may be null; the record decides). */
  private static Node orNull(Node value) {
    return new Node() {
      @Override
      @Nullable Object read(JsonParser p) throws Throwable {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : value.read(p);
      }

      @Override
      @Nullable Object read(Bytes in, int depth) throws Throwable {
        return in.at() == 'n' ? in.literal(NULL) : value.read(in, depth);
      }
    };
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
      return new StringNode(null, false);
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
      return span(FastRecordBinder::localDate, FastRecordBinder::localDate);
    }
    if (raw == java.math.BigDecimal.class) { // a JSON number as written (the parser's decimal value, as data binding)
      return new Node() {
        @Override
        @Nullable Object read(JsonParser p) {
          return switch (p.currentToken()) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDecimalValue();
            case VALUE_NULL -> null;
            default -> throw GiveUp.INSTANCE;
          };
        }

        @Override
        @Nullable Object read(Bytes in, int depth) {
          // a small integer as the parser's decimal value of it (scale 0); other numbers are left to the parser
          return in.at() == 'n' ? in.literal(NULL) : java.math.BigDecimal.valueOf(in.smallInt());
        }
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
      // matched in the parser's characters or the line's bytes: no string made
      return span((c, at, n) -> found(table.find(c, at, n)), (b, at, n) -> found(table.find(b, at, n)));
    }
    if (raw == io.jingwei.time.PartialDate.class) { // the module's codec, PartialDate.parse, on the characters
      return span(FastRecordBinder::partialDate, FastRecordBinder::partialDate);
    }
    Function<String, ?> codec = JingweiModule.parserOf(raw);
    if (codec != null) {
      return new StringNode(codec, io.jingwei.ref.EntityId.class.isAssignableFrom(raw));
    }
    MethodHandle factory = stringFactory(raw);
    if (factory != null) {
      return new StringNode(
          text -> {
            try {
              return (Object) factory.invokeExact(text);
            } catch (RuntimeException | Error e) {
              throw e;
            } catch (Throwable e) {
              throw GiveUp.INSTANCE;
            }
          },
          io.jingwei.ref.EntityId.class.isAssignableFrom(raw));
    }
    if (raw == java.util.Set.class || raw == List.class) { // a JSON array; a set as data binding reads it (hash set)
      Node each = elementNode(generic, building);
      if (each == null) {
        return null;
      }
      return orNull(new ArrayNode(each, raw == java.util.Set.class));
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

  /** Reads a value from the characters of a parser's string token. */
  private interface FromChars {
    Object read(char[] chars, int offset, int length);
  }

  /** Reads a value from the bytes of a string in a line. */
  private interface FromBytes {
    Object read(byte[] bytes, int offset, int length);
  }

  /** A text node reading its value from the string's characters or bytes, with no string made. */
  private static TextNode span(FromChars chars, FromBytes bytes) {
    return new TextNode() {
      @Override
      Object fromChars(JsonParser p) {
        return chars.read(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
      }

      @Override
      Object fromBytes(Bytes in) {
        int at = in.span();
        return bytes.read(in.bytes, at, in.spanLength);
      }
    };
  }

  private static Object found(@Nullable Object constant) {
    if (constant == null) {
      throw GiveUp.INSTANCE;
    }
    return constant;
  }

  /** A JSON array read into an unmodifiable list or (hash) set. */
  private static final class ArrayNode extends Node {
    private final Node each;
    private final boolean set;

    ArrayNode(Node each, boolean set) {
      this.each = each;
      this.set = set;
    }

    private java.util.Collection<@Nullable Object> collection() {
      return set ? new java.util.HashSet<>() : new ArrayList<>();
    }

    @SuppressWarnings("unchecked")
    private Object done(java.util.Collection<@Nullable Object> out) {
      return set
          ? Collections.unmodifiableSet((java.util.Set<@Nullable Object>) out)
          : Collections.unmodifiableList((List<@Nullable Object>) out);
    }

    @Override
    Object read(JsonParser p) throws Throwable {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw GiveUp.INSTANCE;
      }
      java.util.Collection<@Nullable Object> out = collection();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        out.add(each.read(p));
      }
      return done(out);
    }

    @Override
    Object read(Bytes in, int depth) throws Throwable {
      int inner = in.open('[', depth);
      java.util.Collection<@Nullable Object> out = collection();
      if (in.blanks() == ']') {
        in.pos++;
        return done(out);
      }
      while (true) {
        out.add(each.read(in, inner));
        if (in.closesOrContinues(']')) {
          return done(out);
        }
      }
    }
  }

  /**
   * A cursor over the bytes of one line (字节游标), for reading strict JSON without a parser: blanks, strings
   * without escapes in well-formed UTF-8, {@code true}, {@code false}, {@code null} and small integers. Anything
   * else, and anything the parser's limits might refuse, gives up. One per line; not thread-safe.
   */
  static final class Bytes {
    final byte[] bytes;
    int pos;
    private final int end;
    private final Limits limits;
    /** The length in bytes of the last string spanned ({@link #span}). */
    int spanLength;

    Bytes(byte[] bytes, int offset, int end, Limits limits) {
      this.bytes = bytes;
      this.pos = offset;
      this.end = end;
      this.limits = limits;
    }

    /** The byte at the cursor; gives up at the end. */
    int at() {
      if (pos >= end) {
        throw GiveUp.INSTANCE;
      }
      return bytes[pos];
    }

    /** Skips JSON blanks; the byte then at the cursor (gives up at the end). */
    int blanks() {
      while (pos < end) {
        byte b = bytes[pos];
        if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
          return b;
        }
        pos++;
      }
      throw GiveUp.INSTANCE;
    }

    /** Whether only the blanks of a line's end ({@link JsonLinesReader#isBlank}) remain. */
    boolean atBlankEnd() {
      return JsonLinesReader.isBlank(bytes, pos, end - pos);
    }

    /** Opens an object or array ({@code bracket} at the cursor); the depth inside it (gives up beyond the limit). */
    int open(char bracket, int depth) {
      if (bytes[pos] != bracket || depth + 1 > limits.maxDepth) {
        throw GiveUp.INSTANCE;
      }
      pos++;
      return depth + 1;
    }

    /** Reads the literal at the cursor, which must end there (a delimiter follows); returns null. */
    @Nullable Object literal(byte[] word) {
      int after = pos + word.length;
      if (after >= end || !java.util.Arrays.equals(bytes, pos, after, word, 0, word.length) || !delimiter(bytes[after])) {
        throw GiveUp.INSTANCE;
      }
      pos = after;
      return null;
    }

    private static boolean delimiter(byte b) {
      return b == ',' || b == '}' || b == ']' || b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    /**
     * An integer of at most nine digits, as the parser reads it (an {@code int}): no leading zero, no fraction or
     * exponent, a delimiter after it; gives up on anything else (and on {@code -0}).
     */
    Integer smallInt() {
      int p = pos;
      boolean negative = p < end && bytes[p] == '-';
      if (negative) {
        p++;
      }
      int first = p;
      int value = 0;
      while (p < end && bytes[p] >= '0' && bytes[p] <= '9') {
        value = value * 10 + (bytes[p] - '0');
        p++;
        if (p - first > 9) {
          throw GiveUp.INSTANCE;
        }
      }
      int digits = p - first;
      if (digits == 0
          || (bytes[first] == '0' && digits > 1)
          || (negative && value == 0)
          || digits > limits.maxNumberLength
          || p >= end
          || !delimiter(bytes[p])) {
        throw GiveUp.INSTANCE;
      }
      pos = p;
      return negative ? -value : value;
    }

    /**
     * Spans the string at the cursor (its opening quote): returns where its bytes start, sets {@link #spanLength}
     * and moves past its closing quote. Gives up on an escape, a control character, ill-formed UTF-8 and a string
     * longer in bytes than the limit (in characters: never more characters than bytes).
     */
    int span() {
      int start = pos + 1;
      boolean ascii = true;
      int i = plainAscii(bytes, start, end);
      while (true) {
        if (i >= end) {
          throw GiveUp.INSTANCE;
        }
        byte b = bytes[i];
        if (b == '"') {
          break;
        }
        if (b < 0) {
          ascii = false;
        } else if (b < 0x20 || b == '\\') {
          throw GiveUp.INSTANCE;
        }
        i++;
      }
      int length = i - start;
      if (length > limits.maxStringLength || (!ascii && !wellFormed(bytes, start, i))) {
        throw GiveUp.INSTANCE;
      }
      pos = i + 1;
      spanLength = length;
      return start;
    }

    /** The string at the cursor, as {@link #span} reads it. */
    String string() {
      return text(span());
    }

    /** The string the last {@link #span} found from {@code start}. */
    String text(int start) {
      return new String(bytes, start, spanLength, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * After a value in an array or object: true past the closing bracket or brace, false past a comma and the
     * blanks after it (the next value at the cursor); gives up on anything else.
     */
    boolean closesOrContinues(char close) {
      int c = blanks();
      pos++;
      if (c == close) {
        return true;
      }
      if (c != ',') {
        throw GiveUp.INSTANCE;
      }
      blanks();
      return false;
    }

    /**
     * Whether the property name at the cursor (its opening quote) is exactly {@code name}; if so, moves past its
     * closing quote.
     */
    boolean nameIs(byte[] name) {
      int start = pos + 1;
      int close = start + name.length;
      if (close >= end
          || bytes[close] != '"'
          || name.length > limits.maxNameLength
          || !java.util.Arrays.equals(bytes, start, close, name, 0, name.length)) {
        return false;
      }
      pos = close + 1;
      return true;
    }

    /**
     * A property name at the cursor, spanned as a string is (so within the string limit too, which at worst gives
     * up on a name the parser would read) and within the name limit.
     */
    int name() {
      int start = span();
      if (spanLength > limits.maxNameLength) {
        throw GiveUp.INSTANCE;
      }
      return start;
    }
  }

  /**
   * Whether the bytes are well-formed UTF-8 (RFC 3629: shortest forms, no surrogates, at most U+10FFFF), which
   * the JDK's decoder turns into the characters the parser would give.
   */
  static boolean wellFormed(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      if (c < 0xC2 || c > 0xF4) {
        return false; // a continuation byte, an overlong two-byte lead, or beyond U+10FFFF
      }
      int need = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
      // the second byte's range rules out overlong forms (E0, F0), surrogates (ED) and beyond U+10FFFF (F4)
      int low = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
      int high = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
      if (i + need >= to) {
        return false;
      }
      for (int k = 1; k <= need; k++) {
        int next = b[i + k] & 0xFF;
        if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF)) {
          return false;
        }
      }
      i += need + 1;
    }
    return true;
  }

  private static final java.lang.invoke.VarHandle WORDS = LineSplitter.WORDS;
  private static final long HIGHS = LineSplitter.HIGHS;
  private static final long SPACES = 0x2020202020202020L;

  /**
   * The index of the first byte in {@code a[from, to)} that is not plain ASCII text of a string — a quote, a
   * backslash, a control character or a byte of a multi-byte character — or the index where fewer than eight
   * bytes remain. Eight bytes at a time (SWAR): {@code (x - ONES) & ~x & HIGHS} marks the zero bytes of {@code x}
   * (here the quotes and backslashes, after an exclusive or: {@link LineSplitter#quotesOrBackslashes}),
   * {@code (w - SPACES) & ~w & HIGHS} the bytes below
   * 0x20, {@code w & HIGHS} those from 0x80; the lowest mark of each is exact (a borrow only runs upwards).
   */
  static int plainAscii(byte[] a, int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long w = (long) WORDS.get(a, i);
      long marks = (LineSplitter.quotesOrBackslashes(w) | ((w - SPACES) & ~w) | w) & HIGHS;
      if (marks != 0) {
        return i + (Long.numberOfTrailingZeros(marks) >>> 3);
      }
    }
    return i;
  }

  /** The parser's limits the byte reader keeps to (it gives up where the parser might refuse). */
  record Limits(int maxDepth, int maxStringLength, int maxNumberLength, int maxNameLength) {
    static Limits of(tools.jackson.core.StreamReadConstraints c) {
      return new Limits(c.getMaxNestingDepth(), c.getMaxStringLength(), c.getMaxNumberLength(), c.getMaxNameLength());
    }
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
  private static final class Plan extends Node {
    private final Map<String, Integer> index = new HashMap<>();
    private final Node[] nodes;
    private final Object[] defaults;
    /** The components' names in UTF-8, for matching the bytes of a line. */
    private final byte[][] names;
    /** The components' names, interned as the parser interns the names it reads. */
    private final String[] nameStrings;
    private MethodHandle constructor;
    /**
     * The components' properties (none for a delegating record, complete as the caller sees it), to tell a record
     * that is not {@linkplain RecordBinder#surelyComplete surely complete}: the binder gives up on it as the caller
     * would.
     */
    private final RecordShape.@Nullable Property[] properties;

    private Plan(int size) {
      this.nodes = new Node[size];
      this.defaults = new Object[size];
      this.names = new byte[size][];
      this.nameStrings = new String[size];
      this.properties = new RecordShape.Property[size];
    }

    /**
     * The record, when {@link RecordBinder#surelyComplete} holds for its own components (the nested records were
     * read by plans of their own, which checked theirs); else gives up. Only a component whose argument was null
     * or zero is read back from the record: its constructor may have filled it in (an absent list is empty), and
     * none turns a value into null.
     */
    private Object construct(Object[] args) throws Throwable {
      Object record = (Object) constructor.invokeExact(args);
      for (int i = 0; i < args.length; i++) {
        Object v = args[i];
        RecordShape.Property p = properties[i];
        if ((v == null || (v instanceof Integer n && n == 0)) && p != null && p.canLack() && p.lacks(p.get(record))) {
          throw GiveUp.INSTANCE;
        }
      }
      return record;
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
        plan.names[i] = c.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        plan.nameStrings[i] = c.getName().intern();
        plan.defaults[i] = c.getType() == boolean.class ? Boolean.FALSE : c.getType() == int.class ? 0 : null;
        if (c.getType().isPrimitive() && c.getType() != boolean.class && c.getType() != int.class) {
          building.remove(type);
          return null;
        }
      }
      RecordShape shape = RecordShape.of(type);
      if (shape != null && !shape.isDelegating()) {
        for (int i = 0; i < components.length; i++) {
          plan.properties[i] = shape.properties().get(i); // in component order
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
    @Nullable Object read(Bytes in, int depth) throws Throwable {
      if (in.at() == 'n') {
        return in.literal(NULL);
      }
      int inner = in.open('{', depth);
      Object[] args = defaults.clone();
      if (in.blanks() == '}') {
        in.pos++;
        return construct(args);
      }
      long seen = 0;
      int previous = -1;
      while (true) {
        if (in.at() != '"') {
          throw GiveUp.INSTANCE;
        }
        int i = following(in, previous);
        if (i < 0) {
          int start = in.name();
          i = component(in.bytes, start, in.spanLength);
        }
        previous = i;
        if (i >= Long.SIZE || (seen & (1L << i)) != 0) {
          throw GiveUp.INSTANCE;
        }
        seen |= 1L << i;
        if (in.blanks() != ':') {
          throw GiveUp.INSTANCE;
        }
        in.pos++;
        in.blanks();
        Object value = nodes[i].read(in, inner);
        if (value == null && defaults[i] != null) {
          throw GiveUp.INSTANCE; // null for a primitive
        }
        args[i] = value;
        if (in.closesOrContinues('}')) {
          return construct(args);
        }
      }
    }

    /**
     * The first component after {@code previous} whose name is at the cursor (then moved past it), or -1: lines
     * written by Jingwei list the properties in component order, leaving out the absent ones.
     */
    private int following(Bytes in, int previous) {
      for (int i = previous + 1; i < names.length; i++) {
        if (in.nameIs(names[i])) {
          return i;
        }
      }
      return -1;
    }

    /**
     * As {@link #following(Bytes, int)} for a name the parser read: compared by identity (the parser interns the
     * names it reads, as the plan does), so a parser that did not is merely slower (the caller looks it up).
     */
    private int following(String name, int previous) {
      for (int i = previous + 1; i < nameStrings.length; i++) {
        if (nameStrings[i] == name) {
          return i;
        }
      }
      return -1;
    }

    /** The component named by the bytes; gives up on an unknown name. */
    private int component(byte[] bytes, int start, int length) {
      for (int i = 0; i < names.length; i++) {
        if (named(i, bytes, start, length)) {
          return i;
        }
      }
      throw GiveUp.INSTANCE;
    }

    private boolean named(int i, byte[] bytes, int start, int length) {
      byte[] name = names[i];
      return name.length == length && java.util.Arrays.equals(name, 0, length, bytes, start, start + length);
    }

    @Override
    @Nullable Object read(JsonParser p) throws Throwable {
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
      int previous = -1;
      while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        int i = following(name, previous);
        if (i < 0) {
          Integer found = index.get(name);
          if (found == null) {
            throw GiveUp.INSTANCE;
          }
          i = found;
        }
        previous = i;
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
      return construct(args);
    }
  }
}
