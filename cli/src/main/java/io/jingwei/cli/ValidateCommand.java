package io.jingwei.cli;

import io.jingwei.Jingwei;
import io.jingwei.ref.EntityKind;
import io.jingwei.validation.Severity;
import io.jingwei.xlsx.SpreadsheetException;
import io.jingwei.xlsx.SpreadsheetOptions;
import io.jingwei.xlsx.Spreadsheets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jingwei validate}: validates a dataset and writes the report (校验数据集). */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validates a dataset against a standard and writes the report (校验数据集).",
      "PATH is a dataset directory (dataset.json + *.jsonl), a single JSON document, or spreadsheets (台账): an XLSX"
          + " workbook (one sheet per kind), a CSV file (one kind, UTF-8 or GBK) or a directory of them; without PATH,"
          + " the bundled"
          + " sample city (examples/data/sample-city of the repository found upwards from the working directory,"
          + " or of JINGWEI_HOME)."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:no issue at or above --fail-on",
      "1:issues at or above --fail-on",
      "2:usage error or unreadable input"
    })
final class ValidateCommand implements Callable<Integer> {

  private final CliContext context;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "PATH",
      description = "dataset directory, JSON file, XLSX workbook, CSV file or directory of spreadsheets")
  @Nullable Path path;

  @Option(
      names = "--standard",
      paramLabel = "NAME|FILE",
      description = "a shipped standard (see `jingwei profiles`) or a profile file; default: the one the dataset's"
          + " manifest names, else national")
  @Nullable String standard;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "the as-of date (YYYY-MM-DD); default: the manifest's extractedOn, else today")
  @Nullable LocalDate asOf;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json, html or junit (default: ${DEFAULT-VALUE})")
  OutputFormat format = OutputFormat.text;

  @Option(names = "--out", paramLabel = "FILE", description = "write the report to FILE instead of stdout")
  @Nullable Path out;

  @Mixin LocaleOption localeOption = new LocaleOption();

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      defaultValue = "error",
      description = "error, warning or never: the lowest severity that makes the exit status 1 (default:"
          + " ${DEFAULT-VALUE})")
  FailOn failOn = FailOn.error;

  @Option(
      names = "--show-personal-data",
      description = "show ID numbers, phone numbers and names in full (masked by default)")
  boolean showPersonalData;

  @Option(
      names = "--max-issues",
      paramLabel = "N",
      description = "the most detailed issues to list (text: default 30; html: default all)")
  @Nullable Integer maxIssues;

  @Option(
      names = "--annotate",
      paramLabel = "OUT.xlsx",
      description = "spreadsheet input: also write the annotated workbook (bad cells red/amber with comments, a"
          + " 数据存在的问题 column, a 问题汇总 sheet); for a directory of spreadsheets, OUT is a directory")
  @Nullable Path annotate;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      description = "spreadsheet input: the kind of a single CSV file or one-sheet workbook whose name does not"
          + " tell it (members, 党员, organizations …)")
  @Nullable String kind;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description = "CSV input: the encoding (UTF-8, GBK, GB18030); default: detected (BOM, then UTF-8, else"
          + " GB18030)")
  @Nullable String encoding;

  @Option(
      names = "--stream",
      negatable = true,
      description = "validate streaming the members (流式校验): members.jsonl of a dataset directory, or the member"
          + " sheet or CSV file of spreadsheets, goes by in chunks in bounded memory; the same report. Not with"
          + " --annotate or --format html (they need every record in memory). Default: a dataset directory whose"
          + " members.jsonl holds 8 MiB or more streams by itself unless the format is html; --no-stream reads"
          + " every record into memory")
  @Nullable Boolean stream;

  /**
   * The size of {@code members.jsonl} from which a dataset directory streams without {@code --stream} (自动流式校验):
   * 8 MiB, about 12,000 members. Streaming gives the same report; from about this size it is also the faster —
   * measured through the launcher on two cores, the benchmark's cities: 14 MB 4 % faster, 33 MB 11 %, 68 MB 25 %,
   * 338 MB 25–30 % (and under {@code -Xmx1g} half the memory, 574 MB resident against 1.1 GB; BENCHMARKS.md,
   * session 12) — below it the in-memory validation (the sample city, 0.2 MB: 15 % faster).
   */
  static final long AUTO_STREAM_BYTES = 8L << 20;

  /**
   * Whether the validation streams: as asked ({@code --stream}, {@code --no-stream}), else for a dataset directory
   * whose {@code members.jsonl} holds {@link #AUTO_STREAM_BYTES} or more, when the report is not html and no
   * workbook is annotated.
   */
  static boolean streams(@Nullable Boolean asked, Path dataset, OutputFormat format, boolean annotating) {
    if (asked != null) {
      return asked;
    }
    if (format == OutputFormat.html || annotating || !Files.isDirectory(dataset)) {
      return false;
    }
    Path members = dataset.resolve("members.jsonl"); // a directory with it is a dataset, not spreadsheets
    try {
      return Files.isRegularFile(members) && Files.size(members) >= AUTO_STREAM_BYTES;
    } catch (IOException e) {
      return false; // unreadable: the in-memory path reports it
    }
  }

  ValidateCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Lang lang = new Lang(localeOption.locale);
    if (maxIssues != null && maxIssues < 0) {
      throw new UsageException(lang.t("--max-issues 不能为负数", "--max-issues must not be negative"));
    }
    Path dataset = datasetPath(context, path, lang);
    boolean asked = Boolean.TRUE.equals(stream);
    if (asked && annotate != null) {
      throw new UsageException(
          lang.t(
              "--annotate 需要把整个工作簿读入内存，不能与 --stream 同用",
              "--annotate needs the whole workbook in memory: it cannot be used with --stream"));
    }
    if (asked && format == OutputFormat.html) {
      throw new UsageException(
          lang.t(
              "HTML 报告的统计（年龄、职业、服务中心达标）需要全部党员在内存中，不能与 --stream 同用",
              "the html report's statistics (ages, occupations, service centres) need every member in memory: it"
                  + " cannot be used with --stream"));
    }
    boolean streaming = streams(stream, dataset, format, annotate != null);
    if (streaming && stream == null && context.terminal()) {
      context.err().println(
          lang.t(
              "党员数据较大，流式校验（内存有界；--no-stream 则全部读入内存）",
              "a large members file: validating it streaming, in bounded memory (--no-stream: all in memory)"));
    }
    ValidationRun run =
        streaming
            ? ValidationRun.stream(
                context,
                dataset,
                standard,
                asOf,
                localeOption.locale,
                showPersonalData,
                spreadsheetOptions(kind, encoding, lang),
                format == OutputFormat.text)
            : ValidationRun.run(
                context,
                dataset,
                standard,
                asOf,
                localeOption.locale,
                showPersonalData,
                spreadsheetOptions(kind, encoding, lang));
    if (annotate != null) {
      if (run.loaded().spreadsheet() == null) {
        throw new UsageException(
            lang.t("--annotate 只适用于表格（XLSX、CSV）输入", "--annotate applies to spreadsheet (XLSX, CSV) input only"));
      }
      Path target = context.resolve(annotate);
      try {
        Spreadsheets.annotate(run.loaded().spreadsheet(), run.report(), target, localeOption.locale);
      } catch (SpreadsheetException | java.io.UncheckedIOException e) {
        throw new UsageException(lang.t("无法写出标注工作簿：", "cannot write the annotated workbook: ") + e.getMessage(), e);
      }
      if (context.terminal() || out != null) {
        context.err().println(lang.t("标注工作簿已写入 ", "annotated workbook written to ") + target);
      }
    }
    Output.write(
        context,
        out,
        lang,
        stream -> {
          switch (format) {
            case text -> TextReport.write(
                run, lang, new Ansi(out == null && context.colour()), maxIssues == null ? 30 : maxIssues, stream);
            case json -> {
              Jingwei.writeJson(run.report(), localeOption.locale, stream);
              stream.println();
            }
            case junit -> JunitReport.write(run, lang, failOn, stream);
            case html -> HtmlReport.write(run, lang, maxIssues == null ? Integer.MAX_VALUE : maxIssues, stream);
          }
        });
    if (out != null && context.terminal()) {
      context.err().println(lang.t("报告已写入 ", "report written to ") + context.resolve(out));
    }
    for (Severity s : Severity.values()) {
      if (run.report().summary().count(s) > 0 && ReportData.atOrAbove(s, failOn)) {
        return 1;
      }
    }
    return 0;
  }

  /**
   * The spreadsheet options of --kind and --encoding, checked now and built when a spreadsheet is read (the column
   * catalogue is not loaded for JSON input).
   */
  static Supplier<SpreadsheetOptions> spreadsheetOptions(@Nullable String kind, @Nullable String encoding, Lang lang) {
    EntityKind declared =
        kind == null
            ? null
            : TemplateCommand.kindOf(kind)
                .orElseThrow(() -> new UsageException(lang.t("没有这个数据类别：", "no such kind: ") + kind));
    java.nio.charset.Charset charset = null;
    if (encoding != null) {
      try {
        charset = java.nio.charset.Charset.forName(encoding);
      } catch (IllegalArgumentException e) {
        throw new UsageException(lang.t("不支持的编码：", "unsupported encoding: ") + encoding, e);
      }
    }
    java.nio.charset.Charset csvCharset = charset;
    return () -> SpreadsheetOptions.builder().kind(declared).csvCharset(csvCharset).build();
  }

  /** The PATH argument resolved, or the bundled sample city. */
  static Path datasetPath(CliContext context, @Nullable Path path, Lang lang) {
    if (path != null) {
      return context.resolve(path);
    }
    return RepositoryRoot.sampleCity(context)
        .orElseThrow(
            () ->
                new UsageException(
                    lang.t(
                        "未给出 PATH，且找不到内置样例城市（请在仓库内运行或设置 JINGWEI_HOME）",
                        "no PATH given and the bundled sample city was not found (run inside the repository or"
                            + " set JINGWEI_HOME)")));
  }
}
