package dev.quantsdk.orchestration.futures;

import dev.quantsdk.model.ArgChecker;
import java.time.Duration;
import java.util.Optional;

/**
 * How one analysis step ended. Immutable and thread-safe.
 *
 * @param step the step
 * @param status succeeded, failed or skipped
 * @param duration the step's run time, measured with the facade's {@link Ticker} (zero when
 *     skipped)
 * @param reason why it failed or was skipped, absent when it succeeded
 */
public record StepOutcome(AnalysisStep step, Status status, Duration duration,
    Optional<String> reason) {

  /** The statuses of a step. */
  public enum Status {
    /** The step ran and its result is in the report. */
    SUCCEEDED,
    /** The step threw; the reason holds its message. */
    FAILED,
    /** The step did not run because a step it needs failed or was skipped. */
    SKIPPED
  }

  /**
   * Validates the outcome.
   *
   * @throws IllegalArgumentException if a failed or skipped step has no reason, a succeeded one
   *     has one, or the duration is negative
   */
  public StepOutcome {
    ArgChecker.notNull(step, "step");
    ArgChecker.notNull(status, "status");
    ArgChecker.notNull(duration, "duration");
    ArgChecker.isTrue(!duration.isNegative(), "duration %s is negative", duration);
    ArgChecker.notNull(reason, "reason");
    ArgChecker.isTrue(reason.isPresent() == (status != Status.SUCCEEDED),
        "%s %s must %s a reason", step, status, status == Status.SUCCEEDED ? "not have" : "have");
  }

  /**
   * A succeeded step.
   *
   * @param step the step
   * @param duration its run time
   * @return the outcome
   */
  public static StepOutcome succeeded(AnalysisStep step, Duration duration) {
    return new StepOutcome(step, Status.SUCCEEDED, duration, Optional.empty());
  }

  /**
   * A failed step.
   *
   * @param step the step
   * @param duration its run time until it threw
   * @param reason the failure's message
   * @return the outcome
   */
  public static StepOutcome failed(AnalysisStep step, Duration duration, String reason) {
    return new StepOutcome(step, Status.FAILED, duration, Optional.of(reason));
  }

  /**
   * A skipped step.
   *
   * @param step the step
   * @param reason why, naming the step it needed
   * @return the outcome
   */
  public static StepOutcome skipped(AnalysisStep step, String reason) {
    return new StepOutcome(step, Status.SKIPPED, Duration.ZERO, Optional.of(reason));
  }
}
