package io.jingwei.impl.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
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

  @ParameterizedTest
  @CsvSource({"0, 1", "1, 2", "1023, 3", "1024, 4", "5000, 5", "70000, 6"})
  void sortsInUnsignedOrderByDigitsOrByComparison(int n, long seed) {
    Random random = new Random(seed);
    long[] a = new long[n];
    for (int i = 0; i < n; i++) {
      a[i] =
          switch (random.nextInt(4)) {
            case 0 -> random.nextLong(); // negative half the time: the sign bit is the highest digit
            case 1 -> random.nextInt(300) - 150; // small values and their negative twins
            case 2 -> 0x4D30303030000000L | random.nextInt(1 << 20); // leading bytes alike, as packed ids
            default -> random.nextBoolean() ? Long.MIN_VALUE : -1L;
          };
    }
    Long[] expected = java.util.Arrays.stream(a).boxed().toArray(Long[]::new);
    java.util.Arrays.sort(expected, Long::compareUnsigned);
    LongSorter.sortUnsigned(a, n, new long[n]);
    assertThat(java.util.Arrays.stream(a).boxed().toArray(Long[]::new)).containsExactly(expected);
  }

  @Test
  void sortsValuesAlikeInAllButOneByte() {
    long[] a = new long[4096];
    for (int i = 0; i < a.length; i++) {
      a[i] = 0x1122334455667700L | (a.length - i) % 256;
    }
    LongSorter.sortUnsigned(a, a.length, new long[a.length]);
    for (int i = 1; i < a.length; i++) {
      assertThat(Long.compareUnsigned(a[i - 1], a[i])).isLessThanOrEqualTo(0);
    }
  }

  @ParameterizedTest
  @CsvSource({"1, 7", "3, 8", "4, 9"})
  void sortersFedApartAreMergedAsOne(int sorters, long seed) throws IOException {
    Random random = new Random(seed);
    Map<Long, Integer> counts = new HashMap<>();
    java.util.List<LongSorter> list = new java.util.ArrayList<>();
    long[] scratch = new long[300];
    for (int i = 0; i < sorters; i++) {
      list.add(new LongSorter(dir, "part-", 300, scratch)); // all on this thread: one scratch buffer
    }
    for (int i = 0; i < 20_000; i++) {
      long v = random.nextInt(10) == 0 ? random.nextInt(400) : random.nextLong();
      counts.merge(v, 1, Integer::sum);
      list.get(random.nextInt(sorters)).add(v);
    }
    for (LongSorter s : list) {
      s.sortBuffer();
    }
    LongSet repeated = LongSorter.repeated(list);
    long expected = counts.values().stream().filter(n -> n > 1).count();
    assertThat(repeated.size()).isEqualTo((int) expected);
    counts.forEach((v, n) -> assertThat(repeated.contains(v)).as("value %d seen %d times", v, n).isEqualTo(n > 1));
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }
}
