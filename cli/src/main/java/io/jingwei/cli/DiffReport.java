package io.jingwei.cli;

import io.jingwei.metrics.Ratio;
import io.jingwei.testkit.drift.ChangedRecord;
import io.jingwei.testkit.drift.Departure;
import io.jingwei.testkit.drift.DepartureReason;
import io.jingwei.testkit.drift.DriftReport;
import io.jingwei.testkit.drift.DriftSide;
import io.jingwei.testkit.drift.IssueCountChange;
import io.jingwei.testkit.drift.KindChanges;
import io.jingwei.testkit.drift.MemberCountJump;
import io.jingwei.testkit.drift.MetricDrift;
import io.jingwei.testkit.drift.MetricKind;
import io.jingwei.testkit.drift.RecordCountChange;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A drift report as text or one self-contained HTML file (比较报告), in the style of the validation reports. Shows
 * ids, masked names and counts only: the drift report holds no other personal data.
 */
final class DiffReport {
  private final DriftReport drift;
  private final Path oldPath;
  private final Path newPath;
  private final Map<String, String> names;
  private final Lang lang;

  DiffReport(DriftReport drift, Path oldPath, Path newPath, Map<String, String> names, Lang lang) {
    this.drift = drift;
    this.oldPath = oldPath;
    this.newPath = newPath;
    this.names = names;
    this.lang = lang;
  }

  // ------------------------------------------------------------------------------------------------- text

  void text(PrintStream out, int maxRecords) {
    out.println(lang.t("经纬 数据比较  ", "Jingwei comparison  ") + oldPath + " → " + newPath);
    out.println(side(lang.t("旧", "old"), drift.oldSide()));
    out.println(side(lang.t("新", "new"), drift.newSide()));
    if (drift.standardsDiffer()) {
      out.println(lang.t("注意：两份数据按不同标准校验，指标可能不可比", "note: the two sides were validated against"
          + " different standards; the figures may not compare"));
    }
    if (drift.mode() == DriftReport.Mode.METRICS) {
      out.println(lang.t("（有一方是快照：只比较指标部分）", "(a snapshot on one side: figures only)"));
    }
    out.println();
    if (drift.mode() == DriftReport.Mode.FULL) {
      out.println(lang.t("记录变化：", "records:"));
      for (KindChanges k : drift.records().values()) {
        if (k.oldCount() == 0 && k.newCount() == 0) {
          continue;
        }
        out.printf("  %-16s %7d → %-7d %s %d  %s %d  %s %d%n", k.kind().collectionName(), k.oldCount(), k.newCount(),
            lang.t("新增", "added"), k.added().size(), lang.t("删除", "removed"), k.removed().size(),
            lang.t("变更", "changed"), k.changed().size());
      }
      for (KindChanges k : drift.records().values()) {
        ids(out, k.kind().collectionName() + lang.t(" 新增：", " added: "), k.added(), maxRecords);
        ids(out, k.kind().collectionName() + lang.t(" 删除：", " removed: "), k.removed(), maxRecords);
        if (!k.changed().isEmpty()) {
          out.println("  " + k.kind().collectionName() + lang.t(" 变更（字段）：", " changed (fields):"));
          for (ChangedRecord c : k.changed().subList(0, Math.min(maxRecords, k.changed().size()))) {
            out.println("    " + c.id() + "  " + String.join(" ", c.fields()));
          }
          more(out, k.changed().size(), maxRecords);
        }
      }
      out.println();
      List<Departure> silent = drift.silentlyLost();
      out.printf(lang.t("离开的党员 %d 名：有记录可查 %d，无转出或出党记录（悄悄丢失）%d%n",
          "members who left %d: explained %d, without a transfer or exit record (silently lost) %d%n"),
          drift.departures().size(), drift.departures().size() - silent.size(), silent.size());
      for (Departure d : drift.departures().subList(0, Math.min(maxRecords, drift.departures().size()))) {
        out.printf("  %-12s %-6s %-22s %s%n", d.member().value(), d.maskedName(), d.organization().value(),
            departure(d));
      }
      more(out, drift.departures().size(), maxRecords);
    }
    out.println();
    if (drift.memberCountJumps().isEmpty()) {
      out.println(lang.t("党员数突变的党组织：无", "organizations whose member count jumped: none"));
    } else {
      out.println(lang.t("党员数突变的党组织：", "organizations whose member count jumped:"));
      for (MemberCountJump j : drift.memberCountJumps()) {
        out.printf("  %-24s %5d → %-5d %+d %s  %s%n", j.organization().value(), j.oldCount(), j.newCount(),
            j.change(), j.relativeChange().map(r -> String.format(Locale.ROOT, "(%+.1f%%)", r.doubleValue() * 100))
                .orElse(""), names.getOrDefault("O " + j.organization().value(), ""));
      }
    }
    if (drift.metricDrifts().isEmpty()) {
      out.println(lang.t("超过阈值的指标下降：无", "rates dropped beyond the thresholds: none"));
    } else {
      out.println(lang.t("超过阈值的指标下降：", "rates dropped beyond the thresholds:"));
      for (MetricDrift m : drift.metricDrifts()) {
        out.printf("  %-14s %-48s %s → %s  (%s → %s)  -%s%n", region(m), metric(m), rate(m.oldValue()),
            rate(m.newValue()), m.oldValue(), m.newValue(), points(m));
      }
    }
    if (drift.issueCountChanges().isEmpty()) {
      out.println(lang.t("问题数变化：无", "issue counts changed: none"));
    } else {
      out.println(lang.t("问题数变化：", "issue counts changed:"));
      for (IssueCountChange c : drift.issueCountChanges()) {
        out.printf("  %-40s %6d → %-6d %+d%s%n", c.code(), c.oldCount(), c.newCount(), c.change(),
            c.significant() ? lang.t("  超过阈值", "  beyond the threshold") : "");
      }
    }
    out.println();
    out.println(verdict());
  }

