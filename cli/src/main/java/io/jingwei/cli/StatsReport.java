package io.jingwei.cli;

import io.jingwei.cli.CityStatistics.AgeBand;
import io.jingwei.cli.CityStatistics.JoiningPeriod;
import io.jingwei.cli.CityStatistics.RegionStatistics;
import io.jingwei.member.Occupation;
import io.jingwei.organization.OrganizationType;
import io.jingwei.ref.DivisionId;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The statistics as text, JSON or one self-contained HTML file (统计报告). */
final class StatsReport {

  /** The formats of {@code stats}. */
  enum Format {
    text,
    json,
    html
  }

  private StatsReport() {}

  static void write(CityStatistics stats, ValidationRun run, Format format, Lang lang, PrintStream out) {
    switch (format) {
      case text -> text(stats, run, lang, out);
      case json -> out.print(json(stats, run));
      case html -> out.print(html(stats, run, lang));
    }
  }

  // ------------------------------------------------------------------------------------------------- text

  private static void text(CityStatistics stats, ValidationRun run, Lang lang, PrintStream out) {
    RegionStatistics c = stats.city();
    out.println(lang.t("经纬 党内统计  ", "Jingwei statistics  ") + run.loaded().path());
    out.println(lang.t("统计日期 ", "as of ") + stats.asOf());
    out.println();
    out.printf(lang.t("党组织 %d 个（基层组织 %d 个）%n", "organizations %d (grassroots %d)%n"),
        c.organizationCount(), c.grassrootsOrganizations());
    c.organizations.forEach((t, n) -> {
      if (n > 0) {
        out.printf("  %-16s %6d%n", type(t, lang), n);
      }
    });
    out.println();
    out.printf(lang.t("党员 %d 名（预备党员 %d 名）%n", "members %d (probationary %d)%n"), c.members, c.probationary);
    out.printf("  %-16s %6d  %s%n", lang.t("女党员", "women"), c.women, Html.percent(c.women, c.members));
    out.printf("  %-16s %6d  %s%n", lang.t("少数民族党员", "ethnic minorities"), c.minorities,
        Html.percent(c.minorities, c.members));
    out.printf("  %-16s %6d  %s%n", lang.t("大专及以上学历", "junior college+"), c.juniorCollegeOrAbove,
        Html.percent(c.juniorCollegeOrAbove, c.members));
    out.println(lang.t("年龄：", "age:"));
    c.ageBands.forEach((b, n) -> {
      if (b != AgeBand.UNKNOWN || n > 0) {
        out.printf("  %-16s %6d  %s%n", lang.t(b.zh, b.en), n, Html.percent(n, c.members));
      }
    });
    out.println(lang.t("职业：", "occupation:"));
    c.occupations.forEach((o, n) -> out.printf("  %-16s %6d  %s%n", HtmlReport.occupation(o, lang), n,
        Html.percent(n, c.members)));
    if (c.occupationUnknown > 0) {
      out.printf("  %-16s %6d%n", lang.t("未填写", "not given"), c.occupationUnknown);
    }
    out.println(lang.t("入党时间：", "joined:"));
    c.joiningPeriods.forEach((p, n) -> {
      if (p != JoiningPeriod.UNKNOWN || n > 0) {
        out.printf("  %-16s %6d  %s%n", lang.t(p.zh, p.en), n, Html.percent(n, c.members));
      }
    });
    out.println();
    out.println(lang.t("覆盖：", "coverage:"));
    out.printf("  %-16s %d/%d  %s%n", lang.t("小区有党组织", "compounds organized"), c.compoundsWithOrganization,
        c.compounds, Html.percent(c.compoundsWithOrganization, c.compounds));
    out.printf("  %-16s %d/%d  %s%n", lang.t("网格有党组织", "grids organized"), c.gridsWithOrganization, c.grids,
        Html.percent(c.gridsWithOrganization, c.grids));
    if (!c.centreCompliance.isEmpty()) {
      out.println(lang.t("党群服务中心达标（共 ", "service centres (") + c.serviceCenters + lang.t(" 个）：", "):"));
      c.centreCompliance.forEach((rule, r) -> out.printf("  %-32s %d/%d  %s%n", rule, r[0], r[1],
          Html.percent(r[0], r[1])));
    }
    for (boolean street : new boolean[] {false, true}) {
      out.println();
      out.println(street ? lang.t("各街道：", "by street:") : lang.t("各城区（开发区）：", "by district:"));
      out.printf("  %-22s %6s %6s %7s %7s %7s %9s %9s%n", lang.t("名称", "name"), lang.t("组织", "orgs"),
          lang.t("党员", "members"), lang.t("女", "women"), lang.t("少数民族", "minority"),
          lang.t("大专+", "college+"), lang.t("小区覆盖", "compounds"), lang.t("网格覆盖", "grids"));
      for (Map.Entry<DivisionId, RegionStatistics> e : stats.rows(street)) {
        RegionStatistics r = e.getValue();
        out.printf("  %-22s %6d %6d %7s %7s %7s %9s %9s%n", TextReport.oneLine(stats.name(e.getKey())), r.organizationCount(), r.members,
            Html.percent(r.women, r.members), Html.percent(r.minorities, r.members),
            Html.percent(r.juniorCollegeOrAbove, r.members), Html.percent(r.compoundsWithOrganization, r.compounds),
            Html.percent(r.gridsWithOrganization, r.grids));
      }
    }
  }

