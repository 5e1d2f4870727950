package io.jingwei.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A progress line on stderr (进度): records read, rate and estimated time left. It appears only when stderr is a
 * terminal and the run has lasted longer than {@link #DELAY_MILLIS}; a piped or short run prints nothing of it.
 * A daemon thread redraws the line; {@link #close()} erases it.
 */
final class Progress implements AutoCloseable {

  /** How long a run lasts before the progress line appears. */
  static final long DELAY_MILLIS = 2_000;

  private static final long REDRAW_MILLIS = 250;

  private final PrintStream err;
  private final Lang lang;
  private final long expected;
  private final long started = System.nanoTime();
  private final AtomicLong records = new AtomicLong();
  private final AtomicReference<String> phase = new AtomicReference<>("read");
  private final @org.jspecify.annotations.Nullable Thread thread;
  private volatile boolean drawn;
  private volatile boolean closed;

  private Progress(PrintStream err, Lang lang, long expected, boolean enabled) {
    this.err = err;
    this.lang = lang;
    this.expected = expected;
    if (enabled) {
      Thread t = new Thread(this::loop, "jingwei-progress");
      t.setDaemon(true);
      t.start();
      this.thread = t;
    } else {
      this.thread = null;
    }
  }

  /** A progress line on stderr for about {@code expected} records (0 when unknown), shown on a terminal only. */
  static Progress start(CliContext context, Lang lang, long expected) {
    return new Progress(context.err(), lang, expected, context.terminal());
  }

  /** Progress that never shows (for callers that report nothing). */
  static Progress none() {
    return new Progress(System.err, new Lang(java.util.Locale.ROOT), 0, false);
  }

  /** One more record read. */
  void record() {
    records.incrementAndGet();
  }

  /** The records read so far, as a streaming validation reports them. */
  void recordsSoFar(long n) {
    records.set(n);
  }

  /** Reading is over; the rules are being checked. */
  void checking() {
    phase.set("check");
  }

  /** The records counted so far. */
  long records() {
    return records.get();
  }

  private void loop() {
    try {
      Thread.sleep(DELAY_MILLIS);
      while (!closed) {
        draw();
        Thread.sleep(REDRAW_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized void draw() {
    if (closed) {
      return;
    }
    double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
    long n = records.get();
    long rate = Math.round(n / seconds);
    String line;
    if (phase.get().equals("check")) {
      line = lang.t("校验中… 已读 ", "checking… read ") + n + lang.t(" 条记录，用时 ", " records, elapsed ")
          + Math.round(seconds) + "s";
    } else {
      StringBuilder sb = new StringBuilder();
      if (expected > 0) {
        int width = 24;
        int filled = (int) Math.min(width, width * n / expected);
        sb.append('[').append("#".repeat(filled)).append(" ".repeat(width - filled)).append("] ");
      }
      sb.append(n);
      if (expected > 0) {
        sb.append('/').append(expected);
      }
      sb.append(lang.t(" 条记录  ", " records  ")).append(rate).append(lang.t(" 条/秒", "/s"));
      if (expected > n && rate > 0) {
        sb.append(lang.t("  预计剩余 ", "  ETA ")).append((expected - n) / rate + 1).append('s');
      }
      line = sb.toString();
    }
    err.print("\r\033[2K" + line);
    err.flush();
    drawn = true;
  }

  /** Stops redrawing and erases the line if it was drawn. */
  @Override
  public synchronized void close() {
    closed = true;
    if (thread != null) {
      thread.interrupt();
    }
    if (drawn) {
      err.print("\r\033[2K");
      err.flush();
    }
  }
}
