package io.jingwei.testkit.assertj;

import io.jingwei.validation.Issue;
import io.jingwei.validation.IssueCode;
import io.jingwei.validation.ValidationReport;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a failed assertion (失败说明): the report's headline, the top issues (code, entity, path, location,
 * localized message) and the issue counts by code. Personal data stays masked: the engine masks issue arguments,
 * and as a second line of defence any full resident ID number or mobile number left in the text (a report made
 * with {@code showPersonalData}) is masked here.
 */
final class IssueDigest {

  private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])(\\d{6})\\d{8}(\\d{3}[\\dXx])(?![0-9])");
  private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(1[3-9]\\d)\\d{4}(\\d{4})(?![0-9])");

  private IssueDigest() {}

  /** The headline: standard, version and as-of date. */
  static String headline(ValidationReport report) {
    return report.standard().name() + " " + report.standard().version() + ", as of " + report.asOf();
  }

  /** Up to {@code max} issues, one or two lines each, then how many more there were. */
  static String issues(List<Issue> issues, long total, int max, Locale locale) {
    StringBuilder sb = new StringBuilder();
    int shown = 0;
    for (Issue i : issues) {
      if (shown == max) {
        break;
      }
      sb.append(String.format(
          Locale.ROOT,
          "%n  %-7s %s  %s  %s  %s%n          %s",
          i.severity(),
          i.code(),
          i.entity() == null ? "-" : i.entity(),
          i.path().isEmpty() ? "(record)" : i.path(),
          i.location(),
          message(i, locale)));
      shown++;
    }
    if (total > shown) {
      sb.append(String.format(Locale.ROOT, "%n  … and %d more", total - shown));
    }
    return mask(sb.toString());
  }

  /** The counts by code, most frequent first, as a table. */
  static String countsByCode(ValidationReport report) {
    Map<IssueCode, Long> counts = report.summary().issuesByCode();
    if (counts.isEmpty()) {
      return String.format("%n  (no issues)");
    }
    StringBuilder sb = new StringBuilder();
    counts.entrySet().stream()
        .sorted(Map.Entry.<IssueCode, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sb.append(String.format(Locale.ROOT, "%n  %6d  %s", e.getValue(), e.getKey())));
    return sb.toString();
  }

  private static String message(Issue issue, Locale locale) {
    try {
      return issue.message(locale);
    } catch (RuntimeException e) {
      return issue.args().toString();
    }
  }

  /** The text with any full resident ID number or mobile number masked. */
  static String mask(String text) {
    Matcher m = ID_NUMBER.matcher(text);
    String out = m.replaceAll("$1********$2");
    return MOBILE.matcher(out).replaceAll("$1****$2");
  }
}
