package io.jingwei.xlsx;

import io.jingwei.ref.EntityKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The sheet of one entity kind (台账工作表): its name, the other names accepted for it, and its columns in template
 * order.
 *
 * @param kind the entity kind
 * @param sheetName the Chinese sheet name ({@code 党员}), also the stem of a CSV file name
 * @param synonyms other sheet or file names accepted ({@code 党员名册}); the collection name ({@code members}) is
 *     always accepted as well
 * @param columns the columns, in template order
 */
public record SheetSpec(EntityKind kind, String sheetName, List<String> synonyms, List<Column> columns) {

  /** Checks the parts and copies the lists. */
  public SheetSpec {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sheetName, "sheetName");
    synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
    columns = columns == null ? List.of() : List.copyOf(columns);
  }

  /** The column of the path, if any. */
  public Optional<Column> column(String path) {
    return columns.stream().filter(c -> c.path().equals(path)).findFirst();
  }

  /** The required columns. */
  public List<Column> requiredColumns() {
    return columns.stream().filter(Column::required).toList();
  }
}
