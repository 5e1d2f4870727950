package io.jingwei.organization;

import io.jingwei.ref.MemberId;
import io.jingwei.time.PartialDate;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An officer (班子成员) of a Party organization: a member holding a post. Officers refer to members by id only,
 * so that this package does not depend on the member model.
 *
 * @param member the member holding the post
 * @param post the post (党内职务)
 * @param portfolio the committee portfolio (分工), such as 组织委员, 宣传委员 or 纪检委员, if recorded
 * @param since when the member took the post (任职时间), if known
 * @param selection how the member was chosen; defaults to {@link Selection#ELECTED} when absent
 */
public record Officer(
    @NotNull MemberId member,
    @NotNull Post post,
    @Nullable String portfolio,
    @Nullable PartialDate since,
    Selection selection) {

  /**
   * Checks that the member and post are present and defaults the selection.
   *
   * @throws NullPointerException when member or post is null
   */
  public Officer {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(post, "post");
    if (selection == null) {
      selection = Selection.ELECTED;
    }
  }

  /** An elected officer with no portfolio or date. */
  public static Officer of(MemberId member, Post post) {
    return new Officer(member, post, null, null, Selection.ELECTED);
  }

  /** This officer with a start date. */
  public Officer withSince(@Nullable PartialDate newSince) {
    return new Officer(member, post, portfolio, newSince, selection);
  }
}
