package io.jingwei.impl.json;

import java.lang.reflect.Method;
import java.time.DateTimeException;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;

/**
 * How one value type is written as a JSON string and read back (值类型编解码): the parse function, the text
 * function and whether the text is personal data.
 *
 * @param <T> the value type
 * @param type the value type
 * @param parser the parse function; throws {@link IllegalArgumentException} or {@link DateTimeException} on bad text
 * @param formatter the text function ({@code value()} or {@code toString()})
 * @param personal whether the text is personal data, masked when shown
 */
record ValueCodec<T>(
    Class<T> type, Function<String, T> parser, Function<T, String> formatter, boolean personal) {

  ValueCodec {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(parser, "parser");
    Objects.requireNonNull(formatter, "formatter");
  }

  /** The text form of a value. */
  String format(T value) {
    return formatter.apply(value);
  }

  /**
   * Parses text, turning a parse failure into an {@link InvalidValueException} that carries the reason and the
   * masked text.
   */
  T parse(String text, @Nullable JsonParser p) {
    try {
      T value = parser.apply(text);
      if (value == null) {
        throw new InvalidValueException(p, type, null, ValueMasking.show(text, personal), personal);
      }
      return value;
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new InvalidValueException(p, type, reasonOf(e), ValueMasking.show(text, personal), personal);
    }
  }

  /**
   * The machine-readable reason of a parse failure: the name of the value of a public no-argument
   * {@code reason()} method of the exception or one of its causes (the identifier exception's {@code Reason}
   * enum), or null. Looked up reflectively so that any identifier exception with a reason is understood.
   */
  static @Nullable String reasonOf(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      try {
        Method m = t.getClass().getMethod("reason");
        if (m.getParameterCount() == 0) {
          Object r = m.invoke(t);
          if (r instanceof Enum<?> e) {
            return e.name();
          }
          if (r != null) {
            return r.toString();
          }
        }
      } catch (ReflectiveOperationException | RuntimeException ignored) {
        // no reason on this one; look at the cause
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
