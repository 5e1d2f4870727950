package io.jingwei.impl.rules.servicecenter;

import io.jingwei.dataset.CityDataset;
import io.jingwei.division.ResidentialCompound;
import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.record.RecordLookups;
import io.jingwei.impl.rules.record.RuleParams;
import io.jingwei.servicecenter.CenterLevel;
import io.jingwei.servicecenter.ServiceCenter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The area of a centre in a newly built compound (新建住宅小区按每百户配置, check {@value #NAME}; Nanning: at least
 * 30 m² per 100 households). It applies to a centre of one of the {@code levels} that is newly built — its own
 * {@code newlyBuilt}, or that of the compound it names when the compound is in the dataset. The households are the
 * centre's {@code householdsServed}, else the compound's {@code households}; without them the centre is skipped.
 *
 * <p>The minimum is {@code hundreds × perHundred}, where {@code hundreds} is households / 100 rounded by the
 * {@code rounding} parameter: a {@link RoundingMode} name ({@code CEILING}: every started hundred counts, 1 to 100
 * households need 30 m²) or {@code NONE} for the exact linear figure (0.3 m² per household). A {@code floorArea}
 * less than the minimum is reported at {@code /floorArea}. Arguments: {@code area}, {@code households},
 * {@code required}.
 */
public final class NewCompoundAreaCheck extends CenterCheck {

  /** The check's name in profiles. */
  public static final String NAME = "service-center-new-compound-area";

  /** The rounding parameter's value for the exact linear figure. */
  public static final String NO_ROUNDING = "NONE";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The check. */
  public NewCompoundAreaCheck() {
    super(NAME);
  }

  @Override
  protected RecordRule<ServiceCenter> bind(RuleContext rule) {
    Set<CenterLevel> levels = RuleParams.enumSet(rule.rule(), "levels", CenterLevel.class);
    BigDecimal perHundred = rule.rule().decimalParam("perHundred");
    RoundingMode rounding = rounding(rule);
    CityDataset dataset = RecordLookups.dataset(rule.input());
    return (ref, c) -> {
      if (!levels.contains(c.level()) || c.floorArea() == null) {
        return;
      }
      ResidentialCompound compound = c.compound() == null ? null : dataset.compound(c.compound()).orElse(null);
      boolean newlyBuilt = c.newlyBuilt() || (compound != null && compound.newlyBuilt());
      Integer households = c.householdsServed() != null ? c.householdsServed()
          : compound != null ? compound.households() : null;
      if (!newlyBuilt || households == null) {
        return;
      }
      BigDecimal h = BigDecimal.valueOf(households);
      BigDecimal hundreds = rounding == null ? h.divide(HUNDRED) : h.divide(HUNDRED, 0, rounding);
      BigDecimal required = hundreds.multiply(perHundred);
      if (c.floorArea().compareTo(required) < 0) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("area", c.floorArea());
        args.put("households", households);
        args.put("required", required.stripTrailingZeros().toPlainString());
        rule.emit(ref, "/floorArea", args);
      }
    };
  }

  private static @Nullable RoundingMode rounding(RuleContext rule) {
    String name = rule.rule().stringParam("rounding", RoundingMode.CEILING.name());
    if (NO_ROUNDING.equals(name)) {
      return null;
    }
    try {
      RoundingMode mode = RoundingMode.valueOf(name.toUpperCase(Locale.ROOT));
      if (mode == RoundingMode.UNNECESSARY) {
        throw new IllegalArgumentException(name);
      }
      return mode;
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "rule " + rule.id() + ": parameter 'rounding' must be NONE or a rounding mode such as CEILING, not " + name);
    }
  }
}
