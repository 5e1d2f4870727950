package io.jingwei.cli;

import io.jingwei.standard.RuleDefinition;
import io.jingwei.testkit.snapshot.MetricsSnapshot;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jingwei stats PATH}: 党内统计-style statistics of a dataset, per district and street (党内统计). */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
      "Prints 党内统计-style statistics of a dataset: organizations by type; members by sex, ethnicity, age band,"
          + " education, occupation and joining period; coverage of compounds and grids by Party organizations;"
          + " service-centre compliance — for the city and per district and street.",
      "Without PATH, the bundled sample city. With --snapshot FILE, also writes the metrics snapshot that"
          + " `jingwei diff` compares."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:statistics printed", "2:usage error, unreadable input or unwritable output"})
final class StatsCommand implements Callable<Integer> {
  private final CliContext context;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "dataset directory or JSON file")
  @Nullable Path path;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json or html (default: ${DEFAULT-VALUE})")
  StatsReport.Format format = StatsReport.Format.text;

  @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of stdout")
  @Nullable Path out;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "the date ages are computed on (YYYY-MM-DD); default: the manifest's extractedOn, else today")
  @Nullable LocalDate asOf;

  @Option(
      names = "--standard",
      paramLabel = "NAME|FILE",
      description = "the standard whose service-centre rules give the compliance (default as for validate)")
  @Nullable String standard;

  @Option(
      names = "--snapshot",
      paramLabel = "FILE",
      description = "also write the dataset's metrics snapshot (jingwei-snapshot/1 JSON: record counts, active"
          + " members per organization, completeness, coverage, compliance, issue counts) to FILE, for"
          + " `jingwei diff`")
  @Nullable Path snapshot;

  @Mixin LocaleOption localeOption = new LocaleOption();

  StatsCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Lang lang = new Lang(localeOption.locale);
    Path dataset = ValidateCommand.datasetPath(context, path, lang);
    ValidationRun run = ValidationRun.run(context, dataset, standard, asOf, localeOption.locale, false);
    List<String> centreRules = new ArrayList<>();
    for (RuleDefinition r : run.standard().effectiveRules(run.report().asOf())) {
      if (r.id().startsWith("service-center.")) {
        centreRules.add(r.id());
      }
    }
    CityStatistics stats =
        CityStatistics.of(
            run.loaded().dataset(), run.loaded().input().regions(), run.report().asOf(), run.report(), centreRules);
    Output.write(context, out, lang, stream -> StatsReport.write(stats, run, format, lang, stream));
    if (snapshot != null) {
      Path file = context.resolve(snapshot);
      MetricsSnapshot figures = MetricsSnapshot.of(run.loaded().dataset(), run.report());
      Output.write(context, file, lang, stream -> stream.print(figures.toJson()));
      if (context.terminal()) {
        context.err().println(lang.t("快照已写入 ", "snapshot written to ") + file);
      }
    }
    return JingweiCommand.OK;
  }
}
