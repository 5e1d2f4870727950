package io.jingwei.impl.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class CompiledProfilesTest {

  private static byte[] shipped(String fileName) throws IOException {
    try (InputStream in = CompiledProfilesTest.class.getResourceAsStream(DefaultStandards.FOLDER + fileName)) {
      assertThat(in).as(fileName).isNotNull();
      return in.readAllBytes();
    }
  }

  private static ProfileDocument fromSource(String fileName, byte[] source) {
    return ProfileParser.parse(new ByteArrayInputStream(source), "classpath:" + DefaultStandards.FOLDER + fileName);
  }

  @Test
  @DisplayName("the build compiled every shipped profile, and its compiled form reads as the YAML does")
  void shippedProfilesAreCompiledAndEqualTheirSource() throws IOException {
    assertThat(DefaultStandards.shippedFileNames()).isNotEmpty();
    for (String fileName : DefaultStandards.shippedFileNames()) {
      byte[] source = shipped(fileName);
      String origin = "classpath:" + DefaultStandards.FOLDER + fileName;
      ProfileDocument compiled = CompiledProfiles.read(fileName, source, origin);
      assertThat(compiled).as("compiled form of %s (built by impl's process-classes)", fileName).isNotNull();
      assertThat(compiled).as(fileName).isEqualTo(fromSource(fileName, source));
    }
  }

  @Test
  @DisplayName("the shipped registry is the same whether read from the compiled forms or from the YAML")
  void registryFromCompiledFormsEqualsRegistryFromSources() throws IOException {
    java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
    for (String fileName : DefaultStandards.shippedFileNames()) {
      texts.put(fileName, new String(shipped(fileName), StandardCharsets.UTF_8));
    }
    DefaultStandards fromYaml = DefaultStandards.fromTexts(texts);
    DefaultStandards shipped = DefaultStandards.shipped();
    assertThat(shipped.names()).isEqualTo(fromYaml.names());
    for (String name : shipped.names()) {
      assertThat(shipped.get(name).rules()).as(name).isEqualTo(fromYaml.get(name).rules());
    }
  }

  @Test
  @DisplayName("a compiled form made from another version of the source is passed over")
  void staleCompiledFormIsPassedOver() throws IOException {
    String fileName = DefaultStandards.shippedFileNames().get(0);
    byte[] source = shipped(fileName);
    byte[] edited = Arrays.copyOf(source, source.length + 1);
    edited[source.length] = '\n';
    assertThat(CompiledProfiles.read(fileName, edited, "edited")).isNull();
    byte[] sameLength = source.clone();
    sameLength[sameLength.length - 2] ^= 1;
    assertThat(CompiledProfiles.read(fileName, sameLength, "edited")).isNull();
  }

  @Test
  @DisplayName("a file without a compiled form is read from its source")
  void missingCompiledFormIsNull() {
    assertThat(CompiledProfiles.read("no-such-profile.yaml", new byte[0], "none")).isNull();
  }

  @Test
  @DisplayName("an envelope of another format, source, length or without a profile object does not match")
  void envelopeChecks() {
    byte[] source = "name: x\n".getBytes(StandardCharsets.UTF_8);
    JsonNode good = ProfileParser.json().readTree(CompiledProfiles.compile("x.yaml", validProfile(), "x.yaml"));
    assertThat(CompiledProfiles.matches(good, "x.yaml", validProfile())).isTrue();
    assertThat(CompiledProfiles.matches(good, "y.yaml", validProfile())).isFalse();
    assertThat(CompiledProfiles.matches(good, "x.yaml", source)).isFalse();
    assertThat(CompiledProfiles.matches(null, "x.yaml", validProfile())).isFalse();
    assertThat(CompiledProfiles.matches(ProfileParser.json().createArrayNode(), "x.yaml", validProfile()))
        .isFalse();
    for (String key : new String[] {"format", "source", "sourceLength", "sourceCrc32", "profile"}) {
      ObjectNode broken = ((ObjectNode) good).deepCopy();
      broken.put(key, "other");
      assertThat(CompiledProfiles.matches(broken, "x.yaml", validProfile())).as(key).isFalse();
      ObjectNode without = ((ObjectNode) good).deepCopy();
      without.remove(key);
      assertThat(CompiledProfiles.matches(without, "x.yaml", validProfile())).as(key).isFalse();
    }
  }

  private static byte[] validProfile() {
    return DefaultStandardsTest.BASE.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("compiling an invalid profile fails naming the file, as reading it does")
  void invalidProfileFailsTheBuild() {
    byte[] bad = DefaultStandardsTest.BASE.replace("severity: WARNING", "severity: LOUD").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> CompiledProfiles.compile("bad.yaml", bad, "/src/bad.yaml"))
        .isInstanceOf(InvalidProfileException.class)
        .hasMessageContaining("/src/bad.yaml");
    byte[] notYaml = "rules: [".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> CompiledProfiles.compile("bad.yaml", notYaml, "/src/bad.yaml"))
        .isInstanceOf(InvalidProfileException.class)
        .hasMessageContaining("/src/bad.yaml");
  }

  /** The shipped folder in a classes directory, with an index and one profile file. */
  private static Path shippedFolder(Path classes, String index, String fileName, byte[] profile) throws IOException {
    Path folder = classes.resolve(DefaultStandards.FOLDER.substring(1));
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("index"), index);
    Files.write(folder.resolve(fileName), profile);
    return folder;
  }

  @Test
  @DisplayName("the build step writes a matching compiled form of every profile its index lists")
  void buildStepWritesCompiledForms(@TempDir Path classes) throws IOException {
    Path folder = shippedFolder(classes, "# test\n\nbase.yaml\n", "base.yaml", validProfile());
    CompiledProfiles.main(new String[] {classes.toString()});
    Path compiled = folder.resolve("compiled/base.yaml.json");
    assertThat(compiled).exists();
    JsonNode root = ProfileParser.json().readTree(compiled.toFile());
    assertThat(CompiledProfiles.matches(root, "base.yaml", validProfile())).isTrue();
    assertThat(ProfileParser.parse(root.get("profile"), "base.yaml"))
        .isEqualTo(ProfileParser.parse(new ByteArrayInputStream(validProfile()), "base.yaml"));
  }

  @Test
  @DisplayName("the build step fails on an invalid profile and on wrong arguments")
  void buildStepFailures(@TempDir Path classes) throws IOException {
    Path folder = shippedFolder(classes, "bad.yaml\n", "bad.yaml", "name: UPPER\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> CompiledProfiles.main(new String[] {classes.toString()}))
        .isInstanceOf(InvalidProfileException.class)
        .hasMessageContaining("bad.yaml");
    assertThat(folder.resolve("compiled/bad.yaml.json")).doesNotExist();
    assertThatThrownBy(() -> CompiledProfiles.main(new String[0])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CompiledProfiles.main(new String[] {classes.resolve("none").toString()}))
        .isInstanceOf(java.io.UncheckedIOException.class);
  }
}
