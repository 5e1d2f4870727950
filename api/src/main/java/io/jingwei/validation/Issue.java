package io.jingwei.validation;

import io.jingwei.ref.EntityRef;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An issue (问题) found in the data: what rule, how severe, which record, which field, where it was read,
 * and the arguments of its message. Arguments that hold personal data are already masked unless the caller
 * opted in to full values.
 *
 * @param code the stable code; also the message key
 * @param severity the severity after any override
 * @param entity the record concerned, or null for input that could not be read as a record
 * @param path a JSON Pointer in wire-format property names ({@code /timeline/admittedOn}); empty for the whole record
 * @param location where the record was read
 * @param args the message arguments by name, in a stable order
 */
public record Issue(
    IssueCode code,
    Severity severity,
    @Nullable EntityRef entity,
    String path,
    Location location,
    Map<String, Object> args) {

  /** Checks the parts and copies the arguments. */
  public Issue {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(location, "location");
    if (!path.isEmpty() && !path.startsWith("/")) {
      throw new IllegalArgumentException("path must be a JSON Pointer: " + path);
    }
    args = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(args));
  }
}
