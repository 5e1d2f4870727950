package io.jingwei.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.id.MobileNumber;
import io.jingwei.person.PersonName;
import io.jingwei.ref.GridId;
import io.jingwei.ref.GridWorkerId;
import io.jingwei.ref.MemberId;
import io.jingwei.ref.WorkerId;
import org.junit.jupiter.api.Test;

class GridWorkerTest {

  private static GridWorker sample() {
    return GridWorker.builder()
        .id("gw-1")
        .name("陆晓红")
        .phone(MobileNumber.parse("13712345678"))
        .grid(GridId.of("g-1"))
        .role(GridWorkerRole.GRID_LEADER)
        .communityWorker(WorkerId.of("w-1"))
        .member(MemberId.of("m-1"))
        .build();
  }

  @Test
  void toStringShowsOnlyIdAndMaskedName() {
    assertThat(sample().toString()).contains("gw-1").contains("陆**")
        .doesNotContain("陆晓红").doesNotContain("13712345678");
  }

  @Test
  void toBuilderAndWithGridCopy() {
    GridWorker w = sample();
    assertThat(w.toBuilder().build()).isEqualTo(w);
    assertThat(w.withGrid(GridId.of("g-2")).grid()).isEqualTo(GridId.of("g-2"));
    assertThat(w.withGrid(GridId.of("g-2")).role()).isEqualTo(GridWorkerRole.GRID_LEADER);
  }

  @Test
  void ofSetsRequiredParts() {
    GridWorker w = GridWorker.of(GridWorkerId.of("gw"), PersonName.of("陆"), GridId.of("g"), GridWorkerRole.PART_TIME);
    assertThat(w.phone()).isNull();
    assertThat(w.role().chineseName()).isEqualTo("兼职网格员");
  }

  @Test
  void requiresGridAndRole() {
    assertThatThrownBy(() -> GridWorker.builder().id("gw").name("陆").role(GridWorkerRole.FULL_TIME).build())
        .isInstanceOf(NullPointerException.class).hasMessage("grid");
    assertThatThrownBy(() -> GridWorker.builder().id("gw").name("陆").grid(GridId.of("g")).build())
        .isInstanceOf(NullPointerException.class).hasMessage("role");
  }
}
