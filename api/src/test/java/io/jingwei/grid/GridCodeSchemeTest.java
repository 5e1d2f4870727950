package io.jingwei.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.jingwei.division.DivisionCode;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GridCodeSchemeTest {

  private static final DivisionCode COMMUNITY = DivisionCode.parse("450103001002");

  @Test
  @DisplayName("默认方案：12位社区代码 + 3位序号")
  void defaultSchemeIsCommunityCodePlusThreeDigits() {
    GridCodeScheme scheme = GridCodeScheme.defaultScheme();
    GridCode code = GridCode.parse("450103001002007");

    assertThat(scheme.name()).isEqualTo("default");
    assertThat(scheme.length()).isEqualTo(15);
    assertThat(scheme.accepts(code)).isTrue();
    assertThat(scheme.communityCodeOf(code)).contains(COMMUNITY);
    assertThat(scheme.sequenceOf(code)).isEqualTo(OptionalInt.of(7));
    assertThat(scheme.leadingCodeOf(code)).isEmpty();
  }

  @Test
  void defaultSchemeTakesAnotherSequenceWidth() {
    GridCodeScheme scheme = GridCodeScheme.defaultScheme(4);
    GridCode code = GridCode.parse("4501030010020012");

    assertThat(scheme.name()).isEqualTo("default-4");
    assertThat(scheme.length()).isEqualTo(16);
    assertThat(scheme.sequenceOf(code)).isEqualTo(OptionalInt.of(12));
    assertThat(scheme.accepts(GridCode.parse("450103001002007"))).isFalse();
    assertThat(GridCodeScheme.defaultScheme(3)).isSameAs(GridCodeScheme.defaultScheme());
  }

  @Test
  @DisplayName("CJ/T 349-2010：6位对象码 + 6位县级 + 3位街道 + 3位社区 + 2位序号")
  void cjt349IsTwentyDigits() {
    GridCodeScheme scheme = GridCodeScheme.cjt349();
    GridCode code = GridCode.parse("10010045010300100205");

    assertThat(scheme.name()).isEqualTo("cjt349-2010");
    assertThat(scheme.length()).isEqualTo(20);
    assertThat(scheme.communityCodeOf(code)).contains(COMMUNITY);
    assertThat(scheme.sequenceOf(code)).isEqualTo(OptionalInt.of(5));
    assertThat(scheme.leadingCodeOf(code)).contains("100100");
  }

  @Test
  @DisplayName("CJ/T 349：社区未细分时序号为00，合并社区的社区码从601起")
  void cjt349AllowsUndividedAndMergedCommunities() {
    GridCodeScheme scheme = GridCodeScheme.cjt349();

    assertThat(scheme.sequenceOf(GridCode.parse("10010045010300100200"))).isEqualTo(OptionalInt.of(0));
    GridCode merged = GridCode.parse("10010045010300160101");
    assertThat(scheme.communityCodeOf(merged)).contains(DivisionCode.parse("450103001601"));
    assertThat(scheme.communityCodeOf(merged).orElseThrow().villageSegmentType()).isEmpty();
  }

  @Test
  @DisplayName("北京 DB11 单元网格：6位区级 + 3位街道 + 3位社区 + 3位序号")
  void beijing15IsFifteenDigits() {
    GridCodeScheme scheme = GridCodeScheme.beijing15();
    GridCode code = GridCode.parse("110105001001012");

    assertThat(scheme.name()).isEqualTo("db11-15");
    assertThat(scheme.length()).isEqualTo(15);
    assertThat(scheme.communityCodeOf(code)).contains(DivisionCode.parse("110105001001"));
    assertThat(scheme.sequenceOf(code)).isEqualTo(OptionalInt.of(12));
    assertThat(scheme).isNotEqualTo(GridCodeScheme.defaultScheme());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "45010300100200", // too short
        "4501030010020071", // too long
        "450103001000007", // community segment 000: a township, not a community
        "450103000000007", // a county
        "990103001002007", // unreal province
        "450103000002007" // village segment without township
      })
  @DisplayName("网格必须属于社区或行政村")
  void defaultSchemeRejectsCodesWithoutACommunity(String text) {
    GridCodeScheme scheme = GridCodeScheme.defaultScheme();
    GridCode code = GridCode.parse(text);

    assertThat(scheme.accepts(code)).isFalse();
    assertThat(scheme.communityCodeOf(code)).isEmpty();
    assertThat(scheme.sequenceOf(code)).isEmpty();
  }

  @Test
  void cjt349RejectsADefaultCode() {
    assertThat(GridCodeScheme.cjt349().accepts(GridCode.parse("450103001002007"))).isFalse();
    assertThat(GridCodeScheme.cjt349().leadingCodeOf(GridCode.parse("450103001002007"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"default", "cjt349-2010", "db11-15", "default-1", "default-4", "default-9"})
  void namedFindsEveryBuiltInSchemeAndRoundTripsItsName(String name) {
    GridCodeScheme scheme = GridCodeScheme.named(name);

    assertThat(scheme.name()).isEqualTo(name);
    assertThat(GridCodeScheme.named(scheme.name())).isEqualTo(scheme);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Default", "default-0", "default-10", "cjt349", "nanning", "default-"})
  void namedRejectsUnknownNames(String name) {
    assertThatIllegalArgumentException().isThrownBy(() -> GridCodeScheme.named(name));
  }

  @Test
  void builtInNamesAreTheNamedOnes() {
    assertThat(GridCodeScheme.builtInNames())
        .containsExactlyInAnyOrder("default", "cjt349-2010", "db11-15")
        .allSatisfy(name -> assertThat(GridCodeScheme.named(name).name()).isEqualTo(name));
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2})
  @DisplayName("组合出的编码可被同一方案读回社区代码和序号")
  void composeAndReadBackRoundTrip(long seed) {
    Random random = new Random(seed);
    GridCodeScheme[] schemes = {
      GridCodeScheme.defaultScheme(),
      GridCodeScheme.defaultScheme(1),
      GridCodeScheme.defaultScheme(9),
      GridCodeScheme.cjt349(),
      GridCodeScheme.beijing15(),
      GridCodeScheme.of("city-x", 2, 4)
    };
    for (int i = 0; i < 300; i++) {
      GridCodeScheme scheme = schemes[random.nextInt(schemes.length)];
      DivisionCode community =
          DivisionCode.parse(
              "4501%02d%03d%03d".formatted(random.nextInt(99) + 1, random.nextInt(599) + 1, random.nextInt(399) + 1));
      int sequence = random.nextInt((int) Math.min(Math.pow(10, scheme.sequenceDigits()), 1_000_000));
      String leading = "7".repeat(scheme.leadingDigits());

      GridCode code = scheme.compose(leading, community, sequence);

      assertThat(code.length()).isEqualTo(scheme.length());
      assertThat(scheme.communityCodeOf(code)).contains(community);
      assertThat(scheme.sequenceOf(code)).isEqualTo(OptionalInt.of(sequence));
    }
  }

  @Test
  void composeRefusesPartsThatDoNotFit() {
    GridCodeScheme scheme = GridCodeScheme.defaultScheme();

    assertThat(scheme.compose(COMMUNITY, 999).value()).isEqualTo("450103001002999");
    assertThatIllegalArgumentException().isThrownBy(() -> scheme.compose(COMMUNITY, 1000));
    assertThatIllegalArgumentException().isThrownBy(() -> scheme.compose(COMMUNITY, -1));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> scheme.compose(DivisionCode.parse("450103001000"), 1));
    assertThatIllegalArgumentException().isThrownBy(() -> scheme.compose("1", COMMUNITY, 1));
    assertThatIllegalArgumentException().isThrownBy(() -> GridCodeScheme.cjt349().compose(COMMUNITY, 1));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GridCodeScheme.cjt349().compose("10010A", COMMUNITY, 1));
  }

  @Test
  void customSchemesAreValidated() {
    assertThat(GridCodeScheme.of("city-x", 0, 9).length()).isEqualTo(21);
    assertThatIllegalArgumentException().isThrownBy(() -> GridCodeScheme.of(" ", 0, 3));
    assertThatIllegalArgumentException().isThrownBy(() -> GridCodeScheme.of("x", 0, 0));
    assertThatIllegalArgumentException().isThrownBy(() -> GridCodeScheme.of("x", 0, 10));
    assertThatIllegalArgumentException().isThrownBy(() -> GridCodeScheme.of("x", -1, 3));
    assertThatIllegalArgumentException().isThrownBy(() -> GridCodeScheme.of("x", 4, 9));
  }

  @Test
  void schemesAreValuesComparedByNameAndLayout() {
    assertThat(GridCodeScheme.of("x", 6, 2)).isEqualTo(GridCodeScheme.of("x", 6, 2))
        .hasSameHashCodeAs(GridCodeScheme.of("x", 6, 2))
        .isNotEqualTo(GridCodeScheme.of("x", 6, 3))
        .isNotEqualTo(GridCodeScheme.of("y", 6, 2))
        .isNotEqualTo(GridCodeScheme.cjt349());
    assertThat(GridCodeScheme.cjt349().toString()).isEqualTo("cjt349-2010[6+12+2]");
  }
}
