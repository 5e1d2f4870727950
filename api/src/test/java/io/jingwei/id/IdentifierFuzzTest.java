package io.jingwei.id;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.jingwei.division.DivisionCode;
import io.jingwei.grid.GridCode;
import io.jingwei.grid.GridCodeScheme;
import io.jingwei.time.PartialDate;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Fuzz targets (模糊测试) for every identifier parser of the API: {@code parse} either returns or throws an {@link
 * IllegalArgumentException} — nothing else — and agrees with {@code tryParse}/{@code isValid}; a parsed value
 * round-trips through its text, and an exception message never quotes a personal identifier in full.
 *
 * <p>The input is the fuzzer's bytes read as UTF-8 (malformed sequences become U+FFFD), so the committed seeds in
 * {@code src/test/resources/io/jingwei/id/IdentifierFuzzTestInputs/<method>/} are plain text files. The default
 * build runs them (and the empty input) as regression tests; {@code JAZZER_FUZZ=1} or {@code -Pfuzz} fuzzes one
 * target (see docs/reliability.md).
 */
class IdentifierFuzzTest {

  private static String text(byte[] data) {
    return new String(data, StandardCharsets.UTF_8);
  }

  /**
   * Calls the parser; returns the value, or empty when it threw an IllegalArgumentException. Anything else thrown
   * propagates and fails the target.
   */
  private static <T> Optional<T> parseOrEmpty(Function<String, T> parser, String text) {
    try {
      return Optional.of(parser.apply(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @FuzzTest(maxDuration = "30s")
  void residentIdNumber(byte[] data) {
    String text = text(data);
    Optional<ResidentIdNumber> parsed = parseOrEmpty(ResidentIdNumber::parse, text);
    assertThat(ResidentIdNumber.tryParse(text)).isEqualTo(parsed);
    assertThat(ResidentIdNumber.isValid(text)).isEqualTo(parsed.isPresent());
    assertThat(ResidentIdNumber.problemOf(text).isEmpty()).isEqualTo(parsed.isPresent());
    if (parsed.isPresent()) {
      ResidentIdNumber id = parsed.get();
      assertThat(id.value()).isEqualTo(text.toUpperCase(Locale.ROOT));
      assertThat(ResidentIdNumber.parse(id.value())).isEqualTo(id);
      assertThat(id.toString()).isEqualTo(id.masked()).doesNotContain(id.value());
      assertThat(ResidentIdNumber.of(id.addressCode(), id.birthDate(), Integer.parseInt(id.value().substring(14, 17))))
          .isEqualTo(id);
      assertThat(id.sex()).isNotNull();
    } else {
      try {
        ResidentIdNumber.parse(text);
      } catch (InvalidIdentifierException e) {
        assertThat(e.kind()).isEqualTo(IdentifierKind.RESIDENT_ID_NUMBER);
        assertThat(e.reason()).isEqualTo(ResidentIdNumber.problemOf(text).orElseThrow());
        if (text.matches("[0-9Xx]{10,}")) {
          assertThat(e.getMessage()).doesNotContain(text);
        }
      }
    }
  }

  @FuzzTest(maxDuration = "30s")
  void legacyResidentIdNumber(byte[] data) {
    String text = text(data);
    Optional<ResidentIdNumber> upgraded = parseOrEmpty(ResidentIdNumber::fromLegacy, text);
    assertThat(ResidentIdNumber.isValidLegacy(text)).isEqualTo(upgraded.isPresent());
    assertThat(ResidentIdNumber.legacyProblemOf(text).isEmpty()).isEqualTo(upgraded.isPresent());
    if (upgraded.isPresent()) {
      ResidentIdNumber id = upgraded.get();
      assertThat(id.value().substring(0, 6) + id.value().substring(8, 17)).isEqualTo(text);
      assertThat(ResidentIdNumber.parse(id.value())).isEqualTo(id);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void creditCode(byte[] data) {
    String text = text(data);
    Optional<CreditCode> parsed = parseOrEmpty(CreditCode::parse, text);
    assertThat(CreditCode.tryParse(text)).isEqualTo(parsed);
    assertThat(CreditCode.isValid(text)).isEqualTo(parsed.isPresent());
    assertThat(CreditCode.problemOf(text).isEmpty()).isEqualTo(parsed.isPresent());
    if (parsed.isPresent()) {
      CreditCode code = parsed.get();
      assertThat(code.value()).isEqualTo(text.toUpperCase(Locale.ROOT));
      assertThat(CreditCode.parse(code.value())).isEqualTo(code);
      assertThat(CreditCode.parse(code.toString())).isEqualTo(code);
      assertThat(code.organizationCode()).hasSize(9);
      code.authority();
      code.organizationTypeName();
      code.registrationDivision();
    }
  }

  @FuzzTest(maxDuration = "30s")
  void mobileNumber(byte[] data) {
    String text = text(data);
    Optional<MobileNumber> parsed = parseOrEmpty(MobileNumber::parse, text);
    assertThat(MobileNumber.tryParse(text)).isEqualTo(parsed);
    assertThat(MobileNumber.isValid(text)).isEqualTo(parsed.isPresent());
    assertThat(MobileNumber.problemOf(text).isEmpty()).isEqualTo(parsed.isPresent());
    if (parsed.isPresent()) {
      MobileNumber number = parsed.get();
      assertThat(MobileNumber.parse(number.value())).isEqualTo(number);
      assertThat(number.toString()).isEqualTo(number.masked()).doesNotContain(number.value());
    } else {
      try {
        MobileNumber.parse(text);
      } catch (InvalidIdentifierException e) {
        assertThat(e.kind()).isEqualTo(IdentifierKind.MOBILE_NUMBER);
        if (text.matches("[0-9]{7,}")) {
          assertThat(e.getMessage()).doesNotContain(text);
        }
      }
    }
  }

  @FuzzTest(maxDuration = "30s")
  void divisionCode(byte[] data) {
    String text = text(data);
    Optional<DivisionCode> parsed = parseOrEmpty(DivisionCode::parse, text);
    assertThat(DivisionCode.tryParse(text)).isEqualTo(parsed);
    assertThat(DivisionCode.isValid(text)).isEqualTo(parsed.isPresent());
    if (parsed.isPresent()) {
      DivisionCode code = parsed.get();
      assertThat(code.value()).isEqualTo(text);
      assertThat(DivisionCode.parse(code.toString())).isEqualTo(code);
      assertThat(code.toTwelveDigits().sameDivisionAs(code)).isTrue();
      assertThat(code.isWithin(code.countyCode())).isTrue();
      code.parent().ifPresent(parent -> assertThat(code.isWithin(parent)).isTrue());
      code.countyType();
      code.townshipType();
      code.villageSegmentType();
    }
  }

  @FuzzTest(maxDuration = "30s")
  void gridCode(byte[] data) {
    String text = text(data);
    Optional<GridCode> parsed = parseOrEmpty(GridCode::parse, text);
    assertThat(GridCode.tryParse(text)).isEqualTo(parsed);
    assertThat(GridCode.isValid(text)).isEqualTo(parsed.isPresent());
    assertThat(GridCode.problemOf(text).isEmpty()).isEqualTo(parsed.isPresent());
    if (parsed.isPresent()) {
      GridCode code = parsed.get();
      assertThat(GridCode.parse(code.value())).isEqualTo(code);
      assertThat(GridCode.parse(code.toString())).isEqualTo(code);
    }
  }

  /**
   * The input's first line names a scheme ({@link GridCodeScheme#named(String)}), the second is a grid code: a
   * code the scheme accepts decomposes into parts that compose back to the same code.
   */
  @FuzzTest(maxDuration = "30s")
  void gridCodeScheme(byte[] data) {
    String text = text(data);
    int newline = text.indexOf('\n');
    String name = newline < 0 ? text : text.substring(0, newline);
    String codeText = newline < 0 ? "" : text.substring(newline + 1);
    Optional<GridCodeScheme> scheme = parseOrEmpty(GridCodeScheme::named, name);
    Optional<GridCode> code = parseOrEmpty(GridCode::parse, codeText);
    if (scheme.isEmpty()) {
      return;
    }
    GridCodeScheme s = scheme.get();
    assertThat(GridCodeScheme.named(s.name())).isEqualTo(s);
    assertThat(s.length()).isEqualTo(s.leadingDigits() + 12 + s.sequenceDigits());
    if (code.isEmpty()) {
      return;
    }
    GridCode c = code.get();
    if (!s.accepts(c)) {
      assertThat(s.communityCodeOf(c)).isEmpty();
      assertThat(s.sequenceOf(c)).isEmpty();
      return;
    }
    DivisionCode community = s.communityCodeOf(c).orElseThrow();
    int sequence = s.sequenceOf(c).orElseThrow();
    String leading = s.leadingCodeOf(c).orElse("");
    assertThat(s.compose(leading, community, sequence)).isEqualTo(c);
  }

  @FuzzTest(maxDuration = "30s")
  void partialDate(byte[] data) {
    String text = text(data);
    Optional<PartialDate> parsed = parseOrEmpty(PartialDate::parse, text);
    if (parsed.isPresent()) {
      PartialDate date = parsed.get();
      assertThat(date.toString()).isEqualTo(text);
      assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
      assertThat(date.earliest()).isBeforeOrEqualTo(date.latest());
      assertThat(date.contains(date.earliest())).isTrue();
      assertThat(date.contains(date.latest())).isTrue();
      assertThat(date.overlaps(date)).isTrue();
      assertThat(date.truncatedTo(date.precision())).isEqualTo(date);
    }
  }
}
