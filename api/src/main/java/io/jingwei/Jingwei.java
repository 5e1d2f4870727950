package io.jingwei;

import io.jingwei.spi.JingweiProvider;
import io.jingwei.standard.Standard;
import io.jingwei.standard.Standards;
import io.jingwei.validation.DatasetValidator;
import io.jingwei.validation.Issue;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Jingwei (经纬): the static entry point to the engine.
 *
 * <pre>{@code
 * DatasetValidator validator = Jingwei.validator("nanning-2021");
 * ValidationReport report = validator.validate(dataset);
 * }</pre>
 *
 * <p>The engine is found with {@link ServiceLoader} once and kept. When io.jingwei:jingwei-impl is not on the
 * class path (or module path), every method throws
 * {@link IllegalStateException} naming the artifact to add.
 */
public final class Jingwei {
  private Jingwei() {}

  /**
   * The engine provider found on the class path.
   *
   * @throws IllegalStateException when jingwei-impl is missing, naming the artifact to add
   */
  public static JingweiProvider provider() {
    return ProviderHolder.PROVIDER.orElseThrow(
        () ->
            new IllegalStateException(
                "No Jingwei engine on the class path: add the artifact io.jingwei:jingwei-impl"));
  }

  /** A validator (校验器) with the default options: the {@code national} standard, today's date, Chinese messages. */
  public static DatasetValidator validator() {
    return provider().validator(ValidationOptions.defaults());
  }

  /**
   * A validator with the given options.
   *
   * @throws IllegalArgumentException when no shipped standard has the options' standard name
   */
  public static DatasetValidator validator(ValidationOptions options) {
    return provider().validator(Objects.requireNonNull(options, "options"));
  }

  /**
   * A validator for the shipped standard with the given name and otherwise default options.
   *
   * @throws IllegalArgumentException when no shipped standard has the name
   */
  public static DatasetValidator validator(String standard) {
    return provider().validator(ValidationOptions.builder().standard(standard).build());
  }

  /** A validator for the given standard, such as a platform's own profile loaded from a file. */
  public static DatasetValidator validator(Standard standard, ValidationOptions options) {
    return provider()
        .validator(Objects.requireNonNull(standard, "standard"), Objects.requireNonNull(options, "options"));
  }

  /** The registry of shipped standards (标准注册表), which also loads a platform's own profile files. */
  public static Standards standards() {
    return provider().standards();
  }

  /**
   * Warms the engine up (预热): loads the shipped standards and prepares what a first validation otherwise prepares
   * on its way — the JSON mapper, the readers of each kind, the field constraints of each kind — so that the first
   * validation does not pay for them. Optional: everything it prepares is prepared on first use anyway; Bean
   * Validation, which only a record breaking a field constraint needs, still starts on first need. Idempotent and
   * thread-safe; call it on a background thread at start-up (a service's initialisation, a command line's first
   * milliseconds) while the calling thread does other work — the command line does (BENCHMARKS.md, cold start).
   */
  public static void warmUp() {
    provider().warmUp();
  }

  /** The message (问题说明) of an issue in the locale; {@link Issue#message(Locale)} calls this. */
  public static String message(Issue issue, Locale locale) {
    return provider().format(Objects.requireNonNull(issue, "issue"), Objects.requireNonNull(locale, "locale"));
  }

  /** Finds the provider once, on first use. */
  private static final class ProviderHolder {
    static final Optional<JingweiProvider> PROVIDER =
        ServiceLoader.load(JingweiProvider.class, Jingwei.class.getClassLoader()).findFirst();
  }

  /**
   * Writes a report as JSON (报告JSON) in the documented, stable format {@code jingwei-report/1}
   * (docs/report-format.md), with messages in the locale. The stream is flushed, not closed.
   *
   * @throws java.io.UncheckedIOException when the stream fails
   */
  public static void writeJson(ValidationReport report, Locale locale, OutputStream out) {
    provider().writeJson(report, locale, out);
  }
}
