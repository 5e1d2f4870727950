package io.jingwei.impl.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import org.junit.jupiter.api.Test;

class ValueCodecTest {

  /** Mimics the identifier exception: an {@link IllegalArgumentException} with a reason enum. */
  public static final class FakeIdentifierException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The reasons. */
    public enum Reason {
      CHECKSUM
    }

    FakeIdentifierException() {
      super("bad check character");
    }

    /** The reason. */
    public Reason reason() {
      return Reason.CHECKSUM;
    }
  }

  private static final ValueCodec<String> FAILING_PERSONAL =
      new ValueCodec<>(
          String.class,
          s -> {
            throw new FakeIdentifierException();
          },
          s -> s,
          true);

  @Test
  void takesTheReasonFromTheIdentifierException() {
    assertThatThrownBy(() -> FAILING_PERSONAL.parse("110105194912310021", null))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.reason()).contains("CHECKSUM"));
  }

  @Test
  void takesTheReasonFromACause() {
    IllegalArgumentException wrapped = new IllegalArgumentException("wrapped", new FakeIdentifierException());
    assertThat(ValueCodec.reasonOf(wrapped)).isEqualTo("CHECKSUM");
  }

  @Test
  void masksPersonalTextInTheExceptionAndItsMessage() {
    assertThatThrownBy(() -> FAILING_PERSONAL.parse("110105194912310021", null))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getMessage()).doesNotContain("110105194912310021");
              assertThat(e.shownValue()).isEqualTo("110105********0021");
              assertThat(e.isPersonal()).isTrue();
              assertThat(e.valueTypeName()).isEqualTo("String");
            });
  }

  @Test
  void showsOtherTextAndHasNoReasonWhenTheParserGaveNone() {
    ValueCodec<String> codec =
        new ValueCodec<>(
            String.class,
            s -> {
              throw new DateTimeException("no such month");
            },
            s -> s,
            false);
    assertThatThrownBy(() -> codec.parse("2021-13-45", null))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.reason()).isEmpty();
              assertThat(e.shownValue()).isEqualTo("2021-13-45");
            });
  }

  @Test
  void treatsANullResultAsInvalid() {
    ValueCodec<String> codec = new ValueCodec<>(String.class, s -> null, s -> s, false);
    assertThatThrownBy(() -> codec.parse("x", null)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void letsProgrammerErrorsThrough() {
    ValueCodec<String> codec =
        new ValueCodec<>(
            String.class,
            s -> {
              throw new IllegalStateException("bug");
            },
            s -> s,
            false);
    assertThatThrownBy(() -> codec.parse("x", null)).isInstanceOf(IllegalStateException.class);
  }
}
