package io.jingwei.cli;

import io.jingwei.Jingwei;
import io.jingwei.standard.Standard;
import io.jingwei.standard.Standards;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code jingwei profiles}: the shipped standards (内置标准) with version, parent and rule count. */
@Command(
    name = "profiles",
    mixinStandardHelpOptions = true,
    description = "Lists the shipped standards (内置标准): name, version, parent, number of rules, title.")
final class ProfilesCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin LocaleOption localeOption = new LocaleOption();

  ProfilesCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Lang lang = new Lang(localeOption.locale);
    Standards standards = Jingwei.standards();
    PrintStream out = context.out();
    out.printf(
        "%-16s %-10s %-12s %6s  %s%n",
        lang.t("名称", "name"),
        lang.t("版本", "version"),
        lang.t("上级标准", "parent"),
        lang.t("规则数", "rules"),
        lang.t("标题", "title"));
    for (String name : standards.names()) {
      Standard s = standards.get(name);
      out.printf(
          "%-16s %-10s %-12s %6d  %s%n",
          s.name(),
          s.version(),
          s.parent() == null ? "-" : s.parent(),
          s.rules().size(),
          s.title().get(localeOption.locale));
    }
    return JingweiCommand.OK;
  }
}
