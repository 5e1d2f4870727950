package io.jingwei.xlsx;

/**
 * Renders the column catalogue as the Markdown tables of {@code docs/spreadsheets.md} (列目录文档), between the
 * markers {@link #BEGIN} and {@link #END}; a test keeps the document current.
 */
final class ColumnsDoc {

  static final String BEGIN = "<!-- columns:begin (generated from columns.yaml; do not edit) -->";
  static final String END = "<!-- columns:end -->";
  static final String REGENERATE =
      "./mvnw -o -q -B -pl xlsx -am test -Dtest=ColumnsDocTest -Dsurefire.failIfNoSpecifiedTests=false"
          + " -Djingwei.regenerateDocs=true";

  private ColumnsDoc() {}

  static String generate(ColumnCatalogue catalogue) {
    StringBuilder sb = new StringBuilder(BEGIN).append("\n");
    for (SheetSpec sheet : catalogue.sheets()) {
      sb.append("\n### ").append(sheet.sheetName()).append(" (`").append(sheet.kind().collectionName()).append("`)\n\n");
      sb.append("Sheet or file names: ").append(sheet.sheetName());
      for (String s : sheet.synonyms()) {
        sb.append(", ").append(s);
      }
      sb.append(", `").append(sheet.kind().collectionName()).append("`, `").append(sheet.kind().name()).append("`\n\n");
      sb.append("| 列名 | 必填 | 类型 | 字段 | 也可写作 | 可选值 |\n|---|---|---|---|---|---|\n");
      for (Column c : sheet.columns()) {
        sb.append("| ").append(c.header())
            .append(" | ").append(c.required() ? "是" : "")
            .append(" | ").append(TemplateWriter.format(c).replace("|", "\\|"))
            .append(" | `").append(c.wireName()).append('`')
            .append(" | ").append(String.join("、", c.synonyms()))
            .append(" | ").append(String.join("、", c.allowedValues()))
            .append(" |\n");
      }
    }
    return sb.append("\n").append(END).toString();
  }
}
