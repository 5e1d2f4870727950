package io.jingwei.impl.rules.servicecenter;

import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.record.RuleParams;
import io.jingwei.servicecenter.CenterLevel;
import io.jingwei.servicecenter.ServiceCenter;
import java.util.Map;
import java.util.Set;

/**
 * A floor area that is needed but absent (缺少服务用房面积, check {@value #NAME}, derived): a centre of one of the
 * {@code levels} — those for which the standard sets an area — without a {@code floorArea} cannot be checked and is
 * reported at {@code /floorArea}. Argument: {@code level}.
 */
public final class MissingAreaCheck extends CenterCheck {

  /** The check's name in profiles. */
  public static final String NAME = "service-center-missing-area";

  /** The check. */
  public MissingAreaCheck() {
    super(NAME);
  }

  @Override
  protected RecordRule<ServiceCenter> bind(RuleContext rule) {
    Set<CenterLevel> levels = RuleParams.enumSet(rule.rule(), "levels", CenterLevel.class);
    return (ref, c) -> {
      if (levels.contains(c.level()) && c.floorArea() == null) {
        rule.emit(ref, "/floorArea", Map.of("level", c.level()));
      }
    };
  }
}
