package io.jingwei.impl.rules.servicecenter;

import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.record.RuleParams;
import io.jingwei.servicecenter.CenterLevel;
import io.jingwei.servicecenter.ServiceCenter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The minimum floor area of a level (服务用房最低面积, check {@value #NAME}; Nanning: community 500 m², compound
 * 300 m²). The parameter {@code minAreaByLevel} maps levels to the minimum in m²; a centre of such a level whose
 * {@code floorArea} is less is reported at {@code /floorArea}. Centres without an area are left to the
 * missing-area rule. Arguments: {@code area}, {@code min}, {@code level}.
 */
public final class MinAreaCheck extends CenterCheck {

  /** The check's name in profiles. */
  public static final String NAME = "service-center-min-area";

  /** The check. */
  public MinAreaCheck() {
    super(NAME);
  }

  @Override
  protected RecordRule<ServiceCenter> bind(RuleContext rule) {
    Map<CenterLevel, BigDecimal> minima =
        RuleParams.decimalsByConstant(rule.rule(), "minAreaByLevel", CenterLevel.class);
    return (ref, c) -> {
      BigDecimal min = minima.get(c.level());
      if (min != null && c.floorArea() != null && c.floorArea().compareTo(min) < 0) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("area", c.floorArea());
        args.put("min", min);
        args.put("level", c.level());
        rule.emit(ref, "/floorArea", args);
      }
    };
  }
}
