package dev.quantsdk.orchestration.futures;

/**
 * Port: told when an analysis finishes (a webhook, a chat message, a UI push). Called on the
 * thread that ran the analysis; implementations must be thread-safe and should not block. An
 * exception from the notifier is logged by the facade and never fails the analysis.
 */
@FunctionalInterface
public interface FuturesNotifier {

  /**
   * An analysis finished (successfully or with failed steps).
   *
   * @param report the report
   */
  void analysisFinished(FuturesAnalysisReport report);

  /** A notifier that tells nobody. */
  FuturesNotifier NONE = report -> { };
}
