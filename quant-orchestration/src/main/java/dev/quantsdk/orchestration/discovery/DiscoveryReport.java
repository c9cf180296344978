package dev.quantsdk.orchestration.discovery;

import dev.quantsdk.model.ArgChecker;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a discovery run: per-politician success or failure, and counts of what was
 * found and stored. Immutable and thread-safe.
 *
 * @param runId the run's id
 * @param kind the run's kind
 * @param window the window scanned
 * @param startedAt when the run started
 * @param finishedAt when it finished
 * @param politicians politicians scanned
 * @param succeeded politicians whose analyses all succeeded
 * @param failures politicians that failed, with the reason
 * @param cyclesFound significant cycles stored (q at or below the FDR level)
 * @param anomalies anomalies stored
 * @param criticalAnomalies anomalies at or above the critical severity
 * @param network the network summary, absent when the run did not build one
 * @param experiments experiments stored
 */
public record DiscoveryReport(
    String runId,
    String kind,
    DiscoveryWindow window,
    Instant startedAt,
    Instant finishedAt,
    int politicians,
    int succeeded,
    List<Failure> failures,
    int cyclesFound,
    int anomalies,
    int criticalAnomalies,
    Optional<NetworkSummary> network,
    int experiments) {

  /**
   * Validates the report.
   *
   * @throws IllegalArgumentException if counts are inconsistent
   */
  public DiscoveryReport {
    ArgChecker.notBlank(runId, "runId");
    ArgChecker.notBlank(kind, "kind");
    ArgChecker.notNull(window, "window");
    ArgChecker.notNull(startedAt, "startedAt");
    ArgChecker.notNull(finishedAt, "finishedAt");
    failures = List.copyOf(failures);
    ArgChecker.isTrue(succeeded + failures.size() == politicians,
        "succeeded %d + failed %d != politicians %d", succeeded, failures.size(), politicians);
    ArgChecker.notNull(network, "network");
  }

  /**
   * A politician whose scan failed.
   *
   * @param politician the politician's display name (or id)
   * @param reason the reason, as a person can act on it
   */
  public record Failure(String politician, String reason) {

    /**
     * Validates the failure.
     *
     * @throws IllegalArgumentException if blank
     */
    public Failure {
      ArgChecker.notBlank(politician, "politician");
      ArgChecker.notBlank(reason, "reason");
    }
  }

  /**
   * Counts of a stored network.
   *
   * @param nodes nodes
   * @param edges backbone edges
   * @param communities communities
   * @param modularity modularity, NaN without edges
   */
  public record NetworkSummary(int nodes, int edges, int communities, double modularity) {
  }

  /**
   * The number of failed politicians.
   *
   * @return failures
   */
  public int failed() {
    return failures.size();
  }

  /**
   * The run's wall-clock duration.
   *
   * @return finished − started
   */
  public Duration duration() {
    return Duration.between(startedAt, finishedAt);
  }

  /**
   * The share of politicians that succeeded.
   *
   * @return succeeded / politicians, 1 for an empty run
   */
  public double successRate() {
    return politicians == 0 ? 1.0 : (double) succeeded / politicians;
  }
}
