package io.jingwei.impl.rules.grid;

import static io.jingwei.impl.rules.structure.CheckSupport.args;

import io.jingwei.dataset.CityDataset;
import io.jingwei.division.Division;
import io.jingwei.division.DivisionCode;
import io.jingwei.division.DivisionCodeLevel;
import io.jingwei.grid.Grid;
import io.jingwei.grid.GridCodeScheme;
import io.jingwei.impl.engine.Approvals;
import io.jingwei.impl.engine.Layer;
import io.jingwei.impl.engine.PerRuleCheck;
import io.jingwei.impl.engine.RecordEntry;
import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.structure.CheckSupport;
import io.jingwei.ref.EntityKind;
import io.jingwei.standard.RuleDefinition;
import java.util.Optional;

/**
 * The grid-code check (网格编码检查, check name {@value #NAME}): a grid's {@code code} embeds the 12-digit code of
 * the community or village the grid belongs to, in the layout of the city's grid-code scheme
 * ({@link GridCodeScheme}). Nanning builds grid codes on the national division code as "三字段" (seed article).
 *
 * <p>Parameters: {@code scheme}, a scheme name for {@link GridCodeScheme#named(String)} (default
 * {@code default}: community code + sequence); {@code sequenceDigits} (optional, with the {@code default} scheme
 * only: the width of the sequence, default 3). Checked when the grid's community resolves and has a village-level
 * (12-digit) code; reported at {@code /code} when the code does not follow the scheme or embeds another community's
 * code, with arguments {@code code}, {@code communityCode} and {@code scheme}.
 */
public final class GridCommunityCodeCheck extends PerRuleCheck {

  /** The check's name in profiles. */
  public static final String NAME = "grid-community-code";

  /** Creates the check. */
  public GridCommunityCodeCheck() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Layer layer() {
    return Layer.STRUCTURE;
  }

  @Override
  protected void check(RuleContext rule) {
    GridCodeScheme scheme = scheme(rule.rule());
    CityDataset dataset = CheckSupport.dataset(rule.input());
    for (RecordEntry e : rule.input().records(EntityKind.GRID)) {
      Grid g = (Grid) e.record();
      Division community = dataset.division(g.community()).orElse(null);
      DivisionCode communityCode = community == null ? null : community.code();
      if (communityCode == null || communityCode.level() != DivisionCodeLevel.VILLAGE) {
        continue;
      }
      Optional<DivisionCode> embedded = scheme.communityCodeOf(g.code());
      if (embedded.isEmpty() || !embedded.get().sameDivisionAs(communityCode)) {
        rule.emitAt(
            e.ref(),
            "/code",
            e.location(),
            args("code", g.code().value(), "communityCode", communityCode.value(), "scheme", scheme.name()),
            Approvals.none());
      }
    }
  }

  private static GridCodeScheme scheme(RuleDefinition rule) {
    String name = rule.stringParam("scheme", GridCodeScheme.DEFAULT_NAME);
    try {
      if (name.equals(GridCodeScheme.DEFAULT_NAME) && rule.hasParam("sequenceDigits")) {
        return GridCodeScheme.defaultScheme(rule.intParam("sequenceDigits"));
      }
      return GridCodeScheme.named(name);
    } catch (IllegalArgumentException ex) {
      throw new IllegalStateException("rule " + rule.id() + ": " + ex.getMessage(), ex);
    }
  }
}
