package io.jingwei.cli;

import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.engine.RegionResolver;
import io.jingwei.member.Occupation;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.EntityKind;
import io.jingwei.standard.RuleDefinition;
import io.jingwei.standard.Standard;
import io.jingwei.validation.Issue;
import io.jingwei.validation.IssueCode;
import io.jingwei.validation.RecordCounts;
import io.jingwei.validation.ReportSummary;
import io.jingwei.validation.Severity;
import io.jingwei.validation.ValidationReport;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The HTML report of a validation (HTML 校验报告): one self-contained file — summary cards; charts of the issues by
 * rule, district and street, of the service centres' compliance with the standard and of the members' age and
 * occupation; the rules with issues linked to their sources; a filterable, sortable table of the issues. Chinese
 * by default, English with {@code --locale en}; all data escaped; personal data masked by the engine unless the
 * validation showed it.
 */
final class HtmlReport {
  private static final int TOP = 15;

  private HtmlReport() {}

  static void write(ValidationRun run, Lang lang, int maxIssues, PrintStream out) {
    out.print(render(run, lang, maxIssues));
  }

  static String render(ValidationRun run, Lang lang, int maxIssues) {
    ValidationReport report = run.report();
    Standard standard = run.standard();
    ReportSummary s = report.summary();
    CityDataset dataset = run.loaded().dataset();
    RegionResolver regions = run.loaded().input().regions();
    List<String> centreRules = new ArrayList<>();
    for (RuleDefinition r : standard.effectiveRules(report.asOf())) {
      if (r.id().startsWith("service-center.")) {
        centreRules.add(r.id());
      }
    }
    CityStatistics stats = CityStatistics.of(dataset, regions, report.asOf(), report, centreRules);

    StringBuilder sb = new StringBuilder(64 * 1024);
    String name = dataset.info().name();
    Html.begin(
        sb,
        lang,
        lang.t("经纬 数据校验报告", "Jingwei validation report"),
        name + " · " + lang.t("标准 ", "standard ") + standard.name() + " (" + standard.version() + ") · "
            + lang.t("基准日期 ", "as of ") + report.asOf());

    RecordCounts total = s.totalRecords();
    List<String[]> cards = new ArrayList<>();
    cards.add(new String[] {lang.t("结论", "verdict"),
        report.isValid() ? lang.t("无错误", "no errors") : lang.t("有错误", "errors found"),
        report.isValid() ? "ok" : "error"});
    cards.add(new String[] {lang.t("记录", "records"), String.valueOf(total.read()), ""});
    cards.add(new String[] {lang.t("有效记录", "valid records"), String.valueOf(total.valid()), "ok"});
    cards.add(new String[] {lang.t("有错误的记录", "invalid records"), String.valueOf(total.invalid()), "error"});
    cards.add(new String[] {lang.t("无法读取", "unreadable"), String.valueOf(total.unreadable()), "error"});
    cards.add(new String[] {lang.t("错误", "errors"), String.valueOf(s.count(Severity.ERROR)), "error"});
    cards.add(new String[] {lang.t("警告", "warnings"), String.valueOf(s.count(Severity.WARNING)), "warning"});
    cards.add(new String[] {lang.t("提示", "info"), String.valueOf(s.count(Severity.INFO)), "info"});
    Html.cards(sb, cards);

    Html.h2(sb, lang.t("图表", "Charts"), "charts");
    sb.append("<div class=\"charts\">\n");
    String none = lang.t("无", "none");
    List<Html.Bar> byRule = new ArrayList<>();
    for (IssueCode code : ReportData.rankedCodes(report)) {
      if (byRule.size() == TOP) {
        break;
      }
      byRule.add(new Html.Bar(code.value(), report.count(code), "", "#rule-" + code.value()));
    }
    Html.barChart(sb, lang.t("各规则问题数", "Issues by rule"), byRule, false, none);
    Html.barChart(sb, lang.t("各城区（开发区）问题数", "Issues by district"), regionBars(s.issuesByDistrict(), dataset),
        false, none);
    Html.barChart(sb, lang.t("各街道问题数", "Issues by street"), regionBars(s.issuesByStreet(), dataset), false, none);
    List<Html.Bar> compliance = new ArrayList<>();
    stats.city().centreCompliance.forEach(
        (rule, c) -> compliance.add(new Html.Bar(
            rule, c[1] == 0 ? 0 : (double) c[0] / c[1], c[0] + "/" + c[1], "#rule-" + rule)));
    Html.barChart(sb, lang.t("党群服务中心达标率", "Service-centre compliance"), compliance, true,
        lang.t("本标准没有服务中心规则", "the standard has no service-centre rule"));
    List<Html.Bar> ages = new ArrayList<>();
    stats.city().ageBands.forEach((band, n) -> {
      if (band != CityStatistics.AgeBand.UNKNOWN || n > 0) {
        ages.add(Html.Bar.of(lang.t(band.zh, band.en), n));
      }
    });
    Html.barChart(sb, lang.t("党员年龄分布", "Members by age"), stats.city().members == 0 ? List.of() : ages, false,
        none);
    List<Html.Bar> occupations = new ArrayList<>();
    stats.city().occupations.forEach((o, n) -> occupations.add(Html.Bar.of(occupation(o, lang), n)));
    if (stats.city().occupationUnknown > 0) {
      occupations.add(Html.Bar.of(lang.t("未填写", "not given"), stats.city().occupationUnknown));
    }
    Html.barChart(sb, lang.t("党员职业分布", "Members by occupation"),
        stats.city().members == 0 ? List.of() : occupations, false, none);
    sb.append("</div>\n");

    Html.h2(sb, lang.t("记录", "Records"), "records");
    List<List<String>> recordRows = new ArrayList<>();
    for (EntityKind kind : EntityKind.values()) {
      RecordCounts c = s.records(kind);
      if (c.read() > 0) {
        recordRows.add(List.of("<code>" + Html.esc(kind.collectionName()) + "</code>", num(c.read()), num(c.valid()),
            num(c.invalid()), num(c.unreadable()), num(c.withWarnings())));
      }
    }
    Html.table(sb, "records", List.of(lang.t("类别", "collection"), lang.t("读取", "read"), lang.t("有效", "valid"),
        lang.t("有错误", "invalid"), lang.t("无法读取", "unreadable"), lang.t("有警告", "with warnings")), recordRows);

    Html.h2(sb, lang.t("规则", "Rules"), "rules");
    List<List<String>> ruleRows = new ArrayList<>();
    for (IssueCode code : ReportData.rankedCodes(report)) {
      Severity severity = ReportData.severity(report, standard, code);
      String source = standard.rule(code.value())
          .map(r -> r.source().document() + (r.source().article() == null ? "" : " " + r.source().article())
              + " [" + r.source().confidence() + "]")
          .orElse("");
      String url = Html.safeUrl(ReportData.sourceUrl(standard, code.value()).orElse(null));
      ruleRows.add(List.of(
          "<code id=\"rule-" + Html.esc(code.value()) + "\">" + Html.esc(code.value()) + "</code>",
          sev(severity, lang),
          num(report.count(code)),
          Html.esc(ReportData.title(standard, code, lang)),
          url == null ? Html.esc(source) : "<a href=\"" + url + "\" rel=\"noopener noreferrer\">" + Html.esc(source)
              + "</a>"));
    }
    Html.table(sb, "rules sortable", List.of(lang.t("规则", "rule"), lang.t("严重程度", "severity"),
        lang.t("问题数", "issues"), lang.t("说明", "title"), lang.t("依据", "source")), ruleRows);

    Html.h2(sb, lang.t("问题明细", "Issues"), "issue-list");
    List<Issue> issues = report.issues();
    int shown = Math.min(maxIssues, issues.size());
    sb.append("<div class=\"filters\"><input id=\"issue-filter\" type=\"search\" placeholder=\"")
        .append(Html.esc(lang.t("筛选：规则、记录、说明…", "filter: rule, record, message…")))
        .append("\"><select id=\"issue-severity\"><option value=\"\">")
        .append(Html.esc(lang.t("全部严重程度", "all severities"))).append("</option>");
    for (Severity sv : Severity.values()) {
      sb.append("<option value=\"").append(sv).append("\">").append(Html.esc(severityName(sv, lang)))
          .append("</option>");
    }
    sb.append("</select><span>").append(Html.esc(lang.t("显示 ", "showing "))).append("<b id=\"issue-count\">")
        .append(shown).append("</b> / ").append(s.issueCount()).append("</span></div>\n");
    if (shown < s.issueCount()) {
      sb.append("<p class=\"empty\">").append(Html.esc(lang.t(
          "明细只列出前 " + shown + " 条（计数是完整的）。", "Only the first " + shown + " are listed (the counts are complete).")))
          .append("</p>\n");
    }
    sb.append("<div class=\"tablewrap\"><table id=\"issues\" class=\"issues sortable\">\n<thead><tr>");
    for (String h : List.of(lang.t("严重程度", "severity"), lang.t("规则", "rule"), lang.t("记录", "record"),
        lang.t("字段", "field"), lang.t("位置", "location"), lang.t("城区", "district"), lang.t("说明", "message"))) {
      sb.append("<th>").append(Html.esc(h)).append("</th>");
    }
    sb.append("</tr></thead>\n<tbody>\n");
    for (Issue i : issues.subList(0, shown)) {
      String district = i.entity() == null ? "" : regions.district(i.entity())
          .map(id -> dataset.division(id).map(d -> d.name()).orElse(id.value())).orElse("");
      String url = Html.safeUrl(ReportData.sourceUrl(standard, i.code().value()).orElse(null));
      sb.append("<tr data-severity=\"").append(i.severity()).append("\"><td data-sort=\"")
          .append(i.severity().ordinal()).append("\">").append(sev(i.severity(), lang)).append("</td><td>")
          .append(url == null ? "<code>" + Html.esc(i.code().value()) + "</code>"
              : "<a href=\"" + url + "\" rel=\"noopener noreferrer\"><code>" + Html.esc(i.code().value()) + "</code></a>")
          .append("</td><td>").append(Html.esc(i.entity() == null ? "" : i.entity().toString()))
          .append("</td><td><code>").append(Html.esc(i.path())).append("</code></td><td>")
          .append(Html.esc(i.location().toString())).append("</td><td>").append(Html.esc(district))
          .append("</td><td>").append(Html.esc(i.message(lang.locale()))).append("</td></tr>\n");
    }
    sb.append("</tbody></table></div>\n");
    Html.end(sb, lang);
    return sb.toString();
  }

