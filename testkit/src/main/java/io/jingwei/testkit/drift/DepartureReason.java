package io.jingwei.testkit.drift;

/**
 * Why a member of the old export is no longer an active member in the new one (离开原因). See
 * {@code docs/snapshots-and-drift.md} for what counts as an explanation.
 */
public enum DepartureReason {
  /**
   * The new export still has the member's record and records an exit: a standing other than {@code NORMAL}
   * (组织关系转出 {@code TRANSFERRED_OUT}, 死亡 {@code DECEASED}, 停止党籍 {@code SUSPENDED}, 出党: 除名
   * {@code REMOVED}, 开除 {@code EXPELLED}, 退党 {@code WITHDRAWN}, 取消预备党员资格 {@code PROBATION_CANCELLED}).
   */
  EXIT_RECORDED(true),
  /**
   * The record is gone, but the old export had already recorded the exit (its standing was not {@code NORMAL}):
   * the record of a departed member was archived.
   */
  EXIT_RECORDED_EARLIER(true),
  /**
   * The record is gone, but a record new in the new export has the same resident ID number: the platform gave the
   * person a new id (the ID numbers are compared, never shown).
   */
  REIDENTIFIED(true),
  /**
   * The record is gone and nothing explains it: no exit recorded on either side, no new record of the person.
   * Being a mobile member (流动党员) or out of contact (失联) is not an explanation. Silently lost.
   */
  UNEXPLAINED(false);

  private final boolean explained;

  DepartureReason(boolean explained) {
    this.explained = explained;
  }

  /** Whether a record explains the departure. */
  public boolean isExplained() {
    return explained;
  }
}
