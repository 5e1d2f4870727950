package io.jingwei.cli;

import io.jingwei.ref.DivisionId;
import io.jingwei.ref.EntityKind;
import io.jingwei.standard.Standard;
import io.jingwei.validation.Issue;
import io.jingwei.validation.IssueCode;
import io.jingwei.validation.RecordCounts;
import io.jingwei.validation.ReportSummary;
import io.jingwei.validation.Severity;
import io.jingwei.validation.ValidationReport;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * The terminal report of a validation (文本报告): a compact summary (records, counts by severity, the rules and
 * districts with most issues), then the detailed issues grouped by record, up to a limit. Colour only when asked.
 */
final class TextReport {
  private static final int TOP_RULES = 10;
  private static final int TOP_DISTRICTS = 5;

  private TextReport() {}

  static void write(ValidationRun run, Lang lang, Ansi ansi, int maxIssues, PrintStream out) {
    ValidationReport report = run.report();
    Standard standard = run.standard();
    ReportSummary s = report.summary();
    out.println(ansi.bold(lang.t("经纬 数据校验  ", "Jingwei validation  ")) + run.loaded().path());
    out.printf(
        "%s %s (%s)   %s %s%n",
        lang.t("标准", "standard"),
        standard.name(),
        standard.version(),
        lang.t("基准日期", "as of"),
        report.asOf());
    out.println();
    RecordCounts total = s.totalRecords();
    out.printf(
        lang.t("记录 %d 条：有效 %d，有错误 %d，无法读取 %d%n", "records %d: valid %d, invalid %d, unreadable %d%n"),
        total.read(),
        total.valid(),
        total.invalid(),
        total.unreadable());
    for (EntityKind kind : EntityKind.values()) {
      RecordCounts c = s.records(kind);
      if (c.read() > 0) {
        out.printf(
            "  %-16s %7d  %s %d  %s %d%n",
            kind.collectionName(),
            c.read(),
            lang.t("有错误", "invalid"),
            c.invalid(),
            lang.t("无法读取", "unreadable"),
            c.unreadable());
      }
    }
    out.println();
    out.println(
        lang.t("问题：", "issues: ")
            + ansi.severity(Severity.ERROR, lang.t("错误 ", "errors ") + s.count(Severity.ERROR))
            + lang.t("，", ", ")
            + ansi.severity(Severity.WARNING, lang.t("警告 ", "warnings ") + s.count(Severity.WARNING))
            + lang.t("，", ", ")
            + ansi.severity(Severity.INFO, lang.t("提示 ", "info ") + s.count(Severity.INFO)));
    List<IssueCode> codes = ReportData.rankedCodes(report);
    if (!codes.isEmpty()) {
      out.println(lang.t("问题最多的规则：", "top rules:"));
      for (IssueCode code : codes.subList(0, Math.min(TOP_RULES, codes.size()))) {
        Severity severity = ReportData.severity(report, standard, code);
        out.printf(
            "  %s %6d  %-32s %s%n",
            ansi.severity(severity, String.format("%-7s", severity.name())),
            report.count(code),
            code.value(),
            ansi.dim(oneLine(ReportData.title(standard, code, lang))));
      }
    }
    if (!s.issuesByDistrict().isEmpty()) {
      out.println(lang.t("问题最多的城区（开发区）：", "top districts:"));
      List<Map.Entry<DivisionId, Long>> districts = ReportData.ranked(s.issuesByDistrict());
      for (Map.Entry<DivisionId, Long> e : districts.subList(0, Math.min(TOP_DISTRICTS, districts.size()))) {
        out.printf("  %6d  %s%n", e.getValue(), oneLine(ReportData.divisionName(run.loaded().dataset(), e.getKey())));
      }
    }
    if (report.issues().isEmpty()) {
      out.println(ansi.green(lang.t("未发现问题。", "No issues found.")));
      return;
    }
    int shown = Math.min(maxIssues, report.issues().size());
    out.println();
    out.println(
        lang.t(
            "问题明细（" + shown + " / " + s.issueCount() + " 条，按记录分组）：",
            "issues (" + shown + " of " + s.issueCount() + ", by record):"));
    Map<String, List<Issue>> byEntity = ReportData.byEntity(report.issues().subList(0, shown));
    byEntity.forEach(
        (entity, issues) -> {
          out.println("  " + ansi.bold(oneLine(entity)) + "  " + ansi.dim(oneLine(issues.get(0).location().toString())));
          for (Issue i : issues) {
            out.printf(
                "    %s %s %s%n      %s%n",
                ansi.severity(i.severity(), String.format("%-7s", i.severity().name())),
                i.code(),
                oneLine(i.path()),
                oneLine(i.message(lang.locale())));
          }
        });
    if (shown < s.issueCount()) {
      out.println(
          ansi.dim(
              lang.t(
                  "… 另有 " + (s.issueCount() - shown) + " 条；用 --max-issues 显示更多，或 --format html/json 输出全部",
                  "… " + (s.issueCount() - shown) + " more; --max-issues shows more, --format html/json all")));
    }
  }

  /**
   * Text from the data or a profile made safe for one line of a terminal (单行显示): control characters — line
   * breaks that would forge report lines, the escape character that would drive the terminal — and the Unicode
   * line and paragraph separators are shown as {@code \\uXXXX}.
   */
  static String oneLine(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean unsafe = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
      if (unsafe && sb == null) {
        sb = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (sb != null) {
        if (unsafe) {
          sb.append(String.format("\\u%04X", (int) c));
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? text : sb.toString();
  }
}
