package io.jingwei.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.Jingwei;
import io.jingwei.standard.ExpectedIssue;
import io.jingwei.standard.RuleDefinition;
import io.jingwei.standard.RuleExample;
import io.jingwei.standard.Standard;
import io.jingwei.standard.Standards;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the rule examples given as the files of a spreadsheet directory ({@link RuleExample#files()}): each is
 * written into a directory of its own, read as a spreadsheet directory and validated with the standard the rule
 * belongs to — as the engine's {@code RuleExamplesTest} runs the JSON examples (with the same default as-of date).
 */
class SpreadsheetRuleExamplesTest {

  private static final LocalDate DEFAULT_AS_OF = LocalDate.of(2024, 6, 30);

  @TempDir Path dir;

  record Case(String standard, RuleDefinition rule, int index, RuleExample example) {
    @Override
    public String toString() {
      return standard + " " + rule.id() + " #" + (index + 1) + (example.valid() ? " (valid)" : " (invalid)");
    }
  }

  static List<Case> cases() {
    Standards standards = Jingwei.standards();
    Set<RuleDefinition> seen = new HashSet<>();
    List<Case> out = new ArrayList<>();
    for (String name : standards.names()) {
      for (RuleDefinition r : standards.get(name).rules()) {
        if (!seen.add(r)) {
          continue;
        }
        for (int i = 0; i < r.examples().size(); i++) {
          if (r.examples().get(i).isSpreadsheet()) {
            out.add(new Case(name, r, i, r.examples().get(i)));
          }
        }
      }
    }
    return out;
  }

  static Stream<Arguments> examples() {
    return cases().stream().map(Arguments::of);
  }

  @Test
  void theReadRulesOfSpreadsheetsHaveExamples() {
    assertThat(cases())
        .extracting(c -> c.rule().id())
        .contains(
            "read.unknown-file",
            "read.unknown-column",
            "read.duplicate-column",
            "read.missing-column",
            "read.code-recovered",
            "read.code-lost",
            "read.malformed-csv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void runsTheExample(Case c) throws IOException {
    Path files = Files.createDirectories(dir.resolve("example"));
    for (Map.Entry<String, String> file : c.example().files().entrySet()) {
      Files.writeString(files.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
    Standard standard = Jingwei.standards().get(c.standard());
    LocalDate asOf = c.example().asOf() != null ? c.example().asOf() : DEFAULT_AS_OF;
    ValidationReport report =
        Spreadsheets.read(files)
            .validate(Jingwei.validator(standard, ValidationOptions.builder().asOf(asOf).build()));

    if (c.example().valid()) {
      assertThat(report.issues(c.rule().code())).as(c.toString()).isEmpty();
    } else {
      for (ExpectedIssue expected : c.example().expected()) {
        assertThat(report.issues()).as(c + ": expected " + expected).anyMatch(expected::matches);
      }
    }
  }
}
