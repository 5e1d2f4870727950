package io.jingwei.impl.rules.servicecenter;

import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.record.RuleParams;
import io.jingwei.servicecenter.CenterLevel;
import io.jingwei.servicecenter.ServiceCenter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Floor area per households served (每百户服务面积, check {@value #NAME}; 《"十四五"城乡社区服务体系建设规划》: at least
 * 30 m² per 100 households). A centre of one of the {@code levels} with a {@code floorArea} and
 * {@code householdsServed} is reported at {@code /floorArea} when the area is less than {@code householdsServed ×
 * perHundred / 100} (exact, no rounding). Arguments: {@code area}, {@code households}, {@code required}.
 */
public final class AreaPerHouseholdsCheck extends CenterCheck {

  /** The check's name in profiles. */
  public static final String NAME = "service-center-area-per-households";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The check. */
  public AreaPerHouseholdsCheck() {
    super(NAME);
  }

  @Override
  protected RecordRule<ServiceCenter> bind(RuleContext rule) {
    Set<CenterLevel> levels = RuleParams.enumSet(rule.rule(), "levels", CenterLevel.class);
    BigDecimal perHundred = rule.rule().decimalParam("perHundred");
    return (ref, c) -> {
      if (!levels.contains(c.level()) || c.floorArea() == null || c.householdsServed() == null) {
        return;
      }
      BigDecimal required = BigDecimal.valueOf(c.householdsServed()).multiply(perHundred).divide(HUNDRED);
      if (c.floorArea().compareTo(required) < 0) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("area", c.floorArea());
        args.put("households", c.householdsServed());
        args.put("required", required.stripTrailingZeros().toPlainString());
        rule.emit(ref, "/floorArea", args);
      }
    };
  }
}