  private void ids(PrintStream out, String label, List<String> ids, int max) {
    if (ids.isEmpty()) {
      return;
    }
    out.println("  " + label + String.join(" ", ids.subList(0, Math.min(max, ids.size())))
        + (ids.size() > max ? lang.t(" … 另有 ", " … ") + (ids.size() - max) + lang.t(" 条", " more") : ""));
  }

  private void more(PrintStream out, int size, int max) {
    if (size > max) {
      out.println(lang.t("    … 另有 " + (size - max) + " 条；用 --max-records 显示更多，或 --format html/json 输出全部",
          "    … " + (size - max) + " more; --max-records shows more, --format html/json all"));
    }
  }

  private String side(String label, DriftSide s) {
    return String.format("%s: %s [%s]  %s %s (%s)  %s %s", label, s.name(),
        s.source() == DriftSide.Source.DATASET ? lang.t("数据集", "dataset") : lang.t("快照", "snapshot"),
        lang.t("标准", "standard"), s.standard().name(), s.standard().version(), lang.t("基准日期", "as of"), s.asOf());
  }

  /** The verdict line: significant drift and why, or none. */
  String verdict() {
    if (!drift.isSignificant()) {
      return lang.t("结论：无显著漂移", "verdict: no significant drift");
    }
    List<String> why = new ArrayList<>();
    if (!drift.memberCountJumps().isEmpty()) {
      why.add(lang.t("党员数突变 ", "member-count jumps ") + drift.memberCountJumps().size());
    }
    if (!drift.metricDrifts().isEmpty()) {
      why.add(lang.t("指标下降 ", "rate drops ") + drift.metricDrifts().size());
    }
    int silent = drift.silentlyLost().size();
    if (silent > drift.thresholds().maxSilentlyLost()) {
      why.add(lang.t("悄悄丢失的党员 ", "silently lost members ") + silent + " > " + drift.thresholds().maxSilentlyLost());
    }
    if (!drift.significantIssueIncreases().isEmpty()) {
      why.add(lang.t("问题数上升 ", "issue-count rises ") + drift.significantIssueIncreases().size());
    }
    return lang.t("结论：有显著漂移（", "verdict: significant drift (") + String.join(lang.t("，", ", "), why)
        + lang.t("）", ")");
  }

  private String departure(Departure d) {
    return switch (d.reason()) {
      case EXIT_RECORDED -> lang.t("已记录：", "recorded: ") + standing(d);
      case EXIT_RECORDED_EARLIER -> lang.t("上月已记录：", "recorded earlier: ") + standing(d);
      case REIDENTIFIED -> lang.t("换用新编号 ", "new id ") + (d.newId() == null ? "" : d.newId().value());
      case UNEXPLAINED -> lang.t("无记录（悄悄丢失）", "no record (silently lost)")
          + (d.wasMobile() ? lang.t("；原为流动党员", "; was a mobile member") : "");
    };
  }

  private String standing(Departure d) {
    return d.standing() == null ? "" : lang.zh() ? d.standing().chineseName() : d.standing().name();
  }

  private String region(MetricDrift m) {
    if (m.district() == null) {
      return lang.t("全市", "city");
    }
    String name = names.get("D " + m.district().value());
    return name == null ? m.district().value() : name;
  }

