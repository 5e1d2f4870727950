package io.jingwei.benchmarks;

import io.jingwei.Jingwei;
import io.jingwei.testkit.CityGenerator;
import io.jingwei.testkit.CityPreset;
import io.jingwei.testkit.CityWriter;
import io.jingwei.testkit.DefectInjector;
import io.jingwei.testkit.ExpectedFinding;
import io.jingwei.testkit.InjectedCity;
import io.jingwei.validation.Issue;
import io.jingwei.validation.Severity;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark-time check of recall and precision (召回率与准确率) on the {@code nanning} preset: the city is
 * generated (seed 1, about 120,000 members), defects are injected across every rule family with their
 * ground-truth manifest ({@link DefectInjector}), the directory is written and validated <em>streaming</em>, and
 * the ERROR and WARNING issues are compared with the manifest as multisets of (code, record, JSON Pointer).
 * Recall: the share of manifest entries found; precision: the share of issues in the manifest. Both must be 100 %.
 *
 * <p>Prints one line {@code RESULT mode=quality preset=nanning …}; exits with 1 when either is below 100 %.
 *
 * <p>Usage: {@code RecallPrecision <directory> [rate]} (default rate 0.01).
 */
public final class RecallPrecision {

  private RecallPrecision() {}

  /** Runs the check. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: RecallPrecision <directory> [rate]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    double rate = args.length > 1 ? Double.parseDouble(args[1]) : 0.01;
    CityGenerator generator = CityGenerator.of(CityPreset.nanning(), 1);
    InjectedCity injected = DefectInjector.of(1).inject(generator.generate(), generator.asOf(), rate);
    if (Files.exists(dir)) {
      try (var walk = Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    CityWriter.writeDirectory(injected.dataset(), dir);
    long start = System.nanoTime();
    ValidationReport report =
        Jingwei.validator(
                ValidationOptions.builder()
                    .standard(CityGenerator.STANDARD)
                    .asOf(generator.asOf())
                    .maxIssuesPerCode(ValidationOptions.UNLIMITED)
                    .build())
            .validateStreaming(dir);
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Integer> expected = new HashMap<>();
    for (ExpectedFinding f : injected.manifest()) {
      expected.merge(f.toString(), 1, Integer::sum);
    }
    Map<String, Integer> found = new HashMap<>();
    for (Issue i : report.issues()) {
      if (i.severity().isAtLeast(Severity.WARNING)) {
        found.merge(i.code().value() + " " + i.entity() + " " + i.path(), 1, Integer::sum);
      }
    }
    long expectedTotal = expected.values().stream().mapToLong(Integer::longValue).sum();
    long foundTotal = found.values().stream().mapToLong(Integer::longValue).sum();
    long matched = 0;
    for (Map.Entry<String, Integer> e : expected.entrySet()) {
      matched += Math.min(e.getValue(), found.getOrDefault(e.getKey(), 0));
    }
    double recall = expectedTotal == 0 ? 1 : (double) matched / expectedTotal;
    double precision = foundTotal == 0 ? 1 : (double) matched / foundTotal;
    expected.forEach(
        (k, n) -> {
          if (found.getOrDefault(k, 0) < n) {
            System.err.println("missed: " + k);
          }
        });
    found.forEach(
        (k, n) -> {
          if (expected.getOrDefault(k, 0) < n) {
            System.err.println("not in the manifest: " + k);
          }
        });
    System.out.printf(
        Locale.ROOT,
        "RESULT mode=quality preset=nanning members=%d rate=%s defects=%d expected=%d found=%d matched=%d"
            + " recall=%.4f precision=%.4f seconds=%.3f%n",
        injected.dataset().members().size(),
        rate,
        injected.defects(),
        expectedTotal,
        foundTotal,
        matched,
        recall,
        precision,
        seconds);
    if (matched != expectedTotal || matched != foundTotal) {
      System.exit(1);
    }
  }
}
