package io.jingwei.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.id.MobileNumber;
import io.jingwei.id.ResidentIdNumber;
import io.jingwei.person.EducationLevel;
import io.jingwei.person.Sex;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.GridId;
import io.jingwei.ref.MemberId;
import io.jingwei.time.PartialDate;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CommunityWorkerTest {

  static CommunityWorker sample() {
    return CommunityWorker.builder()
        .id("w-1")
        .name("黄小明")
        .sex(Sex.MALE)
        .birthDate(PartialDate.parse("1985-04"))
        .idNumber(ResidentIdNumber.parse("11010519491231002X"))
        .phone(MobileNumber.parse("13912345678"))
        .community(DivisionId.of("450103001001"))
        .post(WorkerPost.PRINCIPAL)
        .position("社区党委书记")
        .grade(18)
        .monthlyPay(new BigDecimal("7654"))
        .hiredOn(PartialDate.parse("2008"))
        .grid(GridId.of("g-1"))
        .member(MemberId.of("m-1"))
        .education(EducationLevel.JUNIOR_COLLEGE)
        .build();
  }

  @Test
  @DisplayName("toString 只含 id 与掩码姓名")
  void toStringShowsOnlyIdAndMaskedName() {
    assertThat(sample().toString()).contains("w-1").contains("黄**")
        .doesNotContain("黄小明").doesNotContain("11010519491231002X").doesNotContain("13912345678")
        .doesNotContain("7654");
  }

  @Test
  @DisplayName("等级越界不抛异常，由引擎报告")
  void acceptsAnyGradeForTheEngineToJudge() {
    assertThat(sample().withGrade(0).grade()).isZero();
    assertThat(sample().withGrade(19).grade()).isEqualTo(19);
    assertThat(sample().withGrade(-3).grade()).isEqualTo(-3);
  }

  @Test
  void toBuilderAndWithersCopy() {
    CommunityWorker w = sample();
    assertThat(w.toBuilder().build()).isEqualTo(w);
    assertThat(w.withPost(WorkerPost.DEPUTY).post()).isEqualTo(WorkerPost.DEPUTY);
    assertThat(w.withPost(WorkerPost.DEPUTY).grade()).isEqualTo(18);
  }

  @Test
  void requiresIdNameCommunityAndPost() {
    assertThatThrownBy(() -> CommunityWorker.builder().id("w").name("黄").community(DivisionId.of("c")).build())
        .isInstanceOf(NullPointerException.class).hasMessage("post");
    assertThatThrownBy(() -> CommunityWorker.builder().id("w").name("黄").post(WorkerPost.OTHER).build())
        .isInstanceOf(NullPointerException.class).hasMessage("community");
  }

  @Test
  void postsHaveChineseNames() {
    assertThat(WorkerPost.PRINCIPAL.chineseName()).isEqualTo("正职");
    assertThat(WorkerPost.OTHER.chineseName()).isEqualTo("其他社区工作者");
  }
}
