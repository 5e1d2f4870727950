package io.jingwei.cli;

import io.jingwei.organization.PartyOrganization;
import io.jingwei.division.Division;
import io.jingwei.testkit.drift.Drift;
import io.jingwei.testkit.drift.DriftReport;
import io.jingwei.testkit.drift.DriftSide;
import io.jingwei.testkit.drift.DriftThresholds;
import io.jingwei.testkit.snapshot.MetricsSnapshot;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jingwei diff OLD NEW}: what changed between two exports (数据比较). */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Compares two exports of a city (数据比较): records added, removed and changed per kind (changed fields as"
          + " JSON pointers, never values); members who left without a transfer or exit record; organizations"
          + " whose active member count jumped; compliance, coverage and completeness rates that dropped beyond"
          + " the thresholds; issue counts that changed.",
      "OLD and NEW are each a dataset (directory or single JSON document) or a metrics snapshot written by"
          + " `jingwei stats --snapshot`. With a snapshot on either side only the figures are compared.",
      "Default thresholds ([U], configurable): a member count jumps at ±20 %% and at least 5 members; a rate"
          + " drops at 5 points; no member may be silently lost."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:no significant drift (or --fail-on never)",
      "1:significant drift: a member-count jump, a rate drop, silently lost members beyond the allowance or an"
          + " issue-count rise beyond --max-issue-increase",
      "2:usage error, unreadable input or unwritable output"
    })
final class DiffCommand implements Callable<Integer> {

  /** The output formats of {@code diff}. */
  enum Format {
    text,
    json,
    html
  }

  /** When {@code diff} fails. */
  enum FailOnDrift {
    /** Significant drift makes the exit status 1 (the default). */
    drift,
    /** The exit status is 0 whatever was found. */
    never
  }

  private final CliContext context;

  @Parameters(index = "0", paramLabel = "OLD", description = "the earlier export: dataset directory, JSON document or snapshot")
  Path oldPath = Path.of("");

  @Parameters(index = "1", paramLabel = "NEW", description = "the later export: dataset directory, JSON document or snapshot")
  Path newPath = Path.of("");

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json or html (default: ${DEFAULT-VALUE})")
  Format format = Format.text;

  @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of stdout")
  @Nullable Path out;

  @Option(names = "--standard", paramLabel = "NAME|FILE",
      description = "validate both datasets against this standard (default: each as validate would)")
  @Nullable String standard;

  @Mixin LocaleOption localeOption = new LocaleOption();

  @Option(names = "--thresholds", paramLabel = "FILE",
      description = "a thresholds file (jingwei-drift-thresholds/1, YAML or JSON); the options below override it")
  @Nullable Path thresholdsFile;

  @Option(names = "--member-jump-rate", paramLabel = "R",
      description = "relative change of an organization's active members that is a jump (default 0.2)")
  @Nullable BigDecimal memberJumpRate;

  @Option(names = "--member-jump-min", paramLabel = "N",
      description = "absolute change of an organization's active members that is a jump (default 5)")
  @Nullable Long memberJumpMin;

  @Option(names = "--compliance-drop", paramLabel = "D", description = "compliance drop that is drift (default 0.05)")
  @Nullable BigDecimal complianceDrop;

  @Option(names = "--coverage-drop", paramLabel = "D", description = "coverage drop that is drift (default 0.05)")
  @Nullable BigDecimal coverageDrop;

  @Option(names = "--completeness-drop", paramLabel = "D",
      description = "completeness drop that is drift (default 0.05)")
  @Nullable BigDecimal completenessDrop;

  @Option(names = "--max-silently-lost", paramLabel = "N",
      description = "members allowed to disappear without a transfer or exit record (default 0)")
  @Nullable Long maxSilentlyLost;

  @Option(names = "--max-issue-increase", paramLabel = "N",
      description = "largest rise of an issue code's count that is not drift (default: issue counts are never drift)")
  @Nullable Long maxIssueIncrease;

  @Option(names = "--fail-on", paramLabel = "WHEN", defaultValue = "drift",
      description = "drift or never: whether significant drift makes the exit status 1 (default: ${DEFAULT-VALUE})")
  FailOnDrift failOn = FailOnDrift.drift;

