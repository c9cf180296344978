package dev.quantsdk.discovery;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * STYLE rule 1 as an executable check: the discovery engines take plain values and return plain
 * values. No persistence, JDBC, files, network, clock or threads of their own.
 */
class EnginePurityTest {

  private static final JavaClasses ENGINE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.quantsdk.discovery");

  @Test
  void engines_doNotTouchPersistenceOrIo() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "jakarta.persistence..", "org.hibernate..", "java.sql..", "javax.sql..",
            "java.net..", "java.nio.file..", "java.nio.channels..")
        .orShould().dependOnClassesThat().belongToAnyOf(
            java.io.File.class, java.io.FileInputStream.class, java.io.FileOutputStream.class,
            java.io.FileReader.class, java.io.FileWriter.class)
        .because("engines are pure: adapters do I/O (STYLE 1)")
        .check(ENGINE);
  }

  @Test
  void engines_doNotReadTheClockOrStartThreads() {
    noClasses().should().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .orShould().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.LocalDateTime.class, "now")
        .orShould().callMethod(java.time.Clock.class, "systemUTC")
        .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
        .orShould().dependOnClassesThat().belongToAnyOf(Thread.class,
            java.util.concurrent.Executors.class, java.util.concurrent.ForkJoinPool.class)
        .orShould().callConstructor(java.util.Random.class)
        .because("time, randomness and executors are passed in (STYLE 7)")
        .check(ENGINE);
  }
}
