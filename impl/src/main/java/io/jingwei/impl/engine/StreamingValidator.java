package io.jingwei.impl.engine;

import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.io.DatasetReader;
import io.jingwei.impl.io.EntityTypes;
import io.jingwei.impl.io.JsonLinesReader;
import io.jingwei.impl.io.Located;
import io.jingwei.impl.io.ReadIssueCodes;
import io.jingwei.impl.json.ReadLimits;
import io.jingwei.impl.io.ReadResult;
import io.jingwei.impl.io.ReadTally;
import io.jingwei.impl.metrics.DatasetMetricsCheck;
import io.jingwei.impl.metrics.MemberMetrics;
import io.jingwei.impl.rules.duplicate.DuplicateIdCheck;
import io.jingwei.impl.rules.duplicate.DuplicateValueCheck;
import io.jingwei.impl.rules.member.IntroducerFullCheck;
import io.jingwei.impl.rules.reference.ReferenceCheck;
import io.jingwei.impl.rules.structure.TemporaryBranchCheck;
import io.jingwei.member.Introducer;
import io.jingwei.member.MembershipStatus;
import io.jingwei.member.PartyMember;
import io.jingwei.member.RecruitmentTimeline;
import io.jingwei.metrics.DatasetMetrics;
import io.jingwei.organization.LeadershipTeam;
import io.jingwei.organization.Officer;
import io.jingwei.organization.OrganizationType;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.person.PersonName;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;
import io.jingwei.ref.MemberId;
import io.jingwei.ref.OrganizationId;
import io.jingwei.standard.RuleDefinition;
import io.jingwei.standard.Standard;
import io.jingwei.time.PartialDate;
import io.jingwei.validation.Issue;
import io.jingwei.validation.Location;
import io.jingwei.validation.RecordCounts;
import io.jingwei.validation.ReportSummary;
import io.jingwei.validation.StreamingProgress;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import io.jingwei.worker.CommunityWorker;
import io.jingwei.worker.GridWorker;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The streaming validator (流式校验器) of a dataset directory: it reads every kind but the members into memory and
 * lets {@code members.jsonl} go by in chunks, so that memory grows with the organizations and not with the
 * members. The report equals the one {@link DefaultDatasetValidator#validate(Path)} gives (issues, order,
 * summary, metrics), except with fail-fast, where the first error found may differ.
 *
 * <p>How each check sees the members:
 *
 * <ul>
 *   <li>a quick first pass ({@link MemberPrepass}, beside the reading of the other kinds) reads only each line's
 *       {@code id} and {@code idNumber} and finds by an external sort (fixed buffers, sorted runs in a temporary
 *       directory, k-way merge) the ids and ID numbers on more than one line: only those candidates are kept
 *       exactly (first record's line, organization, facts; first holder of an ID number) while the members go
 *       by, so duplicate ids ({@link DuplicateIdCheck}) and ID numbers ({@link DuplicateValueCheck}) are exact in
 *       memory that grows with the duplicates, not with the members;
 *   <li>the field and record checks, and the references, run on each chunk of members as they are, with a
 *       lookup dataset of the divisions, the organizations and a stand-in for each introducer named (its id,
 *       status and dates: what {@link IntroducerFullCheck} and {@link ReferenceCheck} look at), found among the
 *       last members read (a window of fixed size). A member naming an introducer not found waits for the end of
 *       the file (the introducer rule and the references); an introducer read before it and out of the window
 *       is found by a second quick pass;
 *   <li>the member counts of the size and committee rules come from counters per organization
 *       ({@link StreamedMembers}); the temporary-branch member rule runs on each first record of an id;
 *   <li>the member part of the metrics is counted per organization as the members go by ({@link MemberMetrics});
 *       what the report and the metrics need of single members (line, region, population masks) is kept only
 *       for the members with issues;
 *   <li>every check then runs once more over the other kinds, with a dataset holding the members other records
 *       name (officers, workers), kept whole: with more than one worker, the checks side by side, each into a
 *       buffer replayed in the plan's order (the collector sees the issues in a single thread's order and stops
 *       where it would have), and the metrics, which sum up the issues, after them.
 * </ul>
 *
 * <p>Threads: a reading thread cuts the file into chunks of lines; worker threads (one per processor by default,
 * {@link #withWorkers}) parse each chunk (one parser for the lines back to back in a page), validate its field
 * constraints, measure its members for the metrics, work out what the calling thread looks up (organization index,
 * packed facts, ID-number key, hashes) and run the checks that look at one record alone (field and record checks,
 * the references to other kinds, the temporary-branch member rule) on the records whose id is on one line only,
 * keeping their issues in a buffer; the calling thread takes the chunks in file order, notes what spans records
 * (duplicates, introducers, counters, metrics), replays the buffered issues into the collector and runs the rest
 * (the references to members and the introducer rule, on the members naming an introducer by id; the
 * single-record checks of duplicate ids). The report does not
 * depend on timing, chunk size or the number of workers. Immutable and thread-safe: each validation has its own
 * state.
 *
 * <p>Other sources (其他来源): {@link #validate(ValidationInput, MemberSource)} takes the other kinds already read
 * and the members from a {@link MemberSource} (a spreadsheet's member sheet or CSV file) read again for each pass;
 * its reading thread puts the bound records and read issues into the chunks (the workers skip the parsing, the rest
 * is the same), and each member keeps the location the source gave (a row) instead of a line number.
 */
public final class StreamingValidator {

  /** The file of the members. */
  static final String MEMBERS_FILE = EntityKind.MEMBER.collectionName() + DatasetReader.COLLECTION_EXTENSION;

  /** The bytes of lines a chunk holds at most, whatever its number of lines. */
  static final int MAX_CHUNK_BYTES = 8 << 20;

  /**
   * Member records per chunk by default: a worker goes over a chunk's records several times (binding, field
   * constraints, facts, measurements, checks), so a chunk is kept small enough to stay in the processor's cache
   * between those passes (4,096 before session 7; 256 cut the CPU of a 1 M run by about a sixth).
   */
  public static final int DEFAULT_CHUNK = 256;

  private static final Set<String> WAIT_FOR_INTRODUCERS = Set.of(IntroducerFullCheck.NAME, ReferenceCheck.NAME);

  /**
   * Member records the field and record checks go over at a time within a chunk: few enough that every check of
   * them finds them in the processor's cache (the report does not depend on it).
   */
  static final int CHECK_BATCH = 256;

  /** Member records kept apart in the sort buffers by default, per buffer (8 MB each). */
  public static final int DEFAULT_SORT_BUFFER = LongSorter.DEFAULT_CAPACITY;

  /** The last member ids whose facts the introducer rule finds without waiting, by default. */
  public static final int DEFAULT_INTRODUCER_WINDOW = 1 << 16;

  private final DefaultDatasetValidator validator;
  private final @Nullable Consumer<StreamingProgress> progress;
  private final int chunk;
  private final @Nullable Path tempDirectory;
  private final int sortBuffer;
  private final int introducerWindow;
  private final int workers;

  private StreamingValidator(
      DefaultDatasetValidator validator,
      @Nullable Consumer<StreamingProgress> progress,
      int chunk,
      @Nullable Path tempDirectory,
      int sortBuffer,
      int introducerWindow,
      int workers) {
    this.validator = Objects.requireNonNull(validator, "validator");
    this.progress = progress;
    if (chunk < 1) {
      throw new IllegalArgumentException("chunk size must be positive: " + chunk);
    }
    if (sortBuffer < 1 || introducerWindow < 1) {
      throw new IllegalArgumentException("buffer sizes must be positive");
    }
    this.chunk = chunk;
    this.tempDirectory = tempDirectory;
    this.sortBuffer = sortBuffer;
    this.introducerWindow = introducerWindow;
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1: " + workers);
    }
    this.workers = workers;
  }

  /** A streaming validator with the validator's standard, options and checks. */
  public static StreamingValidator of(DefaultDatasetValidator validator) {
    return new StreamingValidator(
        validator, null, DEFAULT_CHUNK, null, DEFAULT_SORT_BUFFER, DEFAULT_INTRODUCER_WINDOW, defaultWorkers());
  }

  /** A copy that reports progress to the listener (on the validating thread). */
  public StreamingValidator withProgress(Consumer<StreamingProgress> listener) {
    return new StreamingValidator(
        validator,
        Objects.requireNonNull(listener, "listener"),
        chunk,
        tempDirectory,
        sortBuffer,
        introducerWindow,
        workers);
  }

  /**
   * A copy that checks the members in chunks of the given number of records (default {@value #DEFAULT_CHUNK}):
   * memory holds a few chunks of member records at a time. The report does not depend on it.
   */
  public StreamingValidator withChunkSize(int records) {
    return new StreamingValidator(
        validator, progress, records, tempDirectory, sortBuffer, introducerWindow, workers);
  }

  /**
   * A copy that writes its temporary files (the sorted runs of member ids and ID numbers, deleted before
   * {@code validate} returns) to the directory; by default {@code java.io.tmpdir}.
   */
  public StreamingValidator withTempDirectory(Path directory) {
    return new StreamingValidator(
        validator,
        progress,
        chunk,
        Objects.requireNonNull(directory, "directory"),
        sortBuffer,
        introducerWindow,
        workers);
  }

  /**
   * A copy with other memory bounds (the report does not depend on them): the values per sort buffer (default
   * {@value #DEFAULT_SORT_BUFFER}, 8 bytes each, two buffers — ids and ID numbers — and a scratch buffer of the
   * same size for sorting them, shared out among the threads of the first pass; more values are spilled to sorted
   * runs on disk), and
   * the last member ids whose facts the introducer rule finds at once (default {@value #DEFAULT_INTRODUCER_WINDOW};
   * a member naming an introducer outside it waits for the end of the file, and one read before it makes a
   * second quick pass over the file).
   */
  public StreamingValidator withBuffers(int sortBufferValues, int introducerWindowIds) {
    return new StreamingValidator(
        validator, progress, chunk, tempDirectory, sortBufferValues, introducerWindowIds, workers);
  }

  /**
   * A copy that reads and checks the members on the given number of worker threads (default: one per processor):
   * the workers parse chunks of lines, validate their field constraints and run the checks that look at one record
   * alone, while the calling thread takes the chunks in file order for everything that spans records. The report
   * does not depend on it.
   */
  public StreamingValidator withWorkers(int threads) {
    return new StreamingValidator(validator, progress, chunk, tempDirectory, sortBuffer, introducerWindow, threads);
  }

  /** A pool of daemon threads named with the prefix and a number from 1 (a validation left behind cannot hang). */
  static ExecutorService daemonPool(int threads, String prefix) {
    java.util.concurrent.atomic.AtomicInteger number = new java.util.concurrent.atomic.AtomicInteger();
    return Executors.newFixedThreadPool(
        threads,
        r -> {
          Thread t = new Thread(r, prefix + number.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  /** One worker per processor. */
  static int defaultWorkers() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  private Path tempDirectory() {
    return tempDirectory != null ? tempDirectory : Path.of(System.getProperty("java.io.tmpdir"));
  }

  /**
   * Validates the dataset directory (a single-document file is validated in memory: it cannot be streamed).
   *
   * @throws UncheckedIOException when the path does not exist or cannot be read
   */
  public ValidationReport validate(Path path) {
    Objects.requireNonNull(path, "path");
    if (!Files.isDirectory(path)) {
      return validator.validate(path);
    }
    try {
      return new Run(path, null, null).run();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the dataset at " + path + ": " + e, e);
    }
  }

  /**
   * Validates the members of a source other than {@code members.jsonl} (a spreadsheet's member sheet, a CSV file)
   * with every other kind already read: the members go by in chunks as they do from a directory, the others are
   * {@code others}' records, read issues and unreadable counts. The report equals {@link
   * DefaultDatasetValidator#validate(ValidationInput)}'s of an input holding both (the others' records, read issues
   * and unreadable counts, the source's records and read issues after them, the source's unreadable count, the
   * regions of the whole dataset), except with fail-fast, where the first error found may differ. The members are
   * located where the source says (a row, a cell); progress reports count the source's records, its bytes are
   * {@link MemberSource#size()} once read.
   *
   * @param others every kind but the members, with their locations, read issues and unreadable counts; its
   *     {@linkplain ValidationInput#dataset() dataset} holds their records (its members are ignored), its regions
   *     resolve the divisions, organizations and other records (members are resolved here)
   * @param members the source of the members, read up to three times
   * @throws UncheckedIOException when the source cannot be read
   * @throws IllegalArgumentException when {@code others} has no dataset
   */
  public ValidationReport validate(ValidationInput others, MemberSource members) {
    Objects.requireNonNull(others, "others");
    Objects.requireNonNull(members, "members");
    if (others.dataset().isEmpty()) {
      throw new IllegalArgumentException("the input of the other kinds must carry their dataset");
    }
    try {
      return new Run(null, others, members).run();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the members: " + e, e);
    }
  }

  /** One streaming validation. */
  private final class Run {
    /** The dataset directory, or null when the members come from a source. */
    private final @Nullable Path dir;
    /** The other kinds as the caller read them (with a source), else null. */
    private final @Nullable ValidationInput givenOthers;
    /** The source of the members, or null for the directory's members file. */
    private final @Nullable MemberSource source;
    private final Standard standard = validator.standardDefinition();
    private final ValidationOptions options = validator.options();
    private final LocalDate asOf = options.asOf();
    /** What is known of a member id: the candidates' for good, the current chunk's, and those with issues. */
    private final Map<String, Info> infos = new HashMap<>();
    /** The ids of the current chunk whose entry goes when the chunk is done (unless it has issues). */
    private final List<EntityRef> transientIds = new ArrayList<>();
    /** The facts of the last members read (first records of ids read once), for the introducer rule. */
    private final Map<String, Long> window;
    /** Introducer ids a waiting member names that were not known when it went by, and their facts once read. */
    private final Set<String> wanted = new HashSet<>();
    private final Map<String, Long> wantedFacts = new HashMap<>();
    private final Map<Long, String> idNumberFirst = new HashMap<>();
    private MemberPrepass prepass = new MemberPrepass(LongSet.empty(), LongSet.empty(), 0, 0);
    private final List<RecordEntry> waiting = new ArrayList<>();
    private final Map<MemberId, PartyMember> kept = new HashMap<>();
    private final Set<MemberId> keep = new HashSet<>();
    private final Map<OrganizationId, Integer> orgIndex = new HashMap<>();
    private final List<OrganizationId> orgIds = new ArrayList<>();
    private long[] active = new long[0];
    private long[] full = new long[0];
    private @Nullable RegionResolver.Places[] orgPlaces = new RegionResolver.Places[0];
    private ReadTally memberTally = ReadTally.ZERO;
    private boolean stopped;

    private @Nullable ValidationInput small;
    private @Nullable CityDataset lookups;
    private @Nullable IssueCollector collector;
    private @Nullable MemberMetrics memberMetrics;
    private final List<RuleContext> duplicateIds = new ArrayList<>();
    private final List<RuleContext> duplicateIdNumbers = new ArrayList<>();
    private @Nullable RuleContext temporaryMembers;
    private Set<OrganizationType> temporaryTypes = Set.of();
    private final List<DefaultDatasetValidator.Bound> chunkBounds = new ArrayList<>();
    /** The chunk checks that look at each record alone: the workers run them. */
    private final List<DefaultDatasetValidator.Bound> localBounds = new ArrayList<>();
    /** The chunk checks that wait for the member's introducers (on the validating thread). */
    private final Set<DefaultDatasetValidator.Bound> waitBounds =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /**
     * Whether the wait checks must see every member; else (the reference check of members and the introducer
     * rule) only those naming an introducer by id, the only members they can report.
     */
    private boolean waitNeedsAll;
    /**
     * The rules run before each check, by the plan's own bound checks (by identity: a bound's hash would hash its
     * rule definitions, examples and all, on every batch of every chunk).
     */
    private final Map<DefaultDatasetValidator.Bound, List<RuleDefinition>> ranBefore = new java.util.IdentityHashMap<>();
    /** Whether the reading thread validates the members' field constraints ahead (set before it starts). */
    private boolean prevalidation;

    /**
     * A member id's first record (line, organization index, facts, population mask), how many records it has,
     * and the population masks of the others.
     */
    private static final class Info {
      final int line;
      final int org;
      final long fact;
      /** The first record's location when the members come from a source (a row), else null (the line). */
      @Nullable Location location;
      byte mask;
      int count = 1;
      byte[] dupMasks = NO_MASKS;
      boolean pinned;

      Info(int line, int org, long fact) {
        this.line = line;
        this.org = org;
        this.fact = fact;
      }
    }

    private static final byte[] NO_MASKS = new byte[0];

    private final List<Issue> laterReadIssues = new ArrayList<>();
    private @Nullable Regions regions;

    Run(@Nullable Path dir, @Nullable ValidationInput givenOthers, @Nullable MemberSource source) {
      this.dir = dir;
      this.givenOthers = givenOthers;
      this.source = source;
      int w = introducerWindow;
      this.window =
          new java.util.LinkedHashMap<>(Math.min(w, 1 << 16) * 2, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
              return size() > w;
            }
          };
    }

    ValidationReport run() throws IOException {
      MemberSource from = source;
      Path membersFile = dir == null ? null : dir.resolve(MEMBERS_FILE);
      boolean present = from != null || Files.isRegularFile(Objects.requireNonNull(membersFile));
      // 0. the quick pass over the members for duplicate candidates, beside the reading of the other kinds
      java.util.concurrent.CompletableFuture<MemberPrepass> scan =
          present
              ? java.util.concurrent.CompletableFuture.supplyAsync(
                  () -> {
                    try {
                      return from != null
                          ? MemberPrepass.scan(from, tempDirectory(), sortBuffer)
                          : MemberPrepass.scan(
                              Objects.requireNonNull(membersFile), tempDirectory(), sortBuffer, workers);
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  },
                  r -> {
                    Thread t = new Thread(r, "jingwei-members-prepass");
                    t.setDaemon(true);
                    t.start();
                  })
              : java.util.concurrent.CompletableFuture.completedFuture(prepass);
      // 1. every kind but the members
      ValidationInput smallInput;
      List<Issue> readIssues;
      boolean wanted;
      if (givenOthers != null) {
        smallInput = givenOthers;
        readIssues = givenOthers.readIssues();
        wanted = true;
      } else {
        Map<EntityKind, Class<?>> types = new EnumMap<>(EntityTypes.all());
        types.remove(EntityKind.MEMBER);
        ReadResult read;
        ExecutorService readers = workers > 1 ? daemonPool(workers, "jingwei-read-") : null;
        try { // the other kinds' files side by side (the first pass may leave a core free)
          read = DatasetReader.of(types).readDirectory(Objects.requireNonNull(dir), readers);
        } finally {
          if (readers != null) {
            readers.shutdownNow();
          }
        }
        List<String> listed = read.manifest().map(m -> m.files()).orElse(List.of());
        wanted = listed.isEmpty() || listed.contains(MEMBERS_FILE);
        readIssues = new ArrayList<>();
        for (Issue issue : read.issues()) {
          boolean unknownMembers =
              issue.code().equals(ReadIssueCodes.UNKNOWN_FILE) && MEMBERS_FILE.equals(issue.location().file());
          if (!(unknownMembers && present && wanted)) {
            readIssues.add(issue);
          }
        }
        for (int i = 0; i < listed.size(); i++) {
          if (listed.get(i).equals(MEMBERS_FILE) && !present) {
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("file", MEMBERS_FILE);
            readIssues.add(
                new Issue(
                    ReadIssueCodes.MISSING_FILE,
                    ReadIssueCodes.severityOf(ReadIssueCodes.MISSING_FILE),
                    null,
                    "/files/" + i,
                    Location.ofFile(DatasetReader.MANIFEST_FILE),
                    args));
          }
        }
        smallInput = CityDatasetInput.of(read);
      }
      prepass = io.jingwei.impl.io.Joins.join(scan);
      this.small = smallInput;
      CityDataset dataset = smallInput.dataset().orElseThrow();
      for (PartyOrganization o : dataset.organizations()) {
        if (!orgIndex.containsKey(o.id())) {
          orgIndex.put(o.id(), orgIds.size());
          orgIds.add(o.id());
        }
      }
      active = new long[orgIds.size()];
      full = new long[orgIds.size()];
      orgPlaces = new RegionResolver.Places[orgIds.size()];
      this.lookups =
          CityDataset.builder().addAll(dataset.divisions()).addAll(dataset.organizations()).build();
      collectKept(dataset);

      Regions r = new Regions(smallInput.regions());
      this.regions = r;
      IssueCollector c = new IssueCollector(standard, options, asOf, r);
      this.collector = c;
      plan();
      for (Issue issue : readIssues) {
        c.accept(issue);
        if (c.isStopped()) {
          break;
        }
      }

      // 2. the members
      if (present && wanted && !c.isStopped()) {
        streamMembers(membersFile, from);
        for (Issue issue : laterReadIssues) {
          if (stopped) {
            break;
          }
          c.accept(issue);
          stopped = c.isStopped();
        }
        if (!stopped) {
          runWaiting();
        }
      }

      // 3. every check over the other kinds
      DatasetMetrics[] metrics = {DatasetMetrics.empty()};
      ValidationInput rest = new RestInput(smallInput, restDataset(dataset));
      if (!c.isStopped()) {
        runRest(rest, m -> metrics[0] = m);
      }
      return report(smallInput, c, c.isStopped() ? DatasetMetrics.empty() : metrics[0]);
    }

    /**
     * Runs every check over the other kinds after the members, side by side on the workers ({@link SideBySide},
     * 检查并行): the report is the one a single thread gives.
     */
    private void runRest(ValidationInput rest, Consumer<DatasetMetrics> sink) {
      SideBySide.run(
          validator.plan(),
          Objects.requireNonNull(collector),
          workers,
          "jingwei-checks-",
          (bound, issues) -> {
            List<RuleContext> rules = contexts(bound, rest, issues);
            return rules.isEmpty() ? null : context(bound, rest, rules, issues, sink);
          });
    }

    /** The members other records name: kept whole when they go by. */
    private void collectKept(CityDataset dataset) {
      for (PartyOrganization o : dataset.organizations()) {
        LeadershipTeam team = o.leadership();
        if (team != null) {
          for (Officer officer : team.officers()) {
            if (officer.member() != null) {
              keep.add(officer.member());
            }
          }
        }
      }
      for (CommunityWorker w : dataset.communityWorkers()) {
        if (w.member() != null) {
          keep.add(w.member());
        }
      }
      for (GridWorker w : dataset.gridWorkers()) {
        if (w.member() != null) {
          keep.add(w.member());
        }
      }
    }

    /** Finds the checks and rules that look at members while they go by. */
    private void plan() {
      IssueCollector c = Objects.requireNonNull(collector);
      ranBefore.putAll(validator.ranBefore(EnumSet.allOf(Layer.class)));
      StreamInput members = new StreamInput(List.of(), Objects.requireNonNull(lookups));
      RuleDefinition completeness = null;
      RuleDefinition compliance = null;
      List<RuleDefinition> metricsRan = List.of();
      for (DefaultDatasetValidator.Bound bound : validator.plan()) {
        List<RuleDefinition> inForce = bound.inForce(asOf);
        Layer layer = bound.check().layer();
        String name = bound.check().name();
        if (bound.check() instanceof ReferenceCheck whole && whole.scope() == ReferenceCheck.Scope.ALL) {
          // the references to other kinds on the workers, those to members (read so far) here
          DefaultDatasetValidator.Bound others =
              new DefaultDatasetValidator.Bound(
                  new ReferenceCheck(ReferenceCheck.Scope.NOT_MEMBERS), bound.rules(), bound.all());
          DefaultDatasetValidator.Bound toMembers =
              new DefaultDatasetValidator.Bound(
                  new ReferenceCheck(ReferenceCheck.Scope.MEMBERS), bound.rules(), bound.all());
          ranBefore.put(others, ranBefore.get(bound));
          ranBefore.put(toMembers, ranBefore.get(bound));
          chunkBounds.add(others);
          localBounds.add(others);
          chunkBounds.add(toMembers);
          waitBounds.add(toMembers);
        } else if (layer == Layer.FIELD || layer == Layer.RECORD || name.equals(ReferenceCheck.NAME)) {
          chunkBounds.add(bound);
          if (WAIT_FOR_INTRODUCERS.contains(name)) {
            waitBounds.add(bound);
            if (!(bound.check() instanceof IntroducerFullCheck)) {
              waitNeedsAll = true; // a check of that name this class does not know: it sees every member
            }
          } else {
            localBounds.add(bound);
          }
          if (name.equals(FieldConstraintCheck.NAME) && !inForce.isEmpty()) {
            prevalidation = true;
          }
        }
        for (RuleDefinition rule : inForce) {
          if (name.equals(DuplicateIdCheck.NAME)) {
            duplicateIds.add(new RuleContext(rule, asOf, members, c));
          } else if (name.equals(DuplicateValueCheck.NAME)
              && "idNumber".equals(rule.stringParam("property", ""))
              && rule.stringListParam("kinds").stream()
                  .anyMatch(k -> k.strip().equals(EntityKind.MEMBER.collectionName()))) {
            duplicateIdNumbers.add(new RuleContext(rule, asOf, members, c));
          } else if (name.equals(TemporaryBranchCheck.NAME) && rule.id().equals(TemporaryBranchCheck.MEMBERS)) {
            temporaryMembers = new RuleContext(rule, asOf, members, c);
            temporaryTypes = TemporaryBranchCheck.memberTypes(temporaryMembers);
          } else if (name.equals(DatasetMetricsCheck.NAME)) {
            if (rule.id().equals(DatasetMetricsCheck.COMPLETENESS)) {
              completeness = rule;
            } else if (rule.id().equals(DatasetMetricsCheck.COMPLIANCE)) {
              compliance = rule;
              metricsRan = ranBefore.get(bound);
            }
          }
        }
      }
      memberMetrics = MemberMetrics.of(completeness, compliance, metricsRan, new MetricsRecords());
    }

    private List<RuleContext> contexts(DefaultDatasetValidator.Bound bound, ValidationInput input, IssueSink sink) {
      return bound.contexts(asOf, input, sink);
    }

    private CheckContext context(
        DefaultDatasetValidator.Bound bound,
        ValidationInput input,
        List<RuleContext> rules,
        IssueSink issues,
        Consumer<DatasetMetrics> sink) {
      return new CheckContext(asOf, input, rules, bound.all(), issues, ranBefore.get(bound), sink);
    }

    // ---------------------------------------------------------------------------------------------- streaming

    /**
     * The lines of a chunk of the members file as the reading thread cut them, in file order (a null line is over
     * the record limit), and the bytes read after them; or, from a source, the records and read issues it gave
     * (already bound: the worker does not parse) and, in the last chunk, the source's tally.
     */
    private static final class RawChunk {
      private static final byte[] NO_BYTES = new byte[0];
      /** The buffer holding each line: pages of {@value #PAGE} bytes shared by the lines that fit (of several chunks). */
      byte[][] buffers;
      /** Where each line starts in its buffer. */
      final int[] starts;
      /** Each line's length; -1 for a line over the record limit. */
      final int[] lengths;
      final long[] numbers;
      int count;
      long size;
      long bytes;
      boolean last;
      final @Nullable List<Located<PartyMember>> bound;
      final List<Issue> boundIssues;
      ReadTally tally = ReadTally.ZERO;
      private final int capacity;

      RawChunk(int capacity) {
        this.buffers = new byte[capacity][];
        this.starts = new int[capacity];
        this.lengths = new int[capacity];
        this.numbers = new long[capacity];
        this.bound = null;
        this.boundIssues = List.of();
        this.capacity = capacity;
      }

      private RawChunk(int capacity, boolean fromSource) {
        this.buffers = new byte[0][];
        this.starts = new int[0];
        this.lengths = new int[0];
        this.numbers = new long[0];
        this.bound = new ArrayList<>();
        this.boundIssues = new ArrayList<>();
        this.capacity = capacity;
      }

      /**
       * The next empty chunk of lines, filling this one's last page on (a page may hold the lines of several
       * chunks: the lines already in it are not written again, and a worker reads only those of its chunk).
       */
      RawChunk next(int capacity) {
        RawChunk next = new RawChunk(capacity);
        next.page = page;
        next.pageUsed = pageUsed;
        return next;
      }

      /** An empty chunk of a source's records and issues. */
      static RawChunk ofSource(int capacity) {
        return new RawChunk(capacity, true);
      }

      /**
       * The size of the pages lines are copied into: small enough that a page is never one of the collector's
       * "humongous" objects (half a G1 region: 512 KiB in the smallest regions), large enough for hundreds of lines.
       */
      static final int PAGE = 128 * 1024;

      private byte @Nullable [] page;
      private int pageUsed;

      /** Adds a line (copied), or a line over the limit when {@code bytes} is null. */
      void add(long number, byte @Nullable [] bytes, int length) {
        numbers[count] = number;
        if (bytes == null) {
          lengths[count] = -1;
          buffers[count] = NO_BYTES;
        } else {
          byte[] target;
          int at;
          if (length > PAGE / 4) {
            target = java.util.Arrays.copyOf(bytes, length); // a long line: an array of its own
            at = 0;
          } else {
            if (page == null || pageUsed + length > page.length) {
              page = new byte[PAGE];
              pageUsed = 0;
            }
            target = page;
            at = pageUsed;
            System.arraycopy(bytes, 0, target, at, length);
            pageUsed += length;
          }
          buffers[count] = target;
          starts[count] = at;
          lengths[count] = length;
          size += length;
        }
        count++;
      }

      void add(Located<PartyMember> record) {
        Objects.requireNonNull(bound).add(record);
        count++;
      }

      void add(Issue issue) {
        boundIssues.add(issue);
        count++;
      }

      boolean isFull() {
        return count == capacity || size >= MAX_CHUNK_BYTES;
      }
    }

    /**
     * A chunk of the members file as a worker read it: its records, their entries and read issues in file order,
     * the tally of its lines, the bytes read after it, the issues of the checks it ran on the records whose id is on
     * one line only ({@link Facts#ONE_LINE}), what the member metrics measured of each record and its facts.
     */
    private record Chunk(
        List<Located<PartyMember>> records,
        List<RecordEntry> entries,
        List<Issue> issues,
        ReadTally tally,
        long bytes,
        boolean last,
        FieldConstraintCheck.Prevalidated valid,
        IssueBuffer checkIssues,
        long @Nullable [] measured,
        Facts facts) {}

    /**
     * What the workers work out for the validating thread from each member alone, so that it only looks things
     * up: the organization's index, the packed facts, the ID number's key and a few flags.
     */
    private static final class Facts {
      /** The member is one a community worker, grid worker or officer names (kept whole). */
      static final byte KEEP = 1;
      /** The ID number is one the first pass saw more than once. */
      static final byte ID_NUMBER_CANDIDATE = 2;
      /** An introducer names a member by id. */
      static final byte MEMBER_INTRODUCERS = 4;
      /**
       * The id is on one line only (not a duplicate candidate of the first pass): the worker ran the single-record
       * checks on it, its location being its own line's.
       */
      static final byte ONE_LINE = 8;

      final int[] orgs;
      final long[] facts;
      final long[] idNumberKeys;
      final byte[] flags;

      Facts(int n) {
        orgs = new int[n];
        facts = new long[n];
        idNumberKeys = new long[n];
        flags = new byte[n];
      }

      boolean has(int i, byte flag) {
        return (flags[i] & flag) != 0;
      }
    }

    private static final Object END = new Object();

    private void streamMembers(@Nullable Path file, @Nullable MemberSource from) throws IOException {
      long totalBytes = from != null ? Math.max(0, from.size()) : Files.size(Objects.requireNonNull(file));
      JsonLinesReader<PartyMember> reader =
          JsonLinesReader.of(PartyMember.class, EntityKind.MEMBER).withLimits(ReadLimits.defaults());
      ExecutorService pool = daemonPool(workers, "jingwei-members-worker-");
      BlockingQueue<Object> queue = new ArrayBlockingQueue<>(workers);
      long start = System.nanoTime();
      Thread cutter =
          new Thread(
              () -> {
                try {
                  if (from != null) {
                    cutSource(from, totalBytes, reader, pool, queue);
                  } else {
                    cutChunks(Objects.requireNonNull(file), reader, pool, queue);
                  }
                } catch (Throwable t) {
                  putQuietly(queue, t);
                }
              },
              "jingwei-members-reader");
      cutter.setDaemon(true);
      cutter.start();
      long records = 0;
      long nextReport = StreamingProgress.INTERVAL_RECORDS;
      ReadTally tally = ReadTally.ZERO;
      try {
        while (true) {
          Object next = queue.take();
          if (next == END) {
            break;
          }
          if (next instanceof Throwable t) {
            throw io.jingwei.impl.io.Joins.rethrow(t);
          }
          Chunk chunk;
          try {
            chunk = ((Future<?>) next).get() instanceof Chunk c ? c : null;
          } catch (ExecutionException e) {
            throw io.jingwei.impl.io.Joins.rethrow(e.getCause() == null ? e : e.getCause());
          }
          Objects.requireNonNull(chunk);
          tally = tally.plus(chunk.tally());
          if (!stopped) {
            process(chunk);
          }
          records += chunk.records().size();
          if (progress != null && (records >= nextReport || chunk.last())) {
            nextReport = records + StreamingProgress.INTERVAL_RECORDS;
            progress.accept(
                new StreamingProgress(records, chunk.bytes(), totalBytes, System.nanoTime() - start, chunk.last()));
          }
        }
        memberTally = tally;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while reading " + MEMBERS_FILE, e);
      } finally {
        cutter.interrupt();
        pool.shutdownNow();
      }
    }

    /**
     * Reads the source into chunks of records and read issues (a chunk holds at most the chunk size of both) and
     * hands each to a worker, the futures in source order; the last chunk carries the source's tally.
     */
    private void cutSource(
        MemberSource from,
        long totalBytes,
        JsonLinesReader<PartyMember> reader,
        ExecutorService pool,
        BlockingQueue<Object> queue)
        throws IOException, InterruptedException {
      RawChunk[] current = {RawChunk.ofSource(chunk)};
      ReadTally tally;
      try {
        tally =
            from.read(
                record -> {
                  current[0].add(record);
                  handIfFull(current, reader, pool, queue);
                },
                issue -> {
                  current[0].add(issue);
                  handIfFull(current, reader, pool, queue);
                });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      current[0].tally = Objects.requireNonNull(tally, "the source's tally");
      hand(current[0], totalBytes, true, reader, pool, queue);
      queue.put(END);
    }

    private void handIfFull(
        RawChunk[] current, JsonLinesReader<PartyMember> reader, ExecutorService pool, BlockingQueue<Object> queue) {
      if (current[0].isFull()) {
        try {
          hand(current[0], 0, false, reader, pool, queue);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        current[0] = RawChunk.ofSource(chunk);
      }
    }

    /** Cuts the file into chunks of lines and hands each to a worker, the futures in file order. */
    private void cutChunks(
        Path file, JsonLinesReader<PartyMember> reader, ExecutorService pool, BlockingQueue<Object> queue)
        throws IOException, InterruptedException {
      try (CountingStream in = new CountingStream(Files.newInputStream(file))) {
        RawChunk[] current = {new RawChunk(chunk)};
        reader.frame(
            in,
            new JsonLinesReader.Lines() {
              @Override
              public void line(long number, byte[] bytes, int length) throws IOException {
                add(number, bytes, length);
              }

              @Override
              public void tooLong(long number) throws IOException {
                add(number, null, 0);
              }

              private void add(long number, byte @Nullable [] bytes, int length) throws IOException {
                current[0].add(number, bytes, length);
                if (current[0].isFull()) {
                  hand(current[0], in.count(), false, reader, pool, queue);
                  current[0] = current[0].next(chunk);
                }
              }
            });
        hand(current[0], in.count(), true, reader, pool, queue);
        queue.put(END);
      }
    }

    private void hand(
        RawChunk raw,
        long bytes,
        boolean last,
        JsonLinesReader<PartyMember> reader,
        ExecutorService pool,
        BlockingQueue<Object> queue)
        throws IOException {
      raw.bytes = bytes;
      raw.last = last;
      try {
        queue.put(pool.submit(() -> read(raw, reader)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted while reading " + MEMBERS_FILE);
      }
    }

    /**
     * On a worker: parses the chunk's lines, validates the members' field constraints, measures the members for
     * the metrics and runs the field and record checks on the records whose id is on one line only (their issues
     * wait in a buffer for the validating thread, which runs these checks itself on the others: their location
     * is their id's first record, known there only).
     */
    private Chunk read(RawChunk raw, JsonLinesReader<PartyMember> reader) throws IOException {
      List<Located<PartyMember>> records;
      List<Issue> issues;
      ReadTally tally;
      if (raw.bound != null) {
        records = raw.bound;
        issues = raw.boundIssues;
        tally = raw.tally;
      } else {
        records = new ArrayList<>(raw.count);
        issues = new ArrayList<>();
        tally =
            reader.readFramed(
                raw.buffers, raw.starts, raw.lengths, raw.numbers, raw.count, MEMBERS_FILE, records::add, issues::add);
        raw.buffers = new byte[0][];
      }
      FieldConstraintCheck.Prevalidated valid = prevalidate(records);
      int n = records.size();
      List<RecordEntry> entries = new ArrayList<>(n);
      MemberMetrics mm = memberMetrics;
      long[] measured = mm != null && mm.canMeasureApart() ? new long[n] : null;
      Facts facts = new Facts(n);
      workOut(records, entries, facts, measured);
      IssueBuffer buffer = new IssueBuffer();
      checkOnWorker(entries, facts, valid, buffer);
      return new Chunk(records, entries, issues, tally, raw.bytes, raw.last, valid, buffer, measured, facts);
    }

    // Each loop over a chunk is a method of its own: the compiler then compiles each once, small, instead of
    // compiling one large method again for each loop it enters (on-stack replacement).

    /** The chunk's entries, facts and measurements, on a worker. */
    private void workOut(
        List<Located<PartyMember>> records, List<RecordEntry> entries, Facts facts, long @Nullable [] measured) {
      MemberMetrics mm = memberMetrics;
      for (int i = 0; i < records.size(); i++) {
        Located<PartyMember> located = records.get(i);
        PartyMember m = located.value();
        entries.add(new RecordEntry(m.id().toRef(), m, located.location()));
        workOut(m, facts, i);
        if (measured != null) {
          measured[i] = Objects.requireNonNull(mm).measure(m);
        }
      }
    }

    /** The checks of single records that run on a worker, over the members met once so far. */
    private void checkOnWorker(
        List<RecordEntry> entries, Facts facts, FieldConstraintCheck.Prevalidated valid, IssueBuffer buffer) {
      RuleContext temporary = temporaryMembers;
      if (localBounds.isEmpty() && temporary == null) {
        return;
      }
      int n = entries.size();
      for (int from = 0; from < n; from += CHECK_BATCH) { // once for a chunk of CHECK_BATCH records or fewer
        List<RecordEntry> part = byLines(entries, from, Math.min(n, from + CHECK_BATCH), facts, true);
        if (!part.isEmpty()) {
          WorkerInput input = new WorkerInput(part, Objects.requireNonNull(lookups), valid);
          runLocalBounds(input, buffer);
          if (temporary != null) { // one record of the id: the first
            checkTemporary(new RuleContext(temporary.rule(), asOf, input, buffer), part);
          }
        }
      }
    }

    // The loops of the worker's checks are methods of their own, short for each call: the compiler compiles
    // checkOnWorker once, as a method, rather than again on-stack at each loop that runs long within one call
    // (three compilations of it, 2.7 s of a 1 M run's C2 time, before session 10).

    /**
     * The entries from {@code from} to {@code to} whose id is on one line only ({@code oneLine}; their single-record
     * checks run on the worker), or those whose id may be on more (the validating thread checks them).
     */
    private static List<RecordEntry> byLines(
        List<RecordEntry> entries, int from, int to, Facts facts, boolean oneLine) {
      List<RecordEntry> part = new ArrayList<>(oneLine ? to - from : 0);
      for (int i = from; i < to; i++) {
        if (facts.has(i, Facts.ONE_LINE) == oneLine) {
          part.add(entries.get(i));
        }
      }
      return part;
    }

    private void runLocalBounds(WorkerInput input, IssueBuffer buffer) {
      for (DefaultDatasetValidator.Bound bound : localBounds) {
        runBound(bound, input, buffer);
      }
    }

    private void checkTemporary(RuleContext rule, List<RecordEntry> part) {
      for (RecordEntry e : part) {
        TemporaryBranchCheck.checkMember(rule, temporaryTypes, lookups, (PartyMember) e.record());
      }
    }

    /**
     * On a worker: the member's {@link Facts} (the maps read here are not changed while members stream), and the
     * hashes of the id strings the validating thread looks up (a string keeps its hash once computed).
     */
    private void workOut(PartyMember m, Facts facts, int i) {
      m.id().value().hashCode(); // stored in the string: not optimized away
      Integer org = orgIndex.get(m.organization()); // hashes the organization id too
      facts.orgs[i] = org == null ? MemberTable.NO_ORGANIZATION : org;
      facts.facts[i] = fact(m, org);
      byte flags = 0;
      if (!prepass.duplicateIds().contains(MemberPrepass.memberKey(m.id().value()))) {
        flags |= Facts.ONE_LINE;
      }
      if (!keep.isEmpty() && keep.contains(m.id())) {
        flags |= Facts.KEEP;
      }
      if (m.idNumber() != null) {
        long key = MemberPrepass.idNumberKey(m.idNumber().value());
        facts.idNumberKeys[i] = key;
        if (prepass.duplicateIdNumbers().contains(key)) {
          flags |= Facts.ID_NUMBER_CANDIDATE;
        }
      }
      for (Introducer introducer : m.timeline().introducers()) {
        MemberId id = introducer.member();
        if (id != null) {
          flags |= Facts.MEMBER_INTRODUCERS;
          id.value().hashCode();
        }
      }
      facts.flags[i] = flags;
    }


    /**
     * Validates the field constraints of the chunk's members on the worker (the check then validates only those
     * with violations): known valid are the chunk's records but those found wanting, by identity. Only the chunk's
     * records are ever asked about (the inputs of the chunk's checks hold nothing else).
     */
    private FieldConstraintCheck.Prevalidated prevalidate(List<Located<PartyMember>> records) {
      if (!prevalidation) {
        return record -> false;
      }
      // every record a check sees through the chunk's inputs is one of these: keep the few invalid ones only
      Set<Object> invalid = null;
      for (Located<PartyMember> r : records) {
        if (!FieldConstraintCheck.isValid(r.value())) {
          if (invalid == null) {
            invalid = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
          }
          invalid.add(r.value());
        }
      }
      if (invalid == null) {
        return record -> true;
      }
      Set<Object> wanting = invalid;
      return record -> !wanting.contains(record);
    }

    private void putQuietly(BlockingQueue<Object> queue, Throwable t) {
      try {
        queue.put(t);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private void process(Chunk chunk) {
      IssueCollector c = Objects.requireNonNull(collector);
      List<RecordEntry> entries = chunk.entries();
      try {
        // index the chunk first: lookups and regions within the chunk see every record of it
        List<Info> infoOf = new ArrayList<>(entries.size());
        int[] dupIndex = new int[entries.size()];
        index(entries, chunk.facts(), infoOf, dupIndex);
        if (acceptReadIssues(chunk.issues())) {
          stopped = true;
          return;
        }
        boolean[] isReady = new boolean[entries.size()];
        Map<MemberId, PartyMember> standIns = new LinkedHashMap<>();
        perMember(entries, chunk, infoOf, dupIndex, isReady, standIns);
        if (chunk.checkIssues().replay(c)) {
          stopped = true;
          return;
        }
        checkChunk(chunk, isReady, withStandIns(standIns));
      } catch (StopValidation stop) {
        stopped = true;
      } finally {
        forgetChunk();
      }
    }

    /** Notes each record of the chunk ({@link #index(RecordEntry, PartyMember, List, Facts, int)}). */
    private void index(List<RecordEntry> entries, Facts facts, List<Info> infoOf, int[] dupIndex) {
      for (int i = 0; i < entries.size(); i++) {
        RecordEntry entry = entries.get(i);
        dupIndex[i] = index(entry, (PartyMember) entry.record(), infoOf, facts, i);
      }
    }

    /** Hands the chunk's read issues to the collector (or keeps them for the end); whether it stopped. */
    private boolean acceptReadIssues(List<Issue> issues) {
      IssueCollector c = Objects.requireNonNull(collector);
      for (Issue issue : issues) {
        EntityRef ref = issue.entity();
        if (ref != null
            && ref.kind() == EntityKind.MEMBER
            && !infos.containsKey(ref.id())
            && prepass.duplicateIds().contains(MemberPrepass.memberKey(ref.id()))) {
          laterReadIssues.add(issue); // its record may come later: its region is known at the end
          continue;
        }
        c.accept(issue);
        if (c.isStopped()) {
          return true;
        }
      }
      return false;
    }

    /** The introducer wait and the rules that keep state across records, for each member of the chunk. */
    private void perMember(
        List<RecordEntry> entries,
        Chunk chunk,
        List<Info> infoOf,
        int[] dupIndex,
        boolean[] isReady,
        Map<MemberId, PartyMember> standIns) {
      long[] measured = chunk.measured();
      for (int i = 0; i < entries.size(); i++) {
        RecordEntry entry = entries.get(i);
        PartyMember m = (PartyMember) entry.record();
        if (!chunk.facts().has(i, Facts.MEMBER_INTRODUCERS) || introducersKnown(m, standIns)) {
          isReady[i] = true;
        } else {
          waiting.add(entry);
          infoOf.get(i).pinned = true;
        }
        perMember(entry, m, infoOf.get(i), dupIndex[i], measured, i, chunk.facts());
      }
    }

    /** The checks run here over the chunk: a few records at a time, all of them on each, while in the cache. */
    private void checkChunk(Chunk chunk, boolean[] isReady, CityDataset chunkLookups) {
      List<RecordEntry> entries = chunk.entries();
      for (int from = 0; from < entries.size(); from += CHECK_BATCH) { // once for a chunk of CHECK_BATCH or fewer
        int to = Math.min(entries.size(), from + CHECK_BATCH);
        List<RecordEntry> readyPart = ready(entries, from, to, isReady, chunk.facts());
        List<RecordEntry> uncheckedPart = byLines(entries, from, to, chunk.facts(), false);
        StreamInput readyInput = readyPart.isEmpty() ? null : new StreamInput(readyPart, chunkLookups, chunk.valid());
        StreamInput uncheckedInput =
            uncheckedPart.isEmpty() ? null : new StreamInput(uncheckedPart, chunkLookups, chunk.valid());
        if (!runChunkBounds(readyInput, uncheckedInput)) {
          return;
        }
      }
    }

    /** The ready entries the waiting checks need to see (a member naming no introducer by id gives them nothing). */
    private List<RecordEntry> ready(List<RecordEntry> entries, int from, int to, boolean[] isReady, Facts facts) {
      List<RecordEntry> part = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        if (isReady[i] && (waitNeedsAll || facts.has(i, Facts.MEMBER_INTRODUCERS))) {
          part.add(entries.get(i));
        }
      }
      return part;
    }

    /** Runs the chunk's checks over the ready and the unchecked part (null: none); false once stopped. */
    private boolean runChunkBounds(@Nullable StreamInput readyInput, @Nullable StreamInput uncheckedInput) {
      for (DefaultDatasetValidator.Bound bound : chunkBounds) {
        if (waitBounds.contains(bound)) {
          if (readyInput != null) {
            runBound(bound, readyInput);
          }
        } else if (uncheckedInput != null) {
          runBound(bound, uncheckedInput);
        }
        if (stopped) {
          return false;
        }
      }
      return true;
    }

    /** Drops what the chunk's members left behind but for those with issues or waiting. */
    private void forgetChunk() {
      IssueCollector c = Objects.requireNonNull(collector);
      for (EntityRef ref : transientIds) {
        Info info = infos.get(ref.id());
        if (info != null && !info.pinned && !c.hasIssue(ref)) {
          infos.remove(ref.id());
        }
      }
      transientIds.clear();
    }

    /** Runs the check on a worker, its issues into the buffer. */
    private void runBound(DefaultDatasetValidator.Bound bound, ValidationInput input, IssueBuffer buffer) {
      List<RuleContext> rules = contexts(bound, input, buffer);
      if (rules.isEmpty()) {
        return;
      }
      try {
        bound.check().run(context(bound, input, rules, buffer, m -> {}));
      } catch (RuntimeException e) {
        throw SideBySide.failed(bound, e);
      }
    }

    private void runBound(DefaultDatasetValidator.Bound bound, ValidationInput input) {
      List<RuleContext> rules = contexts(bound, input, Objects.requireNonNull(collector));
      if (rules.isEmpty()) {
        return;
      }
      try {
        bound.check().run(context(bound, input, rules, Objects.requireNonNull(collector), m -> {}));
      } catch (StopValidation stop) {
        stopped = true;
      } catch (RuntimeException e) {
        throw SideBySide.failed(bound, e);
      }
      if (Objects.requireNonNull(collector).isStopped()) {
        stopped = true;
      }
    }

    /**
     * Notes the record; returns -1 when it is the first of its id, else the index of its duplicate entry. Adds the
     * id's entry to {@code infoOf}.
     */
    private int index(RecordEntry entry, PartyMember m, List<Info> infoOf, Facts facts, int index) {
      String id = m.id().value();
      Info known = infos.get(id);
      if (known != null) { // only a candidate id can be met twice
        infoOf.add(known);
        int at = known.count - 1;
        known.count++;
        if (at == known.dupMasks.length) {
          known.dupMasks = java.util.Arrays.copyOf(known.dupMasks, Math.max(2, at * 2));
        }
        return at;
      }
      int org = facts.orgs[index];
      if (m.standing().isActive() && org != MemberTable.NO_ORGANIZATION) {
        active[org]++;
        if (m.status() == MembershipStatus.FULL) {
          full[org]++;
        }
      }
      long fact = facts.facts[index];
      long line = entry.location().line();
      Info info = new Info(line > Integer.MAX_VALUE ? -1 : (int) line, org, fact);
      if (source != null) {
        info.location = entry.location();
      }
      infos.put(id, info);
      infoOf.add(info);
      if (facts.has(index, Facts.ONE_LINE)) { // not a duplicate candidate: forgotten after the chunk
        transientIds.add(entry.ref());
        window.put(id, fact);
      }
      if (!wanted.isEmpty() && wanted.contains(id)) {
        wantedFacts.putIfAbsent(id, fact);
      }
      if (facts.has(index, Facts.KEEP)) {
        kept.put(m.id(), m);
      }
      return -1;
    }

    /** The facts of a member the introducer rule and the references look at, packed. */
    private long fact(PartyMember m, @Nullable Integer org) {
      RecruitmentTimeline t = m.timeline();
      int flags = 0;
      if (m.status() == MembershipStatus.PROBATIONARY) {
        flags |= MemberTable.PROBATIONARY;
      }
      if (m.standing().isActive()) {
        flags |= MemberTable.ACTIVE;
      }
      if (m.status() == MembershipStatus.FULL) {
        flags |= MemberTable.FULL;
      }
      return MemberTable.fact(
          org == null ? MemberTable.NO_ORGANIZATION : org,
          t.convertedOn(),
          t.admittedOn(),
          flags);
    }

    /** The rules on single members that keep state across records, and the member metrics. */
    private void perMember(
        RecordEntry entry,
        PartyMember m,
        Info info,
        int dup,
        long @Nullable [] measured,
        int index,
        Facts facts) {
      boolean first = dup < 0;
      String id = m.id().value();
      if (!first) {
        for (RuleContext rule : duplicateIds) {
          rule.emitAt(entry.ref(), "/id", entry.location(), args("id", id), Approvals.none());
        }
      }
      if (m.idNumber() != null && !duplicateIdNumbers.isEmpty()) {
        long value = facts.idNumberKeys[index];
        if (facts.has(index, Facts.ID_NUMBER_CANDIDATE)) {
          String holder = idNumberFirst.putIfAbsent(value, id);
          if (holder != null && !holder.equals(id)) {
            for (RuleContext rule : duplicateIdNumbers) {
              rule.emitAt(
                  entry.ref(),
                  "/idNumber",
                  entry.location(),
                  args("value", m.idNumber(), "first", holder),
                  Approvals.none());
            }
          }
        }
      }
      if (first && !facts.has(index, Facts.ONE_LINE) && temporaryMembers != null) { // else the worker checked it
        TemporaryBranchCheck.checkMember(
            temporaryMembers, temporaryTypes, Objects.requireNonNull(lookups), m);
      }
      MemberMetrics mm = memberMetrics;
      if (mm != null) {
        int group = info.org;
        int g = group == MemberTable.NO_ORGANIZATION ? -1 : group;
        byte mask = (byte) (measured != null ? mm.count(g, measured[index]) : mm.accept(g, m));
        if (first) {
          info.mask = mask;
        } else {
          info.dupMasks[dup] = mask;
        }
      }
    }

    /** The facts of the first record of the id when read so far, else null. */
    private @Nullable Long factOf(String id) {
      Info info = infos.get(id);
      if (info != null) {
        return info.fact;
      }
      if (prepass.duplicateIds().contains(MemberPrepass.memberKey(id))) {
        return null;
      }
      Long fact = window.get(id);
      return fact != null ? fact : wantedFacts.get(id);
    }

    /** Whether every introducer the member names has been read; adds their stand-ins. */
    private boolean introducersKnown(PartyMember m, Map<MemberId, PartyMember> standIns) {
      for (Introducer introducer : m.timeline().introducers()) {
        MemberId id = introducer.member();
        if (id == null) {
          continue;
        }
        Long fact = factOf(id.value());
        if (fact == null) {
          for (Introducer other : m.timeline().introducers()) {
            if (other.member() != null && factOf(other.member().value()) == null) {
              wanted.add(other.member().value());
            }
          }
          return false;
        }
        standIns.computeIfAbsent(id, x -> standIn(x, fact));
      }
      return true;
    }

    private PartyMember standIn(MemberId id, long fact) {
      PartyMember whole = kept.get(id);
      if (whole != null) {
        return whole;
      }
      RecruitmentTimeline.Builder t = RecruitmentTimeline.builder();
      LocalDate converted = MemberTable.converted(fact);
      LocalDate admitted = MemberTable.admitted(fact);
      if (converted != null) {
        t.convertedOn(PartialDate.of(converted));
      }
      if (admitted != null) {
        t.admittedOn(PartialDate.of(admitted));
      }
      int org = MemberTable.organization(fact);
      return PartyMember.builder()
          .id(id)
          .name(PersonName.of("-"))
          .status(MemberTable.has(fact, MemberTable.PROBATIONARY) ? MembershipStatus.PROBATIONARY : MembershipStatus.FULL)
          .organization(org == MemberTable.NO_ORGANIZATION ? OrganizationId.of("-") : orgIds.get(org))
          .timeline(t.build())
          .build();
    }

    private CityDataset withStandIns(Map<MemberId, PartyMember> standIns) {
      CityDataset base = Objects.requireNonNull(lookups);
      if (standIns.isEmpty()) {
        return base;
      }
      return base.withMembers(standIns.values());
    }

    /** The members that named an introducer not yet read, now that every member has been read. */
    private void runWaiting() throws IOException {
      if (waiting.isEmpty()) {
        return;
      }
      Map<MemberId, PartyMember> standIns = new LinkedHashMap<>();
      Set<String> far = new HashSet<>();
      for (RecordEntry e : waiting) {
        for (Introducer introducer : ((PartyMember) e.record()).timeline().introducers()) {
          MemberId id = introducer.member();
          if (id != null && factOf(id.value()) == null) {
            far.add(id.value());
          }
        }
      }
      if (!far.isEmpty()) {
        rescan(far);
      }
      for (RecordEntry e : waiting) {
        for (Introducer introducer : ((PartyMember) e.record()).timeline().introducers()) {
          MemberId id = introducer.member();
          if (id != null) {
            Long fact = factOf(id.value());
            if (fact != null) {
              standIns.computeIfAbsent(id, x -> standIn(x, fact));
            }
          }
        }
      }
      StreamInput input = new StreamInput(waiting, withStandIns(standIns));
      for (DefaultDatasetValidator.Bound bound : chunkBounds) {
        if (waitBounds.contains(bound)) {
          runBound(bound, input);
          if (stopped) {
            return;
          }
        }
      }
    }

    /**
     * The second quick pass, for introducers read before the members naming them went by and out of the window:
     * the lines of those ids are read again and their facts noted (first record of each).
     */
    private void rescan(Set<String> ids) throws IOException {
      MemberSource from = source;
      if (from != null) {
        Set<String> left = new HashSet<>(ids);
        from.read(
            r -> {
              PartyMember m = r.value();
              if (left.remove(m.id().value())) {
                wantedFacts.putIfAbsent(m.id().value(), fact(m, orgIndex.get(m.organization())));
              }
            },
            issue -> {});
        return;
      }
      JsonLinesReader<PartyMember> reader =
          JsonLinesReader.of(PartyMember.class, EntityKind.MEMBER).withLimits(ReadLimits.defaults());
      Set<String> left = new HashSet<>(ids);
      io.jingwei.impl.io.TopLevelStrings.of("id")
          .scanValues(
              Objects.requireNonNull(dir).resolve(MEMBERS_FILE),
              (number, values) -> {
                String id = values.string(0);
                if (id == null || !left.contains(id)) {
                  return;
                }
                reader.readLine(
                    values.bytes(),
                    values.length(),
                    number,
                    MEMBERS_FILE,
                    r -> {
                      PartyMember m = r.value();
                      if (left.remove(m.id().value())) {
                        wantedFacts.putIfAbsent(m.id().value(), fact(m, orgIndex.get(m.organization())));
                      }
                    },
                    issue -> {});
              });
    }

    private Map<String, Object> args(Object... namesAndValues) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (int i = 0; i < namesAndValues.length; i += 2) {
        out.put((String) namesAndValues[i], namesAndValues[i + 1]);
      }
      return out;
    }

    // ---------------------------------------------------------------------------------------------- the rest

    private CityDataset restDataset(CityDataset dataset) {
      if (kept.isEmpty()) {
        return dataset;
      }
      return dataset.withMembers(kept.values());
    }

    /** How many records the member id has in the file. */
    private long occurrences(EntityRef ref) {
      Info info = infos.get(ref.id());
      return info == null ? 0 : info.count;
    }

    private ValidationReport report(ValidationInput input, IssueCollector c, DatasetMetrics metrics) {
      Map<EntityKind, RecordCounts> records = new EnumMap<>(EntityKind.class);
      for (EntityKind kind : EntityKind.values()) {
        long invalid = 0;
        long warned = 0;
        long size;
        long unreadable;
        if (kind == EntityKind.MEMBER) {
          size = memberTally.records();
          unreadable = memberTally.unreadable();
          for (EntityRef ref : c.recordsWithErrors()) {
            if (ref.kind() == kind) {
              invalid += occurrences(ref);
            }
          }
          for (EntityRef ref : c.recordsWithWarnings()) {
            if (ref.kind() == kind) {
              warned += occurrences(ref);
            }
          }
        } else {
          List<RecordEntry> entries = input.records(kind);
          size = entries.size();
          unreadable = input.unreadable(kind);
          for (RecordEntry e : entries) {
            if (c.hasError(e.ref())) {
              invalid++;
            }
            if (c.hasWarning(e.ref())) {
              warned++;
            }
          }
        }
        records.put(kind, RecordCounts.of(size - invalid, invalid, unreadable, warned));
      }
      ReportSummary summary =
          new ReportSummary(
              records,
              c.countsBySeverity(),
              c.countsByCode(),
              c.countsByDistrict(),
              c.countsByStreet(),
              c.truncatedCodes(),
              c.suppressedByApproval(),
              c.isStopped());
      return ValidationReport.of(standard.ref(), asOf, c.issues(), summary, metrics);
    }

    // ---------------------------------------------------------------------------------------------- inputs

    private Location memberLocation(EntityRef ref) {
      Info info = infos.get(ref.id());
      if (info == null) {
        return Location.none();
      }
      if (info.location != null) {
        return info.location;
      }
      int line = info.line;
      return line < 0 ? Location.none() : Location.ofLine(MEMBERS_FILE, line);
    }

    /** A chunk of members (or none) with the lookups of the member checks. */
    private class StreamInput implements ValidationInput {
      private final List<RecordEntry> members;
      private final CityDataset dataset;

      private final FieldConstraintCheck.@Nullable Prevalidated valid;

      StreamInput(List<RecordEntry> members, CityDataset dataset) {
        this(members, dataset, null);
      }

      StreamInput(
          List<RecordEntry> members, CityDataset dataset, FieldConstraintCheck.@Nullable Prevalidated valid) {
        this.members = members;
        this.dataset = dataset;
        this.valid = valid;
      }

      @Override
      public <T> Optional<T> extension(Class<T> type) {
        return type == FieldConstraintCheck.Prevalidated.class && valid != null
            ? Optional.of(type.cast(valid))
            : Optional.empty();
      }

      @Override
      public List<RecordEntry> records(EntityKind kind) {
        return kind == EntityKind.MEMBER ? members : List.of();
      }

      @Override
      public List<Issue> readIssues() {
        return List.of();
      }

      @Override
      public long unreadable(EntityKind kind) {
        return 0;
      }

      @Override
      public Location location(EntityRef ref) {
        return ref.kind() == EntityKind.MEMBER
            ? memberLocation(ref)
            : Objects.requireNonNull(small).location(ref);
      }

      @Override
      public RegionResolver regions() {
        return Objects.requireNonNull(regions);
      }

      @Override
      public Optional<CityDataset> dataset() {
        return Optional.of(dataset);
      }
    }

    /**
     * Members a worker checks: records whose id is on one line only, so that a member's location is its own
     * record's; the lookups of the divisions and organizations. It reads nothing the validating thread changes.
     */
    private final class WorkerInput extends StreamInput {
      WorkerInput(List<RecordEntry> members, CityDataset dataset, FieldConstraintCheck.Prevalidated valid) {
        super(members, dataset, valid);
      }

      @Override
      public Location location(EntityRef ref) {
        if (ref.kind() != EntityKind.MEMBER) {
          return Objects.requireNonNull(small).location(ref);
        }
        for (RecordEntry e : records(EntityKind.MEMBER)) {
          if (e.ref().equals(ref)) {
            return e.location();
          }
        }
        throw new IllegalStateException("a check run on a worker named a member it was not given");
      }

      /**
       * Not known on a worker (a member's region is its first record's organization's).
       *
       * @throws UnsupportedOperationException always
       */
      @Override
      public RegionResolver regions() {
        throw new UnsupportedOperationException("the regions of members are known on the validating thread only");
      }
    }

    /** The other kinds, with the member counts and metrics gathered while the members went by. */
    private final class RestInput implements ValidationInput {
      private final ValidationInput other;
      private final CityDataset dataset;
      private final Regions regions;

      RestInput(ValidationInput other, CityDataset dataset) {
        this.other = other;
        this.dataset = dataset;
        this.regions = Objects.requireNonNull(Run.this.regions);
      }

      @Override
      public List<RecordEntry> records(EntityKind kind) {
        return kind == EntityKind.MEMBER ? List.of() : other.records(kind);
      }

      @Override
      public List<Issue> readIssues() {
        return List.of();
      }

      @Override
      public long unreadable(EntityKind kind) {
        return kind == EntityKind.MEMBER ? memberTally.unreadable() : other.unreadable(kind);
      }

      @Override
      public Location location(EntityRef ref) {
        return ref.kind() == EntityKind.MEMBER ? memberLocation(ref) : other.location(ref);
      }

      @Override
      public RegionResolver regions() {
        return regions;
      }

      @Override
      public Optional<CityDataset> dataset() {
        return Optional.of(dataset);
      }

      @Override
      public <T> Optional<T> extension(Class<T> type) {
        if (type == StreamedMembers.class) {
          return Optional.of(type.cast(new Counts()));
        }
        if (type == MemberMetrics.class && memberMetrics != null) {
          return Optional.of(type.cast(memberMetrics));
        }
        return Optional.empty();
      }
    }

    private final class Counts implements StreamedMembers {
      @Override
      public long active(OrganizationId organization) {
        Integer i = orgIndex.get(organization);
        return i == null ? 0 : active[i];
      }

      @Override
      public long full(OrganizationId organization) {
        Integer i = orgIndex.get(organization);
        return i == null ? 0 : full[i];
      }
    }

    private final class MetricsRecords implements MemberMetrics.Records {
      @Override
      public EntityRef groupRef(int group) {
        return group < 0 ? EntityRef.of(EntityKind.MEMBER, "\u0000") : orgIds.get(group).toRef();
      }

      @Override
      public void occurrences(EntityRef member, MemberMetrics.OccurrenceSink sink) {
        Info info = infos.get(member.id());
        if (info == null) {
          return;
        }
        int group = info.org == MemberTable.NO_ORGANIZATION ? -1 : info.org;
        sink.accept(group, info.mask & 0xFF);
        for (int i = 0; i < info.count - 1; i++) {
          sink.accept(group, info.dupMasks[i] & 0xFF);
        }
      }
    }

    /** Regions: a member's are its organization's (the first record of its id). */
    private final class Regions implements RegionResolver {
      private final RegionResolver other;

      Regions(RegionResolver other) {
        this.other = other;
      }

      @Override
      public Places places(EntityRef record) {
        if (record.kind() != EntityKind.MEMBER) {
          return other.places(record);
        }
        Info info = infos.get(record.id());
        if (info == null || info.org == MemberTable.NO_ORGANIZATION) {
          return Places.NONE;
        }
        Places r = orgPlaces[info.org];
        if (r == null) {
          r = other.places(orgIds.get(info.org).toRef());
          orgPlaces[info.org] = r;
        }
        return r;
      }
    }
  }

  /** Counts the bytes read. */
  private static final class CountingStream extends FilterInputStream {
    private volatile long count;

    CountingStream(InputStream in) {
      super(in);
    }

    long count() {
      return count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
