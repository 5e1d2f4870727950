package io.jingwei.benchmarks;

import io.jingwei.Jingwei;
import io.jingwei.impl.json.JingweiJson;
import io.jingwei.member.PartyMember;
import io.jingwei.validation.DatasetValidator;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * One whole-process benchmark run (整进程基准) over a benchmark city's {@code members.jsonl}, in its own JVM so
 * that peak heap and RSS are its own. Modes:
 *
 * <ul>
 *   <li>{@code jingwei}: {@link DatasetValidator#validateStreaming} of the directory (every kind; members stream);
 *   <li>{@code raw}: the Jackson streaming token scan of the members file (the upper bound: no binding, no rule);
 *   <li>{@code naive}: the loop a platform team writes — {@code ObjectMapper.readValue} per line, Bean Validation of
 *       the member, and a {@code HashSet} of ids and ID numbers for duplicates.
 * </ul>
 *
 * <p>Prints one line {@code RESULT mode=… records=… seconds=… recordsPerSecond=… peakHeapMB=…}; a sampler thread
 * records the heap in use every 10 ms (the peak of the pools' peaks is printed as well).
 *
 * <p>Usage: {@code WholeProcess <jingwei|raw|naive> <directory> [asOf]}.
 */
public final class WholeProcess {

  private WholeProcess() {}

  /** The as-of date given at that argument, else the generated cities' (the benchmark data is one of them). */
  static LocalDate asOf(String[] args, int index) {
    return args.length > index
        ? LocalDate.parse(args[index])
        : io.jingwei.testkit.CityGenerator.of(io.jingwei.testkit.CityPreset.tiny(), 1).asOf();
  }

  /** The validator of the benchmarks: the generated cities' standard, as of the date. */
  static DatasetValidator validator(LocalDate asOf) {
    return Jingwei.validator(
        ValidationOptions.builder().standard(io.jingwei.testkit.CityGenerator.STANDARD).asOf(asOf).build());
  }

  /** Runs one mode. */
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: WholeProcess <jingwei|raw|naive> <directory> [asOf]");
      System.exit(2);
    }
    String mode = args[0];
    Path dir = Path.of(args[1]);
    LocalDate asOf = asOf(args, 2);
    HeapSampler sampler = new HeapSampler();
    sampler.start();
    AfterGc afterGc = AfterGc.install();
    long start = System.nanoTime();
    long records;
    String extra = "";
    switch (mode) {
      case "jingwei" -> {
        DatasetValidator validator = validator(asOf);
        long prepared = System.nanoTime();
        long[] members = new long[2]; // when the members file was opened, when its last record was checked
        ValidationReport report =
            validator.validateStreaming(
                dir,
                progress -> {
                  long now = System.nanoTime();
                  if (members[0] == 0) {
                    members[0] = now - progress.elapsedNanos();
                  }
                  if (progress.done()) {
                    members[1] = now;
                  }
                  CHECKPOINTS.tick(progress.records());
                  System.err.printf(
                      Locale.ROOT,
                      "PROGRESS records=%d seconds=%.3f sinceStart=%.3f%n",
                      progress.records(),
                      progress.elapsedNanos() / 1e9,
                      (System.nanoTime() - start) / 1e9);
                });
        records = report.summary().records().get(io.jingwei.ref.EntityKind.MEMBER).read();
        long end = System.nanoTime();
        extra =
            " issues="
                + report.summary().issuesBySeverity()
                + Phases.of(start, prepared, members[0], members[1], end).fields();
      }
      case "raw" -> records = raw(dir.resolve("members.jsonl"));
      case "naive" -> {
        long[] out = naive(dir.resolve("members.jsonl"));
        records = out[0];
        extra = " violations=" + out[1] + " duplicates=" + out[2];
      }
      default -> throw new IllegalArgumentException("unknown mode " + mode);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    extra += String.format(Locale.ROOT, " steadyRecordsPerSecond=%.0f", CHECKPOINTS.steadyRate());
    sampler.interrupt();
    sampler.join();
    long poolPeaks = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        poolPeaks += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        Locale.ROOT,
        "RESULT mode=%s records=%d seconds=%.3f recordsPerSecond=%.0f peakHeapMB=%.1f poolPeaksMB=%.1f"
            + " liveHeapMB=%.1f gcs=%d%s%n",
        mode,
        records,
        seconds,
        records / seconds,
        sampler.peak / 1048576.0,
        poolPeaks / 1048576.0,
        afterGc.peak / 1048576.0,
        afterGc.count,
        extra);
  }

  private static final Checkpoints CHECKPOINTS = new Checkpoints();

  /**
   * Where a Jingwei run's time goes (运行阶段), in seconds: preparing the validator (the standards, the engine); before
   * the members (the other kinds read beside the first pass over the members file); the members (from opening
   * their file to the last one checked); after them (every check over the other kinds, the metrics, the report).
   * The progress listener gives the two middle instants; without them (no members) the members' phase is 0.
   */
  record Phases(double prepare, double beforeMembers, double members, double afterMembers) {

    static Phases of(long start, long prepared, long membersOpened, long membersDone, long end) {
      if (membersOpened == 0 || membersDone == 0) {
        return new Phases(seconds(start, prepared), seconds(prepared, end), 0, 0);
      }
      return new Phases(
          seconds(start, prepared),
          seconds(prepared, membersOpened),
          seconds(membersOpened, membersDone),
          seconds(membersDone, end));
    }

    private static double seconds(long from, long to) {
      return Math.max(0, to - from) / 1e9;
    }

    /** The RESULT line's fields. */
    String fields() {
      return String.format(
          Locale.ROOT,
          " prepareSeconds=%.3f beforeMembersSeconds=%.3f membersSeconds=%.3f afterMembersSeconds=%.3f",
          prepare,
          beforeMembers,
          members,
          afterMembers);
    }
  }

  /**
   * Records done and the time, every 65,536 records: the steady rate is the rate from the checkpoint nearest a
   * fifth of the records to the last one, past the start-up, the warm-up of the compilers and the reading of the
   * other kinds (the same definition for every mode).
   */
  static final class Checkpoints {
    private final java.util.List<long[]> points = new java.util.ArrayList<>();

    synchronized void tick(long records) {
      points.add(new long[] {records, System.nanoTime()});
    }

    synchronized double steadyRate() {
      if (points.size() < 3) {
        return Double.NaN;
      }
      long[] last = points.get(points.size() - 1);
      long[] from = points.get(0);
      for (long[] p : points) {
        if (p[0] >= last[0] / 5) {
          from = p;
          break;
        }
      }
      if (from == last) {
        return Double.NaN;
      }
      return (last[0] - from[0]) * 1e9 / (last[1] - from[1]);
    }
  }

  /** Counts the top-level objects of the file with the streaming parser, reading every token. */
  static long raw(Path file) throws IOException {
    JsonMapper mapper = JsonMapper.builder().build();
    long records = 0;
    long tokens = 0;
    try (InputStream in = Files.newInputStream(file);
        JsonParser p = mapper.createParser(in)) {
      int depth = 0;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        tokens++;
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          if (depth == 0) {
            records++;
            if ((records & 0xFFFF) == 0) {
              CHECKPOINTS.tick(records);
            }
          }
          depth++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        } else if (t == JsonToken.VALUE_STRING) {
          p.getString(); // decode the text, as a reader must
        }
      }
    }
    if (tokens == 0) {
      throw new IllegalStateException("empty file");
    }
    return records;
  }

  /** The naive loop: {records, violations, duplicates}. */
  static long[] naive(Path file) throws IOException {
    ObjectMapper mapper = JingweiJson.mapper();
    long records = 0;
    long violations = 0;
    long duplicates = 0;
    Set<String> ids = new HashSet<>();
    Set<String> idNumbers = new HashSet<>();
    try (ValidatorFactory factory =
            Validation.byDefaultProvider().configure()
                .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
                .buildValidatorFactory();
        BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Validator validator = factory.getValidator();
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        PartyMember m = mapper.readValue(line, PartyMember.class);
        records++;
        if ((records & 0xFFFF) == 0) {
          CHECKPOINTS.tick(records);
        }
        Set<ConstraintViolation<PartyMember>> v = validator.validate(m);
        violations += v.size();
        if (!ids.add(m.id().value())) {
          duplicates++;
        }
        if (m.idNumber() != null && !idNumbers.add(m.idNumber().value())) {
          duplicates++;
        }
      }
    }
    return new long[] {records, violations, duplicates};
  }

  /**
   * The largest heap in use right after a garbage collection (the live data and what the collector left, not the
   * garbage of the young generation), from the collectors' notifications.
   */
  private static final class AfterGc {
    volatile long peak;
    volatile long count;

    static AfterGc install() {
      AfterGc out = new AfterGc();
      for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        if (gc instanceof javax.management.NotificationEmitter emitter) {
          emitter.addNotificationListener(
              (notification, handback) -> {
                if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                    notification.getType())) {
                  return;
                }
                var info =
                    com.sun.management.GarbageCollectionNotificationInfo.from(
                        (javax.management.openmbean.CompositeData) notification.getUserData());
                long used = 0;
                for (var usage : info.getGcInfo().getMemoryUsageAfterGc().values()) {
                  used += usage.getUsed();
                }
                synchronized (out) {
                  out.count++;
                  if (used > out.peak) {
                    out.peak = used;
                  }
                }
              },
              null,
              null);
        }
      }
      return out;
    }
  }

  /** Samples the heap in use. */
  private static final class HeapSampler extends Thread {
    volatile long peak;

    HeapSampler() {
      super("heap-sampler");
      setDaemon(true);
    }

    @Override
    public void run() {
      var memory = ManagementFactory.getMemoryMXBean();
      while (!isInterrupted()) {
        long used = memory.getHeapMemoryUsage().getUsed();
        if (used > peak) {
          peak = used;
        }
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }
}
