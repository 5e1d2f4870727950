package io.jingwei.impl.io;

import java.util.List;
import tools.jackson.core.JacksonException;

/** JSON Pointer (RFC 6901) helpers over pointer text. */
final class JsonPointers {

  private JsonPointers() {}

  /** The pointer to a property of the object at the pointer. */
  static String child(String pointer, String property) {
    return pointer + "/" + escape(property);
  }

  /** The pointer to an element of the array at the pointer. */
  static String child(String pointer, int index) {
    return pointer + "/" + index;
  }

  /** The pointer of the parent; the root's parent is the root. */
  static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  /** The last reference token, unescaped. */
  static String last(String pointer) {
    return unescape(pointer.substring(pointer.lastIndexOf('/') + 1));
  }

  /** Escapes a reference token: {@code ~} → {@code ~0}, {@code /} → {@code ~1}. */
  static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** Unescapes a reference token. */
  static String unescape(String token) {
    if (token.indexOf('~') < 0) {
      return token;
    }
    return token.replace("~1", "/").replace("~0", "~");
  }

  /** The pointer to where a Jackson exception happened, from its reference path. */
  static String of(JacksonException e) {
    StringBuilder sb = new StringBuilder();
    List<JacksonException.Reference> path = e.getPath();
    for (JacksonException.Reference ref : path) {
      if (ref.getPropertyName() != null) {
        sb.append('/').append(escape(ref.getPropertyName()));
      } else if (ref.getIndex() >= 0) {
        sb.append('/').append(ref.getIndex());
      }
    }
    return sb.toString();
  }

  /** The pointer of a list of segments, each unescaped. */
  static String of(List<String> segments) {
    StringBuilder sb = new StringBuilder();
    for (String s : segments) {
      sb.append('/').append(escape(s));
    }
    return sb.toString();
  }
}
