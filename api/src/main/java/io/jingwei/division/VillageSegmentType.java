package io.jingwei.division;

import java.util.Optional;

/**
 * The kind of village-level unit (村级单位类型) that the village segment (digits 10–12) of a 统计用区划代码
 * encodes: 居民委员会 from 001, 村民委员会 from 200.
 *
 * <p>Source: the National Bureau of Statistics' 统计用区划代码 coding rules — every sampled record fits 001–199
 * for communities and 200–399 for villages, but the exact range wording was not retrieved ([P], {@code
 * domain-rules.md} §4.3). Validators should treat a mismatch with the entity kind as a warning.
 */
public enum VillageSegmentType {
  /** A residents' committee, i.e. an urban community (居民委员会/社区), segment 001–199. */
  COMMUNITY("居民委员会", 1, 199),
  /** A villagers' committee, i.e. a village (村民委员会/行政村), segment 200–399. */
  VILLAGE("村民委员会", 200, 399);

  private final String chineseName;
  private final int first;
  private final int last;

  VillageSegmentType(String chineseName, int first, int last) {
    this.chineseName = chineseName;
    this.first = first;
    this.last = last;
  }

  /** The Chinese name, e.g. {@code 居民委员会}. */
  public String chineseName() {
    return chineseName;
  }

  /** The first segment value of the range, e.g. 200 for {@link #VILLAGE}. */
  public int firstSegment() {
    return first;
  }

  /** The last segment value of the range, e.g. 399 for {@link #VILLAGE}. */
  public int lastSegment() {
    return last;
  }

  /**
   * The kind a village segment (as a number) denotes.
   *
   * @param segment the village segment, 0–999
   * @return the kind, or empty for 0 (no village) and 400–999 (no published meaning)
   */
  public static Optional<VillageSegmentType> ofSegment(int segment) {
    for (VillageSegmentType type : values()) {
      if (segment >= type.first && segment <= type.last) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
