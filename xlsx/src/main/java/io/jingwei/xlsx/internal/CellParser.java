package io.jingwei.xlsx.internal;

import io.jingwei.impl.json.ValueMasking;
import io.jingwei.privacy.PersonalData;
import io.jingwei.validation.IssueCode;
import io.jingwei.xlsx.Column;
import io.jingwei.xlsx.SafeText;
import io.jingwei.xlsx.SpreadsheetIssueCodes;
import io.jingwei.xlsx.ValueType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads cells as people type them (单元格解析) into wire-format JSON values. What it understands it normalizes
 * ({@code 2021年5月} → {@code "2021-05"}, {@code 男} → {@code "MALE"}); what it does not it passes on as text, so that
 * the record binder reports it as {@code read.invalid-value} exactly as for JSON input. Codes stored as numbers are
 * recovered when no digit was lost and reported ({@code read.code-recovered}); when digits were lost the value is
 * dropped and reported ({@code read.code-lost}).
 *
 * <p>Dates: {@code 2021-05-01}, {@code 2021/5/1}, {@code 2021.5.1}, {@code 2021年5月1日}, {@code 20210501} and a time
 * after the date; months {@code 2021-05}, {@code 2021/5}, {@code 2021.5}, {@code 2021年5月}, {@code 202105}; years
 * {@code 2021}, {@code 2021年}; Excel serial numbers ({@code 44317}) and date-formatted cells (1900 or 1904 date
 * system). Stateless and thread-safe.
 */
public final class CellParser {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final Pattern YMD =
      Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*[日号]?(?:[\\sT].*)?");
  private static final Pattern YM = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?(?:份)?");
  private static final Pattern Y = Pattern.compile("(\\d{4})\\s*年?");
  private static final Pattern COMPACT_YMD = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern COMPACT_YM = Pattern.compile("(\\d{4})(\\d{2})");
  private static final Pattern SERIAL = Pattern.compile("\\d{5}(?:\\.\\d+)?");
  private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?\\d+(?:\\.\\d+)?[eE][+-]?\\d+");
  private static final Pattern DECIMAL_SUFFIX = Pattern.compile("(\\d+)\\.0+");
  private static final Pattern LIST_SEPARATORS = Pattern.compile("\\s*[、,，;；\\n]\\s*");
  private static final Pattern ITEM_SEPARATORS = Pattern.compile("\\s*[;；\\n]\\s*");
  private static final Pattern FIELD_SEPARATORS = Pattern.compile("\\s*[|｜]\\s*");

  /** The most digits before or after the point of a number read. */
  static final int MAX_DIGITS = 400;

  /** Excel keeps 15 significant digits of a number. */
  private static final int EXCEL_DIGITS = 15;

  private final boolean date1904;

  private CellParser(boolean date1904) {
    this.date1904 = date1904;
  }

  /** A parser for a workbook in the 1900 date system (every CSV file, nearly every workbook). */
  public static CellParser standard() {
    return new CellParser(false);
  }

  /** A parser for a workbook in the given date system. */
  public static CellParser of(boolean date1904) {
    return new CellParser(date1904);
  }

  /**
   * A problem with a cell: the code, a reason and the value to show (masked when personal).
   *
   * @param code the issue code
   * @param reason the reason ({@code LEADING_ZEROS}, {@code PRECISION} …)
   * @param value the value shown, or null
   */
  public record Problem(IssueCode code, String reason, @Nullable String value) {}

  /**
   * What a cell gave: the JSON value (null when the cell is empty or its value was dropped) and the problems.
   *
   * @param value the value, or null
   * @param problems the problems, in the order found
   */
  public record Parsed(@Nullable JsonNode value, List<Problem> problems) {
    static Parsed of(@Nullable JsonNode value) {
      return new Parsed(value, List.of());
    }
  }

  /** Parses a cell of the column. */
  public Parsed parse(Column column, CellValue cell) {
    List<Problem> problems = new ArrayList<>();
    JsonNode value = parse(column, cell, problems);
    return new Parsed(value, List.copyOf(problems));
  }

  private @Nullable JsonNode parse(Column column, CellValue cell, List<Problem> problems) {
    if (cell.isBlank()) {
      return null;
    }
    switch (column.type()) {
      case LIST:
        return list(column, cell, problems);
      case RECORDS:
        return records(column, cell, problems);
      default:
        return scalar(column.type(), column, cell, problems);
    }
  }

  private @Nullable JsonNode list(Column column, CellValue cell, List<Problem> problems) {
    ArrayNode array = NODES.arrayNode();
    ValueType element = column.elementType() == null ? ValueType.TEXT : column.elementType();
    for (String part : LIST_SEPARATORS.split(SafeText.restore(cell.text()).strip())) {
      if (!part.isEmpty()) {
        JsonNode v = scalar(element, column, CellValue.text(part), problems);
        if (v != null) {
          array.add(v);
        }
      }
    }
    return array.isEmpty() ? null : array;
  }

