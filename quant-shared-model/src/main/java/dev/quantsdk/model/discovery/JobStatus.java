package dev.quantsdk.model.discovery;

/**
 * The state of a {@link JobRun}.
 */
public enum JobStatus {
  /** Started and not finished yet. */
  RUNNING,
  /** Finished and every item succeeded. */
  SUCCEEDED,
  /** Finished with some items failed and some succeeded. */
  PARTIAL,
  /** Finished without any item succeeding, or aborted. */
  FAILED;

  /**
   * The final status of a run from its item counts: {@link #SUCCEEDED} without failures,
   * {@link #FAILED} without successes (and at least one failure), {@link #PARTIAL} otherwise.
   *
   * @param itemsOk the items that succeeded, {@code >= 0}
   * @param itemsFailed the items that failed, {@code >= 0}
   * @return the status
   */
  public static JobStatus fromCounts(int itemsOk, int itemsFailed) {
    if (itemsFailed == 0) {
      return SUCCEEDED;
    }
    return itemsOk == 0 ? FAILED : PARTIAL;
  }
}
