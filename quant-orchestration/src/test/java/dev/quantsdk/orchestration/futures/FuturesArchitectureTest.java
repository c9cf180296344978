package dev.quantsdk.orchestration.futures;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The facade's API talks to ports: no JPA, JDBC or Hibernate types anywhere in the module. */
class FuturesArchitectureTest {

  @Test
  void orchestration_dependsOnNoPersistenceTypes() {
    JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.quantsdk.orchestration");

    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("jakarta.persistence..", "javax.persistence..", "java.sql..",
            "javax.sql..", "org.hibernate..")
        .check(classes);
  }
}
