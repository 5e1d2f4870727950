package io.jingwei;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.validation.Issue;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The API module alone has no engine: every entry names the artifact to add. */
class JingweiTest {

  @Test
  @DisplayName("缺少实现时 validator() 指明应添加的构件")
  void validatorWithoutImplNamesTheArtifact() {
    assertThatThrownBy(Jingwei::validator)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("io.jingwei:jingwei-impl");
  }

  @Test
  void standardsWithoutImplNamesTheArtifact() {
    assertThatThrownBy(Jingwei::standards)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("io.jingwei:jingwei-impl");
  }

  @Test
  void validatorByStandardNameWithoutImplNamesTheArtifact() {
    assertThatThrownBy(() -> Jingwei.validator("national"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("io.jingwei:jingwei-impl");
  }

  @Test
  void issueMessageWithoutImplNamesTheArtifact() {
    Issue issue = Issue.builder("branch.max-members").build();
    assertThatThrownBy(() -> issue.message(Locale.CHINA))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("io.jingwei:jingwei-impl");
  }
}