  @Option(names = "--max-records", paramLabel = "N",
      description = "text: the most ids listed per kind and list (default 20; the counts are complete)")
  int maxRecords = 20;

  DiffCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Lang lang = new Lang(localeOption.locale);
    if (maxRecords < 0) {
      throw new UsageException(lang.t("--max-records 不能为负数", "--max-records must not be negative"));
    }
    DriftThresholds thresholds = thresholds(lang);
    Side before = side(context.resolve(oldPath), lang);
    Side after = side(context.resolve(newPath), lang);
    DriftReport drift;
    if (before.run != null && after.run != null) {
      drift = Drift.compare(before.run.loaded().dataset(), before.run.report(), after.run.loaded().dataset(),
          after.run.report(), thresholds);
    } else {
      drift = Drift.compare(before.snapshot, before.source(), after.snapshot, after.source(), thresholds);
    }
    Map<String, String> names = new HashMap<>();
    for (Side s : new Side[] {before, after}) {
      if (s.run != null) {
        for (PartyOrganization o : s.run.loaded().dataset().organizations()) {
          names.putIfAbsent("O " + o.id().value(), o.name());
        }
        for (Division d : s.run.loaded().dataset().divisions()) {
          names.putIfAbsent("D " + d.id().value(), d.name());
        }
      }
    }
    DiffReport report = new DiffReport(drift, before.path, after.path, names, lang);
    Output.write(context, out, lang, stream -> {
      switch (format) {
        case text -> report.text(stream, maxRecords);
        case json -> stream.print(drift.toJson());
        case html -> stream.print(report.html());
      }
    });
    if (out != null && context.terminal()) {
      context.err().println(lang.t("比较结果已写入 ", "comparison written to ") + context.resolve(out));
    }
    return drift.isSignificant() && failOn == FailOnDrift.drift ? JingweiCommand.ISSUES : JingweiCommand.OK;
  }

  private DriftThresholds thresholds(Lang lang) {
    try {
      DriftThresholds t = thresholdsFile == null ? DriftThresholds.defaults()
          : DriftThresholds.load(context.resolve(thresholdsFile));
      if (memberJumpRate != null || memberJumpMin != null) {
        t = t.withMemberJump(memberJumpRate != null ? memberJumpRate : t.memberJumpRate(),
            memberJumpMin != null ? memberJumpMin : t.memberJumpMin());
      }
      if (complianceDrop != null) {
        t = t.withComplianceDrop(complianceDrop);
      }
      if (coverageDrop != null) {
        t = t.withCoverageDrop(coverageDrop);
      }
      if (completenessDrop != null) {
        t = t.withCompletenessDrop(completenessDrop);
      }
      if (maxSilentlyLost != null) {
        t = t.withMaxSilentlyLost(maxSilentlyLost);
      }
      if (maxIssueIncrease != null) {
        t = t.withMaxIssueIncrease(maxIssueIncrease);
      }
      return t;
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new UsageException(lang.t("阈值无效：", "invalid thresholds: ") + e.getMessage(), e);
    }
  }

  /** One side: a validated dataset, or a snapshot read. */
  private record Side(Path path, @Nullable ValidationRun run, MetricsSnapshot snapshot) {
    DriftSide.Source source() {
      return run == null ? DriftSide.Source.SNAPSHOT : DriftSide.Source.DATASET;
    }
  }

  private Side side(Path path, Lang lang) {
    if (!Files.exists(path)) {
      throw new UsageException(lang.t("没有这个数据集或快照：", "no such dataset or snapshot: ") + path);
    }
    if (MetricsSnapshot.looksLikeSnapshot(path)) {
      try {
        return new Side(path, null, MetricsSnapshot.read(path));
      } catch (IllegalArgumentException | UncheckedIOException e) {
        throw new UsageException(lang.t("无法读取快照：", "cannot read the snapshot: ") + e.getMessage(), e);
      }
    }
    ValidationRun run = ValidationRun.run(context, path, standard, null, localeOption.locale, false);
    return new Side(path, run, MetricsSnapshot.of(run.loaded().dataset(), run.report()));
  }
}
