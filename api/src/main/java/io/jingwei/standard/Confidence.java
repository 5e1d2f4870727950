package io.jingwei.standard;

import java.util.Optional;

/**
 * How well a rule's source is confirmed (来源可信度), as labelled in the project's domain rules: [C], [P] or [U].
 * Rules resting on [U] facts are configurable defaults, never hard truths.
 */
public enum Confidence {
  /** Confirmed (已确认) [C]: a retrieved text states it. */
  CONFIRMED("C"),
  /** Partly confirmed (部分确认) [P]: the number is confirmed, the article or part of the rule is not. */
  PARTLY_CONFIRMED("P"),
  /** Unconfirmed (未确认) [U]: background knowledge or a practice seen once; a configurable default. */
  UNCONFIRMED("U");

  private final String label;

  Confidence(String label) {
    this.label = label;
  }

  /** The one-letter label: {@code C}, {@code P} or {@code U}. */
  public String label() {
    return label;
  }

  /** The confidence with the given one-letter label or constant name, if any. */
  public static Optional<Confidence> fromLabel(String text) {
    for (Confidence c : values()) {
      if (c.label.equals(text) || c.name().equals(text)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
