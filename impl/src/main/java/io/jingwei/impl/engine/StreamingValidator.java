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
import io.jingwei.ref.DivisionId;
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
 *   <li>the field and record checks, and the references, run on each chunk of members as they are, with a
 *       lookup dataset of the divisions, the organizations and a stand-in for each introducer named (its id,
 *       status and dates: what {@link IntroducerFullCheck} and {@link ReferenceCheck} look at). A member naming
 *       an introducer not yet read waits for the end of the file (the introducer rule and the references);
 *   <li>duplicate member ids and ID numbers ({@link DuplicateIdCheck}, {@link DuplicateValueCheck}) use primitive
 *       hash tables of packed keys ({@link MemberTable});
 *   <li>the member counts of the size and committee rules come from counters per organization
 *       ({@link StreamedMembers}); the temporary-branch member rule runs on each first record of an id;
 *   <li>the member part of the metrics is counted per organization as the members go by ({@link MemberMetrics});
 *   <li>every check then runs once more over the other kinds, with a dataset holding the members other records
 *       name (officers, workers), kept whole.
 * </ul>
 *
 * <p>Reading and parsing run on a second thread, one chunk ahead of the checks, which run on the calling thread
 * in file order: the report does not depend on timing. Immutable and thread-safe: each validation has its own
 * state.
 */
public final class StreamingValidator {

  /** The file of the members. */
  static final String MEMBERS_FILE = EntityKind.MEMBER.collectionName() + DatasetReader.COLLECTION_EXTENSION;

  /** Member records per chunk by default. */
  public static final int DEFAULT_CHUNK = 8192;

  private static final Set<String> WAIT_FOR_INTRODUCERS = Set.of(IntroducerFullCheck.NAME, ReferenceCheck.NAME);

  private final DefaultDatasetValidator validator;
  private final @Nullable Consumer<StreamingProgress> progress;
  private final int chunk;

  private StreamingValidator(
      DefaultDatasetValidator validator, @Nullable Consumer<StreamingProgress> progress, int chunk) {
    this.validator = Objects.requireNonNull(validator, "validator");
    this.progress = progress;
    if (chunk < 1) {
      throw new IllegalArgumentException("chunk size must be positive: " + chunk);
    }
    this.chunk = chunk;
  }

  /** A streaming validator with the validator's standard, options and checks. */
  public static StreamingValidator of(DefaultDatasetValidator validator) {
    return new StreamingValidator(validator, null, DEFAULT_CHUNK);
  }

  /** A copy that reports progress to the listener (on the validating thread). */
  public StreamingValidator withProgress(Consumer<StreamingProgress> listener) {
    return new StreamingValidator(validator, Objects.requireNonNull(listener, "listener"), chunk);
  }

