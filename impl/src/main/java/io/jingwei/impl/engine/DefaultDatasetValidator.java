package io.jingwei.impl.engine;

import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.io.DatasetReader;
import io.jingwei.impl.io.EntityTypes;
import io.jingwei.impl.io.ReadResult;
import io.jingwei.metrics.DatasetMetrics;
import io.jingwei.ref.EntityKind;
import io.jingwei.standard.RuleDefinition;
import io.jingwei.standard.Standard;
import io.jingwei.validation.DatasetValidator;
import io.jingwei.validation.Issue;
import io.jingwei.validation.RecordCounts;
import io.jingwei.validation.ReportSummary;
import io.jingwei.validation.StandardRef;
import io.jingwei.validation.StreamingProgress;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.exc.JacksonIOException;

/**
 * The dataset validator (数据集校验器) of the engine. It binds each enabled rule of the standard to the check its
 * {@code check} key names and runs the checks layer by layer ({@link Layer} order), within a layer in the order
 * their first rule appears in the standard (a check that {@linkplain Check#summarizesIssues() sums up issues}
 * runs last in its layer). The issues go through an {@link IssueCollector}; the report counts every record of the
 * input and carries the dataset metrics the metrics layer published. A large input's checks run side by side
 * ({@link #withWorkers}, {@link SideBySide}), their issues replayed in that order: the report is the same.
 *
 * <p>Rules raised while reading ({@code check: reader}) have no check: their issues come with the input. Rules
 * naming a check that is not registered are {@linkplain #unavailableRules() unavailable}: they are skipped and
 * logged once per standard, when a validator is made.
 *
 * <p>Immutable and thread-safe: every validation has its own collector and contexts.
 */
public final class DefaultDatasetValidator implements DatasetValidator {

  private static final Logger LOG = LoggerFactory.getLogger(DefaultDatasetValidator.class);

  /** The standards whose unavailable rules were logged: once per standard and JVM is enough. */
  private static final Set<StandardRef> LOGGED_UNAVAILABLE = ConcurrentHashMap.newKeySet();

  private final Standard standard;
  private final ValidationOptions options;
  private final List<Bound> plan;
  private final List<RuleDefinition> unavailable;
  /** The threads of an in-memory validation's checks; 0: automatic ({@link #workersFor}). */
  private final int workers;

  /** From this many records on, an in-memory validation runs its checks side by side by default. */
  public static final int SIDE_BY_SIDE_FROM = 5_000;

  private DefaultDatasetValidator(DefaultDatasetValidator base, int workers) {
    this.standard = base.standard;
    this.options = base.options;
    this.plan = base.plan;
    this.unavailable = base.unavailable;
    this.workers = workers;
  }

  private DefaultDatasetValidator(Standard standard, ValidationOptions options, CheckRegistry checks) {
    this.workers = 0;
    this.standard = Objects.requireNonNull(standard, "standard");
    this.options = Objects.requireNonNull(options, "options");
    Objects.requireNonNull(checks, "checks");
    Map<String, Bound> byCheck = new LinkedHashMap<>();
    Map<String, List<RuleDefinition>> allByCheck = new LinkedHashMap<>();
    List<RuleDefinition> missing = new ArrayList<>();
    for (RuleDefinition rule : standard.rules()) {
      allByCheck.computeIfAbsent(rule.check(), n -> new ArrayList<>()).add(rule);
      if (!rule.enabled() || rule.isReadRule() || options.isRuleDisabled(rule.id())) {
        continue;
      }
      Check check = checks.find(rule.check()).orElse(null);
      if (check == null) {
        missing.add(rule);
        continue;
      }
      byCheck.computeIfAbsent(check.name(), n -> new Bound(check, new ArrayList<>(), List.of())).rules().add(rule);
    }
    List<Bound> ordered = new ArrayList<>();
    for (Bound b : byCheck.values()) {
      ordered.add(
          new Bound(b.check(), List.copyOf(b.rules()), List.copyOf(allByCheck.get(b.check().name()))));
    }
    ordered.sort(
        Comparator.comparing((Bound b) -> b.check().layer()).thenComparing(b -> b.check().summarizesIssues()));
    this.plan = List.copyOf(ordered);
    this.unavailable = List.copyOf(missing);
    if (!unavailable.isEmpty() && LOGGED_UNAVAILABLE.add(standard.ref()) && LOG.isWarnEnabled()) {
      LOG.warn(
          "Standard {}: {} rule(s) name a check that is not registered and are skipped: {}",
          standard.ref(),
          unavailable.size(),
          unavailable.stream().map(r -> r.id() + " (check " + r.check() + ")").toList());
    }
  }

