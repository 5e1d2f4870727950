package io.jingwei.impl.rules.grid;

import static io.jingwei.impl.rules.structure.CheckSupport.args;

import io.jingwei.dataset.CityDataset;
import io.jingwei.grid.Grid;
import io.jingwei.impl.engine.Layer;
import io.jingwei.impl.engine.PerRuleCheck;
import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.structure.CheckSupport;
import io.jingwei.ref.GridId;
import io.jingwei.worker.GridWorker;
import java.util.HashMap;
import java.util.Map;

/**
 * The grid-worker count check (网格员配备检查, check name {@value #NAME}): the number of grid workers assigned to a
 * grid (grid-worker records whose {@code grid} is it, each id counted once) lies within {@code min}..{@code max}
 * (Nanning: 3–4 per grid). Reported on the grid, path {@code ""}, with arguments {@code count}, {@code min},
 * {@code max}.
 */
public final class GridWorkerCountCheck extends PerRuleCheck {

  /** The check's name in profiles. */
  public static final String NAME = "grid-worker-count";

  /** Creates the check. */
  public GridWorkerCountCheck() {}

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
    int min = rule.rule().intParam("min");
    int max = rule.rule().intParam("max");
    CityDataset dataset = CheckSupport.dataset(rule.input());
    Map<GridId, Integer> counts = new HashMap<>();
    for (GridWorker w : dataset.gridWorkers()) {
      if (dataset.gridWorker(w.id()).orElse(null) == w) {
        counts.merge(w.grid(), 1, Integer::sum);
      }
    }
    for (Grid g : dataset.grids()) {
      if (dataset.grid(g.id()).orElse(null) != g) {
        continue;
      }
      int n = counts.getOrDefault(g.id(), 0);
      if (n < min || n > max) {
        rule.emit(g.id().toRef(), "", args("count", n, "min", min, "max", max));
      }
    }
  }
}