  private String metric(MetricDrift m) {
    String kind = switch (m.metric()) {
      case COMPLIANCE -> lang.t("达标率 ", "compliance ");
      case COVERAGE -> lang.t("覆盖率 ", "coverage ");
      case COMPLETENESS -> lang.t("完整率 ", "completeness ");
    };
    return kind + (m.metric() == MetricKind.COMPLETENESS ? m.entityKind().collectionName() + "/" + m.key() : m.key());
  }

  private static String rate(Ratio r) {
    return Html.percent(r.count(), r.total());
  }

  private String points(MetricDrift m) {
    return String.format(Locale.ROOT, "%.1f", m.drop().doubleValue() * 100) + lang.t(" 个百分点", " points");
  }

  // ------------------------------------------------------------------------------------------------- HTML

  String html() {
    StringBuilder sb = new StringBuilder(32 * 1024);
    Html.begin(sb, lang, lang.t("经纬 数据比较", "Jingwei comparison"),
        drift.oldSide().name() + " (" + drift.oldSide().asOf() + ") → " + drift.newSide().name() + " ("
            + drift.newSide().asOf() + ")");
    boolean full = drift.mode() == DriftReport.Mode.FULL;
    List<String[]> cards = new ArrayList<>();
    cards.add(new String[] {lang.t("结论", "verdict"),
        drift.isSignificant() ? lang.t("有显著漂移", "significant drift") : lang.t("无显著漂移", "no significant drift"),
        drift.isSignificant() ? "error" : "ok"});
    if (full) {
      long added = drift.records().values().stream().mapToLong(k -> k.added().size()).sum();
      long removed = drift.records().values().stream().mapToLong(k -> k.removed().size()).sum();
      long changed = drift.records().values().stream().mapToLong(k -> k.changed().size()).sum();
      cards.add(new String[] {lang.t("新增记录", "records added"), String.valueOf(added), "info"});
      cards.add(new String[] {lang.t("删除记录", "records removed"), String.valueOf(removed), "info"});
      cards.add(new String[] {lang.t("变更记录", "records changed"), String.valueOf(changed), "info"});
      int silent = drift.silentlyLost().size();
      cards.add(new String[] {lang.t("悄悄丢失的党员", "silently lost members"), String.valueOf(silent),
          silent > drift.thresholds().maxSilentlyLost() ? "error" : "ok"});
    }
    cards.add(new String[] {lang.t("党员数突变", "member-count jumps"), String.valueOf(drift.memberCountJumps().size()),
        drift.memberCountJumps().isEmpty() ? "ok" : "error"});
    cards.add(new String[] {lang.t("指标下降", "rate drops"), String.valueOf(drift.metricDrifts().size()),
        drift.metricDrifts().isEmpty() ? "ok" : "error"});
    cards.add(new String[] {lang.t("问题数变化", "issue-count changes"),
        String.valueOf(drift.issueCountChanges().size()), drift.significantIssueIncreases().isEmpty() ? "" : "error"});
    Html.cards(sb, cards);
    sb.append("<p>").append(Html.esc(side(lang.t("旧", "old"), drift.oldSide()))).append("<br>")
        .append(Html.esc(side(lang.t("新", "new"), drift.newSide()))).append("</p>\n");
    if (drift.standardsDiffer()) {
      sb.append("<p class=\"empty\">").append(Html.esc(lang.t("注意：两份数据按不同标准校验，指标可能不可比",
          "Note: the two sides were validated against different standards; the figures may not compare")))
          .append("</p>\n");
    }
    if (!full) {
      sb.append("<p class=\"empty\">").append(Html.esc(lang.t("有一方是快照：只比较指标部分。",
          "A snapshot on one side: only the figures are compared."))).append("</p>\n");
    }

    Html.h2(sb, lang.t("党员数突变的党组织", "Organizations whose member count jumped"), "jumps");
    table(sb, List.of(lang.t("党组织", "organization"), lang.t("名称", "name"), lang.t("原人数", "old"),
        lang.t("现人数", "new"), lang.t("变化", "change")), drift.memberCountJumps(), j -> List.of(
            code(j.organization().value()), Html.esc(names.getOrDefault("O " + j.organization().value(), "")),
            String.valueOf(j.oldCount()), String.valueOf(j.newCount()),
            Html.esc(String.format(Locale.ROOT, "%+d", j.change()) + j.relativeChange()
                .map(r -> String.format(Locale.ROOT, " (%+.1f%%)", r.doubleValue() * 100)).orElse(""))));

    Html.h2(sb, lang.t("超过阈值的指标下降", "Rates dropped beyond the thresholds"), "metrics");
    table(sb, List.of(lang.t("区域", "region"), lang.t("指标", "metric"), lang.t("原值", "old"), lang.t("现值", "new"),
        lang.t("下降", "drop")), drift.metricDrifts(), m -> List.of(Html.esc(region(m)),
            "<code>" + Html.esc(metric(m)) + "</code>", Html.esc(rate(m.oldValue()) + " (" + m.oldValue() + ")"),
            Html.esc(rate(m.newValue()) + " (" + m.newValue() + ")"), Html.esc(points(m))));

    if (full) {
      Html.h2(sb, lang.t("离开的党员", "Members who left"), "departures");
      table(sb, List.of(lang.t("党员", "member"), lang.t("姓名", "name"), lang.t("原党组织", "organization"),
          lang.t("原因", "reason")), drift.departures(), d -> List.of(code(d.member().value()),
              Html.esc(d.maskedName()), code(d.organization().value()),
              (d.reason() == DepartureReason.UNEXPLAINED ? "<span class=\"sev ERROR\">" : "<span class=\"sev INFO\">")
                  + Html.esc(departure(d)) + "</span>"));

      Html.h2(sb, lang.t("记录变化", "Records"), "records");
      List<KindChanges> kinds = new ArrayList<>(drift.records().values());
      kinds.removeIf(k -> k.oldCount() == 0 && k.newCount() == 0);
      table(sb, List.of(lang.t("类别", "collection"), lang.t("原记录", "old"), lang.t("现记录", "new"),
          lang.t("新增", "added"), lang.t("删除", "removed"), lang.t("变更", "changed"), lang.t("未变", "unchanged")),
          kinds, k -> List.of(code(k.kind().collectionName()), String.valueOf(k.oldCount()),
              String.valueOf(k.newCount()), String.valueOf(k.added().size()), String.valueOf(k.removed().size()),
              String.valueOf(k.changed().size()), String.valueOf(k.unchanged())));
      Html.h2(sb, lang.t("新增、删除和变更的记录", "Records added, removed and changed"), "record-list");
      List<String[]> rows = new ArrayList<>();
      for (KindChanges k : drift.records().values()) {
        String kind = k.kind().collectionName();
        k.added().forEach(id -> rows.add(new String[] {kind, id, lang.t("新增", "added"), ""}));
        k.removed().forEach(id -> rows.add(new String[] {kind, id, lang.t("删除", "removed"), ""}));
        k.changed().forEach(c -> rows.add(new String[] {kind, c.id(), lang.t("变更", "changed"),
            String.join(" ", c.fields())}));
      }
      table(sb, List.of(lang.t("类别", "collection"), lang.t("编号", "id"), lang.t("变化", "change"),
          lang.t("变更字段", "changed fields")), rows, r -> List.of(code(r[0]), code(r[1]), Html.esc(r[2]),
              "<code>" + Html.esc(r[3]) + "</code>"));
    }

    Html.h2(sb, lang.t("记录数（读取/有效/有错误/无法读取）", "Record counts (read/valid/invalid/unreadable)"), "counts");
    table(sb, List.of(lang.t("类别", "collection"), lang.t("原", "old"), lang.t("现", "new")), drift.recordCounts(),
        (RecordCountChange c) -> List.of(code(c.kind().collectionName()), Html.esc(counts(c.oldCounts())),
            Html.esc(counts(c.newCounts()))));

    Html.h2(sb, lang.t("问题数变化", "Issue counts"), "issues");
    table(sb, List.of(lang.t("规则", "rule"), lang.t("原问题数", "old"), lang.t("现问题数", "new"),
        lang.t("变化", "change")), drift.issueCountChanges(), c -> List.of(code(c.code()),
            String.valueOf(c.oldCount()), String.valueOf(c.newCount()),
            Html.esc(String.format(Locale.ROOT, "%+d", c.change()))
                + (c.significant() ? " <span class=\"sev ERROR\">" + Html.esc(lang.t("超过阈值", "beyond threshold"))
                    + "</span>" : "")));
    Html.end(sb, lang);
    return sb.toString();
  }

  private static String counts(io.jingwei.validation.RecordCounts c) {
    return c.read() + " / " + c.valid() + " / " + c.invalid() + " / " + c.unreadable();
  }

  private static String code(String text) {
    return "<code>" + Html.esc(text) + "</code>";
  }

  private <T> void table(StringBuilder sb, List<String> headers, List<T> items, Function<T, List<String>> row) {
    if (items.isEmpty()) {
      sb.append("<p class=\"empty\">").append(Html.esc(lang.t("无", "none"))).append("</p>\n");
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (T item : items) {
      rows.add(row.apply(item));
    }
    Html.table(sb, "sortable", headers, rows);
  }
}
