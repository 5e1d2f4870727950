package io.jingwei.impl;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.Jingwei;
import io.jingwei.impl.io.DatasetReader;
import io.jingwei.impl.io.EntityTypes;
import io.jingwei.impl.io.JsonLinesReader;
import io.jingwei.impl.io.JsonLinesResult;
import io.jingwei.impl.io.ReadResult;
import io.jingwei.impl.json.JingweiJson;
import io.jingwei.impl.report.ReportJsonWriter;
import io.jingwei.impl.standard.DefaultStandards;
import io.jingwei.member.PartyMember;
import io.jingwei.ref.EntityKind;
import io.jingwei.standard.Standard;
import io.jingwei.validation.DatasetValidator;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A bounded stress test of the types documented as thread-safe (并发压力测试): 8 threads share one {@link
 * DatasetValidator}, one {@link DatasetReader}, one {@link JsonLinesReader}, the {@link JingweiJson} mapper and the
 * shipped {@link DefaultStandards} registry, each thread doing every task a few times in its own (seeded) order,
 * all starting together; every result equals the one computed on a single thread.
 */
class ConcurrencyStressTest {

  private static final int THREADS = 8;
  private static final int ITERATIONS = 2;
  private static final Path SAMPLE = Path.of("../examples/data/sample-city").toAbsolutePath().normalize();

  private static final DatasetValidator VALIDATOR =
      Jingwei.validator(ValidationOptions.builder().asOf(LocalDate.of(2026, 6, 30)).standard("nanning-2021").build());
  private static final DatasetReader DATASETS = EntityTypes.reader();
  private static final JsonLinesReader<PartyMember> MEMBERS = JsonLinesReader.of(PartyMember.class, EntityKind.MEMBER);
  private static byte[] membersFile;

  @BeforeAll
  static void readMembers() throws IOException {
    membersFile = Files.readAllBytes(SAMPLE.resolve("members.jsonl"));
  }

  /** The tasks, each giving a fingerprint of its result. */
  private static List<Supplier<String>> tasks() {
    return List.of(
        () -> {
          ValidationReport report = VALIDATOR.validate(SAMPLE);
          return ReportJsonWriter.compact().toJson(report, Locale.SIMPLIFIED_CHINESE);
        },
        () -> {
          try {
            ReadResult read = DATASETS.read(SAMPLE);
            return read.tallies() + "|" + read.issues() + "|" + read.records(EntityKind.ORGANIZATION).size();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        () -> {
          try {
            JsonLinesResult<PartyMember> result = MEMBERS.readAll(new ByteArrayInputStream(membersFile), "members.jsonl");
            return result.tally() + "|" + result.issues() + "|"
                + JingweiJson.mapper().writeValueAsString(result.values());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        () -> {
          Standard standard = DefaultStandards.shipped().get("nanning-2021");
          return DefaultStandards.shipped().names() + "|" + standard.ruleIds() + "|" + standard.rules().hashCode();
        });
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  @DisplayName("多线程共享校验器、读取器、映射器和标准注册表，结果与单线程一致")
  void sharedInstancesGiveTheSameResultsOnEveryThread() throws Exception {
    List<Supplier<String>> tasks = tasks();
    List<String> expected = new ArrayList<>();
    for (Supplier<String> task : tasks) {
      expected.add(task.get());
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Random random = new Random(1000 + t);
        Callable<List<String>> worker =
            () -> {
              start.await();
              List<String> results = new ArrayList<>(Collections.nCopies(tasks.size() * ITERATIONS, ""));
              List<Integer> order = new ArrayList<>();
              for (int i = 0; i < tasks.size() * ITERATIONS; i++) {
                order.add(i);
              }
              Collections.shuffle(order, random);
              for (int slot : order) {
                results.set(slot, tasks.get(slot % tasks.size()).get());
              }
              return results;
            };
        futures.add(pool.submit(worker));
      }
      start.countDown();
      for (Future<List<String>> f : futures) {
        List<String> results = f.get(110, TimeUnit.SECONDS);
        for (int slot = 0; slot < results.size(); slot++) {
          assertThat(results.get(slot)).as("task %d", slot % tasks.size()).isEqualTo(expected.get(slot % tasks.size()));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
