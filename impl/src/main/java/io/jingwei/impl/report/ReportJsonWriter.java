package io.jingwei.impl.report;

import io.jingwei.impl.i18n.Messages;
import io.jingwei.impl.mask.PersonalDataMask;
import io.jingwei.metrics.CoverageItem;
import io.jingwei.metrics.DatasetMetrics;
import io.jingwei.metrics.KindCompleteness;
import io.jingwei.metrics.Ratio;
import io.jingwei.metrics.RegionMetrics;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;
import io.jingwei.validation.Issue;
import io.jingwei.validation.IssueCode;
import io.jingwei.validation.Location;
import io.jingwei.validation.RecordCounts;
import io.jingwei.validation.ReportSummary;
import io.jingwei.validation.Severity;
import io.jingwei.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a validation report as JSON (报告JSON) in the stable format {@value #FORMAT}, described field by field
 * in {@code docs/report-format.md} and by the JSON Schema {@value #SCHEMA_RESOURCE}. Messages are rendered in the
 * given locale from the engine's bundles; arguments are written as the report holds them (masked unless the
 * validation showed personal data; a value that is still {@link io.jingwei.privacy.PersonalData} is masked here).
 *
 * <p>Output is deterministic: the same report and locale give the same bytes (UTF-8, {@code \n} line ends,
 * properties in a fixed order, maps in key order, issues in report order). Immutable and thread-safe.
 */
public final class ReportJsonWriter {

  /** The value of the {@code format} property. */
  public static final String FORMAT = "jingwei-report/1";

  /** The class-path resource of the JSON Schema of the format. */
  public static final String SCHEMA_RESOURCE = "/io/jingwei/impl/report/report.schema.json";

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final boolean pretty;
  private final Messages messages;

  private ReportJsonWriter(boolean pretty, Messages messages) {
    this.pretty = pretty;
    this.messages = messages;
  }

  /** A writer of indented JSON (two spaces, {@code \n}). */
  public static ReportJsonWriter pretty() {
    return new ReportJsonWriter(true, Messages.shared());
  }

  /** A writer of compact JSON on one line. */
  public static ReportJsonWriter compact() {
    return new ReportJsonWriter(false, Messages.shared());
  }

  /** The JSON Schema of the format (draft 2020-12), as text; for tools that hand it to their users. */
  public static String schema() {
    try (java.io.InputStream in = ReportJsonWriter.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the report schema is missing from jingwei-impl: " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Writes the report to the stream as UTF-8, messages in the locale. The stream is flushed, not closed. */
  public void write(ValidationReport report, Locale locale, OutputStream out) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(out, "out");
    ObjectWriter writer = MAPPER.writer();
    if (pretty) {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      Separators separators =
          Separators.createDefaultInstance()
              .withObjectNameValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("")
              .withArrayEmptySeparator("");
      writer =
          writer.with(
              new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter));
    }
    try (JsonGenerator g = writer.createGenerator(new NonClosing(out), JsonEncoding.UTF8)) {
      writeReport(g, report, locale);
    }
  }

  /** The report as a JSON string, messages in the locale. */
  public String toJson(ValidationReport report, Locale locale) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(report, locale, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private void writeReport(JsonGenerator g, ValidationReport report, Locale locale) {
    g.writeStartObject();
    g.writeStringProperty("format", FORMAT);
    g.writeName("standard");
    g.writeStartObject();
    g.writeStringProperty("name", report.standard().name());
    g.writeStringProperty("version", report.standard().version());
    g.writeEndObject();
    g.writeStringProperty("asOf", report.asOf().toString());
    g.writeStringProperty("locale", locale.toLanguageTag());
    g.writeBooleanProperty("valid", report.isValid());
    writeSummary(g, report.summary());
    writeMetrics(g, report.metrics());
    g.writeName("issues");
    g.writeStartArray();
    for (Issue issue : report.issues()) {
      writeIssue(g, issue, locale);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeSummary(JsonGenerator g, ReportSummary s) {
    g.writeName("summary");
    g.writeStartObject();
    g.writeName("records");
    g.writeStartObject();
    for (EntityKind kind : EntityKind.values()) {
      g.writeName(kind.name());
      writeCounts(g, s.records(kind));
    }
    g.writeEndObject();
    g.writeName("totalRecords");
    writeCounts(g, s.totalRecords());
    g.writeNumberProperty("recordsWithErrors", s.recordsWithErrors());
    g.writeNumberProperty("recordsWithWarnings", s.recordsWithWarnings());
    g.writeNumberProperty("issueCount", s.issueCount());
    g.writeName("issuesBySeverity");
    g.writeStartObject();
    for (Severity severity : Severity.values()) {
      g.writeNumberProperty(severity.name(), s.count(severity));
    }
    g.writeEndObject();
    g.writeName("issuesByCode");
    g.writeStartObject();
    for (Map.Entry<IssueCode, Long> e : s.issuesByCode().entrySet()) {
      g.writeNumberProperty(e.getKey().value(), e.getValue());
    }
    g.writeEndObject();
    writeRegionCounts(g, "issuesByDistrict", s.issuesByDistrict());
    writeRegionCounts(g, "issuesByStreet", s.issuesByStreet());
    g.writeBooleanProperty("detailsTruncated", s.detailsTruncated());
    g.writeName("truncatedCodes");
    g.writeStartArray();
    for (IssueCode c : s.truncatedCodes()) {
      g.writeString(c.value());
    }
    g.writeEndArray();
    g.writeNumberProperty("suppressedByApproval", s.suppressedByApproval());
    g.writeBooleanProperty("stoppedEarly", s.stoppedEarly());
    g.writeEndObject();
  }

  private static void writeMetrics(JsonGenerator g, DatasetMetrics m) {
    g.writeName("metrics");
    g.writeStartObject();
    g.writeName("city");
    writeRegion(g, m.city());
    g.writeName("districts");
    g.writeStartObject();
    for (Map.Entry<DivisionId, RegionMetrics> e : m.districts().entrySet()) {
      g.writeName(e.getKey().value());
      writeRegion(g, e.getValue());
    }
    g.writeEndObject();
    g.writeName("streets");
    g.writeStartObject();
    for (Map.Entry<DivisionId, RegionMetrics> e : m.streets().entrySet()) {
      g.writeName(e.getKey().value());
      writeRegion(g, e.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeRegion(JsonGenerator g, RegionMetrics r) {
    g.writeStartObject();
    g.writeName("completeness");
    g.writeStartObject();
    for (Map.Entry<EntityKind, KindCompleteness> e : r.completeness().entrySet()) {
      g.writeName(e.getKey().name());
      g.writeStartObject();
      g.writeNumberProperty("records", e.getValue().records());
      g.writeName("properties");
      g.writeStartObject();
      for (Map.Entry<String, Ratio> p : e.getValue().ratios().entrySet()) {
        g.writeName(p.getKey());
        g.writeStartObject();
        g.writeNumberProperty("present", p.getValue().count());
        writeRate(g, p.getValue());
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeName("coverage");
    g.writeStartObject();
    for (Map.Entry<CoverageItem, Ratio> e : r.coverage().entrySet()) {
      g.writeName(e.getKey().name());
      g.writeStartObject();
      g.writeNumberProperty("covered", e.getValue().count());
      g.writeNumberProperty("total", e.getValue().total());
      writeRate(g, e.getValue());
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeName("compliance");
    g.writeStartObject();
    for (Map.Entry<String, Ratio> e : r.compliance().entrySet()) {
      g.writeName(e.getKey());
      g.writeStartObject();
      g.writeNumberProperty("checked", e.getValue().total());
      g.writeNumberProperty("passed", e.getValue().count());
      g.writeNumberProperty("failed", e.getValue().missing());
      writeRate(g, e.getValue());
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeRate(JsonGenerator g, Ratio r) {
    g.writeName("rate");
    java.util.Optional<BigDecimal> rate = r.rate();
    if (rate.isPresent()) {
      g.writeNumber(rate.get());
    } else {
      g.writeNull();
    }
  }

  private static void writeCounts(JsonGenerator g, RecordCounts c) {
    g.writeStartObject();
    g.writeNumberProperty("read", c.read());
    g.writeNumberProperty("valid", c.valid());
    g.writeNumberProperty("invalid", c.invalid());
    g.writeNumberProperty("unreadable", c.unreadable());
    g.writeNumberProperty("withWarnings", c.withWarnings());
    g.writeEndObject();
  }

  private static void writeRegionCounts(JsonGenerator g, String name, Map<DivisionId, Long> counts) {
    g.writeName(name);
    g.writeStartObject();
    for (Map.Entry<DivisionId, Long> e : counts.entrySet()) {
      g.writeNumberProperty(e.getKey().value(), e.getValue());
    }
    g.writeEndObject();
  }

  private void writeIssue(JsonGenerator g, Issue issue, Locale locale) {
    g.writeStartObject();
    g.writeStringProperty("code", issue.code().value());
    g.writeStringProperty("severity", issue.severity().name());
    EntityRef ref = issue.entity();
    g.writeName("entity");
    if (ref == null) {
      g.writeNull();
    } else {
      g.writeStartObject();
      g.writeStringProperty("kind", ref.kind().name());
      g.writeStringProperty("id", ref.id());
      g.writeEndObject();
    }
    g.writeStringProperty("path", issue.path());
    writeLocation(g, issue.location());
    g.writeStringProperty("message", messages.format(issue, locale));
    g.writeName("args");
    g.writeStartObject();
    for (Map.Entry<String, Object> e : issue.args().entrySet()) {
      g.writeName(e.getKey());
      writeValue(g, PersonalDataMask.arg(e.getValue(), false));
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeLocation(JsonGenerator g, Location l) {
    g.writeName("location");
    g.writeStartObject();
    if (l.file() != null) {
      g.writeStringProperty("file", l.file());
    }
    if (l.line() > 0) {
      g.writeNumberProperty("line", l.line());
    }
    if (l.sheet() != null) {
      g.writeStringProperty("sheet", l.sheet());
    }
    if (l.row() > 0) {
      g.writeNumberProperty("row", l.row());
    }
    if (l.column() != null) {
      g.writeStringProperty("column", l.column());
    }
    g.writeEndObject();
  }

  private static void writeValue(JsonGenerator g, Object v) {
    if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Long n) {
      g.writeNumber(n);
    } else if (v instanceof BigDecimal d) {
      g.writeNumber(d);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof List<?> list) {
      g.writeStartArray();
      for (Object o : list) {
        writeValue(g, PersonalDataMask.arg(o, false));
      }
      g.writeEndArray();
    } else if (v instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeName(String.valueOf(e.getKey()));
        writeValue(g, PersonalDataMask.arg(e.getValue(), false));
      }
      g.writeEndObject();
    } else {
      g.writeString(String.valueOf(v));
    }
  }

  /** Keeps the generator from closing the caller's stream. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws java.io.IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws java.io.IOException {
      flush();
    }
  }
}
