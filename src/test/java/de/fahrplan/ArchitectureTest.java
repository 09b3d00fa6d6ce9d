package de.fahrplan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The module structure of docs/architecture.md and the house rules, checked on every build. */
class ArchitectureTest {

  static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("de.fahrplan");

  static final ApplicationModules MODULES = ApplicationModules.of(FahrplanApplication.class);

  /** Each module's package-info.java names the modules it may use (docs/architecture.md). */
  @Test
  void modulesOnlyUseEachOthersApiAndOnlyTheModulesTheyDeclare() {
    MODULES.verify();
  }

  @Test
  void aDependencyAModuleDoesNotDeclareIsRefused() {
    ApplicationModules withForbiddenArrow =
        ApplicationModules.of(fixture.modules.FixtureApplication.class, location -> true);
    assertThatThrownBy(withForbiddenArrow::verify)
        .isInstanceOf(org.springframework.modulith.core.Violations.class)
        .hasMessageContaining("alpha")
        .hasMessageContaining("beta");
  }

  /**
   * The module diagrams under docs/modules are generated from the code (Spring Modulith's
   * Documenter) and must match it; {@code -Dfahrplan.modules.write=true} writes them anew.
   */
  @Test
  void moduleDiagramsInDocsAreCurrent() throws Exception {
    java.nio.file.Path generated = java.nio.file.Path.of("target", "modules");
    new org.springframework.modulith.docs.Documenter(
            MODULES,
            org.springframework.modulith.docs.Documenter.Options.defaults()
                .withOutputFolder(generated.toString()))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
    java.nio.file.Path committed = java.nio.file.Path.of("docs", "modules");
    try (var files = java.nio.file.Files.list(generated)) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
        java.nio.file.Path target = committed.resolve(file.getFileName());
        if (Boolean.getBoolean("fahrplan.modules.write")) {
          java.nio.file.Files.createDirectories(committed);
          java.nio.file.Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(target).as("docs/modules is current").exists();
        // the Documenter writes the relations in no fixed order: the same lines are the same
        // diagram
        assertThat(java.nio.file.Files.readAllLines(target))
            .as(target + " (regenerate with -Dfahrplan.modules.write=true)")
            .containsExactlyInAnyOrderElementsOf(java.nio.file.Files.readAllLines(file));
      }
    }
  }

  @Test
  void controllersAreNotPublic() {
    noClasses()
        .that()
        .areAnnotatedWith(Controller.class)
        .or()
        .areAnnotatedWith(RestController.class)
        .should()
        .bePublic()
        .because("controllers are a module's private inside (docs/architecture.md)")
        .check(CLASSES);
  }

  @Test
  void entitiesHaveNoPublicSetters() {
    noMethods()
        .that()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(Entity.class)
        .and()
        .haveNameMatching("set[A-Z].*")
        .should()
        .bePublic()
        .because("entities change through intention-revealing methods, not setters")
        .allowEmptyShould(true)
        .check(CLASSES);
  }

  /** Every time comes from the one Clock bean, so tests can move it (TimeConfig). */
  @Test
  void noClassReadsTheMachinesTimeAroundTheClock() {
    noClasses()
        .should()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(java.time.LocalDate.class, "now")
        .orShould()
        .callMethod(java.time.LocalDateTime.class, "now")
        .orShould()
        .callMethod(java.time.OffsetDateTime.class, "now", java.time.ZoneId.class)
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .check(CLASSES);
  }

  @Test
  void moneyIsNeverFloatingPoint() {
    fields()
        .that()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(Entity.class)
        .should()
        .notHaveRawType(double.class)
        .andShould()
        .notHaveRawType(float.class)
        .andShould()
        .notHaveRawType(Double.class)
        .check(CLASSES);
  }

  @Test
  void noReadTakesAnEntityGraph() {
    noMethods()
        .should()
        .beAnnotatedWith(EntityGraph.class)
        .because(
            "Hibernate translates a query with an entity graph anew on every call and builds the"
                + " loader of a load by id with one anew: fetch in the query's text instead")
        .check(CLASSES);
  }

  @Test
  void webLayerDoesNotTouchRepositories() {
    noClasses()
        .that()
        .resideInAPackage("..web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..internal..")
        .because("controllers go through the module's facade")
        .check(CLASSES);
  }

  /**
   * Controllers bind, call one module method and choose a view: no method's body – its code and the
   * lambdas in it – spans more than 40 lines (issue 13; measured from the compiled lines).
   */
  @Test
  void controllerMethodsStayShort() {
    List<String> tooLong = new ArrayList<>();
    for (JavaClass c : CLASSES) {
      if (!c.isAnnotatedWith(Controller.class) && !c.isMetaAnnotatedWith(Controller.class)) {
        continue;
      }
      for (JavaMethod m : c.getMethods()) {
        if (m.getName().startsWith("lambda$")) {
          continue;
        }
        IntSummaryStatistics lines =
            c.getMethods().stream()
                .filter(x -> x.equals(m) || x.getName().startsWith("lambda$" + m.getName() + "$"))
                .flatMap(x -> x.getAccessesFromSelf().stream())
                .mapToInt(JavaAccess::getLineNumber)
                .summaryStatistics();
        int first = m.getSourceCodeLocation().getLineNumber();
        if (lines.getCount() > 0 && lines.getMax() - Math.min(first, lines.getMin()) + 1 > 40) {
          tooLong.add(c.getSimpleName() + "." + m.getName());
        }
      }
    }
    assertThat(tooLong).as("controller methods longer than 40 lines").isEmpty();
  }

  /**
   * No bean works with more than nine others (issue 13: „no class with more than ~8 collaborators“)
   * – counted as its constructor's parameters, the way Spring hands them over; the demo
   * municipality's loaders may. A class that needs more holds a capability too many.
   */
  @Test
  void noBeanHasMoreThanNineCollaborators() {
    List<String> crowded = new ArrayList<>();
    for (JavaClass c : CLASSES) {
      if (c.getPackageName().startsWith("de.fahrplan.demo")
          || !c.isMetaAnnotatedWith(org.springframework.stereotype.Component.class)
              && !c.isAnnotatedWith(org.springframework.stereotype.Component.class)) {
        continue;
      }
      int most =
          c.getConstructors().stream()
              .mapToInt(
                  k ->
                      (int)
                          k.getParameters().stream()
                              // a setting is no collaborator
                              .filter(p -> !p.isAnnotatedWith(Value.class))
                              .count())
              .max()
              .orElse(0);
      if (most > 9) {
        crowded.add(c.getSimpleName() + " (" + most + ")");
      }
    }
    assertThat(crowded).as("beans with more than nine collaborators").isEmpty();
  }

  /** No class grows beyond 400 lines (issue 13); the demo municipality's data may. */
  @Test
  void noClassOutgrowsFourHundredLines() throws IOException {
    Path sources = Path.of("src", "main", "java");
    try (var files = Files.walk(sources)) {
      List<String> large =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> !f.startsWith(sources.resolve(Path.of("de", "fahrplan", "demo"))))
              .filter(f -> lineCount(f) > 400)
              .map(f -> sources.relativize(f).toString())
              .toList();
      assertThat(large).as("classes above 400 lines").isEmpty();
    }
  }

  private static long lineCount(Path file) {
    try (var lines = Files.lines(file)) {
      return lines.count();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
