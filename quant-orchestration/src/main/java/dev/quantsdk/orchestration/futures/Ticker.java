package dev.quantsdk.orchestration.futures;

/**
 * A source of monotonic nanoseconds for timing steps (Caffeine's {@code Ticker}): the facade
 * takes wall-clock instants from a {@link java.time.Clock} and step durations from a ticker, so
 * a test can fix both. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Ticker {

  /**
   * The current reading.
   *
   * @return nanoseconds from an arbitrary origin; only differences are meaningful
   */
  long read();

  /** {@link System#nanoTime()}. */
  Ticker SYSTEM = System::nanoTime;
}
