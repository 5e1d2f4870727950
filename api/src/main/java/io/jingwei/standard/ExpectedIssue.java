package io.jingwei.standard;

import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;
import io.jingwei.validation.Issue;
import io.jingwei.validation.IssueCode;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An issue that an invalid rule example must produce (预期问题): its code and, where they matter, the record as
 * {@code members/m1}, the JSON Pointer of the field and, for raw JSON Lines examples, the line. A part left out
 * (null, or line 0) matches anything.
 *
 * @param code the issue code
 * @param entity the record as {@code <collectionName>/<id>} ({@code members/m1}), or null for any
 * @param path the JSON Pointer of the field ({@code ""} for the whole record), or null for any
 * @param line the line of a JSON Lines example the issue is located on, or 0 for any
 */
public record ExpectedIssue(IssueCode code, @Nullable String entity, @Nullable String path, long line) {

  /** Checks the parts: the entity names a known collection, the path is a JSON Pointer. */
  public ExpectedIssue {
    Objects.requireNonNull(code, "code");
    if (path != null && !path.isEmpty() && !path.startsWith("/")) {
      throw new IllegalArgumentException("path must be a JSON Pointer: " + path);
    }
    if (line < 0) {
      throw new IllegalArgumentException("line must not be negative");
    }
    if (entity != null) {
      parseRef(entity);
    }
  }

  /** The expected issue with the given code, entity text and path, on any line. */
  public static ExpectedIssue of(String code, @Nullable String entity, @Nullable String path) {
    return new ExpectedIssue(IssueCode.of(code), entity, path, 0);
  }

  /** The entity as a reference, if one is expected. */
  public Optional<EntityRef> entityRef() {
    return entity == null ? Optional.empty() : Optional.of(parseRef(entity));
  }

  /** Whether the issue matches this expectation: same code, and same entity, path and line where given. */
  public boolean matches(Issue issue) {
    return code.equals(issue.code())
        && (entity == null || entityRef().equals(Optional.ofNullable(issue.entity())))
        && (path == null || path.equals(issue.path()))
        && (line == 0 || line == issue.location().line());
  }

  private static EntityRef parseRef(String text) {
    int slash = text.indexOf('/');
    if (slash <= 0 || slash == text.length() - 1) {
      throw new IllegalArgumentException("entity must be <collectionName>/<id>: " + text);
    }
    String collection = text.substring(0, slash);
    for (EntityKind kind : EntityKind.values()) {
      if (kind.collectionName().equals(collection)) {
        return EntityRef.of(kind, text.substring(slash + 1));
      }
    }
    throw new IllegalArgumentException("unknown collection in entity " + text);
  }
}
