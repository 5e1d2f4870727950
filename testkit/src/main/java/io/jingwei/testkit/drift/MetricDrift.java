package io.jingwei.testkit.drift;

import io.jingwei.metrics.Ratio;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.EntityKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A rate that dropped beyond its threshold (指标下降) in the city or a district.
 *
 * @param district the district (城区/县/开发区), or null for the whole city
 * @param metric compliance, coverage or completeness
 * @param entityKind the entity kind of a completeness rate, else null
 * @param key the rule id (compliance), the coverage item's name (coverage) or the property path (completeness:
 *     {@code idNumber}, {@code timeline/admittedOn})
 * @param oldValue the old count out of total
 * @param newValue the new count out of total
 */
public record MetricDrift(
    @Nullable DivisionId district,
    MetricKind metric,
    @Nullable EntityKind entityKind,
    String key,
    Ratio oldValue,
    Ratio newValue) {

  /** Checks the parts. */
  public MetricDrift {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(oldValue, "oldValue");
    Objects.requireNonNull(newValue, "newValue");
    if ((metric == MetricKind.COMPLETENESS) != (entityKind != null)) {
      throw new IllegalArgumentException("an entity kind is given for completeness only");
    }
  }

  /** The drop in rate points (old rate − new rate), rounded half-up to 4 places. */
  public BigDecimal drop() {
    return exactDrop(oldValue, newValue).setScale(4, RoundingMode.HALF_UP);
  }

  /** The exact drop of two ratios with non-zero totals, to 20 significant digits. */
  static BigDecimal exactDrop(Ratio oldValue, Ratio newValue) {
    BigDecimal numerator =
        BigDecimal.valueOf(oldValue.count()).multiply(BigDecimal.valueOf(newValue.total()))
            .subtract(BigDecimal.valueOf(newValue.count()).multiply(BigDecimal.valueOf(oldValue.total())));
    BigDecimal denominator = BigDecimal.valueOf(oldValue.total()).multiply(BigDecimal.valueOf(newValue.total()));
    return numerator.divide(denominator, new MathContext(20, RoundingMode.HALF_UP));
  }

  /** A short name of what dropped: {@code compliance service-center.required-rooms}, {@code completeness MEMBER/phone}. */
  public String label() {
    return switch (metric) {
      case COMPLIANCE -> "compliance " + key;
      case COVERAGE -> "coverage " + key;
      case COMPLETENESS -> "completeness " + entityKind + "/" + key;
    };
  }
}
