package io.jingwei.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.ref.MemberId;
import io.jingwei.time.PartialDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LeadershipTeamTest {

  private static final MemberId A = MemberId.of("m-a");
  private static final MemberId B = MemberId.of("m-b");
  private static final MemberId C = MemberId.of("m-c");

  @Test
  void absentSelectionAndOfficersGetDefaults() {
    LeadershipTeam team = new LeadershipTeam(null, null, null, null, false, null, null);
    assertThat(team.selection()).isEqualTo(Selection.ELECTED);
    assertThat(team.officers()).isEmpty();
  }

  @Test
  void officersAreCopiedAndImmutable() {
    List<Officer> source = new ArrayList<>(List.of(Officer.of(A, Post.SECRETARY)));
    LeadershipTeam team = new LeadershipTeam(1, null, 3, null, false, Selection.ELECTED, source);
    source.add(Officer.of(B, Post.DEPUTY_SECRETARY));
    assertThat(team.officers()).hasSize(1);
    assertThatThrownBy(() -> team.officers().add(Officer.of(C, Post.COMMITTEE_MEMBER)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  @DisplayName("书记、副书记与委员人数")
  void countsSecretariesDeputiesAndCommittee() {
    LeadershipTeam team = LeadershipTeam.builder()
        .hasCommittee(true)
        .officer(A, Post.SECRETARY)
        .officer(B, Post.DEPUTY_SECRETARY)
        .officer(new Officer(C, Post.COMMITTEE_MEMBER, "组织委员", null, null))
        .officer(new Officer(C, Post.COMMITTEE_MEMBER, "纪检委员", null, null))
        .officer(MemberId.of("m-d"), Post.GROUP_LEADER)
        .build();
    assertThat(team.secretaries()).extracting(Officer::member).containsExactly(A);
    assertThat(team.deputies()).extracting(Officer::member).containsExactly(B);
    assertThat(team.committeeSize()).isEqualTo(3);
    assertThat(team.officers(Post.GROUP_LEADER)).hasSize(1);
  }

  @Test
  @DisplayName("应换届时间：记录值优先，否则当选时间加任期")
  void expectedTermEndPrefersTheRecordedDate() {
    LeadershipTeam derived = LeadershipTeam.builder().electedOn(PartialDate.parse("2021-05")).termYears(3).build();
    assertThat(derived.expectedTermEnd()).contains(PartialDate.parse("2024-05"));
    LeadershipTeam recorded = derived.toBuilder().termEndsOn(PartialDate.parse("2024-06-30")).build();
    assertThat(recorded.expectedTermEnd()).contains(PartialDate.parse("2024-06-30"));
    assertThat(LeadershipTeam.builder().electedOn(PartialDate.of(2021)).build().expectedTermEnd()).isEmpty();
  }

  @Test
  void toBuilderAndWithOfficersCopy() {
    LeadershipTeam team = LeadershipTeam.builder().termNumber(2).selection(Selection.APPOINTED)
        .officer(A, Post.SECRETARY).build();
    assertThat(team.toBuilder().build()).isEqualTo(team);
    assertThat(team.withOfficers(List.of()).officers()).isEmpty();
    assertThat(team.withOfficers(List.of()).selection()).isEqualTo(Selection.APPOINTED);
  }

  @Test
  void officerDefaultsToElectedAndRequiresMemberAndPost() {
    assertThat(new Officer(A, Post.SECRETARY, null, null, null).selection()).isEqualTo(Selection.ELECTED);
    assertThat(Officer.of(A, Post.SECRETARY).withSince(PartialDate.of(2021)).since()).isEqualTo(PartialDate.of(2021));
    assertThatThrownBy(() -> new Officer(null, Post.SECRETARY, null, null, null))
        .isInstanceOf(NullPointerException.class).hasMessage("member");
    assertThatThrownBy(() -> new Officer(A, null, null, null, null))
        .isInstanceOf(NullPointerException.class).hasMessage("post");
  }

  @Test
  void groupLeaderIsNotATeamPost() {
    assertThat(Post.GROUP_LEADER.isTeamPost()).isFalse();
    assertThat(Post.DEPUTY_SECRETARY.isTeamPost()).isTrue();
    assertThat(Post.SECRETARY.chineseName()).isEqualTo("书记");
  }
}
