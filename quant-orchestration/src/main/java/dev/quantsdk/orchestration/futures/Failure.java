package dev.quantsdk.orchestration.futures;

import dev.quantsdk.model.ArgChecker;

/**
 * An item of a batch that failed, with the reason; the batch's other items are unaffected.
 * Immutable and thread-safe.
 *
 * @param item what failed: an instrument id, or a part such as {@code correlation} or
 *     {@code walk_forward}
 * @param reason the reason, as a person can act on it
 */
public record Failure(String item, String reason) {

  /**
   * Validates the failure.
   *
   * @throws IllegalArgumentException if blank
   */
  public Failure {
    ArgChecker.notBlank(item, "item");
    ArgChecker.notBlank(reason, "reason");
  }
}
