package io.jingwei.xlsx;

import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.json.JingweiJson;
import io.jingwei.ref.EntityKind;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes records as a workbook (工作簿导出), one sheet per kind with every catalogue column, streamed (SXSSF, a
 * window of rows in memory, inline strings): the readers read it back as the same records.
 */
final class WorkbookWriter implements AutoCloseable {

  private final SXSSFWorkbook workbook;
  private final ColumnCatalogue catalogue;
  private final JsonMapper mapper = JingweiJson.mapper();
  private final CellStyle header;
  private SXSSFSheet sheet;
  private SheetSpec spec;
  private int row;

  WorkbookWriter(ColumnCatalogue catalogue) {
    this.catalogue = catalogue;
    this.workbook = new SXSSFWorkbook(null, 200, true, false);
    this.header = workbook.createCellStyle();
    Font bold = workbook.createFont();
    bold.setBold(true);
    header.setFont(bold);
  }

  /** Writes the dataset's kinds that have records (every kind's sheet when the dataset is empty). */
  static void write(CityDataset dataset, ColumnCatalogue catalogue, OutputStream out) throws IOException {
    try (WorkbookWriter w = new WorkbookWriter(catalogue)) {
      boolean any = false;
      for (EntityKind kind : EntityKind.values()) {
        List<?> records = dataset.records(kind);
        if (records.isEmpty()) {
          continue;
        }
        any = true;
        w.startSheet(kind);
        for (Object r : records) {
          w.record(r);
        }
      }
      if (!any) {
        for (EntityKind kind : EntityKind.values()) {
          w.startSheet(kind);
        }
      }
      w.finish(out);
    }
  }

  /** Starts the sheet of a kind with its header row. */
  void startSheet(EntityKind kind) {
    spec = catalogue.sheet(kind);
    sheet = workbook.createSheet(spec.sheetName());
    row = 0;
    Row r = sheet.createRow(row++);
    for (int i = 0; i < spec.columns().size(); i++) {
      var c = r.createCell(i);
      c.setCellValue(SafeText.neutralize(spec.columns().get(i).header()));
      c.setCellStyle(header);
    }
  }

  /** Writes a record of the current sheet's kind. */
  void record(Object record) {
    JsonNode tree = mapper.valueToTree(record);
    Row r = sheet.createRow(row++);
    for (int i = 0; i < spec.columns().size(); i++) {
      Column column = spec.columns().get(i);
      JsonNode value = tree.at(column.path());
      if (value.isMissingNode() || value.isNull()) {
        continue;
      }
      if (value.isNumber() && (column.type() == ValueType.INTEGER || column.type() == ValueType.DECIMAL)) {
        r.createCell(i).setCellValue(value.doubleValue());
        continue;
      }
      String text = CellText.of(column, value);
      if (text != null) {
        r.createCell(i).setCellValue(SafeText.neutralize(text));
      }
    }
  }

  void finish(OutputStream out) throws IOException {
    workbook.write(out);
  }

  @Override
  public void close() throws IOException {
    workbook.close();
  }
}
