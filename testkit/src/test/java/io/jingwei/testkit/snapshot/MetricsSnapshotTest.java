package io.jingwei.testkit.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.dataset.CityDataset;
import io.jingwei.member.PartyMember;
import io.jingwei.metrics.Ratio;
import io.jingwei.ref.EntityKind;
import io.jingwei.testkit.CityGenerator;
import io.jingwei.testkit.CityPreset;
import io.jingwei.testkit.CityWriter;
import io.jingwei.testkit.DatasetValidation;
import io.jingwei.validation.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshots of the tiny city: what they hold, their JSON form and its strict reading. */
class MetricsSnapshotTest {

  private static final CityDataset CITY = CityGenerator.of(CityPreset.tiny(), 7).generate();
  private static final ValidationReport REPORT = DatasetValidation.validate(CITY, null, null, Locale.ROOT);
  private static final MetricsSnapshot SNAPSHOT = MetricsSnapshot.of(CITY, REPORT);

  @Test
  void holdsTheReportsFiguresAndTheActiveMembersPerOrganization() {
    assertThat(SNAPSHOT.standard()).isEqualTo(REPORT.standard());
    assertThat(SNAPSHOT.asOf()).isEqualTo(REPORT.asOf());
    assertThat(SNAPSHOT.records(EntityKind.MEMBER).read()).isEqualTo(CITY.members().size());
    assertThat(SNAPSHOT.activeMemberTotal()).isEqualTo(CITY.members().size());
    PartyMember any = CITY.members().get(0);
    assertThat(SNAPSHOT.activeMembers().get(any.organization())).isEqualTo(CITY.membersOf(any.organization()).size());
    assertThat(SNAPSHOT.city()).isEqualTo(REPORT.metrics().city());
    assertThat(SNAPSHOT.districts()).isEqualTo(REPORT.metrics().districts());
    assertThat(SNAPSHOT.city().compliance("service-center.required-rooms")).contains(Ratio.of(4, 4));
  }

  @Test
  @DisplayName("快照写出后读回，内容不变")
  void roundTripsThroughItsJsonForm(@TempDir Path dir) {
    Path file = dir.resolve("snapshots/2022-06.json");
    SNAPSHOT.write(file);
    MetricsSnapshot back = MetricsSnapshot.read(file);
    assertThat(back).isEqualTo(SNAPSHOT);
    assertThat(back.toJson()).isEqualTo(SNAPSHOT.toJson());
    assertThat(MetricsSnapshot.looksLikeSnapshot(file)).isTrue();
  }

  @Test
  void theJsonFollowsThePublishedSchema() {
    assertThat(SchemaCheck.violations(MetricsSnapshot.SCHEMA_RESOURCE, SNAPSHOT.toJson())).isEmpty();
  }

  @Test
  @DisplayName("快照中没有任何身份证号、手机号或姓名")
  void holdsNoPersonalData() {
    String json = SNAPSHOT.toJson();
    for (PartyMember m : CITY.members()) {
      assertThat(json).doesNotContain(m.idNumber().value()).doesNotContain(m.phone().value())
          .doesNotContain("\"" + m.name().value() + "\"");
    }
  }

  @Test
  void aDatasetIsNotTakenForASnapshot(@TempDir Path dir) throws IOException {
    Path document = dir.resolve("city.json");
    CityWriter.writeDocument(CITY, document);
    assertThat(MetricsSnapshot.looksLikeSnapshot(document)).isFalse();
    assertThat(MetricsSnapshot.looksLikeSnapshot(dir)).isFalse();
  }

  @Test
  void readingRejectsAnUnknownProperty() {
    String json = SNAPSHOT.toJson().replaceFirst("\"asOf\"", "\"asof\"");
    assertThatThrownBy(() -> MetricsSnapshot.parse(json, "x.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x.json")
        .hasMessageContaining("asof");
  }

  @Test
  void readingRejectsAnotherFormat() {
    String json = SNAPSHOT.toJson().replace("jingwei-snapshot/1", "jingwei-snapshot/2");
    assertThatThrownBy(() -> MetricsSnapshot.parse(json, "x.json")).hasMessageContaining("format");
  }

  @Test
  void readingRejectsInconsistentCounts() {
    String json = SNAPSHOT.toJson().replaceFirst("\"active\" : \\d+", "\"active\" : 1");
    assertThatThrownBy(() -> MetricsSnapshot.parse(json, "x.json")).hasMessageContaining("members.active");
  }

  @Test
  void readingRejectsMalformedJson(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"format\": ");
    assertThatThrownBy(() -> MetricsSnapshot.read(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("broken.json");
  }
}
