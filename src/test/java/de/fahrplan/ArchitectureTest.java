package de.fahrplan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The module structure of ARCHITECTURE.md and the house rules, checked on every build. */
class ArchitectureTest {

  static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("de.fahrplan");

  @Test
  void modulesOnlyUseEachOthersApi() {
    ApplicationModules.of(FahrplanApplication.class).verify();
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
        .because("controllers are a module's private inside (ARCHITECTURE.md)")
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
}
