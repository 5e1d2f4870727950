package io.jingwei.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.validation.Issue;
import io.jingwei.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmbeddingQuickStartTest {

  @Test
  void reportsTheShortActivistPeriodOfTheBuiltMember() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ValidationReport report =
        EmbeddingQuickStart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(report.issues())
        .extracting(Issue::code, i -> String.valueOf(i.entity()), Issue::path)
        .anySatisfy(
            t -> {
              assertThat(t.toList().get(0).toString()).isEqualTo("member.activist-period");
              assertThat(t.toList().get(1)).isEqualTo("members/m1");
              assertThat(t.toList().get(2)).isEqualTo("/timeline/candidateOn");
            });
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("member.activist-period")
        .doesNotContain("450103199003071226");
  }
}
