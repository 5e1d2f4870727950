package io.jingwei;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API's architecture: what it may depend on, and no package cycles. */
class ArchitectureTest {
  private static JavaClasses api;

  @BeforeAll
  static void importApi() {
    api =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jingwei");
  }

  @Test
  void apiDependsOnNothingInImpl() {
    noClasses().should().dependOnClassesThat().resideInAPackage("io.jingwei.impl..").check(api);
  }

  @Test
  void apiDependsOnlyOnAnnotationsAndValidationApi() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "tools.jackson..",
            "com.fasterxml.jackson.databind..",
            "com.fasterxml.jackson.core..",
            "org.hibernate..",
            "com.google.common..",
            "org.slf4j..")
        .check(api);
  }

  @Test
  void apiPackagesHaveNoCycles() {
    slices().matching("io.jingwei.(**)").should().beFreeOfCycles().check(api);
  }
}
