package dev.quantsdk.spring.autoconfigure;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Explains the start-up failure every Spring Boot 3.5 host without its own Flyway set-up meets
 * first: Boot's own Flyway (active whenever {@code flyway-core} is on the class path, which the
 * starter brings) scans its default location {@code classpath:db/migration} recursively, finds
 * the SDK's {@code db/migration/quant/h2} and {@code db/migration/quant/postgresql} and stops
 * with "Found more than one migration with version 1". The analysis names the two fixes. Boot
 * finds it through {@code META-INF/spring.factories}; it refers to Flyway by class name only, so
 * it loads without Flyway. Stateless and thread-safe.
 */
public final class QuantFlywayLocationFailureAnalyzer implements FailureAnalyzer {

  /** The folder of the SDK's migrations, as Flyway names it in the offending locations. */
  static final String QUANT_MIGRATIONS = "db/migration/quant/";

  private static final String FLYWAY_EXCEPTION = "org.flywaydb.core.api.FlywayException";
  private static final int MAX_CAUSES = 32;

  /** Creates the analyzer; Boot calls it. */
  public QuantFlywayLocationFailureAnalyzer() {
  }

  /**
   * Analyses a start-up failure.
   *
   * @param failure the failure
   * @return the analysis, or null (as {@link FailureAnalyzer} requires) when the failure is not
   *     Boot's Flyway tripping over the SDK's migrations
   */
  @Override
  public FailureAnalysis analyze(Throwable failure) {
    Throwable t = failure;
    for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
      String message = t.getMessage();
      if (isFlywayException(t) && message != null
          && message.contains("more than one migration with version")
          && message.contains(QUANT_MIGRATIONS)) {
        return new FailureAnalysis("Spring Boot's own Flyway scanned its locations (by default "
            + "classpath:db/migration, recursively) and found the Quant SDK's migrations in "
            + QUANT_MIGRATIONS + "h2 and " + QUANT_MIGRATIONS + "postgresql, which it cannot "
            + "run: they are one schema for two databases, migrated by the Quant starter itself "
            + "(quant.migrate) into their own history table.",
            "If this application has no Flyway migrations of its own, set "
                + "spring.flyway.enabled=false. If it has, point Boot's Flyway at their folder "
                + "only, for example spring.flyway.locations=classpath:db/migration/app.", t);
      }
    }
    return null;
  }

  private static boolean isFlywayException(Throwable t) {
    for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
      if (c.getName().equals(FLYWAY_EXCEPTION)) {
        return true;
      }
    }
    return false;
  }
}
