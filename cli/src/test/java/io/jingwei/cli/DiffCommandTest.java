package io.jingwei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.cli.Runs.Result;
import io.jingwei.dataset.CityDataset;
import io.jingwei.member.PartyMember;
import io.jingwei.ref.MemberId;
import io.jingwei.testkit.CityGenerator;
import io.jingwei.testkit.CityPreset;
import io.jingwei.testkit.CityWriter;
import io.jingwei.testkit.MonthlyChanges;
import io.jingwei.testkit.NextMonth;
import io.jingwei.worker.CommunityWorker;
import io.jingwei.worker.GridWorker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code jingwei diff} and {@code jingwei stats --snapshot} on two months of the tiny city: month 1 generated
 * (seed 7), month 2 with the testkit's planted changes. Every planted change is reported, and nothing else.
 */
class DiffCommandTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final CityDataset MONTH_1 = CityGenerator.of(CityPreset.tiny(), 7).generate();
  private static final NextMonth MONTH_2 = MonthlyChanges.of(7).apply(MONTH_1);

  @TempDir static Path tmp;
  private static Path m1;
  private static Path m2;
  private static Path m2Document;

  @BeforeAll
  static void writeMonths() throws IOException {
    m1 = tmp.resolve("2022-06");
    m2 = tmp.resolve("2022-07");
    m2Document = tmp.resolve("2022-07.json");
    CityWriter.writeDirectory(MONTH_1, m1);
    CityWriter.writeDirectory(MONTH_2.dataset(), m2);
    CityWriter.writeDocument(MONTH_2.dataset(), m2Document);
  }

  private static Result run(String... args) {
    return Runs.run(args);
  }

  private static JsonNode diffJson(String... more) {
    List<String> args = new ArrayList<>(List.of("diff", m1.toString(), m2.toString(), "--format", "json"));
    args.addAll(List.of(more));
    Result r = run(args.toArray(String[]::new));
    assertThat(r.status()).as(r.err()).isEqualTo(1);
    return JSON.readTree(r.out());
  }

  private static Set<String> texts(JsonNode array) {
    Set<String> out = new TreeSet<>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }

  private static Set<String> ids(Set<MemberId> ids) {
    Set<String> out = new TreeSet<>();
    ids.forEach(id -> out.add(id.value()));
    return out;
  }

  @Test
  @DisplayName("两个月的数据集比较：每一处计划的变化都被报告，别无其他")
  void everyPlantedChangeIsReportedAndNothingElse() {
    JsonNode d = diffJson();
    assertThat(d.get("format").asString()).isEqualTo("jingwei-drift/1");
    assertThat(d.get("mode").asString()).isEqualTo("FULL");
    assertThat(d.get("significant").asBoolean()).isTrue();

    JsonNode members = d.get("records").get("MEMBER");
    assertThat(texts(members.get("added"))).isEqualTo(ids(MONTH_2.added()));
    assertThat(texts(members.get("removed"))).isEqualTo(ids(MONTH_2.silentlyRemoved()));
    Map<String, List<String>> changed = new TreeMap<>();
    members.get("changed").forEach(c -> changed.put(c.get("id").asString(), new ArrayList<>(texts(c.get("fields")))));
    Map<String, List<String>> expected = new TreeMap<>();
    MONTH_2.expectedChangedMembers().forEach((id, f) -> expected.put(id.value(), f));
    assertThat(changed).isEqualTo(expected);

    JsonNode centres = d.get("records").get("SERVICE_CENTER");
    assertThat(texts(centres.get("added"))).isEmpty();
    assertThat(texts(centres.get("removed"))).containsExactly(MONTH_2.droppedCentre().value());
    assertThat(centres.get("changed")).hasSize(1);
    assertThat(centres.get("changed").get(0).get("id").asString()).isEqualTo(MONTH_2.degradedCentre().value());
    assertThat(texts(centres.get("changed").get(0).get("fields"))).containsExactly("/rooms");
    d.get("records").properties().forEach(e -> {
      if (!Set.of("MEMBER", "SERVICE_CENTER").contains(e.getKey())) {
        assertThat(e.getValue().get("added").size() + e.getValue().get("removed").size()
            + e.getValue().get("changed").size()).as(e.getKey()).isZero();
      }
    });

    Map<String, String> departures = new TreeMap<>();
    d.get("departures").forEach(x -> departures.put(x.get("member").asString(), x.get("reason").asString()));
    Map<String, String> expectedDepartures = new TreeMap<>();
    MONTH_2.transferredOut().forEach(id -> expectedDepartures.put(id.value(), "EXIT_RECORDED"));
    MONTH_2.silentlyRemoved().forEach(id -> expectedDepartures.put(id.value(), "UNEXPLAINED"));
    assertThat(departures).isEqualTo(expectedDepartures);

    Set<String> jumps = new TreeSet<>();
    d.get("memberCountJumps").forEach(j -> jumps.add(j.get("organization").asString()));
    assertThat(jumps).containsExactly(MONTH_2.jumpedOrganization().value());

    Set<String> drifts = new TreeSet<>();
    d.get("metricDrifts").forEach(m -> drifts.add(
        (m.get("district").isNull() ? "city" : m.get("district").asString()) + " " + m.get("metric").asString()
            + " " + m.get("key").asString()));
    assertThat(drifts).containsExactlyInAnyOrder(
        "city COVERAGE COMPOUND_SERVICE_CENTER", "450103 COVERAGE COMPOUND_SERVICE_CENTER",
        "city COMPLIANCE " + NextMonth.DEGRADED_RULE, "450103 COMPLIANCE " + NextMonth.DEGRADED_RULE);

    assertThat(d.get("issueCountChanges")).hasSize(1);
    JsonNode issue = d.get("issueCountChanges").get(0);
    assertThat(issue.get("code").asString()).isEqualTo(NextMonth.DEGRADED_RULE);
    assertThat(issue.get("old").asInt()).isZero();
    assertThat(issue.get("new").asInt()).isEqualTo(1);
  }

  @Test
  void aDatasetComparedWithItselfHasNoDrift() {
    Result r = run("diff", m1.toString(), m1.toString(), "--format", "json");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode d = JSON.readTree(r.out());
    assertThat(d.get("significant").asBoolean()).isFalse();
    assertThat(d.get("departures")).isEmpty();
    assertThat(d.get("memberCountJumps")).isEmpty();
    assertThat(d.get("metricDrifts")).isEmpty();
    assertThat(d.get("issueCountChanges")).isEmpty();
  }

  @Test
  void theSingleDocumentFormComparesLikeTheDirectory() {
    Result dir = run("diff", m1.toString(), m2.toString(), "--format", "json");
    Result doc = run("diff", m1.toString(), m2Document.toString(), "--format", "json");
    assertThat(doc.status()).as(doc.err()).isEqualTo(1);
    JsonNode a = JSON.readTree(dir.out());
    JsonNode b = JSON.readTree(doc.out());
    assertThat(b.get("records")).isEqualTo(a.get("records"));
    assertThat(b.get("departures")).isEqualTo(a.get("departures"));
    assertThat(b.get("metricDrifts")).isEqualTo(a.get("metricDrifts"));
  }

  @Test
  @DisplayName("stats --snapshot 写出快照；两份快照比较：只比较指标，结果与数据集比较一致")
  void snapshotsWrittenByStatsCompareTheirFigures() {
    Path s1 = tmp.resolve("snapshots/2022-06.json");
    Path s2 = tmp.resolve("snapshots/2022-07.json");
    assertThat(run("stats", m1.toString(), "--snapshot", s1.toString()).status()).isZero();
    assertThat(run("stats", m2.toString(), "--snapshot", s2.toString(), "--format", "json").status()).isZero();
    assertThat(s1).isRegularFile();

    Result r = run("diff", s1.toString(), s2.toString(), "--format", "json");
    assertThat(r.status()).as(r.err()).isEqualTo(1);
    JsonNode snapshots = JSON.readTree(r.out());
    JsonNode datasets = diffJson();
    assertThat(snapshots.get("mode").asString()).isEqualTo("METRICS");
    assertThat(snapshots.get("records").isNull()).isTrue();
    assertThat(snapshots.get("departures").isNull()).isTrue();
    assertThat(snapshots.get("old").get("source").asString()).isEqualTo("SNAPSHOT");
    assertThat(snapshots.get("memberCountJumps")).isEqualTo(datasets.get("memberCountJumps"));
    assertThat(snapshots.get("metricDrifts")).isEqualTo(datasets.get("metricDrifts"));
    assertThat(snapshots.get("issueCountChanges")).isEqualTo(datasets.get("issueCountChanges"));

    Result mixed = run("diff", s1.toString(), m2.toString(), "--format", "json");
    assertThat(mixed.status()).as(mixed.err()).isEqualTo(1);
    JsonNode m = JSON.readTree(mixed.out());
    assertThat(m.get("mode").asString()).isEqualTo("METRICS");
    assertThat(m.get("new").get("source").asString()).isEqualTo("DATASET");
  }

  @Test
  void looserThresholdsOnTheCommandLineLeaveNoSignificantDrift() {
    Result r = run("diff", m1.toString(), m2.toString(), "--member-jump-min", "100", "--compliance-drop", "1",
        "--coverage-drop", "1", "--max-silently-lost", "2");
    assertThat(r.status()).as(r.out() + r.err()).isZero();
  }

  @Test
  void aThresholdsFileIsReadAndTheOptionsOverrideIt() throws IOException {
    Path file = tmp.resolve("drift.yaml");
    Files.writeString(file, "memberCountJump: {min: 100}\ncomplianceDrop: 1\ncoverageDrop: 1\nmaxSilentlyLost: 5\n");
    assertThat(run("diff", m1.toString(), m2.toString(), "--thresholds", file.toString()).status()).isZero();
    assertThat(run("diff", m1.toString(), m2.toString(), "--thresholds", file.toString(), "--max-silently-lost", "0")
        .status()).isEqualTo(1);
  }

  @Test
  void failOnNeverExitsZeroWhateverWasFound() {
    assertThat(run("diff", m1.toString(), m2.toString(), "--fail-on", "never").status()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"--thresholds=missing.yaml", "--compliance-drop=2", "--max-records=-1", "--format=xml"})
  void badOptionsAreUsageErrors(String option) {
    assertThat(run("diff", m1.toString(), m2.toString(), option).status()).isEqualTo(2);
  }

  @Test
  void aMissingInputOrABrokenSnapshotIsAUsageError() throws IOException {
    assertThat(run("diff", m1.toString(), tmp.resolve("nothing").toString()).status()).isEqualTo(2);
    Path broken = tmp.resolve("broken-snapshot.json");
    Files.writeString(broken, "{\"format\": \"jingwei-snapshot/1\", \"dataset\": 3}");
    assertThat(run("diff", broken.toString(), m1.toString()).status()).isEqualTo(2);
    assertThat(run("diff", m1.toString()).status()).isEqualTo(2);
  }

  @Test
  void theTextReportListsTheSilentlyLostMembersAndTheJump() {
    Result r = run("diff", m1.toString(), m2.toString(), "--locale", "en");
    assertThat(r.status()).isEqualTo(1);
    MONTH_2.silentlyRemoved().forEach(id -> assertThat(r.out()).contains(id.value()));
    assertThat(r.out()).contains(MONTH_2.jumpedOrganization().value()).contains(NextMonth.DEGRADED_RULE);
  }

  @Test
  void theHtmlReportIsSelfContainedAndListsTheChanges() {
    Result r = run("diff", m1.toString(), m2.toString(), "--format", "html");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).startsWith("<!DOCTYPE html>").doesNotContain("src=\"http").doesNotContain("href=\"http");
    MONTH_2.silentlyRemoved().forEach(id -> assertThat(r.out()).contains(id.value()));
    MONTH_2.added().forEach(id -> assertThat(r.out()).contains(id.value()));
    assertThat(r.out()).contains(MONTH_2.degradedCentre().value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "html"})
  @DisplayName("比较结果的任何格式都不含完整的身份证号或手机号")
  void noFullIdOrPhoneNumberInAnyFormat(String format) {
    Result r = run("diff", m1.toString(), m2.toString(), "--format", format, "--max-records", "100000");
    String all = (r.out() + r.err()).replaceAll("[^0-9Xx]", " ");
    List<String> secrets = new ArrayList<>();
    for (CityDataset d : List.of(MONTH_1, MONTH_2.dataset())) {
      for (PartyMember m : d.members()) {
        secrets.add(m.idNumber().value());
        secrets.add(m.phone().value());
      }
      for (CommunityWorker w : d.communityWorkers()) {
        secrets.add(w.idNumber().value());
        secrets.add(w.phone().value());
      }
      for (GridWorker w : d.gridWorkers()) {
        secrets.add(w.phone().value());
      }
    }
    assertThat(secrets).hasSizeGreaterThan(400);
    for (String secret : secrets) {
      assertThat(all).as(format).doesNotContain(secret);
    }
  }

  @Test
  void theHelpListsDiff() {
    Result r = run("--help");
    assertThat(r.out()).contains("diff");
  }
}