  // ------------------------------------------------------------------------------------------------- JSON

  static String json(CityStatistics stats, ValidationRun run) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", "jingwei-stats/1");
    root.put("standard", Map.of("name", run.standard().name(), "version", run.standard().version()));
    root.put("asOf", stats.asOf().toString());
    root.put("city", region(stats.city()));
    Map<String, Object> districts = new LinkedHashMap<>();
    stats.districts().forEach((id, r) -> districts.put(id.value(), named(stats, id, r)));
    root.put("districts", districts);
    Map<String, Object> streets = new LinkedHashMap<>();
    stats.streets().forEach((id, r) -> streets.put(id.value(), named(stats, id, r)));
    root.put("streets", streets);
    return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(root) + "\n";
  }

  private static Map<String, Object> named(CityStatistics stats, DivisionId id, RegionStatistics r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", stats.name(id));
    m.putAll(region(r));
    return m;
  }

  private static Map<String, Object> region(RegionStatistics r) {
    Map<String, Object> m = new LinkedHashMap<>();
    Map<String, Object> orgs = new LinkedHashMap<>();
    orgs.put("total", r.organizationCount());
    orgs.put("grassroots", r.grassrootsOrganizations());
    Map<String, Long> byType = new LinkedHashMap<>();
    r.organizations.forEach((t, n) -> byType.put(t.name(), n));
    orgs.put("byType", byType);
    m.put("organizations", orgs);
    Map<String, Object> mem = new LinkedHashMap<>();
    mem.put("total", r.members);
    mem.put("probationary", r.probationary);
    mem.put("women", r.women);
    mem.put("sexUnknown", r.sexUnknown);
    mem.put("ethnicMinorities", r.minorities);
    mem.put("ethnicityUnknown", r.ethnicityUnknown);
    mem.put("juniorCollegeOrAbove", r.juniorCollegeOrAbove);
    mem.put("educationUnknown", r.educationUnknown);
    Map<String, Long> ages = new LinkedHashMap<>();
    r.ageBands.forEach((b, n) -> ages.put(b.name(), n));
    mem.put("ageBands", ages);
    Map<String, Long> occ = new LinkedHashMap<>();
    r.occupations.forEach((o, n) -> occ.put(o.name(), n));
    occ.put("UNKNOWN", r.occupationUnknown);
    mem.put("occupations", occ);
    Map<String, Long> joined = new LinkedHashMap<>();
    r.joiningPeriods.forEach((p, n) -> joined.put(p.name(), n));
    mem.put("joiningPeriods", joined);
    m.put("members", mem);
    Map<String, Object> cov = new LinkedHashMap<>();
    cov.put("compounds", Map.of("covered", r.compoundsWithOrganization, "total", r.compounds));
    cov.put("grids", Map.of("covered", r.gridsWithOrganization, "total", r.grids));
    m.put("coverage", cov);
    Map<String, Object> comp = new LinkedHashMap<>();
    r.centreCompliance.forEach((rule, c) -> comp.put(rule, Map.of("passed", c[0], "checked", c[1])));
    m.put("serviceCenters", Map.of("total", r.serviceCenters, "compliance", comp));
    return m;
  }

  // ------------------------------------------------------------------------------------------------- HTML

  static String html(CityStatistics stats, ValidationRun run, Lang lang) {
    RegionStatistics c = stats.city();
    StringBuilder sb = new StringBuilder(32 * 1024);
    Html.begin(sb, lang, lang.t("经纬 党内统计", "Jingwei statistics"),
        run.loaded().dataset().info().name() + " · " + lang.t("统计日期 ", "as of ") + stats.asOf());
    Html.cards(sb, List.of(
        new String[] {lang.t("党组织", "organizations"), String.valueOf(c.organizationCount()), ""},
        new String[] {lang.t("基层组织", "grassroots"), String.valueOf(c.grassrootsOrganizations()), ""},
        new String[] {lang.t("党员", "members"), String.valueOf(c.members), ""},
        new String[] {lang.t("女党员", "women"), Html.percent(c.women, c.members), ""},
        new String[] {lang.t("少数民族", "minorities"), Html.percent(c.minorities, c.members), ""},
        new String[] {lang.t("大专及以上", "college+"), Html.percent(c.juniorCollegeOrAbove, c.members), ""},
        new String[] {lang.t("小区党组织覆盖", "compounds organized"),
            Html.percent(c.compoundsWithOrganization, c.compounds), "ok"},
        new String[] {lang.t("网格党组织覆盖", "grids organized"), Html.percent(c.gridsWithOrganization, c.grids), "ok"}));
    sb.append("<div class=\"charts\">\n");
    String none = lang.t("无", "none");
    List<Html.Bar> types = new ArrayList<>();
    c.organizations.forEach((t, n) -> {
      if (n > 0) {
        types.add(Html.Bar.of(type(t, lang), n));
      }
    });
    Html.barChart(sb, lang.t("党组织类型", "Organizations by type"), types, false, none);
    List<Html.Bar> ages = new ArrayList<>();
    c.ageBands.forEach((b, n) -> {
      if (b != AgeBand.UNKNOWN || n > 0) {
        ages.add(Html.Bar.of(lang.t(b.zh, b.en), n));
      }
    });
    Html.barChart(sb, lang.t("党员年龄分布", "Members by age"), c.members == 0 ? List.of() : ages, false, none);
    List<Html.Bar> occ = new ArrayList<>();
    for (Occupation o : Occupation.values()) {
      occ.add(Html.Bar.of(HtmlReport.occupation(o, lang), c.occupations.get(o)));
    }
    Html.barChart(sb, lang.t("党员职业分布", "Members by occupation"), c.members == 0 ? List.of() : occ, false, none);
    List<Html.Bar> joined = new ArrayList<>();
    c.joiningPeriods.forEach((p, n) -> {
      if (p != JoiningPeriod.UNKNOWN || n > 0) {
        joined.add(Html.Bar.of(lang.t(p.zh, p.en), n));
      }
    });
    Html.barChart(sb, lang.t("入党时间", "Joining period"), c.members == 0 ? List.of() : joined, false, none);
    List<Html.Bar> comp = new ArrayList<>();
    c.centreCompliance.forEach((rule, r) -> comp.add(new Html.Bar(rule, r[1] == 0 ? 0 : (double) r[0] / r[1],
        r[0] + "/" + r[1], null)));
    Html.barChart(sb, lang.t("党群服务中心达标率", "Service-centre compliance"), comp, true, none);
    sb.append("</div>\n");
    for (boolean street : new boolean[] {false, true}) {
      Html.h2(sb, street ? lang.t("各街道", "By street") : lang.t("各城区（开发区）", "By district"),
          street ? "streets" : "districts");
      List<List<String>> rows = new ArrayList<>();
      for (Map.Entry<DivisionId, RegionStatistics> e : stats.rows(street)) {
        RegionStatistics r = e.getValue();
        rows.add(List.of(Html.esc(stats.name(e.getKey())), "<code>" + Html.esc(e.getKey().value()) + "</code>",
            String.valueOf(r.organizationCount()), String.valueOf(r.members), Html.percent(r.women, r.members),
            Html.percent(r.minorities, r.members), Html.percent(r.juniorCollegeOrAbove, r.members),
            r.compoundsWithOrganization + "/" + r.compounds, r.gridsWithOrganization + "/" + r.grids,
            String.valueOf(r.serviceCenters)));
      }
      Html.table(sb, "sortable", List.of(lang.t("名称", "name"), lang.t("代码", "id"), lang.t("党组织", "orgs"),
          lang.t("党员", "members"), lang.t("女", "women"), lang.t("少数民族", "minorities"),
          lang.t("大专及以上", "college+"), lang.t("小区覆盖", "compounds"), lang.t("网格覆盖", "grids"),
          lang.t("服务中心", "centres")), rows);
    }
    Html.end(sb, lang);
    return sb.toString();
  }

  static String type(OrganizationType t, Lang lang) {
    return lang.zh() ? t.chineseName() : t.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