  /** A validator for the standard with the options and the engine's built-in checks. */
  public static DefaultDatasetValidator create(Standard standard, ValidationOptions options) {
    return new DefaultDatasetValidator(standard, options, CheckRegistry.builtIn());
  }

  /** A validator for the standard with the options and the given checks. */
  public static DefaultDatasetValidator create(Standard standard, ValidationOptions options, CheckRegistry checks) {
    return new DefaultDatasetValidator(standard, options, checks);
  }

  /**
   * Prepares the checks' per-class state for records of these classes ahead of a first validation (预热): the
   * field-constraint shortcut compiled. Idempotent and thread-safe.
   *
   * @return whether the field-constraint shortcut covers every class (else those records go through Bean Validation)
   */
  public static boolean prepare(java.util.Collection<Class<?>> recordTypes) {
    return FieldConstraintCheck.prepare(recordTypes);
  }

  /**
   * This validator with the checks of an in-memory validation run on that many threads side by side (检查并行):
   * the report is the same for any number, in the same order; 1 runs every check on the calling thread. By
   * default an input of at least {@value #SIDE_BY_SIDE_FROM} records gets one thread per processor, a smaller one
   * none. (A streaming validation has its own workers: {@link StreamingValidator#withWorkers}.)
   *
   * @throws IllegalArgumentException when workers is below 1
   */
  public DefaultDatasetValidator withWorkers(int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1: " + workers);
    }
    return new DefaultDatasetValidator(this, workers);
  }

  private int workersFor(ValidationInput input) {
    if (workers > 0) {
      return workers;
    }
    long records = 0;
    for (EntityKind kind : EntityKind.values()) {
      records += input.records(kind).size();
    }
    return records >= SIDE_BY_SIDE_FROM ? StreamingValidator.defaultWorkers() : 1;
  }

  @Override
  public ValidationReport validate(CityDataset dataset) {
    return validate(CityDatasetInput.of(Objects.requireNonNull(dataset, "dataset")));
  }

  /**
   * Reads the dataset directory or single-document file with the readers of every entity kind
   * ({@link EntityTypes#reader()}) and validates what was read: the read issues come with the input, records are
   * located by file and line, and the records that could not be read count as unreadable.
   *
   * @throws UncheckedIOException when the path does not exist or cannot be read
   */
  @Override
  public ValidationReport validate(Path path) {
    Objects.requireNonNull(path, "path");
    return validate(CityDatasetInput.of(read(path)));
  }

  /**
   * Reads a dataset on disk with the shared reader.
   *
   * @throws UncheckedIOException when the path does not exist or cannot be read
   */
  static ReadResult read(Path path) {
    try {
      if (!Files.exists(path)) {
        throw new NoSuchFileException(path.toString());
      }
      return Readers.DATASET.read(path);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the dataset at " + path + ": " + e, e);
    } catch (JacksonIOException e) {
      IOException cause = e.getCause() != null ? e.getCause() : new IOException(e);
      throw new UncheckedIOException("Cannot read the dataset at " + path + ": " + cause, cause);
    }
  }

  /** The dataset reader of every kind, made once: it is immutable and thread-safe. */
  private static final class Readers {
    static final DatasetReader DATASET = EntityTypes.reader();
  }

  /** Validates the input with all layers. */
  public ValidationReport validate(ValidationInput input) {
    return validate(input, EnumSet.allOf(Layer.class));
  }

  /**
   * Validates the input with the given layers only (the others are not run; their records still count as read).
   */
  public ValidationReport validate(ValidationInput input, Set<Layer> layers) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(layers, "layers");
    LocalDate asOf = options.asOf();
    IssueCollector collector = new IssueCollector(standard, options, asOf, input.regions());
    DatasetMetrics[] metrics = {DatasetMetrics.empty()};
    if (layers.contains(Layer.READ)) {
      for (Issue issue : input.readIssues()) {
        collector.accept(issue);
        if (collector.isStopped()) {
          break;
        }
      }
    }
    Map<Bound, List<RuleDefinition>> ranBefore = ranBefore(layers);
    if (!collector.isStopped()) {
      SideBySide.run(
          plan,
          collector,
          workersFor(input),
          "jingwei-checks-",
          (bound, sink) -> {
            if (!layers.contains(bound.check().layer())) {
              return null;
            }
            List<RuleContext> rules = bound.contexts(asOf, input, sink);
            return rules.isEmpty()
                ? null
                : new CheckContext(asOf, input, rules, bound.all(), sink, ranBefore.get(bound), m -> metrics[0] = m);
          });
    }
    return report(input, collector, asOf, collector.isStopped() ? DatasetMetrics.empty() : metrics[0]);
  }

  private ValidationReport report(
      ValidationInput input, IssueCollector collector, LocalDate asOf, DatasetMetrics metrics) {
    Map<EntityKind, RecordCounts> records = new EnumMap<>(EntityKind.class);
    for (EntityKind kind : EntityKind.values()) {
      long invalid = 0;
      long warned = 0;
      List<RecordEntry> entries = input.records(kind);
      for (RecordEntry e : entries) {
        if (collector.hasError(e.ref())) {
          invalid++;
        }
        if (collector.hasWarning(e.ref())) {
          warned++;
        }
      }
      records.put(kind, RecordCounts.of(entries.size() - invalid, invalid, input.unreadable(kind), warned));
    }
    ReportSummary summary =
        new ReportSummary(
            records,
            collector.countsBySeverity(),
            collector.countsByCode(),
            collector.countsByDistrict(),
            collector.countsByStreet(),
            collector.truncatedCodes(),
            collector.suppressedByApproval(),
            collector.isStopped());
    if (LOG.isDebugEnabled()) {
      LOG.debug("Validated against {} as of {}: {}", standard.ref(), asOf, summary.issuesBySeverity());
    }
    return ValidationReport.of(standard.ref(), asOf, collector.issues(), summary, metrics);
  }

  @Override
  public StandardRef standard() {
    return standard.ref();
  }

  /** The standard itself. */
  public Standard standardDefinition() {
    return standard;
  }

  @Override
  public ValidationOptions options() {
    return options;
  }

  /** The enabled rules whose check is not registered, skipped by this validator. */
  public List<RuleDefinition> unavailableRules() {
    return unavailable;
  }

  /** The checks with their rules, in the order they run (for the streaming validator). */
  List<Bound> plan() {
    return plan;
  }

  /**
   * Validates a dataset directory streaming its members ({@link StreamingValidator}): the other kinds are read
   * into memory, {@code members.jsonl} goes by one record at a time. The report equals {@link #validate(Path)}'s.
   *
   * @throws UncheckedIOException when the directory does not exist or cannot be read
   */
  @Override
  public ValidationReport validateStreaming(Path datasetDir) {
    return StreamingValidator.of(this).validate(datasetDir);
  }

  @Override
  public ValidationReport validateStreaming(Path datasetDir, Consumer<StreamingProgress> progress) {
    return StreamingValidator.of(this).withProgress(progress).validate(datasetDir);
  }

  /** The check names in the order they run. */
  public List<String> checkOrder() {
    List<String> out = new ArrayList<>();
    for (Bound b : plan) {
      out.add(b.check().name());
    }
    return Collections.unmodifiableList(out);
  }

  @Override
  public String toString() {
    return "DefaultDatasetValidator[" + standard.ref() + ", " + options + "]";
  }

  /** A check, the enabled rules bound to it, and all rules of the standard naming it. */
  record Bound(Check check, List<RuleDefinition> rules, List<RuleDefinition> all) {
    List<String> ids() {
      return rules.stream().map(RuleDefinition::id).toList();
    }

    /** The bound rules in force on the date, in order. */
    List<RuleDefinition> inForce(LocalDate asOf) {
      List<RuleDefinition> out = new ArrayList<>(rules.size());
      for (RuleDefinition rule : rules) {
        if (rule.isEffectiveOn(asOf)) {
          out.add(rule);
        }
      }
      return out;
    }

    /** The contexts of the rules in force on the date, their issues going to the sink. */
    List<RuleContext> contexts(LocalDate asOf, ValidationInput input, IssueSink sink) {
      List<RuleContext> out = new ArrayList<>(rules.size());
      for (RuleDefinition rule : inForce(asOf)) {
        out.add(new RuleContext(rule, asOf, input, sink));
      }
      return out;
    }
  }

  /**
   * The rules that will have run before each bound of the plan in the layers (the rules raised while reading, if
   * that layer is run, then the rules in force of the bounds before it): what its context's {@link
   * CheckContext#rulesRun()} holds.
   */
  Map<Bound, List<RuleDefinition>> ranBefore(Set<Layer> layers) {
    List<RuleDefinition> ran = layers.contains(Layer.READ) ? readRulesRun() : new ArrayList<>();
    Map<Bound, List<RuleDefinition>> out = new IdentityHashMap<>();
    for (Bound bound : plan) {
      if (layers.contains(bound.check().layer())) {
        out.put(bound, List.copyOf(ran));
        ran.addAll(bound.inForce(options.asOf()));
      }
    }
    return out;
  }

  /** The rules raised while reading that count as run: in force on the as-of date and not turned off. */
  List<RuleDefinition> readRulesRun() {
    List<RuleDefinition> out = new ArrayList<>();
    for (RuleDefinition rule : standard.rules()) {
      if (rule.isReadRule() && rule.isEffectiveOn(options.asOf()) && !options.isRuleDisabled(rule.id())) {
        out.add(rule);
      }
    }
    return out;
  }
}
