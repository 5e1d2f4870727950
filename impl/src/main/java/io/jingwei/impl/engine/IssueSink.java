package io.jingwei.impl.engine;

import io.jingwei.ref.EntityRef;
import io.jingwei.validation.Issue;
import io.jingwei.validation.IssueCode;
import java.util.Set;

/**
 * Where the rules of a check send their issues (问题去处): the validation's {@link IssueCollector}, or an
 * {@link IssueBuffer} that a worker thread fills and the validating thread replays into the collector.
 */
interface IssueSink {

  /**
   * Takes one issue with the approvals of its record.
   *
   * @return whether the issue was counted (a buffer counts every issue it keeps)
   */
  boolean accept(Issue issue, Approvals approvals);

  /** Whether fail-fast has stopped the validation (a buffer never stops: its replay does). */
  boolean isStopped();

  /** The records with at least one issue of the code counted so far. */
  Set<EntityRef> recordsWithIssues(IssueCode code);
}
