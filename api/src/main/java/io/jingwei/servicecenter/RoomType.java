package io.jingwei.servicecenter;

/**
 * The type of a function room (功能室类型) of a service centre. The first four are the “4” of Nanning’s “4+X”
 * model; {@link #OTHER} stands for the X rooms. Which rooms are compulsory at which level is the standard’s
 * (profile’s) choice, not this enum’s.
 */
public enum RoomType {
  /** Office and deliberation (办公议事). */
  OFFICE_DELIBERATION("办公议事"),
  /** Party-and-masses activities (党群活动). */
  PARTY_MASS_ACTIVITY("党群活动"),
  /** Culture and recreation (文体娱乐). */
  CULTURE_RECREATION("文体娱乐"),
  /** Social services (社会服务). */
  SOCIAL_SERVICE("社会服务"),
  /** Any other room or area (其他, the X of 4+X). */
  OTHER("其他");

  private final String chineseName;

  RoomType(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name (办公议事, 党群活动 …). */
  public String chineseName() {
    return chineseName;
  }
}
