package io.jingwei.impl.engine;

import io.jingwei.ref.OrganizationId;

/**
 * What a streaming validation counted of the members (流式党员计数) for the checks that count members per
 * organization: an {@linkplain ValidationInput#extension input extension}. When an input carries it, its member
 * records are not in {@link ValidationInput#records} (they went by) and the checks take the counts from here;
 * rules on single members ran while they went by.
 */
public interface StreamedMembers {

  /** The members of the organization (first record of each member id) whose standing is active (NORMAL). */
  long active(OrganizationId organization);

  /** Of those, the full members (正式党员). */
  long full(OrganizationId organization);
}