  private static List<Html.Bar> regionBars(Map<DivisionId, Long> counts, CityDataset dataset) {
    List<Html.Bar> bars = new ArrayList<>();
    for (Map.Entry<DivisionId, Long> e : ReportData.ranked(counts)) {
      if (bars.size() == TOP) {
        break;
      }
      bars.add(Html.Bar.of(dataset.division(e.getKey()).map(d -> d.name()).orElse(e.getKey().value()), e.getValue()));
    }
    return bars;
  }

  static String occupation(Occupation o, Lang lang) {
    if (lang.zh()) {
      return o.chineseName();
    }
    return switch (o) {
      case WORKER -> "workers";
      case FARMER -> "farmers, herders, fishers";
      case PROFESSIONAL -> "professional staff";
      case MANAGER -> "managers";
      case PARTY_GOVERNMENT_STAFF -> "Party and government staff";
      case STUDENT -> "students";
      case OTHER -> "other occupations";
      case RETIRED -> "retired";
    };
  }

  static String severityName(Severity s, Lang lang) {
    return switch (s) {
      case ERROR -> lang.t("错误", "error");
      case WARNING -> lang.t("警告", "warning");
      case INFO -> lang.t("提示", "info");
    };
  }

  private static String sev(Severity s, Lang lang) {
    return "<span class=\"sev " + s + "\">" + Html.esc(severityName(s, lang)) + "</span>";
  }

  private static String num(long n) {
    return String.valueOf(n);
  }
}
