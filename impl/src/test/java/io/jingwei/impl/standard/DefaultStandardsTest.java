package io.jingwei.impl.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.standard.Confidence;
import io.jingwei.standard.RuleDefinition;
import io.jingwei.standard.Standard;
import io.jingwei.validation.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultStandardsTest {

  /** A made-up root profile with three rules. */
  static final String BASE =
      """
      format: jingwei-standard/1
      name: base
      version: "1"
      title: {zh: 基础标准, en: Base}
      rules:
        - id: org.max-members
          check: max-count
          severity: WARNING
          approvable: true
          title: {zh: 人数上限, en: Maximum members}
          source: {document: 《测试条例》, article: 第四条, confidence: C, url: "http://example.org/4"}
          params: {max: 50, types: [BRANCH], label: 党支部}
        - id: org.min-members
          check: min-count
          severity: ERROR
          title: {zh: 人数下限}
          source: {document: 《测试条例》, confidence: P}
          params: {min: 3}
        - id: org.future
          check: min-count
          severity: INFO
          effectiveFrom: 2030-01-01
          title: {zh: 未来规则}
          source: {document: 《测试条例》, confidence: U}
      """;

  /** A made-up child that overrides, disables and adds. */
  static final String CHILD =
      """
      format: jingwei-standard/1
      name: child
      version: "2"
      extends: base
      title: {zh: 子标准}
      rules:
        - id: org.max-members
          severity: ERROR
          params: {max: 30, label: null}
        - id: org.min-members
          enabled: false
        - id: city.extra
          check: extra
          severity: WARNING
          title: {zh: 城市规则}
          source: {document: 城市文件, confidence: C}
      """;

  private static DefaultStandards registry(String... namesAndTexts) {
    Map<String, String> files = new LinkedHashMap<>();
    for (int i = 0; i < namesAndTexts.length; i += 2) {
      files.put(namesAndTexts[i], namesAndTexts[i + 1]);
    }
    return DefaultStandards.fromTexts(files);
  }

  @Test
  void readsEveryPartOfARule() {
    RuleDefinition r = registry("base.yaml", BASE).get("base").rule("org.max-members").orElseThrow();

    assertThat(r.check()).isEqualTo("max-count");
    assertThat(r.severity()).isEqualTo(Severity.WARNING);
    assertThat(r.approvable()).isTrue();
    assertThat(r.source().article()).isEqualTo("第四条");
    assertThat(r.source().confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(r.source().url()).isEqualTo("http://example.org/4");
    assertThat(r.title().en()).isEqualTo("Maximum members");
    assertThat(r.intParam("max")).isEqualTo(50);
    assertThat(r.stringListParam("types")).containsExactly("BRANCH");
    assertThat(r.enabled()).isTrue();
  }

  @Test
  void readsTheEffectiveDate() {
    Standard base = registry("base.yaml", BASE).get("base");

    assertThat(base.rule("org.future").orElseThrow().effectiveFrom()).isEqualTo(LocalDate.of(2030, 1, 1));
    assertThat(base.effectiveRules(LocalDate.of(2024, 1, 1)))
        .extracting(RuleDefinition::id)
        .containsExactly("org.max-members", "org.min-members");
  }

  @Test
  @DisplayName("子标准按规则id覆盖：级别替换，参数逐键合并")
  void aChildOverridesSeverityAndMergesParamsKeyByKey() {
    Standard child = registry("base.yaml", BASE, "child.yaml", CHILD).get("child");
    RuleDefinition r = child.rule("org.max-members").orElseThrow();

    assertThat(r.severity()).isEqualTo(Severity.ERROR);
    assertThat(r.intParam("max")).isEqualTo(30);
    assertThat(r.stringListParam("types")).containsExactly("BRANCH");
    assertThat(r.hasParam("label")).isFalse();
    assertThat(r.approvable()).isTrue();
    assertThat(r.source().article()).isEqualTo("第四条");
    assertThat(child.parent()).isEqualTo("base");
  }

  @Test
  void aChildDisablesAnInheritedRuleWithoutRepeatingIt() {
    Standard child = registry("base.yaml", BASE, "child.yaml", CHILD).get("child");

    assertThat(child.rule("org.min-members").orElseThrow().enabled()).isFalse();
    assertThat(child.rule("org.min-members").orElseThrow().intParam("min")).isEqualTo(3);
    assertThat(child.effectiveRules(LocalDate.of(2024, 1, 1)))
        .extracting(RuleDefinition::id)
        .containsExactly("org.max-members", "city.extra");
  }

  @Test
  void aChildKeepsTheParentsOrderAndAddsItsRulesAfter() {
    Standard child = registry("base.yaml", BASE, "child.yaml", CHILD).get("child");

    assertThat(child.ruleIds()).containsExactly("org.max-members", "org.min-members", "org.future", "city.extra");
  }

  @Test
  void theParentIsUnchangedByItsChild() {
    DefaultStandards r = registry("base.yaml", BASE, "child.yaml", CHILD);

    assertThat(r.get("base").rule("org.max-members").orElseThrow().intParam("max")).isEqualTo(50);
    assertThat(r.names()).containsExactly("base", "child");
  }

  @Test
  void readsJsonProfilesToo() {
    String json =
        """
        {"name":"j","version":"1","extends":"base","title":{"zh":"JSON标准"},
         "rules":[{"id":"org.max-members","params":{"max":10}}]}
        """;

    assertThat(registry("base.yaml", BASE, "j.json", json).get("j").rule("org.max-members").orElseThrow().intParam("max"))
        .isEqualTo(10);
  }

  @Test
  @DisplayName("平台自有标准文件：修改阈值和级别，无需Java代码")
  void aPlatformsOwnProfileFileChangesAThresholdAndASeverity(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("my-city.yaml");
    Files.writeString(
        file,
        """
        name: my-city
        version: "2024.3"
        extends: national
        title: {zh: 某市标准, en: My city}
        rules:
          - id: branch.max-members
            severity: ERROR
            params: {max: 40}
        """,
        StandardCharsets.UTF_8);

    Standard s = DefaultStandards.shipped().load(file);

    RuleDefinition r = s.rule("branch.max-members").orElseThrow();
    assertThat(r.intParam("max")).isEqualTo(40);
    assertThat(r.severity()).isEqualTo(Severity.ERROR);
    assertThat(s.rules()).hasSameSizeAs(DefaultStandards.shipped().get("national").rules());
    assertThat(s.name()).isEqualTo("my-city");
  }

  @Test
  void theExampleProfileOfTheDocsLoads(@TempDir Path dir) throws IOException {
    Path module = Path.of("").toAbsolutePath();
    Path root = Files.isRegularFile(module.resolve("impl/pom.xml")) ? module : module.getParent();
    String doc = Files.readString(root.resolve("docs/standards.md"), StandardCharsets.UTF_8);
    int start = doc.indexOf("# my-city.yaml\n");
    String yaml = doc.substring(start, doc.indexOf("```", start));
    Path file = dir.resolve("my-city.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);

    Standard s = DefaultStandards.shipped().load(file);

    assertThat(s.parent()).isEqualTo("nanning-2021");
    assertThat(s.rule("branch.max-members").orElseThrow().intParam("max")).isEqualTo(40);
    assertThat(s.rule("branch.max-members").orElseThrow().approvable()).isFalse();
    assertThat(s.rule("read.unknown-property").orElseThrow().enabled()).isFalse();
    assertThat(s.rule("grid.worker-count").orElseThrow().intParam("min")).isEqualTo(2);
    assertThat(s.rule("grid.worker-count").orElseThrow().intParam("max")).isEqualTo(4);
  }

  @Test
  void aPlatformProfileMayKeepTheNameOfTheStandardItExtends(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("national.yaml");
    Files.writeString(
        file,
        "name: national\nversion: \"local-1\"\nextends: national\ntitle: 本地全国标准\n"
            + "rules:\n  - id: branch.max-members\n    params: {max: 45}\n",
        StandardCharsets.UTF_8);

    Standard s = DefaultStandards.shipped().load(file);

    assertThat(s.version()).isEqualTo("local-1");
    assertThat(s.rule("branch.max-members").orElseThrow().intParam("max")).isEqualTo(45);
  }

  @Test
  void aProfileFileMayExtendASiblingFile(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("region.yaml"), "name: region\nversion: \"1\"\nextends: national\ntitle: 区域\n"
        + "rules:\n  - id: branch.max-members\n    params: {max: 45}\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("town.json"),
        "{\"name\":\"town\",\"version\":\"1\",\"extends\":\"region\",\"title\":\"镇\",\"rules\":[]}",
        StandardCharsets.UTF_8);

    Standard town = DefaultStandards.shipped().load(dir.resolve("town.json"));

    assertThat(town.rule("branch.max-members").orElseThrow().intParam("max")).isEqualTo(45);
  }

  @Test
  void anUnknownParentIsAnErrorNamingTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("lost.yaml");
    Files.writeString(file, "name: lost\nversion: \"1\"\nextends: nowhere\ntitle: 迷失\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> DefaultStandards.shipped().load(file))
        .isInstanceOf(InvalidProfileException.class)
        .hasMessageContaining("lost.yaml")
        .hasMessageContaining("nowhere");
  }

  @Test
  void anExtendsCycleIsAnErrorNamingTheFiles(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.yaml"), "name: a\nversion: \"1\"\nextends: b\ntitle: 甲\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b.yaml"), "name: b\nversion: \"1\"\nextends: a\ntitle: 乙\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> DefaultStandards.shipped().load(dir.resolve("a.yaml")))
        .isInstanceOf(InvalidProfileException.class)
        .hasMessageContaining("cycle")
        .hasMessageContaining("a.yaml")
        .hasMessageContaining("b.yaml");
  }

  @Test
  void aShippedStyleCycleIsAnErrorToo() {
    assertThatThrownBy(
            () ->
                registry(
                    "x.yaml", "name: x\nversion: \"1\"\nextends: y\ntitle: x\n",
                    "y.yaml", "name: y\nversion: \"1\"\nextends: x\ntitle: y\n"))
        .isInstanceOf(InvalidProfileException.class)
        .hasMessageContaining("cycle");
  }

  @Test
  void duplicateRuleIdsAreAnErrorNamingTheId() {
    String dup = BASE + "  - id: org.min-members\n    enabled: false\n";

    assertThatThrownBy(() -> registry("dup.yaml", dup))
        .isInstanceOf(InvalidProfileException.class)
        .hasMessageContaining("dup.yaml")
        .hasMessageContaining("duplicate rule id org.min-members");
  }

  @Test
  void anUnknownKeyIsAnErrorNamingIt() {
    String typo = BASE.replace("approvable: true", "aprovable: true");

    assertThatThrownBy(() -> registry("typo.yaml", typo))
        .isInstanceOf(InvalidProfileException.class)
        .hasMessageContaining("org.max-members")
        .hasMessageContaining("aprovable");
  }

  @Test
  void aDuplicateYamlKeyIsAnError() {
    String dup = BASE.replace("severity: ERROR\n", "severity: ERROR\n    severity: INFO\n");

    assertThatThrownBy(() -> registry("dupkey.yaml", dup)).isInstanceOf(InvalidProfileException.class);
  }

  @Test
  void aNewRuleMustGiveCheckSeveritySourceAndTitle() {
    String incomplete = "name: c\nversion: \"1\"\ntitle: c\nrules:\n  - id: a.b\n    severity: ERROR\n";

    assertThatThrownBy(() -> registry("c.yaml", incomplete))
        .isInstanceOf(InvalidProfileException.class)
        .hasMessageContaining("a.b")
        .hasMessageContaining("check");
  }

  @Test
  void aBadSeverityOrConfidenceIsAnError() {
    assertThatThrownBy(() -> registry("s.yaml", BASE.replace("severity: WARNING", "severity: SEVERE")))
        .isInstanceOf(InvalidProfileException.class)
        .hasMessageContaining("severity");
    assertThatThrownBy(() -> registry("s.yaml", BASE.replace("confidence: C", "confidence: X")))
        .isInstanceOf(InvalidProfileException.class)
        .hasMessageContaining("confidence");
  }

  @Test
  void anUnquotedNumericVersionIsAnErrorThatSaysToQuoteIt() {
    assertThatThrownBy(() -> registry("v.yaml", BASE.replace("version: \"1\"", "version: 2024.10")))
        .isInstanceOf(InvalidProfileException.class)
        .hasMessageContaining("quote");
  }

  @Test
  void exampleDataMustBeAnObjectOfKnownCollections() {
    String bad =
        BASE
            + "    examples:\n      - valid: true\n        data: '{\"people\":[]}'\n";

    assertThatThrownBy(() -> registry("e.yaml", bad))
        .isInstanceOf(InvalidProfileException.class)
        .hasMessageContaining("people");
  }

  @Test
  void exampleDataMayBeWrittenAsYaml() {
    String yamlData =
        BASE
            + "    examples:\n      - valid: false\n        data:\n          members: [{id: m1}]\n"
            + "        expected: [{code: org.future, entity: members/m1}]\n";

    RuleDefinition r = registry("e.yaml", yamlData).get("base").rule("org.future").orElseThrow();

    assertThat(r.examples().get(0).data()).isEqualTo("{\"members\":[{\"id\":\"m1\"}]}");
  }

  @Test
  void asksForAnUnknownStandardNameIsAProgrammerError() {
    assertThatThrownBy(() -> DefaultStandards.shipped().get("atlantis"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("atlantis")
        .hasMessageContaining("national");
  }

  @Test
  void shipsNationalAndNanning() {
    assertThat(DefaultStandards.shipped().names()).containsExactly("nanning-2021", "national");
    assertThat(DefaultStandards.shipped().contains("national")).isTrue();
  }

  @Test
  @DisplayName("南宁标准继承全国标准的全部规则")
  void nanningHasEveryNationalRuleInTheSameOrderFirst() {
    Standard national = DefaultStandards.shipped().get("national");
    Standard nanning = DefaultStandards.shipped().get("nanning-2021");

    assertThat(nanning.parent()).isEqualTo("national");
    assertThat(nanning.ruleIds().subList(0, national.rules().size())).isEqualTo(national.ruleIds());
    assertThat(nanning.rule("grid.worker-count").orElseThrow().intParam("max")).isEqualTo(4);
    assertThat(nanning.rule("service-center.min-area").orElseThrow().mapParam("minAreaByLevel"))
        .containsEntry("COMMUNITY", BigDecimal.valueOf(500));
  }

  @Test
  void theShippedNationalStandardHasTheReadAndFieldRules() {
    Standard national = DefaultStandards.shipped().get("national");

    assertThat(national.ruleIds())
        .contains(
            "read.malformed-json", "read.wrong-type", "read.unknown-property", "read.invalid-value",
            "read.missing-required", "read.duplicate-key", "read.too-large",
            "field.not-null", "field.not-blank", "field.size", "field.range", "field.invalid");
    assertThat(national.rules())
        .filteredOn(r -> r.id().startsWith("read."))
        .allMatch(RuleDefinition::isReadRule);
  }

  @Test
  void theIndexListsEveryShippedFile() {
    assertThat(DefaultStandards.shippedFileNames()).containsExactly("national.yaml", "nanning-2021.yaml");
  }

  @Test
  void loadedStandardsAreNotAddedToTheRegistry(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.yaml");
    Files.writeString(file, "name: mine\nversion: \"1\"\nextends: national\ntitle: 我的\n", StandardCharsets.UTF_8);

    DefaultStandards.shipped().load(file);

    assertThat(DefaultStandards.shipped().contains("mine")).isFalse();
    assertThat(List.copyOf(DefaultStandards.shipped().names())).doesNotContain("mine");
  }
}
