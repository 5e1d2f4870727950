package io.jingwei.impl.standard;

import io.jingwei.impl.engine.ValidationInput;
import io.jingwei.standard.RuleExample;

/**
 * Turns a rule example into a validation input: the single-document {@code data} through the dataset reader, the
 * raw {@code jsonl} collections through the JSON Lines reader, each record located by collection and line.
 *
 * <p>NOT WIRED YET: the readers (io.jingwei.impl.json) and the entity model are merged later. Wiring: map each
 * {@link io.jingwei.ref.EntityKind} to its record class, read {@code data} with the single-document reader or each
 * {@code jsonl} text with {@code JsonLinesReader} (file name {@code <collection>.jsonl}), and build a
 * {@code SimpleValidationInput} of the located records, the read issues and the unreadable counts; then return true
 * from {@link #isAvailable()}.
 */
final class ExampleInputs {

  /** Why the examples cannot run yet. */
  static final String WHY_NOT =
      "rule examples run once the JSON readers (io.jingwei.impl.json) and the entity model are merged";

  private ExampleInputs() {}

  /** Whether examples can be read. */
  static boolean isAvailable() {
    return false;
  }

  /** The input of the example. */
  static ValidationInput read(RuleExample example) {
    throw new UnsupportedOperationException(WHY_NOT);
  }
}
