package io.jingwei.testkit;

import io.jingwei.ref.EntityRef;
import io.jingwei.validation.Issue;
import java.util.Objects;

/**
 * One entry of a ground-truth manifest (真值清单条目): the issue an injected defect must raise — its code, the
 * record and the JSON Pointer path — and the rule whose injector made it.
 *
 * @param code the expected issue code (a rule id)
 * @param entity the record the issue names
 * @param path the JSON Pointer of the offending property; empty for the whole record
 * @param injector the rule id of the injector that made the defect (a defect may raise more than one issue)
 */
public record ExpectedFinding(String code, EntityRef entity, String path, String injector) {

  /** Checks the components. */
  public ExpectedFinding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(injector, "injector");
  }

  /** Whether the issue is this finding: same code, record and path. */
  public boolean matches(Issue issue) {
    return code.equals(issue.code().value()) && entity.equals(issue.entity()) && path.equals(issue.path());
  }

  /** {@code code entity path}, as a test prints it. */
  @Override
  public String toString() {
    return code + " " + entity + " " + path;
  }
}
