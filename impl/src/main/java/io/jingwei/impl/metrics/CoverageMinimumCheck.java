package io.jingwei.impl.metrics;

import io.jingwei.division.Division;
import io.jingwei.impl.engine.Layer;
import io.jingwei.impl.engine.PerRuleCheck;
import io.jingwei.impl.engine.RecordEntry;
import io.jingwei.impl.engine.RegionResolver;
import io.jingwei.impl.engine.RuleContext;
import io.jingwei.metrics.CoverageItem;
import io.jingwei.metrics.Ratio;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;
import io.jingwei.standard.RuleDefinition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A coverage minimum (覆盖率下限): for one {@link CoverageItem}, the streets (or districts) whose coverage is below a
 * minimum rate, each reported once on the street's division record (path {@code ""}). Coverage is a metric, not an
 * issue; a rule of this check makes a shortfall an issue (normally INFO), as Nanning's 应建尽建 campaign asks of
 * compound Party organizations. Places whose street (district) is not known are left out; a region without places
 * of the item is not judged.
 *
 * <p>Parameters: {@code item} (a coverage item), {@code minRate} (0 to 1), {@code level} ({@code STREET}, the
 * default, or {@code DISTRICT}), {@code communityKinds} (as for {@code metrics.coverage}). Arguments: {@code name},
 * {@code item}, {@code covered}, {@code total}, {@code percent}, {@code minPercent}. Stateless and thread-safe.
 */
public final class CoverageMinimumCheck extends PerRuleCheck {

  /** The check's name. */
  public static final String NAME = "coverage-minimum";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Layer layer() {
    return Layer.METRICS;
  }

  @Override
  protected void check(RuleContext rule) {
    RuleDefinition def = rule.rule();
    CoverageItem item = DatasetMetricsCheck.coverageItem(def, def.stringParam("item"));
    BigDecimal minRate = def.decimalParam("minRate");
    if (minRate.signum() < 0 || minRate.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalStateException("rule " + def.id() + ": parameter 'minRate' must be within 0..1: " + minRate);
    }
    String level = def.stringParam("level", "STREET");
    if (!level.equals("STREET") && !level.equals("DISTRICT")) {
      throw new IllegalStateException("rule " + def.id() + ": parameter 'level' must be STREET or DISTRICT: " + level);
    }
    RegionResolver regions = rule.input().regions();
    TreeMap<DivisionId, long[]> counts = new TreeMap<>();
    List<Coverage.Subject> subjects =
        Coverage.compute(rule.input(), rule.asOf(), EnumSet.of(item), DatasetMetricsCheck.communityKinds(def))
            .get(item);
    for (Coverage.Subject s : subjects) {
      Optional<DivisionId> region = level.equals("STREET") ? regions.street(s.ref()) : regions.district(s.ref());
      if (region.isPresent()) {
        long[] c = counts.computeIfAbsent(region.get(), r -> new long[2]);
        c[1]++;
        if (s.covered()) {
          c[0]++;
        }
      }
    }
    if (counts.isEmpty()) {
      return;
    }
    Map<DivisionId, String> names = new HashMap<>();
    for (RecordEntry e : rule.input().records(EntityKind.DIVISION)) {
      if (e.record() instanceof Division d) {
        names.putIfAbsent(d.id(), d.name());
      }
    }
    BigDecimal hundred = BigDecimal.valueOf(100);
    for (Map.Entry<DivisionId, long[]> e : counts.entrySet()) {
      Ratio ratio = Ratio.of(e.getValue()[0], e.getValue()[1]);
      if (BigDecimal.valueOf(ratio.count()).compareTo(minRate.multiply(BigDecimal.valueOf(ratio.total()))) >= 0) {
        continue;
      }
      Map<String, Object> args = new LinkedHashMap<>();
      args.put("name", names.getOrDefault(e.getKey(), e.getKey().value()));
      args.put("item", item.name());
      args.put("covered", ratio.count());
      args.put("total", ratio.total());
      args.put(
          "percent",
          BigDecimal.valueOf(ratio.count())
              .multiply(hundred)
              .divide(BigDecimal.valueOf(ratio.total()), 2, RoundingMode.HALF_UP));
      args.put("minPercent", minRate.multiply(hundred).setScale(Math.max(0, minRate.scale() - 2), RoundingMode.UNNECESSARY));
      rule.emit(EntityRef.of(EntityKind.DIVISION, e.getKey().value()), "", args);
    }
  }
}
