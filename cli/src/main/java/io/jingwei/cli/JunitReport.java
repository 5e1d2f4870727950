package io.jingwei.cli;

import io.jingwei.standard.RuleDefinition;
import io.jingwei.standard.Standard;
import io.jingwei.validation.Issue;
import io.jingwei.validation.IssueCode;
import io.jingwei.validation.ValidationReport;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JUnit XML report of a validation (JUnit 报告), so that CI dashboards show data quality: one test suite for
 * the standard, one test case per rule in effect (and per code found that the standard does not list), each
 * issue at or above {@code --fail-on} a {@code <failure>} of its test case, the others listed in the case's
 * {@code <system-out>}. No timestamps: the same report gives the same bytes.
 */
final class JunitReport {
  private JunitReport() {}

  static void write(ValidationRun run, Lang lang, FailOn failOn, PrintStream out) {
    ValidationReport report = run.report();
    Standard standard = run.standard();
    Set<String> ids = new TreeSet<>();
    for (RuleDefinition r : standard.effectiveRules(report.asOf())) {
      ids.add(r.id());
    }
    report.summary().codes().forEach(c -> ids.add(c.value()));
    String classname = "jingwei." + standard.name();
    List<String> cases = new ArrayList<>();
    int failedCases = 0;
    for (String id : ids) {
      IssueCode code = IssueCode.of(id);
      List<Issue> issues = report.issues(code);
      StringBuilder tc = new StringBuilder();
      String title = ReportData.title(standard, code, lang);
      tc.append("    <testcase classname=\"")
          .append(Xml.escape(classname))
          .append("\" name=\"")
          .append(Xml.escape(id))
          .append("\"");
      StringBuilder body = new StringBuilder();
      StringBuilder systemOut = new StringBuilder();
      boolean failed = false;
      for (Issue i : issues) {
        String where = (i.entity() == null ? "" : i.entity() + " ") + i.path() + " " + i.location();
        String message = i.message(lang.locale());
        if (ReportData.atOrAbove(i.severity(), failOn)) {
          failed = true;
          body.append("      <failure type=\"")
              .append(i.severity())
              .append("\" message=\"")
              .append(Xml.escape(message))
              .append("\">")
              .append(Xml.escape(where.strip()))
              .append("</failure>\n");
        } else {
          systemOut.append(i.severity()).append(' ').append(where.strip()).append(": ").append(message).append('\n');
        }
      }
      long hidden = report.count(code) - issues.size();
      if (hidden > 0) {
        systemOut.append(lang.t("另有 " + hidden + " 条未列出明细\n", hidden + " more not detailed\n"));
      }
      if (!title.isEmpty()) {
        systemOut.insert(0, title + "\n");
      }
      if (failed) {
        failedCases++;
      }
      if (body.isEmpty() && systemOut.isEmpty()) {
        tc.append("/>\n");
      } else {
        tc.append(">\n").append(body);
        if (!systemOut.isEmpty()) {
          tc.append("      <system-out>").append(Xml.escape(systemOut.toString())).append("</system-out>\n");
        }
        tc.append("    </testcase>\n");
      }
      cases.add(tc.toString());
    }
    String suite = Xml.escape(standard.name() + " " + standard.version());
    out.print("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.printf(
        "<testsuites name=\"jingwei\" tests=\"%d\" failures=\"%d\" errors=\"0\">\n",
        cases.size(),
        failedCases);
    out.printf(
        "  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"0\" skipped=\"0\">\n",
        suite,
        cases.size(),
        failedCases);
    out.printf(
        "    <properties>\n      <property name=\"dataset\" value=\"%s\"/>\n"
            + "      <property name=\"asOf\" value=\"%s\"/>\n    </properties>\n",
        Xml.escape(run.loaded().path().toString()),
        report.asOf());
    cases.forEach(out::print);
    out.print("  </testsuite>\n</testsuites>\n");
  }
}
