package io.jingwei.impl;

import io.jingwei.impl.engine.DefaultDatasetValidator;
import io.jingwei.impl.i18n.Messages;
import io.jingwei.impl.io.EntityTypes;
import io.jingwei.impl.io.RecordBinder;
import io.jingwei.impl.json.JingweiJson;
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

  /**
   * Makes the JSON mapper, compiles the field-constraint shortcut of every kind, loads the shipped standards and
   * makes Jackson's reader of every kind (for the lines the compiled binder leaves) — after the mapper, roughly the
   * reverse of the order a command line reaches them in, so that a warm-up beside a first validation prepares what
   * the validation reaches last while it does the rest. Bean Validation, which only a record breaking a field
   * constraint needs, is left to start on first need: on two cores, starting it beside a validation of clean data
   * slows the validation more than it saves.
   */
  @Override
  public void warmUp() {
    JingweiJson.mapper();
    DefaultDatasetValidator.prepare(EntityTypes.all().values());
    DefaultStandards.shipped();
    EntityTypes.all().forEach((kind, type) -> RecordBinder.of(type, kind).prepare());
  }

  @Override
  public void writeJson(ValidationReport report, Locale locale, OutputStream out) {
    io.jingwei.impl.report.ReportJsonWriter.pretty().write(report, locale, out);
  }
}
