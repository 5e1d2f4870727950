package io.jingwei.ref;

/**
 * The identifier of an entity (实体标识) within a dataset: a non-blank string of at most 64 characters
 * without control characters or surrounding white space. Platforms usually put their own primary key or the
 * national code here.
 */
public sealed interface EntityId
    permits DivisionId, CompoundId, OrganizationId, MemberId, WorkerId, GridWorkerId, GridId, ServiceCenterId, MeetingId {

  /** The longest identifier accepted. */
  int MAX_LENGTH = 64;

  /** The identifier text. */
  String value();

  /** The kind of entity this identifier names. */
  EntityKind kind();

  /** This identifier as a kind-qualified reference. */
  default EntityRef toRef() {
    return EntityRef.of(kind(), value());
  }

  /**
   * Checks an identifier's text and returns it.
   *
   * @throws IllegalArgumentException when the text is blank, too long, padded or holds control characters
   */
  static String requireValid(String value, String what) {
    if (value == null) {
      throw new NullPointerException(what);
    }
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(what + " must have 1 to " + MAX_LENGTH + " characters");
    }
    if (!value.strip().equals(value)) {
      throw new IllegalArgumentException(what + " must not start or end with white space");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(what + " must not contain control characters");
      }
    }
    return value;
  }
}
