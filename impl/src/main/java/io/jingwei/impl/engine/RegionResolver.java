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
public interface RegionResolver {

  /** The county-level division of the record, if known. */
  Optional<DivisionId> district(EntityRef record);

  /** The township-level division of the record, if known. */
  Optional<DivisionId> street(EntityRef record);

  /**
   * The district and the street of the record together (either may be null): what {@link #district} and {@link
   * #street} give, found with one walk where the implementation can.
   */
  default Places places(EntityRef record) {
    return new Places(district(record).orElse(null), street(record).orElse(null));
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
    public Optional<DivisionId> district(EntityRef record) {
      return Optional.empty();
    }

    @Override
    public Optional<DivisionId> street(EntityRef record) {
      return Optional.empty();
    }
  }
}
