package io.jingwei.impl.engine;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** JSON Pointers (RFC 6901) of fields (字段指针), from names and from Bean Validation property paths. */
public final class JsonPointers {
  private JsonPointers() {}

  /** One reference token escaped: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  public static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer of the given tokens: {@code of("timeline", "admittedOn")} is {@code /timeline/admittedOn}. */
  public static String of(Object... tokens) {
    StringBuilder sb = new StringBuilder();
    for (Object t : tokens) {
      sb.append('/').append(escape(String.valueOf(t)));
    }
    return sb.toString();
  }

  /**
   * The pointer of a Bean Validation property path in wire-format names, which are the record component names:
   * {@code leadership.officers[0].member} becomes {@code /leadership/officers/0/member}, a list element constraint
   * on {@code tags[2]} becomes {@code /tags/2}, a map value under key {@code k} becomes {@code /map/k}. Class-level
   * constraints give the empty pointer (the whole record).
   */
  public static String of(Path path) {
    StringBuilder sb = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        if (node.getIndex() != null) {
          sb.append('/').append(node.getIndex());
        } else if (node.getKey() != null) {
          sb.append('/').append(escape(String.valueOf(node.getKey())));
        }
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        sb.append('/').append(escape(node.getName()));
      }
    }
    return sb.toString();
  }
}
