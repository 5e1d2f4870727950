package io.jingwei.impl.io;

import io.jingwei.impl.json.InvalidValueException;
import io.jingwei.impl.json.JingweiModule;
import io.jingwei.impl.json.ValueMasking;
import io.jingwei.ref.EntityId;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;
import io.jingwei.validation.Issue;
import io.jingwei.validation.Location;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a JSON tree into a record, keeping the record when an optional part is bad (结构绑定). The tree is
 * converted with the mapper; when a property fails — an invalid value, a wrong JSON type, a required value
 * missing — the issue is recorded at the property's JSON Pointer, the property is removed from the tree and the
 * conversion is tried again (at most {@value #MAX_ATTEMPTS} times). When the record cannot be built without a
 * property, the removal moves up to the enclosing property; when it reaches the record itself, the record is
 * unreadable. Properties the record type does not have are reported and removed before the first conversion.
 *
 * <p>Which properties are required is learned from the record, not declared twice: a property whose absence
 * makes the record's constructor fail (its {@code Objects.requireNonNull}), a non-{@code @Nullable} reference
 * component left null, or an absent primitive number component.
 *
 * <p>Public for the spreadsheet readers (module {@code io.jingwei.xlsx}), which build a tree per row and bind it
 * here so that a row gives the same read issues a JSON line does.
 *
 * @param <T> the record type
 */
public final class RecordBinder<T> {

  /** Text that looks like an enum constant's name, safe to show. */
  private static final java.util.regex.Pattern CONSTANT_LIKE = java.util.regex.Pattern.compile("[A-Za-z0-9_.-]{1,64}");

  /** The most conversions tried for one record. */
  static final int MAX_ATTEMPTS = 32;

  private final Class<T> type;
  private final @Nullable EntityKind kind;
  /** The mapper, whose reader of the type is made on first use: clean lines never need it (the compiled binder). */
  private final JsonMapper mapper;
  private volatile @Nullable ObjectReader reader;
  /**
   * Parsers for the compiled binder: without the parser's own duplicate detection (a set per object), since the
   * compiled binder gives up on a repeated property itself.
   */
  final tools.jackson.core.json.JsonFactory fastParsers; // package-private for a test
  /** The compiled binder of clean lines, when the type's shape allows one. */
  private final @Nullable FastRecordBinder fast;
  /** The parsers' limits, which the compiled binder keeps to when it reads a line's bytes itself. */
  private final FastRecordBinder.Limits byteLimits;

  /** A binder of records of the type, as entities of the kind, with the default read limits. */
  public static <T> RecordBinder<T> of(Class<T> type, EntityKind kind) {
    return new RecordBinder<>(type, Objects.requireNonNull(kind, "kind"), io.jingwei.impl.json.JingweiJson.mapper());
  }

  RecordBinder(Class<T> type, @Nullable EntityKind kind, JsonMapper mapper) {
    this.type = Objects.requireNonNull(type, "type");
    this.kind = kind;
    this.mapper = mapper;
    // the mapper's factory (its limits) without duplicate detection, which the factory itself enables
    this.fastParsers =
        mapper.tokenStreamFactory()
            .rebuild()
            .disable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    this.fast = FastRecordBinder.of(type);
    this.byteLimits = FastRecordBinder.Limits.of(fastParsers.streamReadConstraints());
    // one parser over many lines: the per-document limits are the caller's (it checks each line's length)
    this.runParsers =
        fastParsers
            .rebuild()
            .streamReadConstraints(
                fastParsers.streamReadConstraints().rebuild().maxDocumentLength(-1).maxTokenCount(-1).build())
            .build();
  }

  /** Makes Jackson's reader of the type now (a warm-up), rather than on the first line the compiled binder leaves. */
  public void prepare() {
    reader();
  }

  /**
   * Jackson's reader of the type, made on first use (building its deserializer costs a cold process a few tenths of
   * a second per kind); racing threads may each make one, all equal.
   */
  private ObjectReader reader() {
    ObjectReader r = reader;
    if (r == null) {
      r = mapper.readerFor(type);
      reader = r;
    }
    return r;
  }

  /**
   * The record the compiled binder reads from the line's bytes without a parser (strict JSON only), when it is
   * surely complete; else null, and the parser paths decide.
   */
  private @Nullable T fromBytes(FastRecordBinder f, byte[] bytes, int offset, int end) {
    return typed(f.bind(bytes, offset, end, byteLimits));
  }

  /**
   * The record the compiled binder bound, when it is of the type, else null: the binder gives up on a record
   * that is not {@linkplain #surelyComplete surely complete} itself (as it builds it, with no second walk).
   */
  private @Nullable T typed(@Nullable Object bound) {
    return bound != null && type.isInstance(bound) ? type.cast(bound) : null;
  }

  /** The record bound by data binding when it is of the type and surely complete, else null. */
  private @Nullable T complete(@Nullable Object bound) {
    return bound != null && type.isInstance(bound) && surelyComplete(bound) ? type.cast(bound) : null;
  }

  /** The line bound by data binding (the mapper), when it binds and is surely complete; else null. */
  private @Nullable T dataBound(byte[] bytes, int offset, int length) {
    try {
      return complete(reader().readValue(bytes, offset, length));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Parsers for {@link Run}: as {@link #fastParsers} but without the limits of a whole document. */
  private final tools.jackson.core.json.JsonFactory runParsers;

  /** A run of lines bound with one parser, for one thread. */
  Run run() {
    return new Run();
  }

  /**
   * Binds clean lines that lie one after another in a buffer: each first from its bytes without a parser (strict
   * JSON, {@code FastRecordBinder}'s byte reading); what that leaves (an escaped string, a decimal) with one
   * parser (逐行共用解析器) instead of a parser per line: creating one (its contexts, its symbol table, its
   * buffers) costs about as much as binding a short line. A line is bound by that parser only when its object
   * lies wholly within the line and only blanks follow it there, so the parser sees exactly the tokens a parser
   * of the line alone would; a line not right after the previous one gets a new parser. What neither binds goes
   * to data binding, which decides (a parser of the line alone would see the same tokens again). The result is
   * always the one {@link RecordBinder#bindClean(byte[], int, int)} gives. Not thread-safe; close it.
   */
  final class Run implements AutoCloseable {
    private @Nullable JsonParser parser;
    private byte @Nullable [] buffer;
    private int base;
    private int next = -1;

    private Run() {}

    /**
     * As {@link RecordBinder#bindClean(byte[], int, int)}; {@code regionEnd}: where the lines that follow this
     * one without a gap end in the buffer (the parser may read up to there).
     */
    @Nullable T bindClean(byte[] bytes, int offset, int length, int regionEnd) {
      FastRecordBinder f = fast;
      if (f == null) {
        return RecordBinder.this.bindClean(bytes, offset, length);
      }
      int end = offset + length;
      T value = fromBytes(f, bytes, offset, end);
      if (value != null) {
        return value; // the parser, if any, stays where it was: the next line starts a new one
      }
      try {
        JsonParser p = parser;
        if (p == null || bytes != buffer || offset != next) {
          close();
          p = runParsers.createParser(tools.jackson.core.ObjectReadContext.empty(), bytes, offset, regionEnd - offset);
          parser = p;
          buffer = bytes;
          base = offset;
        }
        next = -1;
        if (p.nextToken() == tools.jackson.core.JsonToken.START_OBJECT
            && base + p.currentTokenLocation().getByteOffset() >= offset) {
          Object bound = f.bindObject(p);
          long after = base + p.currentLocation().getByteOffset(); // just past the object's end
          if (bound != null && after <= end && JsonLinesReader.isBlank(bytes, (int) after, end - (int) after)) {
            next = end;
            value = typed(bound);
          }
        }
      } catch (RuntimeException e) {
        next = -1;
      }
      if (next < 0) {
        close();
      }
      return value != null ? value : dataBound(bytes, offset, length);
    }

    @Override
    public void close() {
      JsonParser p = parser;
      parser = null;
      buffer = null;
      next = -1;
      if (p != null) {
        try {
          p.close();
        } catch (RuntimeException e) {
          // nothing was read from a stream
        }
      }
    }
  }

  /**
   * What binding gave: the record (null when unreadable) and the issues.
   *
   * @param value the record, or null
   * @param issues the issues, in the order found
   */
  public record Outcome<T>(@Nullable T value, List<Issue> issues) {}

  /** The entity the tree names by its {@code id}, when the kind is known and the id is readable. */
  public @Nullable EntityRef entityOf(@Nullable JsonNode root) {
    if (kind == null || root == null || !root.isObject()) {
      return null;
    }
    JsonNode id = root.get("id");
    if (id == null || !id.isString()) {
      return null;
    }
    try {
      return EntityRef.of(kind, EntityId.requireValid(id.stringValue(), "id"));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Binds the tree (which it may modify) read at the location. */
  public Outcome<T> bind(JsonNode root, Location location) {
    EntityRef entity = entityOf(root);
    List<Issue> issues = new ArrayList<>();
    Set<String> reported = new HashSet<>();
    Set<String> dropped = new LinkedHashSet<>();
    stripUnknown(root, type, "", problem -> add(issues, reported, problem, entity, location));
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      Failure failure;
      try {
        T value = reader().readValue(root);
        if (value == null) {
          failure = new Failure(wrongType("", RecordShape.jsonTypeOf(type), root), "");
        } else {
          String missing = findMissing(value, root, "");
          if (missing == null) {
            return new Outcome<>(value, List.copyOf(issues));
          }
          failure =
              new Failure(
                  ReadProblem.of(ReadIssueCodes.MISSING_REQUIRED, missing, "property", JsonPointers.last(missing)),
                  JsonPointers.parent(missing));
        }
      } catch (InvalidDefinitionException e) {
        throw e;
      } catch (JacksonException e) {
        failure = classify(e, root);
      }
      if (!(failure.problem.code().equals(ReadIssueCodes.MISSING_REQUIRED)
          && dropped.contains(failure.problem.pointer()))) {
        add(issues, reported, failure.problem, entity, location);
      }
      String target = dropTarget(root, failure.dropFrom);
      if (target == null) {
        return new Outcome<>(null, List.copyOf(issues));
      }
      ((ObjectNode) root.at(JsonPointers.parent(target))).remove(JsonPointers.last(target));
      dropped.add(target);
    }
    return new Outcome<>(null, List.copyOf(issues));
  }

  /**
   * Binds a clean line straight from its bytes (no tree), or returns null when the line has any problem at all —
   * it does not parse, breaks a parser limit, repeats or has an unknown property, a value the type refuses, or
   * a required part may be missing — so that the caller reads it again through the tree and reports exactly what
   * {@link #bind} reports. A non-null result is the record {@link #bind} gives for the line, with no issue: the
   * mapper is strict (no coercion, unknown and duplicate properties and trailing tokens fail), so a line it binds
   * without failing gives the same record from the tree, and {@link #surelyComplete} is a conservative twin of
   * {@link #findMissing}.
   */
  @Nullable T bindClean(byte[] bytes, int length) {
    return bindClean(bytes, 0, length);
  }

  /** As {@link #bindClean(byte[], int)} for the line from the offset on. */
  @Nullable T bindClean(byte[] bytes, int offset, int length) {
    FastRecordBinder f = fast;
    if (f != null) {
      T direct = fromBytes(f, bytes, offset, offset + length);
      if (direct != null) {
        return direct;
      }
      try (JsonParser parser =
          fastParsers.createParser(tools.jackson.core.ObjectReadContext.empty(), bytes, offset, length)) {
        parser.nextToken();
        T parsed = typed(f.bind(parser));
        if (parsed != null) {
          return parsed;
        }
      } catch (RuntimeException e) {
        // the data-binding path below decides
      }
    }
    return dataBound(bytes, offset, length);
  }

  /**
   * Whether a record bound straight from the parser certainly lacks nothing {@link #findMissing} would report:
   * no non-{@code @Nullable} reference component is null, and every primitive number component is non-zero (an
   * absent one is zero; a zero one may have been absent, so the line goes the tree's way), through nested records
   * and lists.
   */
  static boolean surelyComplete(Object value) {
    RecordShape shape = RecordShape.of(value.getClass());
    if (shape == null || shape.isDelegating()) {
      return true;
    }
    List<RecordShape.Property> properties = shape.properties();
    for (int k = 0; k < properties.size(); k++) { // no iterator: this runs on every record
      RecordShape.Property p = properties.get(k);
      if (p.isPrimitive() && !p.canLack()) {
        continue; // a boolean: never wanting, not read
      }
      Object v = p.get(value);
      if (p.lacks(v)) {
        return false;
      }
      if (v == null || p.isPrimitive() || !p.mayNest()) {
        continue;
      }
      if (v instanceof List<?> list) {
        for (int e = 0; e < list.size(); e++) {
          Object element = list.get(e);
          if (element != null && !surelyComplete(element)) {
            return false;
          }
        }
      } else if (!surelyComplete(v)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A failure: the problem and the pointer from which to look for a property to drop.
   */
  private record Failure(ReadProblem problem, String dropFrom) {}

  private static void add(
      List<Issue> issues, Set<String> reported, ReadProblem problem, @Nullable EntityRef entity, Location location) {
    if (reported.add(problem.code().value() + " " + problem.pointer())) {
      issues.add(problem.toIssue(entity, location));
    }
  }

  /** The deepest property at or above the pointer that can be removed (a member of an object), or null. */
  private static @Nullable String dropTarget(JsonNode root, String from) {
    for (String q = from; !q.isEmpty(); q = JsonPointers.parent(q)) {
      JsonNode parent = root.at(JsonPointers.parent(q));
      if (parent instanceof ObjectNode object && object.has(JsonPointers.last(q))) {
        return q;
      }
    }
    return null;
  }

  private Failure classify(JacksonException e, JsonNode root) {
    String pointer = JsonPointers.of(e);
    JsonNode node = root.at(pointer);
    if (e instanceof InvalidValueException invalid) {
      return new Failure(
          ReadProblem.of(
              ReadIssueCodes.INVALID_VALUE,
              pointer,
              "type",
              invalid.valueTypeName(),
              "reason",
              invalid.reason().orElse(null),
              "value",
              invalid.shownValue()),
          pointer);
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      return new Failure(
          ReadProblem.of(ReadIssueCodes.UNKNOWN_PROPERTY, pointer, "property", unknown.getPropertyName()), pointer);
    }
    if (e instanceof ValueInstantiationException vie) {
      Class<?> target = vie.getType() == null ? Object.class : vie.getType().getRawClass();
      if (node instanceof ObjectNode object) {
        String missing = missingCause(vie, target, object);
        if (missing != null) {
          String at = JsonPointers.child(pointer, missing);
          return new Failure(ReadProblem.of(ReadIssueCodes.MISSING_REQUIRED, at, "property", missing), pointer);
        }
      }
      String expected = RecordShape.jsonTypeOf(target);
      if (!RecordShape.fits(expected, RecordShape.jsonTypeOf(node))) {
        return new Failure(wrongType(pointer, expected, node), pointer);
      }
      return new Failure(invalidValue(pointer, target, node), pointer);
    }
    Class<?> target =
        e instanceof MismatchedInputException mie && mie.getTargetType() != null ? mie.getTargetType() : null;
    if (node.isNull()) {
      return new Failure(
          ReadProblem.of(ReadIssueCodes.MISSING_REQUIRED, pointer, "property", pointer.isEmpty() ? null : JsonPointers.last(pointer)),
          pointer);
    }
    if (target == null) {
      return new Failure(wrongType(pointer, null, node), pointer);
    }
    String expected = RecordShape.jsonTypeOf(target);
    if (!RecordShape.fits(expected, RecordShape.jsonTypeOf(node))) {
      return new Failure(wrongType(pointer, expected, node), pointer);
    }
    return new Failure(invalidValue(pointer, target, node), pointer);
  }

  private static ReadProblem wrongType(String pointer, @Nullable String expected, JsonNode node) {
    return ReadProblem.of(
        ReadIssueCodes.WRONG_TYPE, pointer, "expected", expected, "actual", RecordShape.jsonTypeOf(node));
  }

  /** An invalid value of a type the module does not map: its text is shown only for enums, numbers and booleans. */
  private static ReadProblem invalidValue(String pointer, Class<?> target, JsonNode node) {
    String shown = null;
    if (node.isValueNode() && !node.isNull()) {
      String text = node.isString() ? node.stringValue() : node.toString();
      // an enum's rejected text is shown when it looks like a constant name; anything else in an enum field (a
      // name after a column shift) is masked
      boolean safe = (target.isEnum() && CONSTANT_LIKE.matcher(text).matches()) || node.isNumber() || node.isBoolean();
      shown = ValueMasking.show(text, !safe || JingweiModule.isPersonal(target));
    }
    return ReadProblem.of(
        ReadIssueCodes.INVALID_VALUE, pointer, "type", target.getSimpleName(), "value", shown);
  }

  /**
   * The property whose absence made a record's constructor fail: a non-{@code @Nullable} reference property that
   * is absent or null, preferring the one the {@link NullPointerException}'s message names.
   */
  private static @Nullable String missingCause(ValueInstantiationException e, Class<?> target, ObjectNode object) {
    RecordShape shape = RecordShape.of(target);
    NullPointerException npe = causeOf(e, NullPointerException.class);
    if (shape == null || npe == null) {
      return null;
    }
    String message = npe.getMessage();
    String first = null;
    for (RecordShape.Property p : shape.properties()) {
      if (p.nullable() || p.isPrimitive()) {
        continue;
      }
      JsonNode child = object.get(p.name());
      if (child == null || child.isNull()) {
        if (message != null && (message.equals(p.name()) || message.matches("(?s).*\\b" + java.util.regex.Pattern.quote(p.name()) + "\\b.*"))) {
          return p.name();
        }
        if (first == null) {
          first = p.name();
        }
      }
    }
    return first;
  }

  private static <X extends Throwable> @Nullable X causeOf(Throwable t, Class<X> type) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
    }
    return null;
  }

  /**
   * The pointer of the first required property the built record lacks: a non-{@code @Nullable} reference
   * component that is null, or a primitive number component absent from the JSON; searched through nested
   * records and lists of records. Null when none.
   */
  static @Nullable String findMissing(Object value, JsonNode node, String pointer) {
    RecordShape shape = RecordShape.of(value.getClass());
    if (shape == null || shape.isDelegating() || !(node instanceof ObjectNode object)) {
      return null;
    }
    for (RecordShape.Property p : shape.properties()) {
      if (p.isPrimitive()) {
        if (p.raw() != boolean.class && object.get(p.name()) == null) {
          return JsonPointers.child(pointer, p.name());
        }
        continue;
      }
      Object v = p.get(value);
      if (v == null) {
        if (!p.nullable()) {
          return JsonPointers.child(pointer, p.name());
        }
        continue;
      }
      if (!p.mayNest()) {
        continue;
      }
      JsonNode child = object.get(p.name());
      String missing = null;
      if (child instanceof ObjectNode) {
        missing = findMissing(v, child, JsonPointers.child(pointer, p.name()));
      } else if (child instanceof ArrayNode array && v instanceof List<?> list && list.size() == array.size()) {
        String at = JsonPointers.child(pointer, p.name());
        for (int i = 0; i < list.size() && missing == null; i++) {
          Object element = list.get(i);
          if (element != null) {
            missing = findMissing(element, array.get(i), JsonPointers.child(at, i));
          }
        }
      }
      if (missing != null) {
        return missing;
      }
    }
    return null;
  }

  /** Reports and removes the properties the record types along the tree do not have. */
  static void stripUnknown(JsonNode node, Type type, String pointer, java.util.function.Consumer<ReadProblem> sink) {
    Class<?> raw = RecordShape.raw(type);
    if (node instanceof ObjectNode object) {
      RecordShape shape = RecordShape.of(raw);
      if (shape != null && !shape.isDelegating()) {
        List<String> unknown = null;
        for (Map.Entry<String, JsonNode> e : object.properties()) {
          RecordShape.Property p = shape.property(e.getKey());
          JsonNode child = e.getValue();
          if (p == null) {
            String at = JsonPointers.child(pointer, e.getKey());
            sink.accept(ReadProblem.of(ReadIssueCodes.UNKNOWN_PROPERTY, at, "property", e.getKey()));
            if (unknown == null) {
              unknown = new ArrayList<>();
            }
            unknown.add(e.getKey());
          } else if (child.isContainer()) {
            stripUnknown(child, p.type(), JsonPointers.child(pointer, e.getKey()), sink);
          }
        }
        if (unknown != null) {
          object.remove(unknown);
        }
        return;
      }
      Type valueType = RecordShape.mapValueType(type);
      if (valueType != null) {
        for (Map.Entry<String, JsonNode> e : object.properties()) {
          stripUnknown(e.getValue(), valueType, JsonPointers.child(pointer, e.getKey()), sink);
        }
      }
    } else if (node instanceof ArrayNode array) {
      Type element = RecordShape.elementType(type);
      if (element != null) {
        for (int i = 0; i < array.size(); i++) {
          stripUnknown(array.get(i), element, JsonPointers.child(pointer, i), sink);
        }
      }
    }
  }
}
