package dev.quantsdk.webhooks;

import dev.quantsdk.model.ArgChecker;
import java.time.Duration;

/**
 * Exponential back-off between delivery attempts of one webhook: after the n-th failed attempt the
 * next one is due {@code min(initialDelay * multiplier^(n-1), maxDelay)} later. Deliveries never
 * give up: a receiver that is down keeps its rows pending and gets them when it is back (at most
 * {@code maxDelay} after it recovers).
 *
 * <p>Immutable and thread-safe.
 *
 * @param initialDelay the delay after the first failure, positive
 * @param multiplier the growth factor per further failure, at least 1
 * @param maxDelay the cap, at least {@code initialDelay}
 */
public record RetryPolicy(Duration initialDelay, double multiplier, Duration maxDelay) {

  /** The default: 10 s, doubling, capped at one hour. */
  public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(10), 2.0,
      Duration.ofHours(1));

  /**
   * Validates the policy.
   *
   * @throws IllegalArgumentException if a delay is not positive, the multiplier is below 1 or not
   *     finite, or the cap is below the initial delay
   */
  public RetryPolicy {
    ArgChecker.notNull(initialDelay, "initialDelay");
    ArgChecker.notNull(maxDelay, "maxDelay");
    ArgChecker.isTrue(!initialDelay.isNegative() && !initialDelay.isZero(),
        "initialDelay must be positive but was %s", initialDelay);
    ArgChecker.finite(multiplier, "multiplier");
    ArgChecker.isTrue(multiplier >= 1, "multiplier must be at least 1 but was %s", multiplier);
    ArgChecker.isTrue(maxDelay.compareTo(initialDelay) >= 0,
        "maxDelay %s must not be below initialDelay %s", maxDelay, initialDelay);
  }

  /**
   * The delay before the next attempt after a number of failed attempts.
   *
   * @param failedAttempts the attempts made so far, all failed, at least 1
   * @return the delay, between {@code initialDelay} and {@code maxDelay}
   * @throws IllegalArgumentException if {@code failedAttempts < 1}
   */
  public Duration delayAfter(int failedAttempts) {
    ArgChecker.positive(failedAttempts, "failedAttempts");
    double millis = initialDelay.toMillis() * Math.pow(multiplier, failedAttempts - 1.0);
    if (millis >= maxDelay.toMillis()) {
      return maxDelay;
    }
    return Duration.ofMillis(Math.round(millis));
  }
}
