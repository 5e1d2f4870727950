package io.jingwei.id;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.id.InvalidIdentifierException.Reason;
import io.jingwei.person.Sex;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property tests over generated resident ID numbers (seeded, so every run checks the same numbers). The check
 * character is computed here from the definition of ISO 7064 MOD 11-2 (weights 2^(18-i) mod 11), independently
 * of the production table.
 */
class ResidentIdNumberPropertyTest {

  /** Real Guangxi (mostly Nanning) county codes, including the historic 450122 武鸣县. */
  private static final List<String> ADDRESS_CODES =
      List.of(
          "450102", "450103", "450105", "450107", "450108", "450109", "450110", "450122", "450123",
          "450124", "450125", "450126", "450127", "450181", "450202", "450302", "110105", "440305");

  private static final Set<String> PROVINCES =
      Set.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42",
          "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82");

  private static final String ALPHABET = "0123456789X";

  private static final DateTimeFormatter STRICT_DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

  private static final int NUMBERS_PER_SEED = 250;

  /** A generated valid number with the parts it was made from. */
  private record Generated(String value, String addressCode, LocalDate birthDate, int sequence) {}

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 20220124})
  @DisplayName("生成的有效号码全部通过解析，且各部分正确")
  void everyGeneratedNumberParses(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < NUMBERS_PER_SEED; i++) {
      Generated generated = generate(random);

      ResidentIdNumber number = ResidentIdNumber.parse(generated.value());

      assertThat(number.value()).isEqualTo(generated.value());
      assertThat(number.addressCode().value()).isEqualTo(generated.addressCode());
      assertThat(number.birthDate()).isEqualTo(generated.birthDate());
      assertThat(number.sex()).isEqualTo(generated.sequence() % 2 == 1 ? Sex.MALE : Sex.FEMALE);
      assertThat(ResidentIdNumber.checkCharacter(generated.value().substring(0, 17)))
          .isEqualTo(generated.value().charAt(17));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {5, 6, 7, 8})
  @DisplayName("任意一位替换都被发现；日期和前缀仍有效时由校验码发现")
  void everySingleSubstitutionIsCaught(long seed) {
    Random random = new Random(seed);
    Map<Reason, Integer> seen = new EnumMap<>(Reason.class);
    for (int i = 0; i < NUMBERS_PER_SEED; i++) {
      String valid = generate(random).value();
      for (int position = 0; position < 18; position++) {
        for (char replacement : ALPHABET.toCharArray()) {
          if (replacement == valid.charAt(position)) {
            continue;
          }
          String mutated = valid.substring(0, position) + replacement + valid.substring(position + 1);

          assertThat(ResidentIdNumber.isValid(mutated)).as(mutated).isFalse();
          Reason reason = ResidentIdNumber.problemOf(mutated).orElseThrow();
          if (structurallyValid(mutated)) {
            assertThat(reason).as(mutated).isEqualTo(Reason.CHECKSUM);
          }
          seen.merge(reason, 1, Integer::sum);
        }
      }
    }
    // the generator reached every reason a substitution can cause, so the branch above was exercised
    assertThat(seen.keySet())
        .containsExactlyInAnyOrder(Reason.CHARACTERS, Reason.DIVISION, Reason.BIRTH_DATE, Reason.CHECKSUM);
    assertThat(seen.get(Reason.CHECKSUM)).isGreaterThan(NUMBERS_PER_SEED * 18);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {9, 10})
  @DisplayName("相邻两位互换都被发现")
  void everyAdjacentTranspositionIsCaught(long seed) {
    Random random = new Random(seed);
    int checked = 0;
    for (int i = 0; i < NUMBERS_PER_SEED; i++) {
      String valid = generate(random).value();
      for (int position = 0; position < 17; position++) {
        char a = valid.charAt(position);
        char b = valid.charAt(position + 1);
        if (a == b) {
          continue;
        }
        String swapped = valid.substring(0, position) + b + a + valid.substring(position + 2);
        assertThat(ResidentIdNumber.isValid(swapped)).as(swapped).isFalse();
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(NUMBERS_PER_SEED * 10);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 12})
  @DisplayName("脱敏文本和异常信息从不包含完整号码")
  void maskedFormsNeverContainTheFullValue(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < NUMBERS_PER_SEED; i++) {
      String valid = generate(random).value();
      ResidentIdNumber number = ResidentIdNumber.parse(valid);
      assertThat(number.masked()).doesNotContain(valid).contains("********");
      assertThat(number.toString()).doesNotContain(valid).doesNotContain(valid.substring(6, 14));

      String typo = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
      InvalidIdentifierException e =
          org.assertj.core.api.Assertions.catchThrowableOfType(
              InvalidIdentifierException.class, () -> ResidentIdNumber.parse(typo));
      assertThat(e.getMessage()).doesNotContain(typo).doesNotContain(typo.substring(6, 14));
      assertThat(e.maskedInput()).doesNotContain(typo);
    }
  }

  private static Generated generate(Random random) {
    String addressCode = ADDRESS_CODES.get(random.nextInt(ADDRESS_CODES.size()));
    LocalDate birthDate =
        LocalDate.ofEpochDay(
            random.nextInt((int) (LocalDate.of(2012, 12, 31).toEpochDay() - LocalDate.of(1920, 1, 1).toEpochDay()))
                + LocalDate.of(1920, 1, 1).toEpochDay());
    int sequence = random.nextInt(1000);
    String first17 = addressCode + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted(sequence);
    return new Generated(first17 + mod11Check(first17), addressCode, birthDate, sequence);
  }

  /** ISO 7064 MOD 11-2 from its definition: Σ a_i·2^(18-i) + check ≡ 1 (mod 11). */
  private static char mod11Check(String first17) {
    int sum = 0;
    for (int i = 1; i <= 17; i++) {
      int weight = java.math.BigInteger.TWO.pow(18 - i).mod(java.math.BigInteger.valueOf(11)).intValue();
      sum += (first17.charAt(i - 1) - '0') * weight;
    }
    int check = Math.floorMod(1 - sum, 11);
    return check == 10 ? 'X' : (char) ('0' + check);
  }

  /** Whether only the check character can be wrong: digits, a real prefix, a real date from 1800. */
  private static boolean structurallyValid(String text) {
    if (!text.substring(0, 17).chars().allMatch(Character::isDigit)) {
      return false;
    }
    if (!PROVINCES.contains(text.substring(0, 2))) {
      return false;
    }
    try {
      return LocalDate.parse(text.substring(6, 14), STRICT_DATE).getYear() >= 1800;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
