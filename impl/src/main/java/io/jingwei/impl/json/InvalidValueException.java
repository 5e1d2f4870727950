package io.jingwei.impl.json;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string that is not a valid value of a Jingwei value type (无效值), such as an ID number with a wrong
 * check character. Raised by {@link JingweiModule}'s deserializers; readers turn it into a
 * {@code read.invalid-value} issue at the property's JSON Pointer ({@link #getPath()}).
 *
 * <p>Neither the message nor any accessor holds the rejected text of personal data in full: {@link #shownValue()}
 * is masked for ID and mobile numbers (see {@link ValueMasking}).
 */
public final class InvalidValueException extends MismatchedInputException {

  private static final long serialVersionUID = 1L;

  private final String valueTypeName;
  private final @Nullable String reason;
  private final String shownValue;
  private final boolean personal;

  InvalidValueException(
      @Nullable JsonParser parser, Class<?> valueType, @Nullable String reason, String shownValue, boolean personal) {
    super(parser, message(valueType, reason, shownValue), valueType);
    this.valueTypeName = valueType.getSimpleName();
    this.reason = reason;
    this.shownValue = shownValue;
    this.personal = personal;
  }

  private static String message(Class<?> type, @Nullable String reason, String shown) {
    return "Invalid " + type.getSimpleName() + (reason == null ? "" : " (" + reason + ")") + ": \"" + shown + "\"";
  }

  /** The simple name of the value type ({@code ResidentIdNumber}). */
  public String valueTypeName() {
    return valueTypeName;
  }

  /**
   * The machine-readable reason the parser gave ({@code CHECKSUM}, {@code LENGTH} …), when it gave one: the
   * name of the {@code reason()} of the identifier exception.
   */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /** The rejected text as it may be shown: masked when personal data, capped otherwise. */
  public String shownValue() {
    return shownValue;
  }

  /** Whether the value type holds personal data. */
  public boolean isPersonal() {
    return personal;
  }
}
