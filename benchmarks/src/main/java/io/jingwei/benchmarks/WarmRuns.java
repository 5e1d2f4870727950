package io.jingwei.benchmarks;

import io.jingwei.validation.DatasetValidator;
import io.jingwei.validation.ValidationReport;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One mode of {@link WholeProcess} run several times in one JVM (热身后的重复运行): after the first run the
 * compilers have done most of their work, so the later runs give the cost per record without the process's
 * fixed start-up and compilation cost — the same for Jingwei and the baselines. Prints one {@code RUN} line per
 * run (wall and process CPU seconds, records per second) and a {@code RESULT} line with the best run after the
 * first ({@code warmRecordsPerSecond}).
 *
 * <p>Usage: {@code WarmRuns <jingwei|raw|naive> <directory> [runs, default 3] [asOf]}.
 */
public final class WarmRuns {

  private WarmRuns() {}

  /**
   * Runs the mode.
   *
   * @param args the mode, the directory, the number of runs and optionally the as-of date
   * @throws Exception when a run fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: WarmRuns <jingwei|raw|naive> <directory> [runs] [asOf]");
      System.exit(2);
    }
    String mode = args[0];
    Path dir = Path.of(args[1]);
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    DatasetValidator validator = WholeProcess.validator(WholeProcess.asOf(args, 3));
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    double best = 0;
    long records = 0;
    for (int run = 1; run <= runs; run++) {
      long cpu = os.getProcessCpuTime();
      long start = System.nanoTime();
      records =
          switch (mode) {
            case "jingwei" -> {
              ValidationReport report = validator.validateStreaming(dir, progress -> {});
              yield report.summary().records().get(io.jingwei.ref.EntityKind.MEMBER).read();
            }
            case "raw" -> WholeProcess.raw(dir.resolve("members.jsonl"));
            case "naive" -> WholeProcess.naive(dir.resolve("members.jsonl"))[0];
            default -> throw new IllegalArgumentException("unknown mode " + mode);
          };
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
      double rate = records / seconds;
      if (run > 1 || runs == 1) {
        best = Math.max(best, rate);
      }
      System.out.printf(
          Locale.ROOT,
          "RUN mode=%s run=%d records=%d seconds=%.3f cpuSeconds=%.3f recordsPerSecond=%.0f cpuMicrosPerRecord=%.2f%n",
          mode,
          run,
          records,
          seconds,
          cpuSeconds,
          rate,
          cpuSeconds * 1e6 / records);
    }
    System.out.printf(
        Locale.ROOT,
        "RESULT mode=warm-%s records=%d runs=%d warmRecordsPerSecond=%.0f%n",
        mode,
        records,
        runs,
        best);
  }
}
