package io.jingwei.xlsx;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A column of a 台账 sheet (台账列): where its value goes in the wire format, the header templates use, the other
 * headers accepted for it, and how its cells are read.
 *
 * @param path the JSON Pointer of the value in the record ({@code /timeline/admittedOn}); for a list of records,
 *     the list
 * @param header the Chinese header ({@code 入党时间})
 * @param synonyms other headers accepted ({@code 接收为预备党员时间}); the wire name ({@code timeline.admittedOn})
 *     is always accepted as well
 * @param type the value type
 * @param elementType the type of the elements of a {@link ValueType#LIST} column, else null
 * @param enumType the enum of an {@link ValueType#ENUM} column (or of the elements of a list), else null
 * @param required whether a record cannot be read without it (the model's {@code @NotNull}/{@code @NotBlank} on
 *     a top-level property)
 * @param width the number of digits of a numeric code, when fixed (to restore leading zeros), else 0
 * @param fields the fields of each item of a {@link ValueType#RECORDS} column, in cell order; empty otherwise
 */
public record Column(
    String path,
    String header,
    List<String> synonyms,
    ValueType type,
    @Nullable ValueType elementType,
    @Nullable Class<? extends Enum<?>> enumType,
    boolean required,
    int width,
    List<Column> fields) {

  /** Checks the parts and copies the lists. */
  public Column {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(type, "type");
    synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
    fields = fields == null ? List.of() : List.copyOf(fields);
    if (width < 0) {
      throw new IllegalArgumentException("width must not be negative");
    }
  }

  /** The wire name with dots ({@code timeline.admittedOn}), accepted as a header. */
  public String wireName() {
    return path.substring(1).replace('/', '.');
  }

  /** The last segment of the path ({@code admittedOn}). */
  public String leafName() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** The allowed values (可选值) of an enum column, by their Chinese names; empty for other columns. */
  public List<String> allowedValues() {
    if (type == ValueType.BOOLEAN) {
      return List.of("是", "否");
    }
    if (enumType == null) {
      return List.of();
    }
    return io.jingwei.xlsx.internal.EnumText.displayNames(enumType);
  }

  /** This column with another header list: the header kept, the synonyms given. */
  public Column withSynonyms(List<String> newSynonyms) {
    return new Column(path, header, newSynonyms, type, elementType, enumType, required, width, fields);
  }
}