  /**
   * A copy that checks the members in chunks of the given number of records (default {@value #DEFAULT_CHUNK}):
   * memory holds about two chunks of member records at a time. The report does not depend on it.
   */
  public StreamingValidator withChunkSize(int records) {
    return new StreamingValidator(validator, progress, records);
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
      return new Run(path).run();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the dataset at " + path + ": " + e, e);
    }
  }

  /** One streaming validation. */
  private final class Run {
    private final Path dir;
    private final Standard standard = validator.standardDefinition();
    private final ValidationOptions options = validator.options();
    private final LocalDate asOf = options.asOf();
    private final MemberTable table = new MemberTable();
    private final Map<Long, List<Dup>> dups = new HashMap<>();
    private final List<RecordEntry> waiting = new ArrayList<>();
    private final Map<MemberId, PartyMember> kept = new HashMap<>();
    private final Set<MemberId> keep = new HashSet<>();
    private final Map<OrganizationId, Integer> orgIndex = new HashMap<>();
    private final List<OrganizationId> orgIds = new ArrayList<>();
    private long[] active = new long[0];
    private long[] full = new long[0];
    private @Nullable DivisionId[][] orgRegions = new DivisionId[0][];
    private ReadTally memberTally = ReadTally.ZERO;
    private boolean stopped;

    private @Nullable ValidationInput small;
    private @Nullable CityDataset lookups;
    private @Nullable IssueCollector collector;
    private @Nullable MemberMetrics memberMetrics;
    private final List<RuleContext> duplicateIds = new ArrayList<>();
    private final List<RuleContext> duplicateIdNumbers = new ArrayList<>();
    private final List<MemberTable.LongIntTable> idNumberHolders = new ArrayList<>();
    private final Map<String, Long> idNumberSpill = new HashMap<>();
    private @Nullable RuleContext temporaryMembers;
    private Set<OrganizationType> temporaryTypes = Set.of();
    private final List<DefaultDatasetValidator.Bound> chunkBounds = new ArrayList<>();
    private final Map<DefaultDatasetValidator.Bound, List<RuleDefinition>> ranBefore = new HashMap<>();
    private final List<RuleDefinition> ranReadRules = new ArrayList<>();

    /** A duplicate record of a member id: its population mask. */
    private static final class Dup {
      byte mask;
    }

    private final List<Issue> laterReadIssues = new ArrayList<>();
    private @Nullable Regions regions;

    Run(Path dir) {
      this.dir = dir;
    }

    ValidationReport run() throws IOException {
      // 1. every kind but the members
      Map<EntityKind, Class<?>> types = new EnumMap<>(EntityTypes.all());
      types.remove(EntityKind.MEMBER);
      ReadResult read = DatasetReader.of(types).readDirectory(dir);
      Path membersFile = dir.resolve(MEMBERS_FILE);
      boolean present = Files.isRegularFile(membersFile);
      List<String> listed = read.manifest().map(m -> m.files()).orElse(List.of());
      boolean wanted = listed.isEmpty() || listed.contains(MEMBERS_FILE);
      List<Issue> readIssues = new ArrayList<>();
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
      ValidationInput smallInput = CityDatasetInput.of(read);
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
      orgRegions = new DivisionId[orgIds.size()][];
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
        streamMembers(membersFile);
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
        for (DefaultDatasetValidator.Bound bound : validator.plan()) {
          if (c.isStopped()) {
            break;
          }
          List<RuleContext> rules = contexts(bound, rest);
          if (rules.isEmpty()) {
            continue;
          }
          try {
            bound.check().run(context(bound, rest, rules, m -> metrics[0] = m));
          } catch (StopValidation stop) {
            break;
          } catch (RuntimeException e) {
            throw new IllegalStateException(
                "check " + bound.check().name() + " failed (rules " + bound.ids() + "); this is a bug of the check",
                e);
          }
        }
      }
      return report(smallInput, c, c.isStopped() ? DatasetMetrics.empty() : metrics[0]);
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
      for (RuleDefinition rule : standard.rules()) {
        if (rule.isReadRule() && rule.isEffectiveOn(asOf) && !options.isRuleDisabled(rule.id())) {
          ranReadRules.add(rule);
        }
      }
      List<RuleDefinition> ran = new ArrayList<>(ranReadRules);
      StreamInput members = new StreamInput(List.of(), Objects.requireNonNull(lookups));
      RuleDefinition completeness = null;
      RuleDefinition compliance = null;
      List<RuleDefinition> metricsRan = List.of();
      for (DefaultDatasetValidator.Bound bound : validator.plan()) {
        ranBefore.put(bound, List.copyOf(ran));
        List<RuleDefinition> inForce = new ArrayList<>();
        for (RuleDefinition rule : bound.rules()) {
          if (rule.isEffectiveOn(asOf)) {
            inForce.add(rule);
          }
        }
        Layer layer = bound.check().layer();
        String name = bound.check().name();
        if (layer == Layer.FIELD || layer == Layer.RECORD || name.equals(ReferenceCheck.NAME)) {
          chunkBounds.add(bound);
        }
        for (RuleDefinition rule : inForce) {
          if (name.equals(DuplicateIdCheck.NAME)) {
            duplicateIds.add(new RuleContext(rule, asOf, members, c));
          } else if (name.equals(DuplicateValueCheck.NAME)
              && "idNumber".equals(rule.stringParam("property", ""))
              && rule.stringListParam("kinds").stream()
                  .anyMatch(k -> k.strip().equals(EntityKind.MEMBER.collectionName()))) {
            duplicateIdNumbers.add(new RuleContext(rule, asOf, members, c));
            idNumberHolders.add(new MemberTable.LongIntTable());
          } else if (name.equals(TemporaryBranchCheck.NAME) && rule.id().equals(TemporaryBranchCheck.MEMBERS)) {
            temporaryMembers = new RuleContext(rule, asOf, members, c);
            temporaryTypes = TemporaryBranchCheck.memberTypes(temporaryMembers);
          } else if (name.equals(DatasetMetricsCheck.NAME)) {
            if (rule.id().equals(DatasetMetricsCheck.COMPLETENESS)) {
              completeness = rule;
            } else if (rule.id().equals(DatasetMetricsCheck.COMPLIANCE)) {
              compliance = rule;
              metricsRan = List.copyOf(ran);
            }
          }
        }
        ran.addAll(inForce);
      }
      memberMetrics = MemberMetrics.of(completeness, compliance, metricsRan, new MetricsRecords());
    }

    private List<RuleContext> contexts(DefaultDatasetValidator.Bound bound, ValidationInput input) {
      List<RuleContext> rules = new ArrayList<>();
      for (RuleDefinition rule : bound.rules()) {
        if (rule.isEffectiveOn(asOf)) {
          rules.add(new RuleContext(rule, asOf, input, Objects.requireNonNull(collector)));
        }
      }
      return rules;
    }

    private CheckContext context(
        DefaultDatasetValidator.Bound bound,
        ValidationInput input,
        List<RuleContext> rules,
        Consumer<DatasetMetrics> sink) {
      return new CheckContext(
          asOf, input, rules, bound.all(), Objects.requireNonNull(collector), ranBefore.get(bound), sink);
    }

    // ---------------------------------------------------------------------------------------------- streaming

    /** A chunk of the members file: its records and read issues in file order, and the bytes read after it. */
    private record Chunk(List<Located<PartyMember>> records, List<Issue> issues, long bytes, boolean last) {}

    private void streamMembers(Path file) throws IOException {
      long totalBytes = Files.size(file);
      BlockingQueue<Object> queue = new ArrayBlockingQueue<>(4);
      long start = System.nanoTime();
      Thread reader =
          new Thread(
              () -> {
                try {
                  readChunks(file, queue);
                } catch (Throwable t) {
                  putQuietly(queue, t);
                }
              },
              "jingwei-members-reader");
      reader.setDaemon(true);
      reader.start();
      long records = 0;
      long nextReport = StreamingProgress.INTERVAL_RECORDS;
      try {
        while (true) {
          Object next = queue.take();
          if (next instanceof Throwable t) {
            if (t instanceof IOException e) {
              throw e;
            }
            if (t instanceof RuntimeException e) {
              throw e;
            }
            if (t instanceof Error e) {
              throw e;
            }
            throw new IllegalStateException(t);
          }
          if (next instanceof ReadTally tally) {
            memberTally = tally;
            break;
          }
          Chunk chunk = (Chunk) next;
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
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        reader.interrupt();
        throw new IOException("interrupted while reading " + MEMBERS_FILE, e);
      }
    }

    private void readChunks(Path file, BlockingQueue<Object> queue) throws IOException, InterruptedException {
      JsonLinesReader<PartyMember> reader =
          JsonLinesReader.of(PartyMember.class, EntityKind.MEMBER).withLimits(ReadLimits.defaults());
      try (CountingStream in = new CountingStream(Files.newInputStream(file))) {
        List<Object> pending = new ArrayList<>(); // records and issues, in file order
        int[] count = {0};
        ReadTally tally =
            reader.read(
                in,
                MEMBERS_FILE,
                r -> {
                  pending.add(r);
                  if (++count[0] == chunk) {
                    flush(queue, pending, in.count(), false);
                    count[0] = 0;
                  }
                },
                pending::add);
        flush(queue, pending, in.count(), true);
        queue.put(tally);
      }
    }

    @SuppressWarnings("unchecked")
    private void flush(BlockingQueue<Object> queue, List<Object> pending, long bytes, boolean last) {
      List<Located<PartyMember>> records = new ArrayList<>(pending.size());
      List<Issue> issues = new ArrayList<>();
      for (Object o : pending) {
        if (o instanceof Issue i) {
          issues.add(i);
        } else {
          records.add((Located<PartyMember>) o);
        }
      }
      pending.clear();
      try {
        queue.put(new Chunk(records, issues, bytes, last));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
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
      List<RecordEntry> entries = new ArrayList<>(chunk.records().size());
      try {
        // index the chunk first: lookups and regions within the chunk see every record of it
        List<@Nullable Dup> dupOf = new ArrayList<>(chunk.records().size());
        for (Located<PartyMember> located : chunk.records()) {
          PartyMember m = located.value();
          RecordEntry entry = new RecordEntry(m.id().toRef(), m, located.location());
          entries.add(entry);
          dupOf.add(index(entry, m));
        }
        for (Issue issue : chunk.issues()) {
          EntityRef ref = issue.entity();
          if (ref != null && ref.kind() == EntityKind.MEMBER && table.find(table.knownKey(ref.id())) < 0) {
            laterReadIssues.add(issue); // its record may come later: its region is known at the end
            continue;
          }
          c.accept(issue);
          if (c.isStopped()) {
            stopped = true;
            return;
          }
        }
        List<RecordEntry> ready = new ArrayList<>(entries.size());
        Map<MemberId, PartyMember> standIns = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
          RecordEntry entry = entries.get(i);
          PartyMember m = (PartyMember) entry.record();
          if (introducersKnown(m, standIns)) {
            ready.add(entry);
          } else {
            waiting.add(entry);
          }
          perMember(entry, m, dupOf.get(i));
        }
        CityDataset chunkLookups = withStandIns(standIns);
        StreamInput all = new StreamInput(entries, chunkLookups);
        StreamInput readyInput = ready.size() == entries.size() ? all : new StreamInput(ready, chunkLookups);
        for (DefaultDatasetValidator.Bound bound : chunkBounds) {
          ValidationInput input = WAIT_FOR_INTRODUCERS.contains(bound.check().name()) ? readyInput : all;
          runBound(bound, input);
          if (stopped) {
            return;
          }
        }
      } catch (StopValidation stop) {
        stopped = true;
      }
    }

    private void runBound(DefaultDatasetValidator.Bound bound, ValidationInput input) {
      List<RuleContext> rules = contexts(bound, input);
      if (rules.isEmpty()) {
        return;
      }
      try {
        bound.check().run(context(bound, input, rules, m -> {}));
      } catch (StopValidation stop) {
        stopped = true;
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            "check " + bound.check().name() + " failed (rules " + bound.ids() + "); this is a bug of the check", e);
      }
      if (Objects.requireNonNull(collector).isStopped()) {
        stopped = true;
      }
    }

    /** Adds the record to the table; null when it is the first of its id, else its duplicate entry. */
    private @Nullable Dup index(RecordEntry entry, PartyMember m) {
      long key = table.key(m.id().value());
      int ord = table.find(key);
      if (ord >= 0) {
        Dup dup = new Dup();
        dups.computeIfAbsent(key, k -> new ArrayList<>(1)).add(dup);
        return dup;
      }
      Integer org = orgIndex.get(m.organization());
      RecruitmentTimeline t = m.timeline();
      int flags = 0;
      if (m.status() == MembershipStatus.PROBATIONARY) {
        flags |= MemberTable.PROBATIONARY;
      }
      if (m.standing().isActive()) {
        flags |= MemberTable.ACTIVE;
        if (org != null) {
          active[org]++;
          if (m.status() == MembershipStatus.FULL) {
            full[org]++;
          }
        }
      }
      if (m.status() == MembershipStatus.FULL) {
        flags |= MemberTable.FULL;
      }
      long fact =
          MemberTable.fact(
              org == null ? MemberTable.NO_ORGANIZATION : org,
              t.convertedOn() == null ? null : t.convertedOn().earliest(),
              t.admittedOn() == null ? null : t.admittedOn().earliest(),
              flags);
      long line = entry.location().line();
      table.add(key, line > Integer.MAX_VALUE ? -1 : (int) line, fact);
      if (keep.contains(m.id())) {
        kept.put(m.id(), m);
      }
      return null;
    }

    /** The rules on single members that keep state across records, and the member metrics. */
    private void perMember(RecordEntry entry, PartyMember m, @Nullable Dup dup) {
      boolean first = dup == null;
      String id = m.id().value();
      long key = table.key(id);
      int ord = table.find(key);
      if (!first) {
        for (RuleContext rule : duplicateIds) {
          rule.emitAt(entry.ref(), "/id", entry.location(), args("id", id), Approvals.none());
        }
      }
      if (m.idNumber() != null) {
        long value = idNumberKey(m.idNumber().value());
        for (int i = 0; i < duplicateIdNumbers.size(); i++) {
          int holder = idNumberHolders.get(i).putIfAbsent(value, ord);
          if (holder >= 0 && holder != ord) {
            duplicateIdNumbers
                .get(i)
                .emitAt(
                    entry.ref(),
                    "/idNumber",
                    entry.location(),
                    args("value", m.idNumber(), "first", table.id(table.key(holder))),
                    Approvals.none());
          }
        }
      }
      if (first && temporaryMembers != null) {
        TemporaryBranchCheck.checkMember(
            temporaryMembers, temporaryTypes, Objects.requireNonNull(lookups), m);
      }
      MemberMetrics mm = memberMetrics;
      if (mm != null) {
        int group = MemberTable.organization(table.fact(ord));
        byte mask = (byte) mm.accept(group == MemberTable.NO_ORGANIZATION ? -1 : group, m);
        if (dup == null) {
          if (mask != 0) {
            table.mask(ord, mask);
          }
        } else {
          dup.mask = mask;
        }
      }
    }

    private long idNumberKey(String value) {
      if (value.length() == 18) {
        long digits = 0;
        boolean ok = true;
        for (int i = 0; i < 17 && ok; i++) {
          char ch = value.charAt(i);
          ok = ch >= '0' && ch <= '9';
          digits = digits * 10 + (ch - '0');
        }
        char check = value.charAt(17);
        if (ok && ((check >= '0' && check <= '9') || check == 'X')) {
          return digits * 11 + (check == 'X' ? 10 : check - '0') + 1;
        }
      }
      return idNumberSpill.computeIfAbsent(value, v -> -(long) (idNumberSpill.size() + 1));
    }

    /** Whether every introducer the member names has been read; adds their stand-ins. */
    private boolean introducersKnown(PartyMember m, Map<MemberId, PartyMember> standIns) {
      for (Introducer introducer : m.timeline().introducers()) {
        MemberId id = introducer.member();
        if (id == null) {
          continue;
        }
        int ord = table.find(table.knownKey(id.value()));
        if (ord < 0) {
          return false;
        }
        standIns.computeIfAbsent(id, x -> standIn(x, table.fact(ord)));
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
      return base.toBuilder().addAll(standIns.values()).build();
    }

    /** The members that named an introducer not yet read, now that every member has been read. */
    private void runWaiting() {
      if (waiting.isEmpty()) {
        return;
      }
      Map<MemberId, PartyMember> standIns = new LinkedHashMap<>();
      for (RecordEntry e : waiting) {
        for (Introducer introducer : ((PartyMember) e.record()).timeline().introducers()) {
          MemberId id = introducer.member();
          if (id != null) {
            int ord = table.find(table.knownKey(id.value()));
            if (ord >= 0) {
              standIns.computeIfAbsent(id, x -> standIn(x, table.fact(ord)));
            }
          }
        }
      }
      StreamInput input = new StreamInput(waiting, withStandIns(standIns));
      for (DefaultDatasetValidator.Bound bound : chunkBounds) {
        if (WAIT_FOR_INTRODUCERS.contains(bound.check().name())) {
          runBound(bound, input);
          if (stopped) {
            return;
          }
        }
      }
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
      return dataset.toBuilder().addAll(kept.values()).build();
    }

    /** How many records the member id has in the file. */
    private long occurrences(EntityRef ref) {
      int ord = table.find(table.knownKey(ref.id()));
      if (ord < 0) {
        return 0;
      }
      List<Dup> d = dups.get(table.key(ord));
      return 1 + (d == null ? 0 : d.size());
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
      int ord = table.find(table.knownKey(ref.id()));
      if (ord < 0) {
        return Location.none();
      }
      int line = table.line(ord);
      return line < 0 ? Location.none() : Location.ofLine(MEMBERS_FILE, line);
    }

    /** A chunk of members (or none) with the lookups of the member checks. */
    private final class StreamInput implements ValidationInput {
      private final List<RecordEntry> members;
      private final CityDataset dataset;

      StreamInput(List<RecordEntry> members, CityDataset dataset) {
        this.members = members;
        this.dataset = dataset;
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
        int ord = table.find(table.knownKey(member.id()));
        if (ord < 0) {
          return;
        }
        int org = MemberTable.organization(table.fact(ord));
        int group = org == MemberTable.NO_ORGANIZATION ? -1 : org;
        sink.accept(group, table.mask(ord) & 0xFF);
        List<Dup> d = dups.get(table.key(ord));
        if (d != null) {
          for (Dup dup : d) {
            sink.accept(group, dup.mask & 0xFF);
          }
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
      public Optional<DivisionId> district(EntityRef record) {
        return record.kind() == EntityKind.MEMBER ? Optional.ofNullable(memberRegion(record, 0)) : other.district(record);
      }

      @Override
      public Optional<DivisionId> street(EntityRef record) {
        return record.kind() == EntityKind.MEMBER ? Optional.ofNullable(memberRegion(record, 1)) : other.street(record);
      }

      private @Nullable DivisionId memberRegion(EntityRef record, int level) {
        int ord = table.find(table.knownKey(record.id()));
        if (ord < 0) {
          return null;
        }
        int org = MemberTable.organization(table.fact(ord));
        if (org == MemberTable.NO_ORGANIZATION) {
          return null;
        }
        DivisionId[] r = orgRegions[org];
        if (r == null) {
          EntityRef ref = orgIds.get(org).toRef();
          r = new DivisionId[] {other.district(ref).orElse(null), other.street(ref).orElse(null)};
          orgRegions[org] = r;
        }
        return r[level];
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
