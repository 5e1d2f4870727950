package io.jingwei.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IssueTest {

  @Test
  void builderDefaultsToAnErrorWithoutEntityPathOrLocation() {
    Issue issue = Issue.builder("branch.max-members").build();

    assertThat(issue.severity()).isEqualTo(Severity.ERROR);
    assertThat(issue.entity()).isNull();
    assertThat(issue.path()).isEmpty();
    assertThat(issue.location().isNone()).isTrue();
    assertThat(issue.args()).isEmpty();
  }

  @Test
  void builderKeepsArgumentsInTheOrderGiven() {
    Issue issue =
        Issue.builder("branch.max-members")
            .severity(Severity.WARNING)
            .entity(EntityRef.of(EntityKind.ORGANIZATION, "o1"))
            .path("/leadership")
            .location(Location.ofLine("organizations.jsonl", 3))
            .arg("max", 50)
            .arg("count", 51)
            .build();

    assertThat(issue.args().keySet()).containsExactly("max", "count");
    assertThat(issue.location().line()).isEqualTo(3);
    assertThat(issue.isError()).isFalse();
  }

  @Test
  void argumentsAreCopiedAndImmutable() {
    Map<String, Object> args = new HashMap<>();
    args.put("count", 1);
    Issue issue = new Issue(IssueCode.of("a.b"), Severity.INFO, null, "", Location.none(), args);
    args.put("count", 2);

    assertThat(issue.args()).containsEntry("count", 1);
    assertThatThrownBy(() -> issue.args().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsAPathThatIsNotAJsonPointer() {
    assertThatThrownBy(() -> Issue.builder("a.b").path("name").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withSeverityChangesOnlyTheSeverity() {
    Issue issue = Issue.builder("a.b").path("/x").arg("n", 1).build();

    Issue warning = issue.withSeverity(Severity.WARNING);

    assertThat(warning.severity()).isEqualTo(Severity.WARNING);
    assertThat(warning.toBuilder().severity(Severity.ERROR).build()).isEqualTo(issue);
  }
}
