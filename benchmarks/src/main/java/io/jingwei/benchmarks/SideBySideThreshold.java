package io.jingwei.benchmarks;

import io.jingwei.Jingwei;
import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.engine.DefaultDatasetValidator;
import io.jingwei.testkit.CityGenerator;
import io.jingwei.testkit.CityPreset;
import io.jingwei.validation.ValidationOptions;
import java.util.Locale;

/**
 * Where an in-memory validation starts to gain from its checks side by side (并行阈值): generated cities of the
 * {@code tiny} preset with more and more members, each validated on one thread and on two, interleaved in one
 * JVM; prints the best time of each after the first third of the repetitions. What {@link
 * DefaultDatasetValidator#SIDE_BY_SIDE_FROM} rests on.
 *
 * <p>Usage: {@code SideBySideThreshold} (no argument).
 */
public final class SideBySideThreshold {

  private SideBySideThreshold() {}

  /**
   * Runs the sizes.
   *
   * @param args none
   */
  public static void main(String[] args) {
    for (int members : new int[] {0, 2_000, 5_000, 10_000, 20_000, 40_000}) {
      CityPreset preset = members == 0 ? CityPreset.tiny() : CityPreset.tiny().withMembers(members);
      CityGenerator generator = CityGenerator.of(preset, 3);
      CityDataset city = generator.generate();
      long records = InMemoryRuns.records(city);
      DefaultDatasetValidator validator =
          (DefaultDatasetValidator)
              Jingwei.validator(
                  ValidationOptions.builder().standard(CityGenerator.STANDARD).asOf(generator.asOf()).build());
      double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
      int repetitions = members < 10_000 ? 60 : 12;
      for (int r = 0; r < repetitions; r++) {
        for (int workers = 1; workers <= 2; workers++) {
          long start = System.nanoTime();
          validator.withWorkers(workers).validate(city);
          double ms = (System.nanoTime() - start) / 1e6;
          if (r > repetitions / 3) {
            best[workers - 1] = Math.min(best[workers - 1], ms);
          }
        }
      }
      System.out.printf(
          Locale.ROOT, "RESULT records=%d oneThreadMs=%.2f twoThreadsMs=%.2f ratio=%.2f%n",
          records, best[0], best[1], best[0] / best[1]);
    }
  }
}
