package io.jingwei.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.jingwei.id.MobileNumber;
import io.jingwei.id.ResidentIdNumber;
import io.jingwei.xlsx.Column;
import io.jingwei.xlsx.ColumnCatalogue;
import io.jingwei.xlsx.SheetSpec;
import io.jingwei.xlsx.SpreadsheetIssueCodes;
import io.jingwei.xlsx.ValueType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Fuzz target (模糊测试) for the cell parser: the text of the input (UTF-8) as a cell of every column of every kind —
 * typed as text, stored as a number (any text can stand in a workbook's {@code <v>}) and as a date-formatted number,
 * in both date systems. Parsing never throws; its only problems are the documented {@code read.code-recovered} and
 * {@code read.code-lost}, the value they show is no full ID number or mobile number, and a date column gives a
 * date of the wire format or the text for the binder to report.
 *
 * <p>Seeds: {@code src/test/resources/io/jingwei/xlsx/internal/CellParserFuzzTestInputs/cells/}; fuzz with
 * {@code -Pfuzz} (docs/reliability-spreadsheets.md).
 */
class CellParserFuzzTest {

  private static final List<Column> COLUMNS = columns();
  private static final List<CellParser> PARSERS = List.of(CellParser.of(false), CellParser.of(true));
  private static final Set<String> PROBLEMS =
      Set.of(SpreadsheetIssueCodes.CODE_RECOVERED.value(), SpreadsheetIssueCodes.CODE_LOST.value());
  private static final Pattern WIRE_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]+[Xx]?");

  private static List<Column> columns() {
    List<Column> all = new ArrayList<>();
    for (SheetSpec sheet : ColumnCatalogue.standard().sheets()) {
      for (Column c : sheet.columns()) {
        all.add(c);
        all.addAll(c.fields());
      }
    }
    return all;
  }

  /** The text as a cell of every column. */
  @FuzzTest(maxDuration = "60s")
  void cells(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    List<CellValue> cells = List.of(CellValue.text(text), CellValue.number(text, false), CellValue.number(text, true));
    for (CellParser parser : PARSERS) {
      for (Column column : COLUMNS) {
        for (CellValue cell : cells) {
          CellParser.Parsed parsed = parser.parse(column, cell);
          for (CellParser.Problem p : parsed.problems()) {
            assertThat(p.code().value()).isIn(PROBLEMS);
            assertThat(p.reason()).isNotBlank();
            if (p.value() != null) {
              assertThat(fullIdentifiers(p.value())).as("shown value of %s", column.path()).isEmpty();
            }
          }
          JsonNode value = parsed.value();
          if (value != null && value.isString() && (column.type() == ValueType.DATE || column.type() == ValueType.FULL_DATE)) {
            String s = value.asString();
            // a date of the wire format, or the text for the binder to report
            assertThat(WIRE_DATE.matcher(s).matches() || s.length() <= text.length() + 1 || cell.numeric())
                .as("date %s of %s", s, text)
                .isTrue();
          }
        }
      }
    }
  }

  private static List<String> fullIdentifiers(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = DIGIT_RUN.matcher(text);
    while (m.find()) {
      String run = m.group();
      if (ResidentIdNumber.isValid(run) || ResidentIdNumber.isValidLegacy(run) || (run.length() == 11 && MobileNumber.isValid(run))) {
        found.add(run);
      }
    }
    return found;
  }
}
