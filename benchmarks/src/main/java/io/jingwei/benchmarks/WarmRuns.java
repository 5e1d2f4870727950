package io.jingwei.benchmarks;

import io.jingwei.Jingwei;
import io.jingwei.validation.DatasetValidator;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Streaming validation of one directory several times in one JVM (热身后的重复运行): after the first runs the
 * compilers are done, so the later runs give the cost per record without the process's fixed start-up and
 * compilation cost. Prints one {@code RUN} line per run (wall and process CPU seconds, records per second) and
 * a {@code RESULT} line with the best run.
 *
 * <p>Usage: {@code WarmRuns <directory> [runs, default 3] [asOf]}.
 */
public final class WarmRuns {

  private WarmRuns() {}

  /**
   * Runs the validations.
   *
   * @param args the directory, the number of runs and optionally the as-of date
   */
  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: WarmRuns <directory> [runs] [asOf]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    LocalDate asOf =
        args.length > 2
            ? LocalDate.parse(args[2])
            : io.jingwei.testkit.CityGenerator.of(io.jingwei.testkit.CityPreset.tiny(), 1).asOf();
    DatasetValidator validator =
        Jingwei.validator(
            ValidationOptions.builder().standard(io.jingwei.testkit.CityGenerator.STANDARD).asOf(asOf).build());
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    double best = 0;
    long records = 0;
    for (int run = 1; run <= runs; run++) {
      long cpu = os.getProcessCpuTime();
      long start = System.nanoTime();
      ValidationReport report = validator.validateStreaming(dir, progress -> {});
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
      records = report.summary().records().get(io.jingwei.ref.EntityKind.MEMBER).read();
      double rate = records / seconds;
      best = Math.max(best, rate);
      System.out.printf(
          Locale.ROOT,
          "RUN run=%d records=%d seconds=%.3f cpuSeconds=%.3f recordsPerSecond=%.0f cpuMicrosPerRecord=%.2f%n",
          run,
          records,
          seconds,
          cpuSeconds,
          rate,
          cpuSeconds * 1e6 / records);
    }
    System.out.printf(
        Locale.ROOT, "RESULT mode=warm records=%d runs=%d bestRecordsPerSecond=%.0f%n", records, runs, best);
  }
}
