package io.jingwei.organization;

import io.jingwei.time.PartialDate;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An approval by the higher Party organization (上级批准) recorded on an organization or a member. Regulations
 * that say 一般 (generally) or allow an exception 经上级党组织批准 give warnings; an approval that covers the rule
 * silences them.
 *
 * @param rule the id of the rule the approval covers ({@code branch.max-members}), or null for an approval that
 *     covers any approvable rule of the record
 * @param reference the approval's document reference (批准文号)
 * @param approvedOn when it was approved, if known
 * @param approvedBy the approving organization's name, if recorded
 */
public record Approval(
    @Nullable String rule,
    @NotBlank String reference,
    @Nullable PartialDate approvedOn,
    @Nullable String approvedBy) {

  /**
   * Checks that the reference is present.
   *
   * @throws NullPointerException when reference is null
   */
  public Approval {
    Objects.requireNonNull(reference, "reference");
  }

  /** An approval of one rule, by document reference. */
  public static Approval of(@Nullable String rule, String reference) {
    return new Approval(rule, reference, null, null);
  }

  /** Whether this approval covers the given rule: it names the rule, or names none. */
  public boolean covers(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return rule == null || rule.equals(ruleId);
  }

  /** Whether any of the approvals covers the given rule (一条批准即可豁免). */
  public static boolean anyCovers(java.util.List<Approval> approvals, String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    for (Approval a : approvals) {
      if (a.covers(ruleId)) {
        return true;
      }
    }
    return false;
  }
}
