package io.jingwei.validation;

import io.jingwei.ref.EntityRef;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A builder of an {@link Issue} (问题构建器). Not thread-safe; each call of {@link #build()} gives a new
 * immutable issue. Defaults: severity {@link Severity#ERROR}, no entity, empty path, {@link Location#none()},
 * no arguments.
 */
public final class IssueBuilder {
  private final IssueCode code;
  private Severity severity = Severity.ERROR;
  private @Nullable EntityRef entity;
  private String path = "";
  private Location location = Location.none();
  private final Map<String, Object> args = new LinkedHashMap<>();

  IssueBuilder(IssueCode code) {
    this.code = Objects.requireNonNull(code, "code");
  }

  /** Sets the severity (问题级别). */
  public IssueBuilder severity(Severity value) {
    this.severity = Objects.requireNonNull(value, "severity");
    return this;
  }

  /** Sets the record concerned, or null for input that is not a record. */
  public IssueBuilder entity(@Nullable EntityRef value) {
    this.entity = value;
    return this;
  }

  /** Sets the JSON Pointer of the field concerned ({@code /timeline/admittedOn}); empty for the whole record. */
  public IssueBuilder path(String value) {
    this.path = Objects.requireNonNull(value, "path");
    return this;
  }

  /** Sets where the record was read. */
  public IssueBuilder location(Location value) {
    this.location = Objects.requireNonNull(value, "location");
    return this;
  }

  /** Adds a message argument; a later value for the same name replaces the earlier one. */
  public IssueBuilder arg(String name, Object value) {
    args.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return this;
  }

  /** Adds message arguments in the map's iteration order. */
  public IssueBuilder args(Map<String, ?> values) {
    values.forEach(this::arg);
    return this;
  }

  /** The issue. */
  public Issue build() {
    return new Issue(code, severity, entity, path, location, args);
  }
}
