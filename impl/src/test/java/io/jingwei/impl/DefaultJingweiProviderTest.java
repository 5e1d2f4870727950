package io.jingwei.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.Jingwei;
import io.jingwei.impl.engine.DefaultDatasetValidator;
import io.jingwei.standard.RuleDefinition;
import io.jingwei.standard.Standard;
import io.jingwei.validation.DatasetValidator;
import io.jingwei.validation.Issue;
import io.jingwei.validation.ValidationOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultJingweiProviderTest {

  @Test
  void theServiceLoaderFindsTheEngine() {
    assertThat(Jingwei.provider()).isInstanceOf(DefaultJingweiProvider.class);
    assertThat(Jingwei.provider().name()).isEqualTo("jingwei-impl");
  }

  @Test
  @DisplayName("预热：可重复、可并发调用；字段约束捷径覆盖全部类别")
  void theWarmUpIsIdempotentAndThreadSafe() throws Exception {
    java.util.List<Thread> threads = new java.util.ArrayList<>();
    java.util.List<Throwable> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    for (int i = 0; i < 4; i++) {
      Thread t = new Thread(Jingwei::warmUp, "warm-up-" + i);
      t.setUncaughtExceptionHandler((thread, e) -> failures.add(e));
      threads.add(t);
      t.start();
    }
    Jingwei.warmUp();
    for (Thread t : threads) {
      t.join();
    }
    assertThat(failures).isEmpty();
    assertThat(DefaultDatasetValidator.prepare(io.jingwei.impl.io.EntityTypes.all().values())).isTrue();
  }

  @Test
  void theDefaultValidatorUsesTheNationalStandard() {
    DatasetValidator v = Jingwei.validator();

    assertThat(v.standard().name()).isEqualTo("national");
    assertThat(v.options()).isEqualTo(ValidationOptions.defaults());
  }

  @Test
  void aValidatorByStandardName() {
    assertThat(Jingwei.validator("nanning-2021").standard().name()).isEqualTo("nanning-2021");
    assertThat(Jingwei.standards().names()).contains("national", "nanning-2021");
  }

  @Test
  void anUnknownStandardNameIsAProgrammerError() {
    assertThatThrownBy(() -> Jingwei.validator("atlantis"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("atlantis");
  }

  @Test
  void aValidatorForAPlatformsOwnProfile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("city.yaml");
    Files.writeString(file, "name: city\nversion: \"1\"\nextends: national\ntitle: 某市\n", StandardCharsets.UTF_8);
    Standard city = Jingwei.standards().load(file);

    DatasetValidator v = Jingwei.validator(city, ValidationOptions.defaults());

    assertThat(v.standard().name()).isEqualTo("city");
  }

  @Test
  void issueMessagesRenderThroughTheProvider() {
    Issue issue = Issue.builder("grid.worker-count").arg("count", 2L).arg("min", 3L).arg("max", 4L).build();

    assertThat(issue.message(Locale.SIMPLIFIED_CHINESE)).contains("2").contains("3").contains("4").contains("网格");
    assertThat(issue.message(Locale.ENGLISH)).contains("grid");
  }

  @Test
  void everyRuleOfTheShippedStandardsHasItsCheck() {
    DefaultDatasetValidator national = (DefaultDatasetValidator) Jingwei.validator("national");
    DefaultDatasetValidator nanning = (DefaultDatasetValidator) Jingwei.validator("nanning-2021");

    assertThat(national.unavailableRules()).extracting(RuleDefinition::id).isEmpty();
    assertThat(nanning.unavailableRules()).extracting(RuleDefinition::id).isEmpty();
  }
}
