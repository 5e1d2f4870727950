package io.jingwei.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** The {@code --locale} option (输出语言) every subcommand shares, as a picocli mixin. */
final class LocaleOption {

  @Option(
      names = "--locale",
      paramLabel = "LOCALE",
      defaultValue = "zh-CN",
      converter = LocaleConverter.class,
      description = "zh-CN or en (default: ${DEFAULT-VALUE})")
  Locale locale = Locale.SIMPLIFIED_CHINESE;
}
