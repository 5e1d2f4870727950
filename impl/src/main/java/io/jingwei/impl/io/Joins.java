package io.jingwei.impl.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waiting for work done on another thread (等待并行结果) and rethrowing what it threw as the calling thread would
 * have: an {@link IOException} carried as {@link UncheckedIOException}, a runtime exception or an error, unwrapped.
 * Implementation detail, not API.
 */
public final class Joins {

  private Joins() {}

  /**
   * The future's value.
   *
   * @throws IOException when the work failed with one (carried as {@link UncheckedIOException})
   */
  public static <T> T join(CompletableFuture<T> future) throws IOException {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw e;
    }
  }

  /**
   * The task's value, what it threw rethrown as it was (an {@link IOException} too); an interrupted wait
   * interrupts this thread again and throws {@link java.io.InterruptedIOException}.
   *
   * @throws IOException when the task failed with one, or the wait was interrupted
   */
  public static <T> T get(Future<T> future) throws IOException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      throw rethrow(e.getCause() == null ? e : e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while waiting for another thread");
    }
  }

  /**
   * What another thread threw, for this thread to throw: an {@link IOException} returned (to be thrown), a runtime
   * exception or an error thrown as it is, anything else wrapped in an {@link IllegalStateException}.
   */
  public static IOException rethrow(Throwable t) {
    if (t instanceof IOException e) {
      return e;
    }
    if (t instanceof RuntimeException e) {
      throw e;
    }
    if (t instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException(t);
  }
}
