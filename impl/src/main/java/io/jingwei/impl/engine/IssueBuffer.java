package io.jingwei.impl.engine;

import io.jingwei.ref.EntityRef;
import io.jingwei.validation.Issue;
import io.jingwei.validation.IssueCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The issues of checks run on a worker thread (问题缓冲), kept in the order they were emitted with their records'
 * approvals, until the validating thread replays them into the validation's {@link IssueCollector}: the collector
 * then applies its whole policy (rules turned off, severities, approvals, masking, counting, caps, fail-fast) as
 * if the checks had run on its own thread. Not thread-safe: one buffer, one thread at a time.
 */
final class IssueBuffer implements IssueSink {

  private final List<Issue> issues = new ArrayList<>();
  private final List<Approvals> approvals = new ArrayList<>();

  @Override
  public boolean accept(Issue issue, Approvals approvals) {
    issues.add(Objects.requireNonNull(issue, "issue"));
    this.approvals.add(Objects.requireNonNull(approvals, "approvals"));
    return true;
  }

  @Override
  public boolean isStopped() {
    return false;
  }

  /**
   * Not known on a worker thread: the checks that ask it (the metrics) run on the validating thread.
   *
   * @throws UnsupportedOperationException always
   */
  @Override
  public Set<EntityRef> recordsWithIssues(IssueCode code) {
    throw new UnsupportedOperationException("a check run on a worker thread cannot ask which records have issues");
  }

  /** The issues held, in the order given (for tests). */
  List<Issue> issues() {
    return List.copyOf(issues);
  }

  /** The issues kept. */
  int size() {
    return issues.size();
  }

  /**
   * Hands the issues kept to the collector in the order they were emitted, until it stops.
   *
   * @return whether the collector stopped (fail-fast)
   */
  boolean replay(IssueCollector collector) {
    for (int i = 0; i < issues.size(); i++) {
      collector.accept(issues.get(i), approvals.get(i));
      if (collector.isStopped()) {
        return true;
      }
    }
    return false;
  }
}
