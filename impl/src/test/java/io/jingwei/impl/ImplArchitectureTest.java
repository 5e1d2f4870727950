package io.jingwei.impl;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine's architecture: its packages form no cycle, and the API never reaches into it. */
class ImplArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jingwei");
  }

  @Test
  void theApiDependsOnNothingOfTheEngine() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.jingwei.impl..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.jingwei.impl..")
        .check(classes);
  }

  @Test
  void rulePackagesDoNotDependOnEachOtherCyclically() {
    slices().matching("io.jingwei.impl.rules.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void rulesDoNotReachIntoReadersOrReports() {
    noClasses()
        .that()
        .resideInAPackage("io.jingwei.impl.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.jingwei.impl.report..", "io.jingwei.impl.json..", "io.jingwei.impl.schema..")
        .check(classes);
  }
}
