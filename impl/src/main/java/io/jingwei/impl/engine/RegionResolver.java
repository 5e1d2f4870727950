package io.jingwei.impl.engine;

import io.jingwei.ref.DivisionId;
import io.jingwei.ref.EntityRef;
import java.util.Optional;

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
