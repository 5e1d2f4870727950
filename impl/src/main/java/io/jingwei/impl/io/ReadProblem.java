package io.jingwei.impl.io;

import io.jingwei.impl.json.ValueMasking;
import io.jingwei.ref.EntityRef;
import io.jingwei.validation.Issue;
import io.jingwei.validation.IssueCode;
import io.jingwei.validation.Location;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A problem found while reading, before it is located: the code, the JSON Pointer and the arguments.
 *
 * @param code the issue code
 * @param pointer the JSON Pointer in the record
 * @param args the message arguments, never full personal data
 * @param line the line in the source where the problem was seen, or 0 to use the record's line
 */
record ReadProblem(IssueCode code, String pointer, Map<String, Object> args, long line) {

  /**
   * Copies the arguments; personal identifiers in text taken from the data — a property name, a value shown
   * because its field is not personal — are masked here ({@link ValueMasking#scrub(String)}), in the pointer too.
   */
  ReadProblem {
    Map<String, Object> scrubbed = new LinkedHashMap<>();
    args.forEach((k, v) -> scrubbed.put(k, v instanceof String text ? ValueMasking.scrub(text) : v));
    args = java.util.Collections.unmodifiableMap(scrubbed);
    pointer = ValueMasking.scrub(pointer);
  }

  static ReadProblem of(IssueCode code, String pointer, Object... keysAndValues) {
    Map<String, Object> args = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      Object value = keysAndValues[i + 1];
      if (value != null) {
        args.put((String) keysAndValues[i], value);
      }
    }
    return new ReadProblem(code, pointer, args, 0);
  }

  ReadProblem atLine(long newLine) {
    return new ReadProblem(code, pointer, args, newLine);
  }

  /** The issue at the location (its line replaced by this problem's line when known). */
  Issue toIssue(@Nullable EntityRef entity, Location location) {
    Location where =
        line > 0 && location.file() != null ? Location.ofLine(location.file(), line) : location;
    return new Issue(code, ReadIssueCodes.severityOf(code), entity, pointer, where, args);
  }
}
