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
 * <p>The dataset is given in exactly one of two forms:
 *
 * <ul>
 *   <li>{@code data}: a JSON document in the single-document dataset form,
 *       {@code {"divisions":[...],"organizations":[...],"members":[...]}}, with the collection names of
 *       {@link EntityKind#collectionName()};
 *   <li>{@code jsonl}: raw JSON Lines text per collection ({@code members → "{...}\n{...}"}), so that problems of
 *       reading (malformed lines, wrong types) can be shown.
 * </ul>
 *
 * @param valid whether the rule accepts the data (then no issue of the rule is expected)
 * @param description what the example shows, if said
 * @param data the dataset as one JSON document, or null when {@code jsonl} is given
 * @param jsonl raw JSON Lines text by collection name, empty when {@code data} is given
 * @param expected the issues an invalid example must produce (at least one); empty for a valid one
 * @param asOf the as-of date to validate the example on, if it matters
 */
public record RuleExample(
    boolean valid,
    @Nullable String description,
    @Nullable String data,
    Map<String, String> jsonl,
    List<ExpectedIssue> expected,
    @Nullable LocalDate asOf) {

  /** Checks that exactly one data form is given and that the expectations fit {@code valid}. */
  public RuleExample {
    jsonl = jsonl == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(jsonl));
    expected = expected == null ? List.of() : List.copyOf(expected);
    if ((data == null) == jsonl.isEmpty()) {
      throw new IllegalArgumentException("give exactly one of data and jsonl");
    }
    for (String collection : jsonl.keySet()) {
      if (!isCollectionName(collection)) {
        throw new IllegalArgumentException("unknown collection in jsonl: " + collection);
      }
    }
    if (valid && !expected.isEmpty()) {
      throw new IllegalArgumentException("a valid example expects no issues");
    }
    if (!valid && expected.isEmpty()) {
      throw new IllegalArgumentException("an invalid example must expect at least one issue");
    }
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

  private static boolean isCollectionName(String name) {
    for (EntityKind kind : EntityKind.values()) {
      if (kind.collectionName().equals(name)) {
        return true;
      }
    }
    return false;
  }
}
