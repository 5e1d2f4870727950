package io.jingwei.impl.engine;

import io.jingwei.ref.DivisionId;
import io.jingwei.ref.EntityRef;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds the district (城区/县) and the street (街道/乡镇) a record belongs to (区域归属), so that a report can count
 * issues by region. The dataset provides it (a member through its organization's division, a grid through its
 * community …). Implementations are thread-safe.
 */
@FunctionalInterface
public interface RegionResolver {

  /**
   * The district (county-level division) and the street (township-level division) of the record together,
   * either null when unknown, found with one walk.
   */
  Places places(EntityRef record);

  /** The county-level division of the record, if known. */
  default Optional<DivisionId> district(EntityRef record) {
    return Optional.ofNullable(places(record).district());
  }

  /** The township-level division of the record, if known. */
  default Optional<DivisionId> street(EntityRef record) {
    return Optional.ofNullable(places(record).street());
  }

  /**
   * A record's district and street.
   *
   * @param district the county-level division, or null
   * @param street the township-level division, or null
   */
  record Places(@Nullable DivisionId district, @Nullable DivisionId street) {
    /** No region known. */
    public static final Places NONE = new Places(null, null);
  }

  /** A resolver that knows no region: the by-district and by-street counts stay empty. */
  static RegionResolver none() {
    return NoRegions.INSTANCE;
  }

  /** The resolver that knows no region. */
  enum NoRegions implements RegionResolver {
    /** The instance. */
    INSTANCE;

    @Override
    public Places places(EntityRef record) {
      return Places.NONE;
    }
  }
}
