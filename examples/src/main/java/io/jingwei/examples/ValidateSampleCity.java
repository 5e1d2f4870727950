package io.jingwei.examples;

import io.jingwei.Jingwei;
import io.jingwei.ref.EntityKind;
import io.jingwei.standard.Standard;
import io.jingwei.validation.DatasetValidator;
import io.jingwei.validation.Issue;
import io.jingwei.validation.IssueCode;
import io.jingwei.validation.RecordCounts;
import io.jingwei.validation.ReportSummary;
import io.jingwei.validation.Severity;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Validates a city dataset (校验城市数据集) and prints the report: the README's first command runs it on the
 * bundled sample city. It shows the embedding API end to end: options, a shipped or file standard, one call,
 * then the summary and the issues with localized messages.
 *
 * <pre>
 * ValidateSampleCity [PATH] [--standard NAME|FILE] [--as-of YYYY-MM-DD] [--locale zh-CN|en]
 *                    [--format text|json] [--max-issues N] [--show-personal-data]
 * </pre>
 *
 * <p>PATH is a dataset directory (dataset.json + *.jsonl) or a single JSON document; without it, the bundled
 * sample city. Exit status: 0 no ERROR issue, 1 ERROR issues, 2 usage error or unreadable input.
 */
public final class ValidateSampleCity {

  /** The bundled sample city, relative to the repository root. */
  public static final Path SAMPLE_CITY = Path.of("examples", "data", "sample-city");

  private ValidateSampleCity() {}

