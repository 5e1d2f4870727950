package io.jingwei.impl;

import io.jingwei.impl.engine.DefaultDatasetValidator;
import io.jingwei.impl.i18n.Messages;
import io.jingwei.impl.standard.DefaultStandards;
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

/** The default provider of the engine (默认引擎提供者), registered for {@link java.util.ServiceLoader}. */
public final class DefaultJingweiProvider implements JingweiProvider {

  /** Creates the provider; called by the service loader. */
  public DefaultJingweiProvider() {}

  @Override
  public String name() {
    return "jingwei-impl";
  }

  @Override
  public Standards standards() {
    return DefaultStandards.shipped();
  }

  @Override
  public DatasetValidator validator(ValidationOptions options) {
    Objects.requireNonNull(options, "options");
    return DefaultDatasetValidator.create(DefaultStandards.shipped().get(options.standard()), options);
  }

  @Override
  public DatasetValidator validator(Standard standard, ValidationOptions options) {
    return DefaultDatasetValidator.create(
        Objects.requireNonNull(standard, "standard"), Objects.requireNonNull(options, "options"));
  }

  @Override
  public String format(Issue issue, Locale locale) {
    return Messages.shared().format(issue, locale);
  }

  @Override
  public void writeJson(ValidationReport report, Locale locale, OutputStream out) {
    io.jingwei.impl.report.ReportJsonWriter.pretty().write(report, locale, out);
  }
}
