package io.jingwei.standard;

import io.jingwei.ref.EntityKind;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An example of a rule (规则示例): a small dataset that the rule accepts, or rejects with the expected issues.
 * One test runs the examples of every rule of every shipped standard.
 *
 * <p>The dataset is given in exactly one of three forms:
 *
 * <ul>
 *   <li>{@code data}: a JSON document in the single-document dataset form,
 *       {@code {"divisions":[...],"organizations":[...],"members":[...]}}, with the collection names of
 *       {@link EntityKind#collectionName()};
 *   <li>{@code jsonl}: raw JSON Lines text per collection ({@code members → "{...}\n{...}"}), so that problems of
 *       reading (malformed lines, wrong types) can be shown;
 *   <li>{@code files}: the text files of a spreadsheet directory by file name (台账示例): CSV files named for their
 *       kind ({@code 党员.csv}) and any other file, read as the spreadsheet reader of the {@code jingwei-xlsx}
 *       module reads a directory — so that problems of reading spreadsheets (unknown or missing columns, codes
 *       that lost digits, broken quotes, files of no known kind) can be shown. That module runs these examples.
 * </ul>
 *
 * @param valid whether the rule accepts the data (then no issue of the rule is expected)
 * @param description what the example shows, if said
 * @param data the dataset as one JSON document, or null when another form is given
 * @param jsonl raw JSON Lines text by collection name, empty when another form is given
 * @param files text files of a spreadsheet directory by plain file name, empty when another form is given
 * @param expected the issues an invalid example must produce (at least one); empty for a valid one
 * @param asOf the as-of date to validate the example on, if it matters
 */
public record RuleExample(
    boolean valid,
    @Nullable String description,
    @Nullable String data,
    Map<String, String> jsonl,
    Map<String, String> files,
    List<ExpectedIssue> expected,
    @Nullable LocalDate asOf) {

  /** Checks that exactly one data form is given and that the expectations fit {@code valid}. */
  public RuleExample {
    jsonl = jsonl == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(jsonl));
    files = files == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(files));
    expected = expected == null ? List.of() : List.copyOf(expected);
    int forms = (data == null ? 0 : 1) + (jsonl.isEmpty() ? 0 : 1) + (files.isEmpty() ? 0 : 1);
    if (forms != 1) {
      throw new IllegalArgumentException("give exactly one of data, jsonl and files");
    }
    for (String collection : jsonl.keySet()) {
      if (!isCollectionName(collection)) {
        throw new IllegalArgumentException("unknown collection in jsonl: " + collection);
      }
    }
    for (String name : files.keySet()) {
      if (!isPlainFileName(name)) {
        throw new IllegalArgumentException("not a plain file name in files: " + name);
      }
    }
    if (valid && !expected.isEmpty()) {
      throw new IllegalArgumentException("a valid example expects no issues");
    }
    if (!valid && expected.isEmpty()) {
      throw new IllegalArgumentException("an invalid example must expect at least one issue");
    }
  }

  /** An example in the {@code data} or {@code jsonl} form (no spreadsheet files). */
  public RuleExample(
      boolean valid,
      @Nullable String description,
      @Nullable String data,
      Map<String, String> jsonl,
      List<ExpectedIssue> expected,
      @Nullable LocalDate asOf) {
    this(valid, description, data, jsonl, Map.of(), expected, asOf);
  }

  /** A valid example with the data as one JSON document. */
  public static RuleExample validData(String data) {
    return new RuleExample(true, null, Objects.requireNonNull(data, "data"), Map.of(), List.of(), null);
  }

  /** An invalid example with the data as one JSON document and the issues it must produce. */
  public static RuleExample invalidData(String data, List<ExpectedIssue> expected) {
    return new RuleExample(false, null, Objects.requireNonNull(data, "data"), Map.of(), expected, null);
  }

  /** Whether the example is given as raw JSON Lines. */
  public boolean isJsonLines() {
    return !jsonl.isEmpty();
  }

  /** Whether the example is given as the files of a spreadsheet directory (run by the spreadsheet module). */
  public boolean isSpreadsheet() {
    return !files.isEmpty();
  }

  /** A name without a directory part, not hidden, of printable characters: safe to write into a directory. */
  private static boolean isPlainFileName(String name) {
    if (name.isBlank() || name.startsWith(".") || name.length() > 255) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '/' || c == '\\' || c == ':' || Character.isISOControl(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCollectionName(String name) {
    for (EntityKind kind : EntityKind.values()) {
      if (kind.collectionName().equals(name)) {
        return true;
      }
    }
    return false;
  }
}
