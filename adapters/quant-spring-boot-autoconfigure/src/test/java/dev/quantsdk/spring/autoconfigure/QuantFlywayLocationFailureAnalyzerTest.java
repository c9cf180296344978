package dev.quantsdk.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * The analyzer on the real failure: a Boot 3.5 application with full auto-configuration and
 * Boot's Flyway left on (its default), over an in-memory H2 database. Boot 3.5 only: Boot 4.1 has
 * no Flyway auto-configuration without spring-boot-starter-flyway.
 */
class QuantFlywayLocationFailureAnalyzerTest {

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class HostWithBootsFlyway {
  }

  @Test
  void analyze_namesBothFixes_whenBootsFlywayFindsTheQuantMigrations() {
    Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(
        HostWithBootsFlyway.class).properties("spring.main.web-application-type=none",
        "spring.main.banner-mode=off",
        "spring.datasource.url=jdbc:h2:mem:quant_boot_flyway;DB_CLOSE_DELAY=-1").run().close());
    assertThat(failure).as("Boot's Flyway must refuse the SDK's two folders").isNotNull();

    FailureAnalysis analysis = new QuantFlywayLocationFailureAnalyzer().analyze(failure);
    assertThat(analysis).isNotNull();
    assertThat(analysis.getDescription()).contains("db/migration/quant/h2");
    assertThat(analysis.getAction()).contains("spring.flyway.enabled=false")
        .contains("spring.flyway.locations=");
    assertThat(analysis.getCause().getClass().getName()).startsWith("org.flywaydb.");
  }

  @Test
  void analyze_leavesOtherFailuresToBoot() {
    assertThat(new QuantFlywayLocationFailureAnalyzer().analyze(
        new IllegalStateException("Found more than one migration with version 1"))).isNull();
    assertThat(new QuantFlywayLocationFailureAnalyzer().analyze(
        new RuntimeException("wrapped", new IllegalArgumentException("no")))).isNull();
  }

  @Test
  void isRegistered_forBootsFailureReport() {
    // Boot's own analyzers need constructor arguments that only Boot passes: skip those here
    assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(FailureAnalyzer.class,
        null, (type, name, failure) -> { }))
        .hasAtLeastOneElementOfType(QuantFlywayLocationFailureAnalyzer.class);
  }
}
