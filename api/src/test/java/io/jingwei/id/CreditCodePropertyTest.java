package io.jingwei.id;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.id.InvalidIdentifierException.Reason;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property tests over generated unified social credit codes (seeded). Both check characters are computed here
 * from their definitions (GB 32100 weights 3^(i-1) mod 31; GB 11714 weights), independently of production code.
 */
class CreditCodePropertyTest {

  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final List<String> DIVISIONS =
      List.of("450100", "450103", "450107", "450122", "440300", "330100", "110000", "110105", "100000");

  private static final int CODES_PER_SEED = 250;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  @DisplayName("生成的有效代码全部通过解析")
  void everyGeneratedCodeParses(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < CODES_PER_SEED; i++) {
      String valid = generate(random);

      CreditCode code = CreditCode.parse(valid);

      assertThat(code.value()).isEqualTo(valid);
      assertThat(code.organizationCode()).isEqualTo(valid.substring(8, 17));
      assertThat(code.registrationAuthority()).isEqualTo(valid.charAt(0));
      assertThat(code.organizationType()).isEqualTo(valid.charAt(1));
      assertThat(code.isNationallyRegistered()).isEqualTo(valid.startsWith("100000", 2));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {6, 7, 8, 9})
  @DisplayName("任意一位替换都被发现；区划段仍有效时由校验码发现")
  void everySingleSubstitutionIsCaught(long seed) {
    Random random = new Random(seed);
    Map<Reason, Integer> seen = new EnumMap<>(Reason.class);
    for (int i = 0; i < CODES_PER_SEED; i++) {
      String valid = generate(random);
      for (int position = 0; position < 18; position++) {
        for (char replacement : ALPHABET.toCharArray()) {
          if (replacement == valid.charAt(position)) {
            continue;
          }
          String mutated = valid.substring(0, position) + replacement + valid.substring(position + 1);

          assertThat(CreditCode.isValid(mutated)).as(mutated).isFalse();
          Reason reason = CreditCode.problemOf(mutated).orElseThrow();
          if (position < 2 || position >= 8) {
            assertThat(reason).as(mutated).isEqualTo(Reason.CHECKSUM);
          } else {
            assertThat(reason).as(mutated).isIn(Reason.SEGMENT, Reason.DIVISION, Reason.CHECKSUM);
          }
          seen.merge(reason, 1, Integer::sum);
        }
      }
    }
    assertThat(seen.keySet()).containsExactlyInAnyOrder(Reason.SEGMENT, Reason.DIVISION, Reason.CHECKSUM);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {10, 11})
  @DisplayName("主体标识码内的替换若同时改对外层校验码，仍被组织机构代码校验发现")
  void organizationCodeCheckCatchesSubstitutionsTheOuterCheckWasRecomputedFor(long seed) {
    Random random = new Random(seed);
    int caught = 0;
    for (int i = 0; i < CODES_PER_SEED; i++) {
      String valid = generate(random);
      int position = 8 + random.nextInt(8);
      char replacement = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
      if (replacement == valid.charAt(position)) {
        continue;
      }
      String first17 = valid.substring(0, position) + replacement + valid.substring(position + 1, 17);
      String mutated = first17 + gb32100Check(first17);

      // MOD 11 over values 0–35 can miss a substitution that changes a value by 11 or 22 (e.g. 1 ↔ C)
      if (organizationCheck(first17.substring(8, 16)) != first17.charAt(16)) {
        assertThat(CreditCode.problemOf(mutated)).contains(Reason.EMBEDDED_CHECKSUM);
        caught++;
      }
    }
    assertThat(caught).isGreaterThan(CODES_PER_SEED / 2);
  }

  static String generate(Random random) {
    StringBuilder first17 = new StringBuilder();
    first17.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    first17.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    first17.append(DIVISIONS.get(random.nextInt(DIVISIONS.size())));
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      body.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    first17.append(body).append(organizationCheck(body.toString()));
    return first17.toString() + gb32100Check(first17.toString());
  }

  /** GB 32100: c18 makes Σ v_i·3^(i-1) over all 18 positions ≡ 0 (mod 31). */
  private static char gb32100Check(String first17) {
    int sum = 0;
    int weight = 1;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * weight;
      weight = weight * 3 % 31;
    }
    return ALPHABET.charAt(Math.floorMod(-sum, 31));
  }

  /** GB 11714: c = 11 − Σ v_i·w_i mod 11 with v over 0-9A-Z; 10 → X, 11 → 0. */
  private static char organizationCheck(String body) {
    int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += Character.digit(body.charAt(i), 36) * weights[i];
    }
    int c = 11 - sum % 11;
    return c == 10 ? 'X' : c == 11 ? '0' : Character.forDigit(c, 10);
  }
}