  /** Runs the program. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the program with the given streams and returns the exit status (testable without exiting). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Path path = null;
    String standard = null;
    LocalDate asOf = null;
    Locale locale = Locale.SIMPLIFIED_CHINESE;
    String format = "text";
    int maxIssues = 30;
    boolean showPersonal = false;
    try {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--standard" -> standard = value(args, ++i, a);
          case "--as-of" -> asOf = LocalDate.parse(value(args, ++i, a));
          case "--locale" -> locale = Locale.forLanguageTag(value(args, ++i, a));
          case "--format" -> format = value(args, ++i, a);
          case "--max-issues" -> maxIssues = Integer.parseInt(value(args, ++i, a));
          case "--show-personal-data" -> showPersonal = true;
          case "-h", "--help" -> {
            out.println(usage());
            return 0;
          }
          default -> {
            if (a.startsWith("-") || path != null) {
              throw new IllegalArgumentException("unknown argument: " + a);
            }
            path = Path.of(a);
          }
        }
      }
      if (!format.equals("text") && !format.equals("json")) {
        throw new IllegalArgumentException("--format must be text or json");
      }
    } catch (IllegalArgumentException | DateTimeParseException e) {
      err.println("jingwei: " + e.getMessage());
      err.println(usage());
      return 2;
    }
    Path dataset = path != null ? path : SAMPLE_CITY;
    if (!Files.exists(dataset)) {
      err.println("jingwei: no such dataset: " + dataset.toAbsolutePath());
      return 2;
    }

    ValidationOptions.Builder options =
        ValidationOptions.builder().locale(locale).showPersonalData(showPersonal);
    if (asOf != null) {
      options.asOf(asOf);
    }
    DatasetValidator validator;
    try {
      validator = validator(standard, options);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println("jingwei: " + e.getMessage());
      return 2;
    }
    ValidationReport report;
    try {
      report = validator.validate(dataset);
    } catch (UncheckedIOException e) {
      err.println("jingwei: cannot read " + dataset + ": " + e.getMessage());
      return 2;
    }
    if (format.equals("json")) {
      Jingwei.writeJson(report, locale, out);
      out.println();
    } else {
      printText(report, dataset, locale, maxIssues, out);
    }
    return report.isValid() ? 0 : 1;
  }

  private static DatasetValidator validator(String standard, ValidationOptions.Builder options) {
    if (standard == null) {
      return Jingwei.validator(options.standard("nanning-2021").build());
    }
    Path file = Path.of(standard);
    if (standard.endsWith(".yaml") || standard.endsWith(".yml") || standard.endsWith(".json")) {
      Standard loaded = Jingwei.standards().load(file);
      return Jingwei.validator(loaded, options.build());
    }
    return Jingwei.validator(options.standard(standard).build());
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static String usage() {
    return "usage: jingwei [PATH] [--standard NAME|FILE] [--as-of YYYY-MM-DD] [--locale zh-CN|en]"
        + " [--format text|json] [--max-issues N] [--show-personal-data]";
  }

  // ------------------------------------------------------------------------------------------- text report

  private static void printText(
      ValidationReport report, Path dataset, Locale locale, int maxIssues, PrintStream out) {
    boolean zh = !locale.getLanguage().equals("en");
    ReportSummary s = report.summary();
    out.println((zh ? "经纬 数据校验  " : "Jingwei validation  ") + dataset);
    out.printf(
        "%s %s (%s)   %s %s%n",
        zh ? "标准" : "standard",
        report.standard().name(),
        report.standard().version(),
        zh ? "基准日期" : "as of",
        report.asOf());
    out.println();
    RecordCounts total = s.totalRecords();
    out.printf(
        zh ? "记录 %d 条：有效 %d，有问题 %d，无法读取 %d%n" : "records %d: valid %d, invalid %d, unreadable %d%n",
        total.read(),
        total.valid(),
        total.invalid(),
        total.unreadable());
    for (EntityKind kind : EntityKind.values()) {
      RecordCounts c = s.records(kind);
      if (c.read() > 0) {
        out.printf(
            "  %-16s %6d  %s %d  %s %d%n",
            kind.collectionName(),
            c.read(),
            zh ? "有问题" : "invalid",
            c.invalid(),
            zh ? "无法读取" : "unreadable",
            c.unreadable());
      }
    }
    out.println();
    out.printf(
        zh ? "问题：错误 %d，警告 %d，提示 %d%n" : "issues: %d errors, %d warnings, %d info%n",
        s.count(Severity.ERROR),
        s.count(Severity.WARNING),
        s.count(Severity.INFO));
    Map<IssueCode, Severity> severityOf = new LinkedHashMap<>();
    for (Issue issue : report.issues()) {
      severityOf.putIfAbsent(issue.code(), issue.severity());
    }
    List<IssueCode> codes = new ArrayList<>(s.codes());
    codes.sort(Comparator.comparingLong((IssueCode c) -> -s.count(c)).thenComparing(c -> c));
    for (IssueCode code : codes) {
      Severity severity = severityOf.get(code);
      out.printf(
          "  %-8s %5d  %s%n", severity == null ? "" : severity.name(), s.count(code), code.value());
    }
    if (!s.issuesByDistrict().isEmpty()) {
      out.println(zh ? "按城区（开发区）：" : "by district:");
      s.issuesByDistrict().forEach((d, n) -> out.printf("  %-16s %5d%n", d, n));
    }
    if (report.issues().isEmpty()) {
      out.println(zh ? "未发现问题。" : "No issues found.");
      return;
    }
    out.println();
    out.println(
        zh
            ? "问题明细（前 " + Math.min(maxIssues, report.issues().size()) + " 条，按记录分组）："
            : "issues (first " + Math.min(maxIssues, report.issues().size()) + ", by record):");
    Map<String, List<Issue>> byEntity =
        report.issues().stream()
            .limit(maxIssues)
            .collect(
                Collectors.groupingBy(
                    i -> i.entity() == null ? i.location().toString() : i.entity().toString(),
                    LinkedHashMap::new,
                    Collectors.toList()));
    byEntity.forEach(
        (entity, issues) -> {
          out.println("  " + entity + "  " + issues.get(0).location());
          for (Issue i : issues) {
            out.printf(
                "    %-7s %s %s%n      %s%n",
                i.severity(),
                i.code(),
                i.path().isEmpty() ? "" : i.path(),
                i.message(locale));
          }
        });
  }
}
