package io.jingwei.impl.rules.worker;

import static io.jingwei.impl.rules.record.RecordRulesTesting.dataset;
import static io.jingwei.impl.rules.record.RecordRulesTesting.issues;
import static io.jingwei.impl.rules.record.RecordRulesTesting.only;
import static io.jingwei.impl.rules.record.RecordRulesTesting.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.impl.engine.CityDatasetInput;
import io.jingwei.impl.rules.record.RecordRulesTesting;
import io.jingwei.ref.DivisionId;
import io.jingwei.validation.ValidationReport;
import io.jingwei.worker.CommunityWorker;
import io.jingwei.worker.WorkerPost;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GradeChecksTest {

  private static CommunityWorker worker(String id, WorkerPost post, int grade) {
    return CommunityWorker.builder()
        .id(id)
        .name("王五")
        .community(DivisionId.of("450103001001"))
        .post(post)
        .grade(grade)
        .build();
  }

  @Test
  @DisplayName("三岗十八级：等级在1至18级之外报错")
  void gradesOutsideOneToEighteenAreErrors() {
    ValidationReport r =
        validate(
            dataset(
                worker("w0", WorkerPost.OTHER, 0),
                worker("w1", WorkerPost.OTHER, 1),
                worker("w18", WorkerPost.PRINCIPAL, 18),
                worker("w19", WorkerPost.PRINCIPAL, 19)));

    assertThat(issues(r, "worker.grade-range"))
        .containsExactly("communityWorkers/w0 /grade", "communityWorkers/w19 /grade");
  }

  @Test
  @DisplayName("等级不在1至18级之内时只报一个问题（不再另报岗位等级范围）")
  void aGradeOffTheScaleGivesOneIssueNotTwo() {
    ValidationReport r =
        validate(
            dataset(
                worker("p19", WorkerPost.PRINCIPAL, 19),
                worker("o0", WorkerPost.OTHER, 0),
                worker("d18", WorkerPost.DEPUTY, 18)));

    assertThat(issues(r, "worker.grade-range"))
        .containsExactly("communityWorkers/o0 /grade", "communityWorkers/p19 /grade");
    assertThat(issues(r, "worker.grade-post-range")).containsExactly("communityWorkers/d18 /grade");
  }

  @Test
  @DisplayName("等级须在岗位的等级范围内（正职7–18，副职4–15，其他1–12）")
  void gradesOutsideThePostsRangeAreWarnings() {
    ValidationReport r =
        validate(
            dataset(
                worker("p6", WorkerPost.PRINCIPAL, 6),
                worker("p7", WorkerPost.PRINCIPAL, 7),
                worker("d3", WorkerPost.DEPUTY, 3),
                worker("d15", WorkerPost.DEPUTY, 15),
                worker("d16", WorkerPost.DEPUTY, 16),
                worker("o12", WorkerPost.OTHER, 12),
                worker("o13", WorkerPost.OTHER, 13)));

    assertThat(issues(r, "worker.grade-post-range"))
        .containsExactly(
            "communityWorkers/d16 /grade", "communityWorkers/d3 /grade", "communityWorkers/o13 /grade",
            "communityWorkers/p6 /grade");
    assertThat(only(validate(dataset(worker("p6", WorkerPost.PRINCIPAL, 6))), "worker.grade-post-range").args())
        .containsEntry("post", "PRINCIPAL")
        .containsEntry("min", 7L)
        .containsEntry("max", 18L)
        .containsEntry("grade", 6L);
  }

  @Test
  void theRangesArePostsMappedToMinAndMaxAndAPostWithoutARangeIsNotChecked() {
    ValidationReport r =
        validate(
            RecordRulesTesting.withParam("worker.grade-post-range", "ranges", Map.of("PRINCIPAL", List.of(9, 18))),
            CityDatasetInput.of(dataset(worker("p8", WorkerPost.PRINCIPAL, 8), worker("o17", WorkerPost.OTHER, 17))),
            RecordRulesTesting.AS_OF);

    assertThat(issues(r, "worker.grade-post-range")).containsExactly("communityWorkers/p8 /grade");
  }
}
