package io.jingwei.impl.engine;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * Runs a validation plan's checks side by side (检查并行) with a report in the plan's order. With more than one
 * worker, every check that does not {@linkplain Check#summarizesIssues() sum up issues} runs on a pool, each into
 * an {@link IssueBuffer} of its own, and the buffers are replayed into the collector in plan order: the collector
 * sees the issues in the order one thread would have emitted them and stops (fail-fast) where it would have
 * stopped — a check it never reaches may have run, its issues are dropped. The checks that sum up issues run on
 * the calling thread once every check before them in the plan has been replayed. With one worker, every check
 * runs on the calling thread in order.
 *
 * <p>Checks are stateless and thread-safe ({@link Check}) and read an input that does not change during the
 * validation; each check's context is made before it runs, with the rules that ran before it in the plan.
 */
final class SideBySide {

  /** Makes the context of a bound with its issues going to the sink, or none when no rule of it is to run. */
  @FunctionalInterface
  interface Contexts {
    @Nullable CheckContext of(DefaultDatasetValidator.Bound bound, IssueSink sink);
  }

  private SideBySide() {}

  /**
   * Runs the plan.
   *
   * @param plan the bounds in plan order
   * @param collector the validation's collector
   * @param workers the threads of the pool (1: none, everything on the calling thread)
   * @param threadPrefix the name of the pool's threads, a number appended
   * @param contexts the context of each bound
   */
  static void run(
      List<DefaultDatasetValidator.Bound> plan,
      IssueCollector collector,
      int workers,
      String threadPrefix,
      Contexts contexts) {
    Map<DefaultDatasetValidator.Bound, Future<IssueBuffer>> running = new IdentityHashMap<>();
    ExecutorService pool = null;
    try {
      if (workers > 1) {
        for (DefaultDatasetValidator.Bound bound : plan) {
          if (bound.check().summarizesIssues()) {
            continue;
          }
          IssueBuffer buffer = new IssueBuffer();
          CheckContext context = contexts.of(bound, buffer);
          if (context == null) {
            continue;
          }
          if (pool == null) {
            pool = StreamingValidator.daemonPool(workers, threadPrefix);
          }
          running.put(
              bound,
              pool.submit(
                  () -> {
                    bound.check().run(context);
                    return buffer;
                  }));
        }
      }
      for (DefaultDatasetValidator.Bound bound : plan) {
        if (collector.isStopped()) {
          break;
        }
        Future<IssueBuffer> done = running.get(bound);
        if (done != null) {
          IssueBuffer buffer;
          try {
            buffer = done.get();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking " + bound.check().name(), e);
          } catch (ExecutionException e) {
            throw failed(bound, e.getCause() == null ? e : e.getCause());
          }
          buffer.replay(collector);
          continue;
        }
        CheckContext context = contexts.of(bound, collector);
        if (context == null) {
          continue;
        }
        try {
          bound.check().run(context);
        } catch (StopValidation stop) {
          break;
        } catch (RuntimeException e) {
          throw failed(bound, e);
        }
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /** The failure of a check: a bug of the check, with its name and rules (an {@link Error} is rethrown as is). */
  static IllegalStateException failed(DefaultDatasetValidator.Bound bound, Throwable cause) {
    if (cause instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(
        "check " + bound.check().name() + " failed (rules " + bound.ids() + "); this is a bug of the check", cause);
  }
}
