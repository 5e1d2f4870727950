package io.jingwei.standard;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The source of a rule (规则来源): the regulation or standard it comes from, the article, how well it is
 * confirmed, and where the text was found.
 *
 * @param document the document, such as 《中国共产党支部工作条例（试行）》
 * @param article the article, such as 第四条, if known
 * @param confidence how well the source is confirmed
 * @param url where the text was found, if anywhere
 */
public record RuleSource(String document, @Nullable String article, Confidence confidence, @Nullable String url) {

  /** Checks that the document and confidence are present. */
  public RuleSource {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(confidence, "confidence");
    if (document.isBlank()) {
      throw new IllegalArgumentException("document must not be blank");
    }
  }

  /** The source with the given parts. */
  public static RuleSource of(String document, @Nullable String article, Confidence confidence, @Nullable String url) {
    return new RuleSource(document, article, confidence, url);
  }

  /** {@code 《支部工作条例》 第四条 [C]}. */
  @Override
  public String toString() {
    return document + (article == null ? "" : " " + article) + " [" + confidence.label() + "]";
  }
}
