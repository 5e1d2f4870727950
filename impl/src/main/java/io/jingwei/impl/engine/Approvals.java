package io.jingwei.impl.engine;

import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The approvals (上级批准) a record carries, as the rules they cover. An approval whose rule is null covers any
 * rule. An approval silences an issue only when the rule is {@code approvable} (一般/经批准).
 */
public final class Approvals {

  private static final Approvals NONE = new Approvals(Set.of(), false);

  private final Set<String> ruleIds;
  private final boolean any;

  private Approvals(Set<String> ruleIds, boolean any) {
    this.ruleIds = ruleIds;
    this.any = any;
  }

  /** No approvals. */
  public static Approvals none() {
    return NONE;
  }

  /** Approvals covering the given rule ids; a null id covers any rule. */
  public static Approvals of(Collection<@Nullable String> ruleIds) {
    if (ruleIds.isEmpty()) {
      return NONE;
    }
    Set<String> ids = new HashSet<>();
    boolean any = false;
    for (String id : ruleIds) {
      if (id == null) {
        any = true;
      } else {
        ids.add(id);
      }
    }
    return new Approvals(Set.copyOf(ids), any);
  }

  /** Whether an approval covers the rule. */
  public boolean covers(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return any || ruleIds.contains(ruleId);
  }

  /** Whether there is no approval at all. */
  public boolean isEmpty() {
    return !any && ruleIds.isEmpty();
  }

  @Override
  public String toString() {
    return any ? "Approvals[any]" : "Approvals" + ruleIds;
  }
}
