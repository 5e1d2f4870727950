package io.jingwei.spi;

import io.jingwei.standard.Standard;
import io.jingwei.standard.Standards;
import io.jingwei.validation.DatasetValidator;
import io.jingwei.validation.Issue;
import io.jingwei.validation.ValidationOptions;
import java.util.Locale;

/**
 * The provider of Jingwei's engine (引擎提供者), found with {@link java.util.ServiceLoader}; jingwei-impl
 * implements it. Platforms do not implement it; they call {@code io.jingwei.Jingwei}. Implementations are
 * thread-safe.
 */
public interface JingweiProvider {

  /** A short name of this provider, for diagnostics. */
  String name();

  /** The registry of shipped standards (标准注册表). */
  Standards standards();

  /**
   * A validator for the standard named in the options.
   *
   * @throws IllegalArgumentException when no shipped standard has that name
   */
  DatasetValidator validator(ValidationOptions options);

  /**
   * A validator for the given standard, such as one loaded with {@link Standards#load(java.nio.file.Path)}; the
   * standard name in the options is ignored.
   */
  DatasetValidator validator(Standard standard, ValidationOptions options);

  /**
   * The message (问题说明) of an issue in the locale, from the engine's bundles with the issue's named arguments.
   * An unknown code gives the code and the arguments.
   */
  String format(Issue issue, Locale locale);

  /**
   * Writes the report as JSON (报告JSON) in the documented format {@code jingwei-report/1}
   * (docs/report-format.md), messages rendered in the locale, personal data as the report holds it.
   */
  void writeJson(io.jingwei.validation.ValidationReport report, Locale locale, java.io.OutputStream out);

  /**
   * Prepares now what a first validation would otherwise prepare on its way (预热), such as the shipped standards
   * and the engine's per-kind readers and checks; see {@code Jingwei.warmUp()}. Idempotent and thread-safe; the
   * default does nothing.
   */
  default void warmUp() {}
}