  private @Nullable JsonNode records(Column column, CellValue cell, List<Problem> problems) {
    ArrayNode array = NODES.arrayNode();
    for (String item : ITEM_SEPARATORS.split(SafeText.restore(cell.text()).strip())) {
      if (item.isBlank()) {
        continue;
      }
      String[] values = FIELD_SEPARATORS.split(item, -1);
      ObjectNode object = NODES.objectNode();
      for (int i = 0; i < values.length && i < column.fields().size(); i++) {
        Column field = column.fields().get(i);
        if (!values[i].isBlank()) {
          JsonNode v = parse(field, CellValue.text(values[i]), problems);
          if (v != null) {
            object.set(field.leafName(), v);
          }
        }
      }
      array.add(object);
    }
    return array.isEmpty() ? null : array;
  }

  private @Nullable JsonNode scalar(ValueType type, Column column, CellValue cell, List<Problem> problems) {
    String text = cell.numeric() ? cell.text().strip() : SafeText.restore(cell.text().strip());
    switch (type) {
      case DATE:
      case FULL_DATE:
        return NODES.stringNode(date(type, cell, text));
      case BOOLEAN:
        return bool(text);
      case INTEGER:
      case DECIMAL:
        return number(type, text);
      case ENUM:
        return enumValue(column, cell, text, problems);
      case CODE:
        return code(column, cell, text, problems);
      default:
        return NODES.stringNode(cell.numeric() ? plainNumber(text) : text);
    }
  }

  // ---------------------------------------------------------------------------------------------------- dates

  /** The wire text of a date cell; the text itself when it is not a date (the binder reports it). */
  String date(ValueType type, CellValue cell, String text) {
    if (cell.numeric()) {
      BigDecimal n = decimal(text);
      if (n == null) {
        return text;
      }
      if (!cell.dateFormatted()) {
        String typed = typedAsNumber(type, n);
        if (typed != null) {
          return typed;
        }
      }
      String serial = serial(n);
      return serial == null ? text : serial;
    }
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    Matcher m;
    if ((m = YMD.matcher(t)).matches()) {
      return ymd(m.group(1), m.group(2), m.group(3), t);
    }
    if ((m = COMPACT_YMD.matcher(t)).matches()) {
      return ymd(m.group(1), m.group(2), m.group(3), t);
    }
    if (type == ValueType.DATE) {
      if ((m = YM.matcher(t)).matches()) {
        return ym(m.group(1), m.group(2), t);
      }
      if ((m = COMPACT_YM.matcher(t)).matches()) {
        return ym(m.group(1), m.group(2), t);
      }
      if ((m = Y.matcher(t)).matches()) {
        return m.group(1);
      }
    }
    if (SERIAL.matcher(t).matches()) {
      String serial = serial(new BigDecimal(t));
      if (serial != null) {
        return serial;
      }
    }
    return t;
  }

  /** A number typed in a date column that reads as a year, a month or a date (2021, 202105, 20210501). */
  private static @Nullable String typedAsNumber(ValueType type, BigDecimal n) {
    if (n.signum() <= 0 || n.stripTrailingZeros().scale() > 0) {
      return null;
    }
    String digits = n.toBigInteger().toString();
    Matcher m;
    if (digits.length() == 8 && (m = COMPACT_YMD.matcher(digits)).matches()) {
      String d = ymd(m.group(1), m.group(2), m.group(3), null);
      return d;
    }
    if (type == ValueType.DATE && digits.length() == 6 && (m = COMPACT_YM.matcher(digits)).matches()) {
      return ym(m.group(1), m.group(2), null);
    }
    if (type == ValueType.DATE && digits.length() == 4) {
      int year = Integer.parseInt(digits);
      return year >= 1800 && year <= 2999 ? digits : null;
    }
    return null;
  }

  /** An Excel serial date (1 = 1900-01-01, with Excel's phantom 1900-02-29), or null when out of range. */
  @Nullable String serial(BigDecimal n) {
    if (n.signum() <= 0 || n.compareTo(BigDecimal.valueOf(2_958_465)) > 0) {
      return null;
    }
    long days = n.longValue();
    LocalDate date;
    if (date1904) {
      date = LocalDate.of(1904, 1, 1).plusDays(days);
    } else if (days < 60) {
      date = LocalDate.of(1899, 12, 31).plusDays(days);
    } else if (days == 60) {
      return null; // 1900-02-29 does not exist
    } else {
      date = LocalDate.of(1899, 12, 30).plusDays(days);
    }
    return date.toString();
  }

