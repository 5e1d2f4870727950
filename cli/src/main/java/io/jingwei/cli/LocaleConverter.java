package io.jingwei.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --locale}: Chinese ({@code zh}, {@code zh-CN}) or English ({@code en}, {@code en-US} …). */
final class LocaleConverter implements ITypeConverter<Locale> {
  @Override
  public Locale convert(String value) {
    Locale locale = Locale.forLanguageTag(value.replace('_', '-'));
    return switch (locale.getLanguage()) {
      case "zh" -> Locale.SIMPLIFIED_CHINESE;
      case "en" -> Locale.ENGLISH;
      default -> throw new TypeConversionException("'" + value + "' is not zh-CN or en");
    };
  }
}
