package io.jingwei.impl.io;

import io.jingwei.validation.Issue;
import java.util.List;
import java.util.Objects;

/**
 * Everything read from one JSON Lines file (JSON Lines 读取结果): the records in file order, the issues in file order,
 * and the tally.
 *
 * @param <T> the record type
 * @param records the records read
 * @param issues the issues found
 * @param tally the count of lines, records and unreadable lines
 */
public record JsonLinesResult<T>(List<Located<T>> records, List<Issue> issues, ReadTally tally) {

  /** Copies the lists. */
  public JsonLinesResult {
    records = List.copyOf(records);
    issues = List.copyOf(issues);
    Objects.requireNonNull(tally, "tally");
  }

  /** The records without their locations. */
  public List<T> values() {
    return records.stream().map(Located::value).toList();
  }
}
