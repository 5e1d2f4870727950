package io.jingwei.impl.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.impl.standard.DefaultStandards;
import io.jingwei.impl.standard.InvalidProfileException;
import io.jingwei.ref.EntityKind;
import io.jingwei.standard.Population;
import io.jingwei.standard.Population.Condition;
import io.jingwei.standard.Standard;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PopulationReaderTest {

  private static final String PARENT =
      """
      name: parent
      version: "1"
      title: 父标准
      rules:
        - id: grid.worker-count
          check: grid-worker-count
          severity: WARNING
          title: 网格员
          source: {document: test, confidence: C}
          population:
            kind: SERVICE_CENTER
            where:
              level: [COMPOUND, COMMUNITY]
              newlyBuilt: true
              floorArea: {present: true}
              division: {notIn: [c9]}
              householdsServed: {in: [100, 200]}
      """;

  private static Standard load(String name, Map<String, String> files) {
    return DefaultStandards.fromTexts(files).get(name);
  }

  @Test
  void readsEveryFormOfCondition() {
    Population p = load("parent", Map.of("parent.yaml", PARENT)).rule("grid.worker-count").orElseThrow().population();

    assertThat(p.kind()).isEqualTo(EntityKind.SERVICE_CENTER);
    assertThat(p.where())
        .containsExactly(
            Map.entry("level", Condition.in("COMPOUND", "COMMUNITY")),
            Map.entry("newlyBuilt", Condition.in("true")),
            Map.entry("floorArea", Condition.present()),
            Map.entry("division", Condition.notIn("c9")),
            Map.entry("householdsServed", Condition.in("100", "200")));
  }

  @Test
  void aChildReplacesThePopulationWhole() {
    String child =
        """
        name: child
        version: "1"
        extends: parent
        title: 子标准
        rules:
          - id: grid.worker-count
            population: {kind: GRID}
        """;

    Standard s = load("child", Map.of("parent.yaml", PARENT, "child.yaml", child));

    assertThat(s.rule("grid.worker-count").orElseThrow().population()).isEqualTo(Population.of(EntityKind.GRID));
  }

  @Test
  void aChildThatSaysNothingKeepsTheParentsPopulation() {
    String child =
        """
        name: child
        version: "1"
        extends: parent
        title: 子标准
        rules:
          - id: grid.worker-count
            params: {min: 2}
        """;

    Standard s = load("child", Map.of("parent.yaml", PARENT, "child.yaml", child));

    assertThat(s.rule("grid.worker-count").orElseThrow().population().kind()).isEqualTo(EntityKind.SERVICE_CENTER);
  }

  @Test
  void aProfileNamingAnUnknownPropertyIsRefusedWithThePlace() {
    String bad = PARENT.replace("floorArea: {present: true}", "floorAria: {present: true}");

    assertThatThrownBy(() -> load("parent", Map.of("parent.yaml", bad)))
        .isInstanceOf(InvalidProfileException.class)
        .hasMessageContaining("parent.yaml")
        .hasMessageContaining("grid.worker-count")
        .hasMessageContaining("floorAria");
  }

  @Test
  void anUnknownEnumValueIsRefused() {
    assertThatThrownBy(() -> PopulationReader.read(Map.of("kind", "SERVICE_CENTER", "where", Map.of("level", "COMPUND")), "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("COMPUND");
  }

  @Test
  void anUnknownKindIsRefused() {
    assertThatThrownBy(() -> PopulationReader.read(Map.of("kind", "GRIDS"), "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GRIDS");
  }

  @Test
  void anUnknownKeyOrOperatorIsRefused() {
    assertThatThrownBy(() -> PopulationReader.read(Map.of("kind", "GRID", "filter", Map.of()), "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> PopulationReader.read(Map.of("kind", "GRID", "where", Map.of("name", Map.of("like", "x"))), "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aBooleanPropertyTakesOnlyTrueOrFalse() {
    assertThatThrownBy(
            () ->
                PopulationReader.read(
                    Map.of("kind", "SERVICE_CENTER", "where", Map.of("newlyBuilt", "yes")), "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aNumberPropertyTakesOnlyNumbers() {
    assertThatThrownBy(
            () -> PopulationReader.read(Map.of("kind", "GRID", "where", Map.of("households", "many")), "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            PopulationReader.read(Map.of("kind", "GRID", "where", Map.of("households", List.of(new BigDecimal("300")))), "x")
                .where())
        .containsEntry("households", Condition.in("300"));
  }

  @Test
  void theShippedStandardsDeclareValidPopulations() {
    DefaultStandards shipped = DefaultStandards.shipped();
    for (String name : shipped.names()) {
      shipped
          .get(name)
          .rule(DatasetMetricsCheck.COMPLIANCE)
          .ifPresent(r -> assertThat(DatasetMetricsCheck.populationTable(r)).as(name).isNotEmpty());
      shipped
          .get(name)
          .rule(DatasetMetricsCheck.COMPLETENESS)
          .ifPresent(r -> assertThat(DatasetMetricsCheck.completenessConfig(r)).as(name).isNotEmpty());
    }
  }
}
