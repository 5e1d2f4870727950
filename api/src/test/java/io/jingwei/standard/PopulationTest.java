package io.jingwei.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.ref.EntityKind;
import io.jingwei.standard.Population.Condition;
import io.jingwei.standard.Population.Operator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PopulationTest {

  @Test
  void keepsConditionsInTheOrderWritten() {
    Population p =
        Population.of(EntityKind.ORGANIZATION)
            .and("type", Condition.in("BRANCH"))
            .and("dissolvedOn", Condition.absent())
            .and("leadership/hasCommittee", Condition.in("true"));
    assertThat(p.where().keySet()).containsExactly("type", "dissolvedOn", "leadership/hasCommittee");
    assertThat(p.where().get("dissolvedOn").operator()).isEqualTo(Operator.ABSENT);
  }

  @Test
  void rejectsAPathThatIsNotNamesJoinedBySlashes() {
    assertThatThrownBy(() -> Population.of(EntityKind.MEMBER, Map.of("timeline//appliedOn", Condition.present())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Population.of(EntityKind.MEMBER, Map.of("/status", Condition.present())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void inNeedsAValueAndPresenceTestsTakeNone() {
    assertThatThrownBy(() -> Condition.in(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Condition(Operator.PRESENT, List.of("x")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ruleKeepsItsPopulationThroughTheBuilder() {
    Population p = Population.of(EntityKind.GRID);
    RuleDefinition rule =
        RuleDefinition.builder("grid.worker-count")
            .check("grid-worker-count")
            .source(RuleSource.of("doc", null, Confidence.CONFIRMED, null))
            .title("t", null)
            .population(p)
            .build();
    assertThat(rule.population()).isEqualTo(p);
    assertThat(rule.toBuilder().build()).isEqualTo(rule);
    assertThat(rule.withPopulation(null).population()).isNull();
    assertThat(rule.withSeverity(io.jingwei.validation.Severity.INFO).population()).isEqualTo(p);
  }

  @Test
  void printsTheSelector() {
    assertThat(Population.of(EntityKind.SERVICE_CENTER).and("level", Condition.in("COMPOUND")))
        .hasToString("SERVICE_CENTER where {level=in[COMPOUND]}");
  }
}
