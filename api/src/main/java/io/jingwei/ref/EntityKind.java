package io.jingwei.ref;

/** A kind of entity (实体类别) a city dataset holds; each kind is one JSON Lines file on disk. */
public enum EntityKind {
  /** An administrative division (行政区划): city, district, street or town, community or village. */
  DIVISION("divisions"),
  /** A residential compound (居民小区). */
  COMPOUND("compounds"),
  /** A Party organization (党组织). */
  ORGANIZATION("organizations"),
  /** A Party member (党员). */
  MEMBER("members"),
  /** A full-time community worker (专职社区工作者). */
  COMMUNITY_WORKER("communityWorkers"),
  /** A grid worker (网格员). */
  GRID_WORKER("gridWorkers"),
  /** A governance grid (网格). */
  GRID("grids"),
  /** A Party-and-masses service centre (党群服务中心). */
  SERVICE_CENTER("serviceCenters"),
  /** A meeting or activity record (会议/活动记录) of an organization, such as 逢四说事 or 主题党日. */
  MEETING("meetings");

  private final String collectionName;

  EntityKind(String collectionName) {
    this.collectionName = collectionName;
  }

  /**
   * The wire-format name of a collection of this kind: the JSON property in the single-document form and
   * the base name of the JSON Lines file ({@code members} → {@code members.jsonl}).
   */
  public String collectionName() {
    return collectionName;
  }
}
