package io.jingwei.benchmarks;

import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.engine.DefaultDatasetValidator;
import io.jingwei.testkit.CityReader;
import io.jingwei.validation.ValidationReport;
import java.nio.file.Path;
import java.util.Locale;

/**
 * In-memory validation of a whole city (内存校验) with its checks on one thread and side by side, interleaved in
 * one JVM: the dataset is read once, then each round validates it with {@code withWorkers(1)} and with the
 * default (one thread per processor from {@value DefaultDatasetValidator#SIDE_BY_SIDE_FROM} records on). Prints
 * one {@code ROUND} line per round and a {@code RESULT} line with the best round after the first of each, and
 * fails when the two reports differ.
 *
 * <p>Usage: {@code InMemoryRuns <directory> [rounds, default 6] [asOf]}.
 */
public final class InMemoryRuns {

  private InMemoryRuns() {}

  /** The records of every kind of the city. */
  static long records(CityDataset city) {
    return (long) city.divisions().size() + city.compounds().size() + city.organizations().size()
        + city.members().size() + city.communityWorkers().size() + city.gridWorkers().size()
        + city.grids().size() + city.serviceCenters().size() + city.meetings().size();
  }

  /**
   * Runs the rounds.
   *
   * @param args the directory, the number of rounds and optionally the as-of date
   * @throws Exception when a validation fails or the reports differ
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: InMemoryRuns <directory> [rounds] [asOf]");
      System.exit(2);
    }
    CityDataset city = CityReader.read(Path.of(args[0]));
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
    DefaultDatasetValidator validator = (DefaultDatasetValidator) WholeProcess.validator(WholeProcess.asOf(args, 2));
    DefaultDatasetValidator oneThread = validator.withWorkers(1);
    double bestOne = Double.MAX_VALUE;
    double bestSide = Double.MAX_VALUE;
    for (int round = 1; round <= rounds; round++) {
      long start = System.nanoTime();
      ValidationReport one = oneThread.validate(city);
      double a = (System.nanoTime() - start) / 1e9;
      start = System.nanoTime();
      ValidationReport side = validator.validate(city);
      double b = (System.nanoTime() - start) / 1e9;
      if (!one.equals(side)) {
        throw new IllegalStateException("the reports differ in round " + round);
      }
      System.out.printf(Locale.ROOT, "ROUND %d oneThread=%.3f s sideBySide=%.3f s%n", round, a, b);
      if (round > 1) {
        bestOne = Math.min(bestOne, a);
        bestSide = Math.min(bestSide, b);
      }
    }
    long records = records(city);
    System.out.printf(
        Locale.ROOT,
        "RESULT mode=in-memory records=%d oneThreadSeconds=%.3f sideBySideSeconds=%.3f ratio=%.2f%n",
        records,
        bestOne,
        bestSide,
        bestOne / bestSide);
  }
}
