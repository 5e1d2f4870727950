package io.jingwei.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.Jingwei;
import io.jingwei.id.MobileNumber;
import io.jingwei.id.ResidentIdNumber;
import io.jingwei.ref.EntityKind;
import io.jingwei.validation.DatasetValidator;
import io.jingwei.validation.Issue;
import io.jingwei.validation.Location;
import io.jingwei.validation.RecordCounts;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The properties every spreadsheet reading must have (读取性质检查), shared by the fuzz targets, the hostile-input
 * corpus and the stress test: every row accounted for ({@code rows = records + unreadable}, and in the validation
 * summary {@code read = valid + invalid + unreadable} with {@code read} the rows), every issue located in the file
 * read, and no full resident ID number or mobile number in what an issue carries (its pointer, its arguments and
 * its location's column).
 */
final class SheetChecks {

  /** One validator for the tests: it is thread-safe. */
  static final DatasetValidator VALIDATOR =
      Jingwei.validator(ValidationOptions.builder().asOf(LocalDate.of(2026, 6, 30)).standard("nanning-2021").build());

  private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]+[Xx]?");

  private SheetChecks() {}

  /** Checks the reading and its validation; returns the report. */
  static ValidationReport assertAccounted(SpreadsheetRead read, String file) {
    for (EntityKind kind : EntityKind.values()) {
      assertThat(read.rows(kind))
          .as("rows of %s", kind)
          .isEqualTo(read.records(kind).size() + read.unreadable(kind));
      for (SheetRecord r : read.records(kind)) {
        assertThat(r.location().file()).isEqualTo(file);
        assertThat(r.location().line() + r.location().row()).as("row of a record").isPositive();
      }
    }
    for (Issue issue : read.issues()) {
      assertLocated(issue, file);
      assertNoFullPersonalData(issue);
    }
    ValidationReport report = read.validate(VALIDATOR);
    for (EntityKind kind : EntityKind.values()) {
      RecordCounts counts = report.summary().records(kind);
      assertThat(counts.read()).as("read %s", kind).isEqualTo(read.rows(kind));
      assertThat(counts.read()).isEqualTo(counts.valid() + counts.invalid() + counts.unreadable());
      assertThat(counts.unreadable()).as("unreadable %s", kind).isEqualTo(read.unreadable(kind));
    }
    return report;
  }

  /** The issue names the file read and, unless it is about the whole file, a line or a sheet. */
  static void assertLocated(Issue issue, String file) {
    Location at = issue.location();
    assertThat(at.file()).as("file of %s", issue.code()).isEqualTo(file);
    assertThat(issue.path()).as("pointer of %s", issue.code()).matches("(/.*)?");
  }

  /** Fails when the pointer, an argument or the location's column of the issue holds a full identifier. */
  static void assertNoFullPersonalData(Issue issue) {
    List<String> texts = new ArrayList<>();
    texts.add(issue.path());
    if (issue.location().column() != null) {
      texts.add(issue.location().column());
    }
    collect(issue.args().values(), texts);
    for (String text : texts) {
      assertThat(fullIdentifiers(text)).as("full personal data in %s: %s", issue.code(), text).isEmpty();
    }
  }

  /** The valid 18- or 15-character ID numbers and 11-digit mobile numbers in the text. */
  static List<String> fullIdentifiers(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = DIGIT_RUN.matcher(text);
    while (m.find()) {
      String run = m.group();
      if (ResidentIdNumber.isValid(run) || ResidentIdNumber.isValidLegacy(run)) {
        found.add(run);
      } else if (run.length() == 11 && MobileNumber.isValid(run)) {
        found.add(run);
      }
    }
    return found;
  }

  private static void collect(Collection<?> values, List<String> out) {
    for (Object value : values) {
      if (value instanceof Map<?, ?> map) {
        collect(map.values(), out);
      } else if (value instanceof Collection<?> c) {
        collect(c, out);
      } else {
        out.add(String.valueOf(value));
      }
    }
  }
}
