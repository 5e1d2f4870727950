package io.jingwei.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.io.EntityTypes;
import io.jingwei.impl.io.Located;
import io.jingwei.impl.io.ReadResult;
import io.jingwei.ref.EntityKind;
import io.jingwei.validation.Issue;
import io.jingwei.validation.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded stress test of the spreadsheet types documented as thread-safe (并发压力测试): 8 threads share one
 * {@link SpreadsheetOptions} (with its {@link ColumnCatalogue}), one validator, and read, validate and write the
 * same workbook and CSV file through {@link Spreadsheets}, each in its own seeded order, all starting together;
 * every result (records, issues, summary) equals the one computed on a single thread.
 */
class SpreadsheetConcurrencyTest {

  private static final int THREADS = 8;
  private static final int ITERATIONS = 1;

  @TempDir Path dir;

  private record Outcome(List<String> records, List<String> issues, String summary) {}

  private static Outcome outcome(SpreadsheetRead read) {
    ValidationReport report = read.validate(SheetChecks.VALIDATOR);
    List<String> records = new ArrayList<>();
    for (EntityKind kind : EntityKind.values()) {
      read.records(kind).forEach(r -> records.add(r.location() + " " + r.record()));
    }
    return new Outcome(records, report.issues().stream().map(Issue::toString).toList(), report.summary().toString());
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  @DisplayName("8个线程共享读取选项、列目录和校验器：结果与单线程相同")
  void sharedOptionsCatalogueAndValidatorGiveTheSameResults() throws Exception {
    ReadResult sample = EntityTypes.reader().read(Path.of("../examples/data/sample-city").toAbsolutePath().normalize());
    CityDataset.Builder b = CityDataset.builder();
    for (EntityKind kind : List.of(EntityKind.ORGANIZATION, EntityKind.MEMBER, EntityKind.GRID)) {
      b.addAll(sample.records(kind).stream().limit(60).map(Located::value).toList());
    }
    Path workbook = dir.resolve("样例.xlsx");
    try (OutputStream out = Files.newOutputStream(workbook)) {
      Spreadsheets.write(b.build(), out);
    }
    Path csv = dir.resolve("党员.csv");
    Files.writeString(csv, HostileSpreadsheetTest.HEADER + "\n" + HostileSpreadsheetTest.member("M001") + "\nM002,李四,X,1985\n",
        StandardCharsets.UTF_8);
    SpreadsheetOptions options = SpreadsheetOptions.builder().synonym(EntityKind.MEMBER, "党员身份", "/status").build();
    List<Callable<Outcome>> tasks =
        List.of(() -> outcome(Spreadsheets.read(workbook, options)), () -> outcome(Spreadsheets.read(csv, options)));
    List<Outcome> expected = new ArrayList<>();
    for (Callable<Outcome> t : tasks) {
      expected.add(t.call());
    }
    assertThat(expected.get(0).records()).hasSizeGreaterThan(50);

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Integer>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Random random = new Random(t);
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  List<Integer> order = new ArrayList<>();
                  for (int i = 0; i < ITERATIONS * tasks.size(); i++) {
                    int task = random.nextInt(tasks.size());
                    order.add(task);
                    Outcome o = tasks.get(task).call();
                    assertThat(o).as("task %d on a thread", task).isEqualTo(expected.get(task));
                  }
                  return order;
                }));
      }
      start.countDown();
      for (Future<List<Integer>> f : futures) {
        assertThat(f.get(50, TimeUnit.SECONDS)).isNotEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
