package io.jingwei.xlsx;

import io.jingwei.impl.io.EntityTypes;
import io.jingwei.ref.EntityKind;
import io.jingwei.time.PartialDate;
import io.jingwei.xlsx.internal.Headers;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The column catalogue (列目录): for each entity kind, the 台账 sheet and its columns — the wire-format path, the
 * Chinese header, the synonyms, the value type and the allowed values. The shipped catalogue is data
 * ({@code io/jingwei/xlsx/columns.yaml}); value types, required columns and allowed values are derived from the
 * record model. A caller adds headers of its own with {@link #withSynonym(EntityKind, String, String)} (or
 * {@link SpreadsheetOptions.Builder#synonym(EntityKind, String, String)}).
 *
 * <p>Headers are matched after normalization: full-width characters folded (NFKC), white space, {@code *} marks
 * and parenthesized notes removed, ASCII case ignored — {@code 出生日期（格式：2021-05-01）*} matches
 * {@code 出生日期}. Immutable and thread-safe.
 */
public final class ColumnCatalogue {

  private static final String RESOURCE = "/io/jingwei/xlsx/columns.yaml";

  private static final ColumnCatalogue STANDARD = load();

  private final Map<EntityKind, SheetSpec> sheets;
  private final Map<EntityKind, Map<String, String>> overrides;
  private final Map<EntityKind, Map<String, Column>> byHeader;
  private final Map<String, EntityKind> bySheetName;

  private ColumnCatalogue(Map<EntityKind, SheetSpec> sheets, Map<EntityKind, Map<String, String>> overrides) {
    EnumMap<EntityKind, SheetSpec> copy = new EnumMap<>(EntityKind.class);
    copy.putAll(sheets);
    this.sheets = Collections.unmodifiableMap(copy);
    EnumMap<EntityKind, Map<String, String>> o = new EnumMap<>(EntityKind.class);
    overrides.forEach((k, v) -> o.put(k, Map.copyOf(v)));
    this.overrides = Collections.unmodifiableMap(o);
    Map<EntityKind, Map<String, Column>> headers = new EnumMap<>(EntityKind.class);
    Map<String, EntityKind> names = new HashMap<>();
    for (SheetSpec sheet : copy.values()) {
      Map<String, Column> m = new HashMap<>();
      Map<String, Integer> leafCount = new HashMap<>();
      for (Column c : sheet.columns()) {
        leafCount.merge(Headers.normalize(c.leafName()), 1, Integer::sum);
      }
      // explicit headers first, then synonyms, then wire names, never displacing an earlier one
      for (Column c : sheet.columns()) {
        m.putIfAbsent(Headers.normalize(c.header()), c);
      }
      for (Column c : sheet.columns()) {
        for (String s : c.synonyms()) {
          m.putIfAbsent(Headers.normalize(s), c);
        }
      }
      for (Column c : sheet.columns()) {
        m.putIfAbsent(Headers.normalize(c.wireName()), c);
        m.putIfAbsent(Headers.normalize(c.path()), c);
        m.putIfAbsent(Headers.normalize(c.path().substring(1)), c);
        if (leafCount.get(Headers.normalize(c.leafName())) == 1) {
          m.putIfAbsent(Headers.normalize(c.leafName()), c);
        }
      }
      // the caller's synonyms win over every shipped header
      this.overrides
          .getOrDefault(sheet.kind(), Map.of())
          .forEach((header, path) -> m.put(header, sheet.column(path).orElseThrow()));
      headers.put(sheet.kind(), Collections.unmodifiableMap(m));
      names.putIfAbsent(Headers.sheetKey(sheet.sheetName()), sheet.kind());
      names.putIfAbsent(Headers.sheetKey(sheet.kind().collectionName()), sheet.kind());
      names.putIfAbsent(Headers.sheetKey(sheet.kind().name()), sheet.kind());
      for (String s : sheet.synonyms()) {
        names.putIfAbsent(Headers.sheetKey(s), sheet.kind());
      }
    }
    this.byHeader = Collections.unmodifiableMap(headers);
    this.bySheetName = Collections.unmodifiableMap(names);
  }

  /** The shipped catalogue (内置列目录). */
  public static ColumnCatalogue standard() {
    return STANDARD;
  }

  /** The sheet of every kind, in entity-kind order. */
  public List<SheetSpec> sheets() {
    return List.copyOf(sheets.values());
  }

  /** The sheet of a kind. */
  public SheetSpec sheet(EntityKind kind) {
    return Objects.requireNonNull(sheets.get(Objects.requireNonNull(kind, "kind")), "no sheet for " + kind);
  }

  /** The column a header names in a sheet of the kind, after normalization; empty when none. */
  public Optional<Column> column(EntityKind kind, String header) {
    Objects.requireNonNull(header, "header");
    Map<String, Column> m = byHeader.get(Objects.requireNonNull(kind, "kind"));
    return Optional.ofNullable(m == null ? null : m.get(Headers.normalize(header)));
  }

  /**
   * The kind a sheet or file name stands for ({@code 党员}, {@code 党员名册}, {@code members}, {@code MEMBER}); words
   * such as 台账, 信息, 表 and 明细 and a leading year or place are tolerated around it. Empty when none.
   */
  public Optional<EntityKind> kindOfName(String name) {
    Objects.requireNonNull(name, "name");
    String key = Headers.sheetKey(name);
    EntityKind kind = bySheetName.get(key);
    if (kind != null) {
      return Optional.of(kind);
    }
    // the longest known name the given one ends with or starts with (南宁市青秀区党员台账 → 党员)
    String best = null;
    for (String known : bySheetName.keySet()) {
      if (known.length() >= 2 && (key.endsWith(known) || key.startsWith(known))
          && (best == null || known.length() > best.length())) {
        best = known;
      }
    }
    return Optional.ofNullable(best == null ? null : bySheetName.get(best));
  }

  /**
   * This catalogue with one more header for a column (自定义列名同义词). The header names that column even where a
   * shipped header or synonym named another one.
   *
   * @param kind the kind of the sheet
   * @param header the header a caller's 台账 uses
   * @param path the wire path of the column ({@code /timeline/admittedOn})
   * @throws IllegalArgumentException when the kind has no column of that path
   */
  public ColumnCatalogue withSynonym(EntityKind kind, String header, String path) {
    Objects.requireNonNull(header, "header");
    SheetSpec sheet = sheet(kind);
    Column column =
        sheet.column(path).orElseThrow(() -> new IllegalArgumentException("no column " + path + " for " + kind));
    List<String> synonyms = new ArrayList<>(column.synonyms());
    if (!synonyms.contains(header)) {
      synonyms.add(header);
    }
    List<Column> columns = new ArrayList<>();
    for (Column c : sheet.columns()) {
      columns.add(c == column ? c.withSynonyms(synonyms) : c);
    }
    Map<EntityKind, SheetSpec> copy = new EnumMap<>(EntityKind.class);
    copy.putAll(sheets);
    copy.put(kind, new SheetSpec(kind, sheet.sheetName(), sheet.synonyms(), columns));
    Map<EntityKind, Map<String, String>> o = new EnumMap<>(EntityKind.class);
    overrides.forEach((k, v) -> o.put(k, new HashMap<>(v)));
    o.computeIfAbsent(kind, k -> new HashMap<>()).put(Headers.normalize(header), path);
    return new ColumnCatalogue(copy, o);
  }

  @Override
  public String toString() {
    return "ColumnCatalogue[" + sheets.size() + " kinds]";
  }

  // ------------------------------------------------------------------------------------------------ loading

  private static ColumnCatalogue load() {
    JsonNode root;
    try (InputStream in = ColumnCatalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      root = new YAMLMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<EntityKind, SheetSpec> sheets = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : root.get("kinds").properties()) {
      EntityKind kind = kindOf(e.getKey());
      JsonNode spec = e.getValue();
      Class<?> type = EntityTypes.of(kind);
      List<Column> columns = new ArrayList<>();
      for (JsonNode c : spec.get("columns")) {
        columns.add(column(type, c));
      }
      sheets.put(kind, new SheetSpec(kind, spec.get("sheet").asString(), strings(spec.get("synonyms")), columns));
    }
    for (EntityKind kind : EntityKind.values()) {
      if (!sheets.containsKey(kind)) {
        throw new IllegalStateException("the column catalogue has no sheet for " + kind);
      }
    }
    return new ColumnCatalogue(sheets, Map.of());
  }

  private static EntityKind kindOf(String collection) {
    for (EntityKind k : EntityKind.values()) {
      if (k.collectionName().equals(collection)) {
        return k;
      }
    }
    throw new IllegalStateException("unknown collection in the column catalogue: " + collection);
  }

  private static List<String> strings(@Nullable JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node != null) {
      node.forEach(n -> out.add(n.asString()));
    }
    return out;
  }

  private static Column column(Class<?> recordType, JsonNode c) {
    String path = c.get("path").asString();
    String header = c.get("header").asString();
    List<String> synonyms = strings(c.get("synonyms"));
    int width = c.has("width") ? c.get("width").asInt() : 0;
    String[] segments = path.substring(1).split("/");
    Type type = recordType;
    RecordComponent component = null;
    for (String segment : segments) {
      component = component(raw(type), segment, path);
      type = component.getGenericType();
    }
    boolean required = segments.length == 1 && isRequired(Objects.requireNonNull(component));
    List<String> fieldNames = strings(c.get("fields"));
    return derive(path, header, synonyms, type, required, width, fieldNames);
  }

  private static Column derive(
      String path, String header, List<String> synonyms, Type type, boolean required, int width, List<String> fields) {
    Class<?> raw = raw(type);
    if (Collection.class.isAssignableFrom(raw)) {
      Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
      Class<?> elementRaw = raw(element);
      if (elementRaw.isRecord() && !io.jingwei.ref.EntityId.class.isAssignableFrom(elementRaw)) {
        if (fields.isEmpty()) {
          throw new IllegalStateException(path + ": a list of records needs `fields`");
        }
        List<Column> sub = new ArrayList<>();
        for (String f : fields) {
          RecordComponent rc = component(elementRaw, f, path);
          sub.add(derive("/" + f, f, List.of(), rc.getGenericType(), isRequired(rc), 0, List.of()));
        }
        return new Column(path, header, synonyms, ValueType.RECORDS, null, null, required, width, sub);
      }
      ValueType elementType = scalar(elementRaw, path);
      return new Column(path, header, synonyms, ValueType.LIST, elementType, enumOf(elementRaw), required, width, List.of());
    }
    ValueType scalar = scalar(raw, path);
    if (scalar == ValueType.TEXT && width > 0) {
      scalar = ValueType.CODE; // a fixed-width code kept as a string ("011")
    }
    return new Column(path, header, synonyms, scalar, null, enumOf(raw), required, width, List.of());
  }

  @SuppressWarnings("unchecked")
  private static @Nullable Class<? extends Enum<?>> enumOf(Class<?> raw) {
    return raw.isEnum() ? (Class<? extends Enum<?>>) raw : null;
  }

  private static ValueType scalar(Class<?> raw, String path) {
    if (raw == String.class) {
      return ValueType.TEXT;
    }
    if (raw.isEnum()) {
      return ValueType.ENUM;
    }
    if (raw == PartialDate.class) {
      return ValueType.DATE;
    }
    if (raw == LocalDate.class) {
      return ValueType.FULL_DATE;
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return ValueType.BOOLEAN;
    }
    if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
      return ValueType.INTEGER;
    }
    if (raw == BigDecimal.class || raw == double.class || raw == Double.class) {
      return ValueType.DECIMAL;
    }
    if (raw.getSimpleName().equals("PersonName")) {
      return ValueType.TEXT;
    }
    if (raw.isRecord() && !io.jingwei.ref.EntityId.class.isAssignableFrom(raw)) {
      throw new IllegalStateException(path + ": a nested record must be flattened into columns of its fields");
    }
    return ValueType.CODE; // ids, division and grid codes, ID numbers, phone and credit codes: text values
  }

  private static boolean isRequired(RecordComponent rc) {
    var accessor = rc.getAccessor();
    return accessor.isAnnotationPresent(NotNull.class)
        || accessor.isAnnotationPresent(NotBlank.class)
        || rc.getAnnotatedType().isAnnotationPresent(NotNull.class)
        || (rc.getType().isPrimitive() && rc.getType() != boolean.class);
  }

  private static RecordComponent component(Class<?> type, String name, String path) {
    if (type.isRecord()) {
      for (RecordComponent rc : type.getRecordComponents()) {
        if (rc.getName().equals(name)) {
          return rc;
        }
      }
    }
    throw new IllegalStateException("column " + path + ": " + type.getSimpleName() + " has no property " + name);
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalStateException("unsupported type " + type);
  }
}
