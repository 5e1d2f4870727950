package io.jingwei.validation;

import io.jingwei.Jingwei;
import io.jingwei.ref.EntityRef;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
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
    args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
  }

  /** An issue builder (问题构建器) for the given code; severity ERROR, no entity, path and location empty. */
  public static IssueBuilder builder(IssueCode code) {
    return new IssueBuilder(code);
  }

  /** An issue builder (问题构建器) for the given code text, such as {@code branch.max-members}. */
  public static IssueBuilder builder(String code) {
    return new IssueBuilder(IssueCode.of(code));
  }

  /** A builder holding this issue's parts, for copies that change several of them. */
  public IssueBuilder toBuilder() {
    return new IssueBuilder(code)
        .severity(severity)
        .entity(entity)
        .path(path)
        .location(location)
        .args(args);
  }

  /** This issue with another severity (问题级别), as a severity override gives. */
  public Issue withSeverity(Severity newSeverity) {
    return new Issue(code, newSeverity, entity, path, location, args);
  }

  /** This issue with other message arguments, for instance masked ones. */
  public Issue withArgs(Map<String, ?> newArgs) {
    return new Issue(code, severity, entity, path, location, Collections.unmodifiableMap(newArgs));
  }

  /** This issue with another location (位置). */
  public Issue withLocation(Location newLocation) {
    return new Issue(code, severity, entity, path, newLocation, args);
  }

  /**
   * The message (问题说明) of this issue in the given language, rendered from the engine's message bundles
   * with the named arguments. Chinese is the default; {@link Locale#ENGLISH} gives English.
   *
   * @throws IllegalStateException when jingwei-impl is not on the class path
   */
  public String message(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return Jingwei.message(this, locale);
  }

  /** Whether the issue is an error (错误). */
  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
