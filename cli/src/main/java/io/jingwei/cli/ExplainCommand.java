package io.jingwei.cli;

import io.jingwei.Jingwei;
import io.jingwei.standard.ExpectedIssue;
import io.jingwei.standard.RuleDefinition;
import io.jingwei.standard.RuleExample;
import io.jingwei.standard.RuleSource;
import io.jingwei.standard.Standard;
import io.jingwei.standard.Standards;
import io.jingwei.validation.ValidationOptions;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jingwei explain RULE}: a rule's source, severity, parameters and examples (规则说明). */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Explains a rule (规则说明): its source, severity, parameters and examples.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:the rule was explained", "2:no such rule or standard"})
final class ExplainCommand implements Callable<Integer> {
  private final CliContext context;

  @Parameters(index = "0", paramLabel = "RULE", description = "a rule id, such as branch.max-members")
  String rule = "";

  @Option(
      names = "--standard",
      paramLabel = "NAME|FILE",
      description = "the standard to look in (default: national, else the first shipped standard holding the rule)")
  @Nullable String standard;

  @Mixin LocaleOption localeOption = new LocaleOption();

  ExplainCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Lang lang = new Lang(localeOption.locale);
    Standard s;
    Optional<RuleDefinition> found;
    if (standard != null) {
      s = ValidationRun.standard(context, standard, lang);
      found = s.rule(rule);
    } else {
      Standards shipped = Jingwei.standards();
      s = shipped.get(ValidationOptions.DEFAULT_STANDARD);
      found = s.rule(rule);
      for (String name : shipped.names()) {
        if (found.isPresent()) {
          break;
        }
        s = shipped.get(name);
        found = s.rule(rule);
      }
    }
    if (found.isEmpty()) {
      throw new UsageException(
          lang.t("没有这条规则：", "no such rule: ") + rule + lang.t("（标准 ", " (standard ") + s.name()
              + lang.t("；用 jingwei profiles 查看标准）", "; see jingwei profiles)"));
    }
    print(s, found.get(), lang, context.out());
    return JingweiCommand.OK;
  }

  private static void print(Standard s, RuleDefinition r, Lang lang, PrintStream out) {
    out.println(r.id() + "  " + r.title().get(lang.locale()));
    if (lang.zh() && r.title().en() != null) {
      out.println("  " + r.title().en());
    }
    out.println();
    out.printf("%-14s %s (%s)%n", lang.t("标准", "standard"), s.name(), s.version());
    out.printf("%-14s %s%n", lang.t("严重程度", "severity"), r.severity());
    out.printf("%-14s %s%n", lang.t("可经批准豁免", "approvable"), r.approvable());
    out.printf("%-14s %s%n", lang.t("启用", "enabled"), r.enabled());
    if (r.effectiveFrom() != null) {
      out.printf("%-14s %s%n", lang.t("生效日期", "effective from"), r.effectiveFrom());
    }
    out.printf("%-14s %s%n", lang.t("检查", "check"), r.check());
    RuleSource src = r.source();
    out.printf(
        "%-14s %s%s [%s]%n",
        lang.t("依据", "source"),
        src.document(),
        src.article() == null ? "" : " " + src.article(),
        src.confidence());
    if (src.url() != null) {
      out.printf("%-14s %s%n", "", src.url());
    }
    if (!r.params().isEmpty()) {
      out.println(lang.t("参数：", "parameters:"));
      r.params().forEach((k, v) -> out.printf("  %-20s %s%n", k, v));
    }
    if (!r.examples().isEmpty()) {
      out.println(lang.t("示例：", "examples:"));
      int n = 0;
      for (RuleExample e : r.examples()) {
        n++;
        out.printf(
            "  %d. %s%s%n",
            n,
            e.valid() ? lang.t("合格", "valid") : lang.t("不合格", "invalid"),
            e.description() == null ? "" : " — " + e.description());
        if (e.asOf() != null) {
          out.println("     asOf " + e.asOf());
        }
        if (e.data() != null) {
          e.data().strip().lines().forEach(l -> out.println("     " + l));
        }
        e.jsonl().forEach(
            (file, text) -> {
              out.println("     " + file + ":");
              text.strip().lines().forEach(l -> out.println("       " + l));
            });
        e.files().forEach(
            (file, text) -> {
              out.println("     " + file + ":");
              text.strip().lines().forEach(l -> out.println("       " + l));
            });
        for (ExpectedIssue x : e.expected()) {
          out.println(
              "     → "
                  + x.code()
                  + (x.entity() == null ? "" : " " + x.entity())
                  + (x.path() == null ? "" : " " + x.path()));
        }
      }
    }
  }
}
