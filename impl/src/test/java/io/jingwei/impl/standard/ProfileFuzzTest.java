package io.jingwei.impl.standard;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.jingwei.standard.RuleDefinition;
import io.jingwei.standard.Standard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Fuzz target (模糊测试) for the standard-profile loader: the bytes are written as a YAML profile file beside no
 * other and loaded with {@link DefaultStandards#load(Path)} (so {@code extends: national} merges with the shipped
 * parent). A valid profile gives a standard; anything else is an {@link InvalidProfileException} naming the file —
 * never a {@link NullPointerException}, {@link ClassCastException}, {@link StackOverflowError} or other surprise.
 *
 * <p>Seeds: {@code src/test/resources/io/jingwei/impl/standard/ProfileFuzzTestInputs/yamlProfile/}.
 */
class ProfileFuzzTest {

  private static final Path DIR = tempDir();
  private static final Path FILE = DIR.resolve("fuzz-profile.yaml");

  private static Path tempDir() {
    try {
      Path dir = Files.createTempDirectory("jingwei-profile-fuzz");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void yamlProfile(byte[] data) throws IOException {
    Files.write(FILE, data);
    Standard standard;
    try {
      standard = DefaultStandards.shipped().load(FILE);
    } catch (InvalidProfileException e) {
      assertThat(e.origin()).isEqualTo(FILE.toAbsolutePath().normalize().toString());
      assertThat(e.getMessage()).startsWith("profile ");
      return;
    }
    assertThat(standard.name()).isNotBlank();
    assertThat(standard.ruleIds()).doesNotHaveDuplicates();
    for (RuleDefinition rule : standard.rules()) {
      assertThat(standard.rule(rule.id().toString())).contains(rule);
    }
    standard.effectiveRules(LocalDate.of(2024, 1, 1));
    assertThat(standard.toString()).isNotNull();
  }
}
