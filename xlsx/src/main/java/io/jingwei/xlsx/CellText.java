package io.jingwei.xlsx;

import io.jingwei.xlsx.internal.EnumText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The cell text of a wire-format value (单元格文本), as the writers put it and the readers read it back: dates as
 * ISO text, enum constants by their Chinese names, booleans as 是/否, lists joined with {@code 、}, lists of
 * records with {@code ；} and {@code |}. Numbers are written as numbers by the caller.
 */
final class CellText {

  private CellText() {}

  /** The text of the value of the column, or null when absent. */
  static @Nullable String of(Column column, @Nullable JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return null;
    }
    switch (column.type()) {
      case LIST -> {
        List<String> parts = new ArrayList<>();
        for (JsonNode e : value) {
          String t = scalar(column.elementType(), column, e);
          if (t != null) {
            parts.add(t);
          }
        }
        return parts.isEmpty() ? null : String.join("、", parts);
      }
      case RECORDS -> {
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
          List<String> fields = new ArrayList<>();
          for (Column f : column.fields()) {
            String t = of(f, item.get(f.leafName()));
            fields.add(t == null ? "" : t);
          }
          while (!fields.isEmpty() && fields.get(fields.size() - 1).isEmpty()) {
            fields.remove(fields.size() - 1);
          }
          items.add(String.join("|", fields));
        }
        return items.isEmpty() ? null : String.join("；", items);
      }
      default -> {
        return scalar(column.type(), column, value);
      }
    }
  }

  private static @Nullable String scalar(@Nullable ValueType type, Column column, JsonNode value) {
    if (value.isNull()) {
      return null;
    }
    if (type == ValueType.BOOLEAN && value.isBoolean()) {
      return value.booleanValue() ? "是" : "否";
    }
    if (type == ValueType.ENUM && column.enumType() != null && value.isString()) {
      return EnumText.display(column.enumType(), value.stringValue());
    }
    if (value.isNumber()) {
      return value.decimalValue().stripTrailingZeros().toPlainString();
    }
    return value.isString() ? value.stringValue() : value.toString();
  }

  /** The message of an entry map (for summaries). */
  static String join(Map<String, Long> counts) {
    return counts.toString();
  }
}
