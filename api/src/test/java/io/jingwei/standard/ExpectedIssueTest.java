package io.jingwei.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;
import io.jingwei.validation.Issue;
import io.jingwei.validation.IssueCode;
import io.jingwei.validation.Location;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpectedIssueTest {

  private static final Issue ISSUE =
      Issue.builder("read.wrong-type")
          .entity(EntityRef.of(EntityKind.MEMBER, "m1"))
          .path("/onPartyProbation")
          .location(Location.ofLine("members.jsonl", 4))
          .build();

  @Test
  void matchesOnTheGivenPartsOnly() {
    assertThat(ExpectedIssue.of("read.wrong-type", null, null).matches(ISSUE)).isTrue();
    assertThat(ExpectedIssue.of("read.wrong-type", "members/m1", "/onPartyProbation").matches(ISSUE)).isTrue();
    assertThat(new ExpectedIssue(IssueCode.of("read.wrong-type"), null, null, 4).matches(ISSUE)).isTrue();
  }

  @Test
  void doesNotMatchAnotherCodeEntityPathOrLine() {
    assertThat(ExpectedIssue.of("read.invalid-value", null, null).matches(ISSUE)).isFalse();
    assertThat(ExpectedIssue.of("read.wrong-type", "members/m2", null).matches(ISSUE)).isFalse();
    assertThat(ExpectedIssue.of("read.wrong-type", null, "").matches(ISSUE)).isFalse();
    assertThat(new ExpectedIssue(IssueCode.of("read.wrong-type"), null, null, 5).matches(ISSUE)).isFalse();
  }

  @Test
  void rejectsAnEntityOfAnUnknownCollection() {
    assertThatThrownBy(() -> ExpectedIssue.of("a.b", "people/p1", null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anExampleGivesExactlyOneDataForm() {
    assertThatThrownBy(() -> new RuleExample(true, null, null, Map.of(), List.of(), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RuleExample(true, null, "{}", Map.of("members", "{}"), List.of(), null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anInvalidExampleExpectsIssuesAndAValidOneNone() {
    assertThatThrownBy(() -> RuleExample.invalidData("{}", List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new RuleExample(true, null, "{}", Map.of(), List.of(ExpectedIssue.of("a.b", null, null)), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(RuleExample.validData("{}").isJsonLines()).isFalse();
  }

  @Test
  void anExampleGivesExactlyOneFormAndPlainFileNames() {
    Map<String, String> csv = Map.of("党员.csv", "党员编号,姓名\nM001,张三\n");
    RuleExample files = new RuleExample(true, null, null, Map.of(), csv, List.of(), null);
    assertThat(files.isSpreadsheet()).isTrue();
    assertThat(files.isJsonLines()).isFalse();
    assertThat(files.files()).containsOnlyKeys("党员.csv");
    assertThat(RuleExample.validData("{}").isSpreadsheet()).isFalse();
    assertThatThrownBy(() -> new RuleExample(true, null, "{}", Map.of(), csv, List.of(), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RuleExample(true, null, null, Map.of("members", "{}"), csv, List.of(), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RuleExample(true, null, null, Map.of(), Map.of(), List.of(), null))
        .isInstanceOf(IllegalArgumentException.class);
    for (String name : List.of("../党员.csv", "a/b.csv", "a\\b.csv", ".hidden.csv", "c:x.csv", "a\tb.csv", " ")) {
      assertThatThrownBy(() -> new RuleExample(true, null, null, Map.of(), Map.of(name, "x"), List.of(), null))
          .as(name)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
