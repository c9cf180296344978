package dev.quantsdk.orchestration.discovery;

import java.time.Instant;

/**
 * Port: records job runs (duration and success rate) for monitoring. Thread-safe.
 */
public interface RunRecorder {

  /**
   * Records that a run started.
   *
   * @param runId the run's id
   * @param kind the run's kind, e.g. {@code discovery.scan-all}
   * @param startedAt when it started
   */
  void started(String runId, String kind, Instant startedAt);

  /**
   * Records that a run finished.
   *
   * @param report the run's report
   */
  void finished(DiscoveryReport report);

  /** A recorder that records nothing, for callers that do not monitor runs. */
  RunRecorder NONE = new RunRecorder() {
    @Override
    public void started(String runId, String kind, Instant startedAt) {
      // nothing to record
    }

    @Override
    public void finished(DiscoveryReport report) {
      // nothing to record
    }
  };
}
