package io.jingwei.xlsx;

import io.jingwei.ref.EntityKind;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes blank 台账 templates (空白模板): a sheet per kind with the catalogue's headers (required ones marked
 * {@code *}, red), a drop-down list on every option and yes/no column (values on the hidden sheet "选项", so that
 * long lists such as 民族 fit), text format on code and date columns (so Excel keeps ID numbers and leading zeros),
 * and a sheet "填写说明" with each column's meaning, format and accepted spellings.
 */
final class TemplateWriter {

  /** The rows that get drop-down lists and text format. */
  static final int DATA_ROWS = 5000;

  static final String OPTIONS_SHEET = "选项";
  static final String INSTRUCTIONS_SHEET = "填写说明";

  private TemplateWriter() {}

  static void write(ColumnCatalogue catalogue, List<EntityKind> kinds, OutputStream out) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      CellStyle header = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
      CellStyle requiredHeader = workbook.createCellStyle();
      Font red = workbook.createFont();
      red.setBold(true);
      red.setColor(IndexedColors.RED.getIndex());
      requiredHeader.setFont(red);
      CellStyle text = workbook.createCellStyle();
      text.setDataFormat(workbook.createDataFormat().getFormat("@"));
      List<SheetSpec> sheets = kinds.stream().map(catalogue::sheet).toList();
      for (SheetSpec spec : sheets) {
        workbook.createSheet(spec.sheetName());
      }
      Sheet instructions = workbook.createSheet(INSTRUCTIONS_SHEET);
      Sheet options = workbook.createSheet(OPTIONS_SHEET);
      int optionColumn = 0;
      for (SheetSpec spec : sheets) {
        Sheet sheet = workbook.getSheet(spec.sheetName());
        Row row = sheet.createRow(0);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int i = 0; i < spec.columns().size(); i++) {
          Column c = spec.columns().get(i);
          Cell cell = row.createCell(i);
          cell.setCellValue(SafeText.neutralize(c.required() ? c.header() + "*" : c.header()));
          cell.setCellStyle(c.required() ? requiredHeader : header);
          sheet.setColumnWidth(i, Math.max(10, c.header().length() * 2 + 4) * 256);
          if (c.type() == ValueType.CODE || c.type() == ValueType.DATE || c.type() == ValueType.FULL_DATE
              || c.type() == ValueType.TEXT || c.type() == ValueType.LIST || c.type() == ValueType.RECORDS) {
            sheet.setDefaultColumnStyle(i, text);
          }
          List<String> allowed = c.type() == ValueType.LIST ? List.of() : c.allowedValues();
          if (!allowed.isEmpty()) {
            String range = optionRange(workbook, options, optionColumn++, allowed, spec, c);
            DataValidationConstraint constraint = helper.createFormulaListConstraint(range);
            DataValidation validation =
                helper.createValidation(constraint, new CellRangeAddressList(1, DATA_ROWS, i, i));
            validation.setShowErrorBox(true);
            validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
            validation.createErrorBox("不在可选值中", "请从下拉列表中选择：" + String.join("、", allowed));
            sheet.addValidationData(validation);
          }
        }
        sheet.createFreezePane(0, 1);
      }
      workbook.setSheetHidden(workbook.getSheetIndex(options), true);
      instructions(instructions, header, sheets);
      workbook.write(out);
    }
  }

  private static String optionRange(
      XSSFWorkbook workbook, Sheet options, int column, List<String> values, SheetSpec spec, Column c) {
    for (int r = 0; r < values.size(); r++) {
      Row row = options.getRow(r) == null ? options.createRow(r) : options.getRow(r);
      row.createCell(column).setCellValue(SafeText.neutralize(values.get(r)));
    }
    String letters = io.jingwei.xlsx.internal.SheetLayout.letters(column);
    String ref = "'" + OPTIONS_SHEET + "'!$" + letters + "$1:$" + letters + "$" + values.size();
    Name name = workbook.createName();
    name.setNameName("选项_" + spec.kind().name() + "_" + column);
    name.setRefersToFormula(ref);
    return name.getNameName();
  }

  private static void instructions(Sheet sheet, CellStyle header, List<SheetSpec> sheets) {
    int r = 0;
    String[] notes = {
      "填写说明：每个工作表一类数据，第一行是列名，不要改动列名（列名后的*表示必填）；从第二行起每行一条记录。",
      "日期可写作 2021-05-01、2021/5/1、2021.5.1、2021年5月1日；只知道年月时写 2021年5月 或 2021-05，只知道年份时写 2021。",
      "身份证号、手机号、各类编码请按文本录入（本模板已设为文本格式），不要存成数字：超过15位的数字会被Excel截断，无法恢复。",
      "选项列（性别、党员类别、组织类别等）请从下拉列表中选择；也接受国家标准代码（如性别 1/2、民族 01）。是/否列填“是”或“否”。",
      "多个值写在一个单元格内时用“、”分隔；多条记录（如班子成员、入党介绍人）用“；”分隔条目、用“|”分隔字段，字段顺序见下表。",
    };
    for (String n : notes) {
      sheet.createRow(r++).createCell(0).setCellValue(n);
    }
    r++;
    Row h = sheet.createRow(r++);
    String[] titles = {"工作表", "列名", "必填", "填写格式", "可选值", "也可写作（列名）", "对应字段"};
    for (int i = 0; i < titles.length; i++) {
      Cell c = h.createCell(i);
      c.setCellValue(titles[i]);
      c.setCellStyle(header);
    }
    for (SheetSpec spec : sheets) {
      for (Column c : spec.columns()) {
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(SafeText.neutralize(spec.sheetName()));
        row.createCell(1).setCellValue(SafeText.neutralize(c.header()));
        row.createCell(2).setCellValue(c.required() ? "是" : "");
        row.createCell(3).setCellValue(format(c));
        row.createCell(4).setCellValue(SafeText.neutralize(String.join("、", c.allowedValues())));
        row.createCell(5).setCellValue(SafeText.neutralize(String.join("、", c.synonyms())));
        row.createCell(6).setCellValue(c.wireName());
      }
    }
    sheet.setColumnWidth(0, 14 * 256);
    sheet.setColumnWidth(1, 22 * 256);
    sheet.setColumnWidth(3, 40 * 256);
    sheet.setColumnWidth(4, 40 * 256);
    sheet.setColumnWidth(5, 30 * 256);
    sheet.setColumnWidth(6, 30 * 256);
  }

  /** The format of a column as the instructions describe it. */
  static String format(Column c) {
    if (c.type() == ValueType.RECORDS) {
      StringBuilder sb = new StringBuilder(c.type().chineseName()).append("；字段：");
      for (int i = 0; i < c.fields().size(); i++) {
        sb.append(i == 0 ? "" : "|").append(c.fields().get(i).leafName());
      }
      return sb.toString();
    }
    if (c.type() == ValueType.LIST && c.enumType() != null) {
      return c.type().chineseName() + "；可选：" + String.join("、", io.jingwei.xlsx.internal.EnumText.displayNames(c.enumType()));
    }
    if (c.width() > 0) {
      return c.type().chineseName() + "，" + c.width() + "位";
    }
    return c.type().chineseName();
  }
}
