package io.jingwei.impl.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LongSorterTest {

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({"1, 1", "7, 2", "64, 3", "100000, 4"})
  void findsExactlyTheRepeatedValuesWhateverTheBufferAndDeletesItsRuns(int capacity, long seed) throws IOException {
    Random random = new Random(seed);
    Map<Long, Integer> counts = new HashMap<>();
    try (LongSorter sorter = new LongSorter(dir, "test-", capacity)) {
      for (int i = 0; i < 5000; i++) {
        long v = random.nextInt(8) == 0 ? random.nextInt(50) - 25 : random.nextLong();
        counts.merge(v, 1, Integer::sum);
        sorter.add(v);
      }
      assertThat(sorter.runs()).isEqualTo(capacity >= 5000 ? 0 : (5000 - 1) / capacity);
      LongSet repeated = sorter.repeated();
      long expected = counts.values().stream().filter(n -> n > 1).count();
      assertThat(repeated.size()).isEqualTo((int) expected);
      counts.forEach((v, n) -> assertThat(repeated.contains(v)).as("value %d seen %d times", v, n).isEqualTo(n > 1));
    }
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }
}
