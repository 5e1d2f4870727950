package io.jingwei.impl.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import java.util.Objects;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The one factory of Jingwei's JSON mappers (JSON 映射器工厂): every mapper it makes has the
 * {@link JingweiModule}, the {@link ReadLimits} and the settings below. Mappers are immutable and thread-safe;
 * share them.
 *
 * <p>Reading is strict:
 * <ul>
 *   <li>no polymorphic default typing (never activated; Jackson 3 would also demand a type validator);
 *   <li>stream limits from {@link ReadLimits}: nesting depth, string, number and property-name length, tokens and
 *       bytes per document;
 *   <li>duplicate property names fail ({@link StreamReadFeature#STRICT_DUPLICATE_DETECTION}); unknown properties
 *       fail ({@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}) — Jingwei's readers report both as issues
 *       and go on;
 *   <li>no scalar coercion: a number is not a string, a string is not a number or boolean, {@code 1.5} is not an
 *       integer, a number is not an enum constant, {@code null} is not a primitive (an integer is a floating-point
 *       number, as in JSON);
 *   <li>trailing content after a document fails; floating-point numbers read exactly ({@code BigDecimal});
 *   <li>source text is never quoted in exception locations.
 * </ul>
 *
 * <p>Writing is deterministic: a record's properties are its components only (derived methods such as
 * {@code isActive()} or {@code getLabel()} are not written), in component order; map entries sorted by key, dates as ISO
 * strings ({@code 2021-05-01}), {@code BigDecimal} in plain notation, no indentation, non-ASCII written as UTF-8.
 * Null values and empty collections, maps and arrays are omitted (a reader gives absent collections their
 * empty default); empty strings are kept.
 */
public final class JingweiJson {

  /**
   * The mappers made so far, by limits: a mapper keeps the deserializers it has built, so a new validation with the
   * same limits does not introspect the model again. Few limits are ever used; the cache is bounded all the same.
   */
  private static final LoadingCache<ReadLimits, JsonMapper> RECORD_MAPPERS =
      cache(
          limits ->
              build(
                  limits,
                  StreamReadConstraints.builder()
                      .maxDocumentLength(limits.maxRecordBytes())
                      .maxTokenCount(limits.maxRecordTokens())));

  private static final LoadingCache<ReadLimits, JsonMapper> DOCUMENT_MAPPERS =
      cache(
          limits ->
              build(
                  limits,
                  StreamReadConstraints.builder().maxDocumentLength(-1).maxTokenCount(-1),
                  (int)
                      Math.min(
                          Integer.MAX_VALUE,
                          (long) limits.maxNestingDepth() * JingweiJson.DOCUMENT_NESTING_FACTOR)));

  private static final JsonMapper DEFAULT = mapper(ReadLimits.defaults());

  private JingweiJson() {}

  /** The shared mapper with the default limits. */
  public static JsonMapper mapper() {
    return DEFAULT;
  }

  /**
   * The mapper with the given limits, where one document is one record: its byte and token limits apply to each
   * document it reads. Equal limits give the same mapper (and its deserializers, built once).
   */
  public static JsonMapper mapper(ReadLimits limits) {
    return RECORD_MAPPERS.getUnchecked(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * The mapper for the single-document dataset form (equal limits give the same mapper), where one document holds whole collections: the byte and
   * token limits are not applied to the document (the dataset reader applies them to each element); every other
   * limit is, except that the parser's own nesting bound is {@value #DOCUMENT_NESTING_FACTOR} times the limit: the
   * dataset reader checks the nesting of each element itself, so that an element nested too deeply is skipped and
   * the elements after it are still read; only nesting beyond the parser's bound ends the document.
   */
  public static JsonMapper datasetDocumentMapper(ReadLimits limits) {
    return DOCUMENT_MAPPERS.getUnchecked(Objects.requireNonNull(limits, "limits"));
  }

  /** How many times deeper than the limit the single-document parser nests before it gives up. */
  public static final int DOCUMENT_NESTING_FACTOR = 16;

  /** How many mappers of distinct limits each cache keeps. */
  private static final int MAPPERS_KEPT = 16;

  private static LoadingCache<ReadLimits, JsonMapper> cache(java.util.function.Function<ReadLimits, JsonMapper> make) {
    return CacheBuilder.newBuilder().maximumSize(MAPPERS_KEPT).build(CacheLoader.from(make::apply));
  }

  private static JsonMapper build(ReadLimits limits, StreamReadConstraints.Builder constraints) {
    return build(limits, constraints, limits.maxNestingDepth());
  }

  private static JsonMapper build(ReadLimits limits, StreamReadConstraints.Builder constraints, int parserNesting) {
    StreamReadConstraints readConstraints =
        constraints
            .maxNestingDepth(parserNesting)
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxNameLength(limits.maxNameLength())
            .build();
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(readConstraints)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    JsonInclude.Value omitEmpty =
        JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS);
    JsonInclude.Value keepEmptyStrings =
        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS);
    return JsonMapper.builder(factory)
        .addModule(new JingweiModule())
        .enable(MapperFeature.INFER_RECORD_GETTERS_FROM_COMPONENTS_ONLY)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.INDENT_OUTPUT)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .withCoercionConfig(LogicalType.Textual, c -> failScalars(c))
        .withCoercionConfig(LogicalType.Integer, c -> failScalars(c))
        .withCoercionConfig(
            LogicalType.Float,
            c -> failScalars(c).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert))
        .withCoercionConfig(LogicalType.Boolean, c -> failScalars(c))
        .withCoercionConfig(LogicalType.Enum, c -> failScalars(c))
        .changeDefaultPropertyInclusion(v -> omitEmpty)
        .withConfigOverride(String.class, o -> o.setInclude(keepEmptyStrings))
        .build();
  }

  private static MutableCoercionConfig failScalars(MutableCoercionConfig config) {
    return config
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail);
  }
}
