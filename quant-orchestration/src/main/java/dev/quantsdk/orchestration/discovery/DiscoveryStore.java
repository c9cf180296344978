package dev.quantsdk.orchestration.discovery;

import java.util.List;

/**
 * Port: where the facade writes discovery results (the discovery workers' tables).
 *
 * <p>Every write <b>replaces</b> what is stored under its key, so re-runs and at-least-once
 * delivery never duplicate: patterns per (politician, pattern type, window), anomalies per
 * (politician, window), the network per (algorithm, window), experiments per (model, window).
 * Each call is one transaction. Implementations must be thread-safe: the facade calls them from
 * several threads, never twice concurrently for the same key.
 */
public interface DiscoveryStore {

  /**
   * Replaces the patterns of one politician and type in a window (an empty list deletes them).
   *
   * @param runId the run writing them
   * @param window the window
   * @param politicianId the politician
   * @param patternType the pattern type
   * @param patterns the new patterns (at most one per key with the shipped schema)
   */
  void replacePatterns(String runId, DiscoveryWindow window, String politicianId,
      String patternType, List<Findings.Pattern> patterns);

  /**
   * Replaces the anomalies of one politician in a window (an empty list deletes them), keeping
   * the investigation state of anomalies that are found again.
   *
   * @param runId the run writing them
   * @param window the window
   * @param politicianId the politician
   * @param anomalies the new anomalies
   */
  void replaceAnomalies(String runId, DiscoveryWindow window, String politicianId,
      List<Findings.Anomaly> anomalies);

  /**
   * Replaces the network of a window.
   *
   * @param runId the run writing it
   * @param window the window
   * @param network the network
   */
  void replaceNetwork(String runId, DiscoveryWindow window, Findings.Network network);

  /**
   * Replaces the experiments of a window.
   *
   * @param runId the run writing them
   * @param window the window
   * @param experiments the experiments
   */
  void replaceExperiments(String runId, DiscoveryWindow window,
      List<Findings.Experiment> experiments);
}
