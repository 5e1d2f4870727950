package io.jingwei.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.ref.CompoundId;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.GridId;
import io.jingwei.ref.OrganizationId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridTest {

  private static final GridCode CODE = GridCode.parse("450103001001001");

  @Test
  void absentCompoundsBecomeEmpty() {
    Grid g = new Grid(GridId.of("g"), CODE, "第一网格", DivisionId.of("450103001001"), null, null, null, null);
    assertThat(g.compounds()).isEmpty();
  }

  @Test
  void compoundsAreCopiedAndImmutable() {
    List<CompoundId> source = new ArrayList<>(List.of(CompoundId.of("c1")));
    Grid g = Grid.of(GridId.of("g"), CODE, "第一网格", DivisionId.of("450103001001")).toBuilder()
        .compounds(source).build();
    source.add(CompoundId.of("c2"));
    assertThat(g.compounds()).containsExactly(CompoundId.of("c1"));
    assertThatThrownBy(() -> g.compounds().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void builderToBuilderAndWithersCopy() {
    Grid g = Grid.builder()
        .id("g")
        .code(CODE)
        .name("第一网格")
        .community(DivisionId.of("450103001001"))
        .households(420)
        .population(1300)
        .compound(CompoundId.of("c1"))
        .partyOrganization(OrganizationId.of("o-g1"))
        .build();
    assertThat(g.toBuilder().build()).isEqualTo(g);
    assertThat(g.withPartyOrganization(null).partyOrganization()).isNull();
    assertThat(g.withCode(GridCode.parse("450103001001002")).code()).hasToString("450103001001002");
  }

  @Test
  void requiresCode() {
    assertThatThrownBy(() -> Grid.builder().id("g").name("x").community(DivisionId.of("c")).build())
        .isInstanceOf(NullPointerException.class).hasMessage("code");
  }
}
