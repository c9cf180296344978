package dev.quantsdk.orchestration.discovery;

/**
 * Receives progress of a run, for progress bars and UIs. Called from worker threads, possibly
 * concurrently: implementations must be thread-safe and fast.
 */
@FunctionalInterface
public interface ProgressListener {

  /**
   * One more item is done.
   *
   * @param done items done so far
   * @param total items in the run
   * @param item the item just done (a politician's name, or a stage such as {@code network})
   */
  void progress(int done, int total, String item);

  /** A listener that ignores progress. */
  ProgressListener NONE = (done, total, item) -> { };
}