  private static @Nullable String ymd(String y, String mo, String d, @Nullable String fallback) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)).toString();
    } catch (DateTimeException e) {
      return fallback;
    }
  }

  private static @Nullable String ym(String y, String mo, @Nullable String fallback) {
    int month = Integer.parseInt(mo);
    if (month < 1 || month > 12) {
      return fallback;
    }
    return y + "-" + (month < 10 ? "0" : "") + month;
  }

  // ----------------------------------------------------------------------------------------- other scalars

  private static JsonNode bool(String text) {
    String k = EnumText.key(text);
    switch (k) {
      case "是", "有", "y", "yes", "true", "1", "√", "✓", "对", "已", "已成立", "设":
        return NODES.booleanNode(true);
      case "否", "无", "没有", "n", "no", "false", "0", "×", "✗", "未", "未成立", "不设":
        return NODES.booleanNode(false);
      default:
        return NODES.stringNode(text);
    }
  }

  private static JsonNode number(ValueType type, String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replace(",", "");
    t = t.replaceAll("(人|户|个|元|平方米|㎡|m2|家|名|级)$", "");
    BigDecimal n = decimal(t);
    if (n == null) {
      return NODES.stringNode(text);
    }
    if (type == ValueType.INTEGER) {
      try {
        return NODES.numberNode(n.toBigIntegerExact());
      } catch (ArithmeticException e) {
        return NODES.stringNode(text);
      }
    }
    return NODES.numberNode(n.stripTrailingZeros().scale() < 0 ? n.setScale(0) : n.stripTrailingZeros());
  }

  private @Nullable JsonNode enumValue(Column column, CellValue cell, String text, List<Problem> problems) {
    Class<? extends Enum<?>> type = column.enumType();
    if (type == null) {
      return NODES.stringNode(text);
    }
    String t = cell.numeric() ? plainNumber(text) : text;
    EnumText.Match match = EnumText.parse(type, t);
    if (match == null) {
      return NODES.stringNode(t);
    }
    if (match.zerosRestored()) {
      String code = codeOf(match.value());
      problems.add(new Problem(SpreadsheetIssueCodes.CODE_RECOVERED, "LEADING_ZEROS", code));
    }
    return NODES.stringNode(match.value().name());
  }

  private static @Nullable String codeOf(Enum<?> value) {
    try {
      Object code = value.getDeclaringClass().getMethod("code").invoke(value);
      return code == null ? null : code.toString();
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }

  /**
   * A code: numbers are written out in full; a number of more than 15 digits, or shown in scientific notation in
   * text, has lost digits; missing leading zeros are restored when the column has a fixed width.
   */
  private @Nullable JsonNode code(Column column, CellValue cell, String text, List<Problem> problems) {
    boolean personal = isPersonal(column);
    if (cell.numeric()) {
      BigDecimal n = decimal(text);
      if (n == null) {
        return NODES.stringNode(text);
      }
      if (n.signum() >= 0 && n.stripTrailingZeros().scale() <= 0) {
        BigInteger whole = n.toBigIntegerExact();
        String digits = whole.toString();
        if (significantDigits(whole) > EXCEL_DIGITS || digits.length() > EXCEL_DIGITS) {
          problems.add(new Problem(SpreadsheetIssueCodes.CODE_LOST, "PRECISION", shown(digits, personal)));
          return null;
        }
        return padded(column, digits, personal, problems);
      }
      return NODES.stringNode(plainNumber(text));
    }
    String t = text;
    if (SCIENTIFIC.matcher(t).matches()) {
      problems.add(new Problem(SpreadsheetIssueCodes.CODE_LOST, "SCIENTIFIC_NOTATION", shown(t, personal)));
      return null;
    }
    Matcher m = DECIMAL_SUFFIX.matcher(t);
    if (m.matches()) {
      problems.add(new Problem(SpreadsheetIssueCodes.CODE_RECOVERED, "DECIMAL_SUFFIX", shown(m.group(1), personal)));
      return padded(column, m.group(1), personal, problems);
    }
    if (!t.isEmpty() && t.chars().allMatch(Character::isDigit)) {
      return padded(column, t, personal, problems);
    }
    return NODES.stringNode(t);
  }

  private static JsonNode padded(Column column, String digits, boolean personal, List<Problem> problems) {
    if (column.width() > digits.length()) {
      String padded = "0".repeat(column.width() - digits.length()) + digits;
      problems.add(new Problem(SpreadsheetIssueCodes.CODE_RECOVERED, "LEADING_ZEROS", shown(padded, personal)));
      return NODES.stringNode(padded);
    }
    return NODES.stringNode(digits);
  }

  private static int significantDigits(BigInteger n) {
    String s = n.toString().replaceFirst("0+$", "");
    return s.isEmpty() ? 1 : s.length();
  }

  private static boolean isPersonal(Column column) {
    String p = column.path().toLowerCase(Locale.ROOT);
    return p.endsWith("idnumber") || p.endsWith("phone") || p.endsWith("activitycardnumber");
  }

  static boolean isPersonalType(Class<?> type) {
    return PersonalData.class.isAssignableFrom(type);
  }

  private static String shown(String value, boolean personal) {
    return ValueMasking.show(value, personal);
  }

  /**
   * A number of the text, or null when it is none or lies beyond {@link #MAX_DIGITS} digits either side of the
   * point: {@code 1E999999999} in a cell is no number a 台账 holds, and writing it out in full would take gigabytes.
   */
  private static @Nullable BigDecimal decimal(String text) {
    try {
      BigDecimal n = new BigDecimal(text.strip());
      long integerDigits = (long) n.precision() - n.scale();
      return integerDigits > MAX_DIGITS || n.scale() > MAX_DIGITS ? null : n;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A stored number in plain notation, without a {@code .0}. */
  static String plainNumber(String text) {
    BigDecimal n = decimal(text);
    if (n == null) {
      return text;
    }
    BigDecimal s = n.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }
}
