package io.jingwei.impl.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.id.MobileNumber;
import io.jingwei.id.ResidentIdNumber;
import io.jingwei.validation.Issue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds full personal identifiers in text (个人信息扫描): a run of digits that is a valid 18-character resident ID
 * number, a valid legacy 15-digit one, or a valid 11-digit mobile number. Used by the fuzz targets to check that
 * issues never carry them in full.
 */
final class PersonalDataScan {

  private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]+[Xx]?");

  private PersonalDataScan() {}

  /** The full identifiers found in the text. */
  static List<String> find(String text) {
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

  /** Fails when an argument or the JSON Pointer of the issue holds a full identifier. */
  static void assertNoFullPersonalData(Issue issue) {
    List<String> texts = new ArrayList<>();
    texts.add(issue.path());
    collect(issue.args().values(), texts);
    for (String text : texts) {
      assertThat(find(text)).as("full personal data in %s: %s", issue.code(), text).isEmpty();
    }
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
