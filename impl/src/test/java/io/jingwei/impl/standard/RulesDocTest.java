package io.jingwei.impl.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/rules.md} in step with the shipped standards. Regenerate with
 * {@code -Djingwei.regenerateDocs=true} (see {@link RulesDocGenerator#REGENERATE}).
 */
class RulesDocTest {

  private static Path rulesDoc() {
    Path module = Path.of("").toAbsolutePath();
    Path root = Files.isRegularFile(module.resolve("impl/pom.xml")) ? module : module.getParent();
    return root.resolve("docs/rules.md");
  }

  @Test
  void docsRulesMdIsUpToDate() throws IOException {
    String generated = RulesDocGenerator.generate();
    Path doc = rulesDoc();
    if (Boolean.getBoolean("jingwei.regenerateDocs")) {
      Files.createDirectories(doc.getParent());
      Files.writeString(doc, generated, StandardCharsets.UTF_8);
    }

    assertThat(Files.isRegularFile(doc))
        .as("docs/rules.md is missing; generate it with: " + RulesDocGenerator.REGENERATE)
        .isTrue();
    assertThat(Files.readString(doc, StandardCharsets.UTF_8))
        .as("docs/rules.md is out of date; regenerate it with: " + RulesDocGenerator.REGENERATE)
        .isEqualTo(generated);
  }

  @Test
  void listsEveryRuleOfTheRootStandardAndOnlyTheChangesOfAChild() {
    String doc = RulesDocGenerator.generate();

    assertThat(doc).contains("`read.malformed-json`", "`field.range`", "`grid.worker-count`");
    assertThat(doc.indexOf("## national")).isLessThan(doc.indexOf("## nanning-2021"));
    assertThat(doc.indexOf("`grid.worker-count`")).isGreaterThan(doc.indexOf("## nanning-2021"));
    assertThat(doc.split("`read.malformed-json`", -1)).hasSize(2);
  }
}
