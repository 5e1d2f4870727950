package io.jingwei.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jingwei.grid.GridCode;
import io.jingwei.id.InvalidIdentifierException.Reason;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

class InvalidIdentifierExceptionTest {

  @Test
  void everyReasonIsReachableThroughSomeParse() {
    Map<Reason, ThrowingCallable> examples = new EnumMap<>(Reason.class);
    examples.put(Reason.LENGTH, () -> ResidentIdNumber.parse("1101051949123100"));
    examples.put(Reason.CHARACTERS, () -> GridCode.parse("4501030010020A3"));
    examples.put(Reason.CHECKSUM, () -> ResidentIdNumber.parse("110105194912310021"));
    examples.put(Reason.EMBEDDED_CHECKSUM, () -> CreditCode.parse(embeddedChecksumTypo()));
    examples.put(Reason.BIRTH_DATE, () -> ResidentIdNumber.fromLegacy("110105490229002"));
    examples.put(Reason.DIVISION, () -> ResidentIdNumber.fromLegacy("990105491231002"));
    examples.put(Reason.SEGMENT, () -> MobileNumber.parse("12800138000"));

    assertThat(examples).containsOnlyKeys(Reason.values());
    examples.forEach(
        (reason, parse) ->
            assertThat(catchThrowableOfType(InvalidIdentifierException.class, parse).reason())
                .isEqualTo(reason));
  }

  @Test
  void carriesKindReasonAndMaskedInput() {
    InvalidIdentifierException e =
        new InvalidIdentifierException(IdentifierKind.MOBILE_NUMBER, Reason.SEGMENT, "12800138000");

    assertThat(e.kind()).isEqualTo(IdentifierKind.MOBILE_NUMBER);
    assertThat(e.reason()).isEqualTo(Reason.SEGMENT);
    assertThat(e.maskedInput()).isEqualTo("128****8000");
    assertThat(e.getMessage()).contains("128****8000").contains("SEGMENT").doesNotContain("12800138000");
  }

  @Test
  void everyReasonHasADescription() {
    for (Reason reason : Reason.values()) {
      assertThat(reason.description()).as(reason.name()).isNotBlank();
    }
  }

  private static String embeddedChecksumTypo() {
    String first17 = "91440300" + "71526726" + "0";
    return first17 + CreditCode.checkCharacter(first17);
  }
}
